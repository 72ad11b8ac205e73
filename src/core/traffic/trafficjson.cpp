// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficjson.h"

#include "core/traffic/trafficformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace
{
// One user's fields, in the order QJsonObject keeps keys (ordinal), so that the document written
// directly is byte for byte what QJsonDocument writes for the same object.
template <typename Sink>
void describe(const UserTraffic& user, const QString& router, Sink& sink)
{
    const QLocale c = QLocale::c();
    sink.number(u"bytes_in"_s, double(user.bytesUp));
    sink.string(u"bytes_in_formatted"_s, TrafficFormat::bytes(user.bytesUp, c));
    sink.number(u"bytes_out"_s, double(user.bytesDown));
    sink.string(u"bytes_out_formatted"_s, TrafficFormat::bytes(user.bytesDown, c));
    // Bytes of the data cap left; null for a user without one.
    if (user.dataLeftBytes < 0) {
        sink.null(u"data_left"_s);
    } else {
        sink.number(u"data_left"_s, double(user.dataLeftBytes));
    }
    sink.string(u"data_left_formatted"_s,
                user.dataLeftBytes < 0 ? QString() : TrafficFormat::bytes(quint64(user.dataLeftBytes), c));
    sink.string(u"ip"_s, user.address);
    sink.string(u"limit_source"_s, UserTraffic::limitSourceName(user.limitSource));
    sink.string(u"mac"_s, user.macString());
    sink.boolean(u"mac_randomised"_s, user.mac.isRandomised());
    sink.string(u"max_limit"_s, user.limit ? user.limit->toMaxLimit() : QString());
    sink.string(u"rate_in"_s, QString::number(quint64(user.rateUp)));
    sink.string(u"rate_out"_s, QString::number(quint64(user.rateDown)));
    if (!router.isEmpty()) {
        sink.string(u"router"_s, router);
    }
    sink.string(u"session_id"_s, user.sessionId);
    sink.string(u"time_left"_s, user.timeLeftSeconds < 0 ? QString() : TrafficFormat::duration(user.timeLeftSeconds));
    sink.integer(u"time_left_seconds"_s, user.timeLeftSeconds);
    sink.string(u"uptime"_s, TrafficFormat::duration(user.uptimeSeconds));
    sink.integer(u"uptime_seconds"_s, user.uptimeSeconds);
    sink.string(u"user"_s, user.user);
}

struct ObjectSink
{
    QJsonObject object;
    void string(const QString& key, const QString& value) { object.insert(key, value); }
    void integer(const QString& key, qint64 value) { object.insert(key, value); }
    void number(const QString& key, double value) { object.insert(key, value); }
    void boolean(const QString& key, bool value) { object.insert(key, value); }
    void null(const QString& key) { object.insert(key, QJsonValue(QJsonValue::Null)); }
};

// Compact JSON as QJsonDocument writes it: strings escaped the same way, integral doubles as
// integers, keys in the order given.
struct ByteSink
{
    QByteArray* out;
    bool first = true;

    void key(const QString& name)
    {
        if (!first) {
            out->append(',');
        }
        first = false;
        quoted(name);
        out->append(':');
    }
    void quoted(const QString& text)
    {
        out->append('"');
        const QByteArray utf8 = text.toUtf8();
        qsizetype plainFrom = 0;
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const auto c = static_cast<unsigned char>(utf8.at(i));
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out->append(utf8.constData() + plainFrom, i - plainFrom);
            plainFrom = i + 1;
            switch (c) {
            case '"':
                out->append("\\\"");
                break;
            case '\\':
                out->append("\\\\");
                break;
            case '\b':
                out->append("\\b");
                break;
            case '\f':
                out->append("\\f");
                break;
            case '\n':
                out->append("\\n");
                break;
            case '\r':
                out->append("\\r");
                break;
            case '\t':
                out->append("\\t");
                break;
            default: {
                static const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                out->append(escaped, sizeof escaped);
            }
            }
        }
        out->append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
        out->append('"');
    }
    void string(const QString& name, const QString& value)
    {
        key(name);
        quoted(value);
    }
    void integer(const QString& name, qint64 value)
    {
        key(name);
        out->append(QByteArray::number(value));
    }
    void number(const QString& name, double value)
    {
        key(name);
        constexpr double MaxSafeInteger = 9007199254740992.0; // 2^53, as QJsonDocument
        if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) <= MaxSafeInteger) {
            out->append(QByteArray::number(qint64(value)));
        } else if (std::isfinite(value)) {
            out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
        } else {
            out->append("null");
        }
    }
    void boolean(const QString& name, bool value)
    {
        key(name);
        out->append(value ? "true" : "false");
    }
    void null(const QString& name)
    {
        key(name);
        out->append("null");
    }
};
} // namespace

namespace TrafficJson
{

QJsonObject user(const UserTraffic& user, const QString& router)
{
    ObjectSink sink;
    describe(user, router, sink);
    return sink.object;
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

QByteArray usersDocument(const TrafficSnapshot& snapshot, const QString& router)
{
    UsersDocument document;
    document.addUsers(snapshot.users, router);
    if (snapshot.stale) {
        document.setStale(snapshot.staleReason);
    }
    return document.toJson();
}

void UsersDocument::addUsers(const QList<UserTraffic>& users, const QString& router)
{
    m_rows.reserve(m_rows.size() + users.size() * 480);
    for (const UserTraffic& row : users) {
        if (m_count++ > 0) {
            m_rows.append(',');
        }
        m_rows.append('{');
        ByteSink fields {&m_rows};
        describe(row, router, fields);
        m_rows.append('}');
    }
}

QByteArray UsersDocument::toJson() const
{
    QByteArray out;
    out.reserve(m_rows.size() + 256);
    ByteSink top {&out};
    out.append('{');
    top.integer(u"count"_s, m_count);
    if (!m_errors.isEmpty()) {
        top.key(u"errors"_s);
        out.append(QJsonDocument(m_errors).toJson(QJsonDocument::Compact));
    }
    if (m_stale) {
        top.boolean(u"stale"_s, true);
        top.string(u"stale_reason"_s, m_staleReason);
    }
    top.boolean(u"success"_s, m_errors.isEmpty());
    top.key(u"users"_s);
    out.append('[');
    out.append(m_rows);
    out.append("]}");
    return out;
}

} // namespace TrafficJson
