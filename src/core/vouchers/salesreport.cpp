// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/salesreport.h"

#include "core/storage/database.h"
#include "core/storage/storedtime.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace
{
// The UTC range that covers the local days from..to, as stored text, for a coarse SQL filter.
std::pair<QString, QString> utcRange(const QDate& from, const QDate& to)
{
    const QDateTime start = from.startOfDay().toUTC().addDays(-1);
    const QDateTime end = to.addDays(1).startOfDay().toUTC().addDays(1);
    return {start.toString(Qt::ISODateWithMs), end.toString(Qt::ISODateWithMs)};
}

QDate localDay(const QVariant& stored)
{
    const QDateTime time = StoredTime::parse(stored);
    return time.isValid() ? time.toLocalTime().date() : QDate();
}
} // namespace

SalesReport::SalesReport(Database* database)
    : m_database(database)
{ }

QString SalesReport::routerCondition() const
{
    return m_router.isEmpty() ? QString() : u" AND router = ?"_s;
}

QString SalesReport::soldOnCondition() const
{
    // A voucher on several routers counts once, where it was first used; not used yet: the first
    // router it was put on.
    return m_router.isEmpty() ? QString()
                              : u" AND COALESCE((SELECT s.router FROM voucher_sessions s WHERE s.voucher_code = "
                                "vouchers.code AND s.router IS NOT NULL ORDER BY s.started_at, s.id LIMIT 1), "
                                "router) = ?"_s;
}

QList<SalesReport::SalesRow> SalesReport::sales(const QDate& from, const QDate& to) const
{
    const auto [start, end] = utcRange(from, to);
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    // A voucher sold at a coin slot counts on the day it was sold, whether or not it was used yet.
    query.prepare(u"SELECT COALESCE(sold_at, activated_at), profile, price FROM vouchers WHERE developer = 0 AND "
                  "((sold_at >= ? AND sold_at < ?) OR (sold_at IS NULL AND activated_at >= ? AND activated_at < ?))"_s
                  + soldOnCondition());
    query.addBindValue(start);
    query.addBindValue(end);
    query.addBindValue(start);
    query.addBindValue(end);
    if (!m_router.isEmpty()) {
        query.addBindValue(m_router);
    }
    QMap<std::pair<QDate, QString>, SalesRow> rows;
    if (query.exec()) {
        while (query.next()) {
            const QDate day = localDay(query.value(0));
            if (!day.isValid() || day < from || day > to) {
                continue;
            }
            SalesRow& row = rows[{day, query.value(1).toString()}];
            row.day = day;
            row.profile = query.value(1).toString();
            ++row.sold;
            row.revenue += query.value(2).toDouble();
        }
    }
    return rows.values();
}

QList<SalesReport::UsageRow> SalesReport::usage(const QDate& from, const QDate& to) const
{
    const auto [start, end] = utcRange(from, to);
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(u"SELECT started_at, bytes_up, bytes_down FROM voucher_sessions WHERE started_at >= ? AND "
                  "started_at < ?"_s
                  + routerCondition());
    query.addBindValue(start);
    query.addBindValue(end);
    if (!m_router.isEmpty()) {
        query.addBindValue(m_router);
    }
    QMap<QDate, UsageRow> rows;
    if (query.exec()) {
        while (query.next()) {
            const QDate day = localDay(query.value(0));
            if (!day.isValid() || day < from || day > to) {
                continue;
            }
            UsageRow& row = rows[day];
            row.day = day;
            ++row.sessions;
            row.bytesUp += query.value(1).toULongLong();
            row.bytesDown += query.value(2).toULongLong();
        }
    }
    return rows.values();
}

QList<SalesReport::TopUser> SalesReport::topUsers(const QDate& from, const QDate& to, int count) const
{
    const auto [start, end] = utcRange(from, to);
    QSqlQuery query(m_database->handle());
    query.setForwardOnly(true);
    query.prepare(u"SELECT voucher_code, mac, started_at, bytes_up, bytes_down FROM voucher_sessions "
                  "WHERE started_at >= ? AND started_at < ?"_s
                  + routerCondition());
    query.addBindValue(start);
    query.addBindValue(end);
    if (!m_router.isEmpty()) {
        query.addBindValue(m_router);
    }
    QHash<QString, TopUser> users;
    if (query.exec()) {
        while (query.next()) {
            const QDate day = localDay(query.value(2));
            if (!day.isValid() || day < from || day > to) {
                continue;
            }
            TopUser& user = users[query.value(0).toString()];
            user.code = query.value(0).toString();
            user.mac = query.value(1).toString();
            user.bytesUp += query.value(3).toULongLong();
            user.bytesDown += query.value(4).toULongLong();
        }
    }
    QList<TopUser> sorted = users.values();
    std::sort(sorted.begin(), sorted.end(),
              [](const TopUser& a, const TopUser& b) { return a.bytesUp + a.bytesDown > b.bytesUp + b.bytesDown; });
    return sorted.mid(0, count);
}

QByteArray SalesReport::csv(const QStringList& header, const QList<QStringList>& rows)
{
    static const QRegularExpression plainNumber(u"^-?[0-9]+(\\.[0-9]+)?$"_s);
    auto field = [](QString text) -> QString {
        // A spreadsheet runs a cell that starts like a formula (=, +, -, @, or a tab or CR before
        // one): a leading ' makes it text. Plain numbers, negative ones too, stay numbers.
        static const QString formulaStart = u"=+-@\t\r"_s;
        if (!text.isEmpty() && formulaStart.contains(text.front()) && !plainNumber.match(text).hasMatch()) {
            text.prepend(u'\'');
        }
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
            return u'"' + text.replace(u"\""_s, u"\"\""_s) + u'"';
        }
        return text;
    };
    // The UTF-8 byte order mark: without it Excel reads the file in the PC's ANSI code page.
    QByteArray out("\xEF\xBB\xBF");
    auto line = [&](const QStringList& cells) {
        QStringList quoted;
        for (const QString& cell : cells) {
            quoted.append(field(cell));
        }
        out += quoted.join(u',').toUtf8() + "\r\n";
    };
    line(header);
    for (const QStringList& row : rows) {
        line(row);
    }
    return out;
}

QByteArray SalesReport::salesCsv(const QList<SalesRow>& rows)
{
    QList<QStringList> cells;
    for (const SalesRow& row : rows) {
        cells.append({row.day.toString(Qt::ISODate), row.profile, QString::number(row.sold),
                      QString::number(row.revenue, 'f', 2)});
    }
    return csv({u"date"_s, u"profile"_s, u"vouchers_sold"_s, u"revenue"_s}, cells);
}

QByteArray SalesReport::usageCsv(const QList<UsageRow>& rows)
{
    QList<QStringList> cells;
    for (const UsageRow& row : rows) {
        cells.append({row.day.toString(Qt::ISODate), QString::number(row.sessions), QString::number(row.bytesUp),
                      QString::number(row.bytesDown)});
    }
    return csv({u"date"_s, u"sessions"_s, u"bytes_up"_s, u"bytes_down"_s}, cells);
}
