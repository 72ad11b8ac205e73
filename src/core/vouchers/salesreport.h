// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// Sales and usage from the database, by the shop's local calendar day. A voucher counts as sold on
// the day it is first used (activated); that is when the customer has surely paid. One sold at a
// coin slot (vouchers sell) counts on the day it was sold.
class SalesReport
{
public:
    struct SalesRow
    {
        QDate day;
        QString profile;
        int sold = 0;
        double revenue = 0;
    };
    struct UsageRow
    {
        QDate day;
        int sessions = 0;
        quint64 bytesUp = 0;
        quint64 bytesDown = 0;
    };
    struct TopUser
    {
        QString code;
        QString mac;
        quint64 bytesUp = 0;
        quint64 bytesDown = 0;
    };

    explicit SalesReport(Database* database);

    // Only this router (shop): vouchers sold there (where first used; unused: the first router they
    // were put on, so a voucher on several routers counts once), sessions seen on it. Empty: every
    // router. Rows from before routers had names (schema 9) name none and count only in the
    // unfiltered report.
    void setRouter(const QString& router) { m_router = router; }

    // Inclusive local dates.
    QList<SalesRow> sales(const QDate& from, const QDate& to) const;
    QList<UsageRow> usage(const QDate& from, const QDate& to) const;
    QList<TopUser> topUsers(const QDate& from, const QDate& to, int count) const;

    // RFC 4180 CSV for spreadsheets: a UTF-8 byte order mark, header, rows, CRLF line ends, quotes
    // where needed, and cells that a spreadsheet would run as a formula turned into text.
    static QByteArray salesCsv(const QList<SalesRow>& rows);
    static QByteArray usageCsv(const QList<UsageRow>& rows);
    static QByteArray csv(const QStringList& header, const QList<QStringList>& rows);

private:
    // " AND router = ?" when filtered.
    QString routerCondition() const;
    // For vouchers: sold on the router of its first session, else the first router it was put on.
    QString soldOnCondition() const;

    Database* m_database;
    QString m_router;
};
