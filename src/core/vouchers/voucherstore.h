// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/usertraffic.h"
#include "core/vouchers/profile.h"
#include "core/vouchers/voucher.h"

#include <QHash>
#include <QList>

#include <optional>

class Database;
class QSqlQuery;

// Vouchers, batches and voucher sessions in the database. Every change that belongs together is
// one transaction: a batch is there whole or not at all.
class VoucherStore
{
public:
    struct GenerateOptions
    {
        int count = 1;
        int length = 6;
        QString prefix;
        bool developer = false; // no time limit, still speed-limited
        QString note;
    };

    struct Batch
    {
        qint64 id = 0;
        QString profile;
        int count = 0;
        QDateTime createdAt;
        QString note;
        QStringList codes;
    };

    // Rows of one router: empty router means every router (one router set up, as before).
    struct RouterScope
    {
        QString router;
        bool unassigned = false; // also rows that name no router (made before routers had names)
    };

    struct Filter
    {
        std::optional<Voucher::Status> status;
        QString search; // part of the code or MAC
        qint64 batchId = 0;
        int limit = 0; // 0: all
        RouterScope router;
    };

    // A voucher session still open in the database.
    struct OpenSession
    {
        qint64 id = 0;
        QString code;
        QString routerSessionId;
        QDateTime startedAt;
        quint64 bytesUp = 0;
        quint64 bytesDown = 0;
        qint64 uptimeSeconds = 0; // as the router last reported it
        qint64 timeLeftSeconds = -1; // as the router last reported it; -1: no limit
        qint64 dataLeftBytes = -1; // as the router last reported it; -1: no data cap
    };

    // A device a voucher was used from: the first time it was seen with the code.
    struct Device
    {
        QString mac;
        QString ip;
        QDateTime firstSeen;
    };

    static constexpr int MaximumBatch = 100000;
    static constexpr int MaximumCodeAttempts = 100;

    explicit VoucherStore(Database* database);

    Database* database() const { return m_database; }

    // Refuses a profile without a time limit unless the codes are developer codes. Waits (busy
    // timeout) while another program writes; a code another program took meanwhile is replaced.
    std::optional<Batch> generate(const Profile& profile, const GenerateOptions& options, QString* error);
    std::optional<Voucher> find(const QString& code) const;
    // The vouchers among these codes (others, e.g. hotspot users made in Winbox, are skipped).
    QHash<QString, Voucher> findMany(const QStringList& codes) const;
    QList<Voucher> list(const Filter& filter) const;
    QList<Batch> batches() const;
    QHash<QString, int> countByStatus() const;

    // router: the router they were put on. vouchers.router keeps the first router a voucher went on;
    // voucher_routers gets one row per router (also for a voucher that was on another one already).
    bool markPushed(const QStringList& codes, QString* error, const QString& router = {});
    // Every router each voucher was put on, the first one first; codes on no named router are absent.
    QHash<QString, QStringList> routersOf(const QStringList& codes) const;
    QStringList routersOf(const QString& code) const;
    bool revoke(const QString& code, QString* error);

    // For the tracker; call inside Database::transaction.
    QHash<QString, OpenSession> openSessions() const { return openSessions(RouterScope()); }
    QHash<QString, OpenSession> openSessions(const RouterScope& scope) const;
    bool activate(const QString& code, const QString& mac, const QString& ip, const QDateTime& at, QString* error);
    bool openSession(const QString& code,
                     const UserTraffic& user,
                     const QDateTime& startedAt,
                     QString* error,
                     const QString& router = {});
    bool updateSession(qint64 id,
                       quint64 bytesUp,
                       quint64 bytesDown,
                       qint64 uptimeSeconds,
                       qint64 timeLeftSeconds,
                       QString* error,
                       qint64 dataLeftBytes = -1);
    // Closes the session and adds its time (as the router counted it) and bytes to the voucher.
    // The voucher is used up when its validity is spent, or when the router's last "time left"
    // was within expirySlackSeconds (the session ended by running out between two polls); likewise
    // when its data cap is spent, or the last "data left" was what the session moves in that time.
    bool closeSession(const OpenSession& session,
                      const QDateTime& endedAt,
                      const QString& reason,
                      qint64 expirySlackSeconds,
                      QString* error);
    bool markUsedUp(const QString& code, const QDateTime& at, QString* error);
    // Every device a voucher was used from (a phone with a random MAC shows up more than once).
    bool recordDevice(const QString& code, const QString& mac, const QString& ip, const QDateTime& at, QString* error);
    // Per code, oldest first.
    QHash<QString, QList<Device>> devices(const QStringList& codes) const;
    // The device a "lock_device" voucher is bound to; empty clears it.
    bool setLockedMac(const QString& code, const QString& mac, QString* error);
    // A sale at a coin slot: the day the reports count this voucher. Call inside Database::transaction.
    bool markSold(const QString& code, const QDateTime& at, QString* error);

private:
    // query.prepare(sql), with the reason in *error when it fails.
    bool prepare(QSqlQuery& query, const QString& sql, QString* error) const;
    bool run(QSqlQuery& query, QString* error) const;
    // run(), and an error naming the code when no voucher has it.
    bool runOnVoucher(QSqlQuery& query, const QString& code, QString* error) const;

    Database* m_database;
};
