// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <memory>
#include <optional>

// One program manages a database at a time: the window, `pisonet-cli monitor` and `pisonet-cli
// serve` each poll the router and change its queues, and two at once would fight. The holder keeps
// "<database>.lock" (a QLockFile; the lock of a crashed program is taken over) and writes
// "<database>.owner" saying which program it is and since when, for the refusal message.
// Commands that only read, or make one change, do not take it.
class DatabaseLock
{
public:
    struct Owner
    {
        QString program; // "the PisoNet Manager window", "pisonet-cli monitor", ...
        qint64 pid = 0;
        QString host;
        QDateTime since; // UTC
    };

    explicit DatabaseLock(const QString& databasePath);
    ~DatabaseLock();
    Q_DISABLE_COPY_MOVE(DatabaseLock)

    // True when this program now holds the database. Otherwise *refusal says who does (and why
    // it matters) in words for the operator.
    bool tryLock(const QString& program, QString* refusal);
    bool isLocked() const;
    void unlock();
    // The program that holds the lock now, as it described itself.
    std::optional<Owner> owner() const;

    QString lockPath() const { return m_databasePath + QStringLiteral(".lock"); }
    QString ownerPath() const { return m_databasePath + QStringLiteral(".owner"); }

private:
    QString m_databasePath;
    std::unique_ptr<QLockFile> m_lock;
};
