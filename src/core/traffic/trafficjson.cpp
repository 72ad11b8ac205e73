// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficjson.h"

#include "core/traffic/trafficformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace TrafficJson
{

QJsonObject user(const UserTraffic& user, const QString& router)
{
    QJsonObject row {
        {u"user"_s, user.user},
        {u"mac"_s, user.macString()},
        {u"ip"_s, user.address},
        {u"uptime"_s, TrafficFormat::duration(user.uptimeSeconds)},
        {u"uptime_seconds"_s, user.uptimeSeconds},
        {u"time_left"_s, user.timeLeftSeconds < 0 ? QString() : TrafficFormat::duration(user.timeLeftSeconds)},
        {u"time_left_seconds"_s, user.timeLeftSeconds},
        // Bytes of the data cap left; null for a user without one.
        {u"data_left"_s,
         user.dataLeftBytes < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(user.dataLeftBytes))},
        {u"data_left_formatted"_s,
         user.dataLeftBytes < 0 ? QString() : TrafficFormat::bytes(quint64(user.dataLeftBytes), QLocale::c())},
        {u"bytes_in"_s, double(user.bytesUp)},
        {u"bytes_out"_s, double(user.bytesDown)},
        {u"bytes_in_formatted"_s, TrafficFormat::bytes(user.bytesUp, QLocale::c())},
        {u"bytes_out_formatted"_s, TrafficFormat::bytes(user.bytesDown, QLocale::c())},
        {u"rate_in"_s, QString::number(quint64(user.rateUp))},
        {u"rate_out"_s, QString::number(quint64(user.rateDown))},
        {u"max_limit"_s, user.limit ? user.limit->toMaxLimit() : QString()},
        {u"limit_source"_s, UserTraffic::limitSourceName(user.limitSource)},
        {u"session_id"_s, user.sessionId},
        {u"mac_randomised"_s, user.mac.isRandomised()},
    };
    if (!router.isEmpty()) {
        row.insert(u"router"_s, router);
    }
    return row;
}

QJsonObject users(const TrafficSnapshot& snapshot, const QString& router)
{
    QJsonArray list;
    for (const UserTraffic& row : snapshot.users) {
        list.append(user(row, router));
    }
    QJsonObject object {{u"success"_s, true}, {u"users"_s, list}, {u"count"_s, list.size()}};
    if (snapshot.stale) {
        object.insert(u"stale"_s, true);
        object.insert(u"stale_reason"_s, snapshot.staleReason);
    }
    return object;
}

} // namespace TrafficJson
