// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databaselock.h"

#include "core/storage/databaseurl.h"
#include "core/util/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseLock", text);
}
} // namespace

DatabaseLock::DatabaseLock(const QString& databasePath)
    : m_databasePath(QFileInfo(DatabaseUrl::localFile(databasePath)).absoluteFilePath())
    , m_lock(std::make_unique<QLockFile>(lockPath()))
{
    // Never stale by age (a shop PC runs for weeks); a lock whose process is gone is taken over.
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock()
{
    unlock();
}

bool DatabaseLock::isLocked() const
{
    return m_lock->isLocked();
}

bool DatabaseLock::tryLock(const QString& program, QString* refusal)
{
    if (m_lock->isLocked()) {
        return true;
    }
    QDir().mkpath(QFileInfo(m_databasePath).absolutePath());
    if (!m_lock->tryLock(0)) {
        // QLockFile itself takes over the lock of a process that is gone (crash, power cut).
        if (m_lock->error() == QLockFile::LockFailedError) {
            const std::optional<Owner> other = owner();
            qint64 pid = 0;
            QString host;
            QString application;
            m_lock->getLockInfo(&pid, &host, &application);
            const QString who = other ? other->program : application;
            const QString since = other && other->since.isValid()
                ? QLocale().toString(other->since.toLocalTime(), QLocale::ShortFormat)
                : tr("an unknown time");
            *refusal
                = tr("%1 already manages this database (%2) since %3 (process %4 on %5). Only one program "
                     "may watch the router and change its limits at a time: close it first, or use it "
                     "instead. Commands that only read (users, queues, vouchers list, reports) still work.")
                      .arg(who.isEmpty() ? tr("Another program") : who, QDir::toNativeSeparators(m_databasePath), since)
                      .arg(pid)
                      .arg(host.isEmpty() ? tr("this computer") : host);
        } else {
            *refusal = tr("cannot create the lock file %1 next to the database (%2)")
                           .arg(QDir::toNativeSeparators(lockPath()),
                                m_lock->error() == QLockFile::PermissionError ? tr("no permission, or read-only")
                                                                              : tr("unknown error"));
        }
        return false;
    }
    QSaveFile file(ownerPath());
    if (file.open(QIODevice::WriteOnly)) {
        const QJsonObject info {{u"program"_s, program},
                                {u"pid"_s, QCoreApplication::applicationPid()},
                                {u"host"_s, QSysInfo::machineHostName()},
                                {u"since"_s, Clock::currentUtc().toString(Qt::ISODate)}};
        file.write(QJsonDocument(info).toJson(QJsonDocument::Compact));
        file.commit();
    }
    return true;
}

void DatabaseLock::unlock()
{
    if (m_lock->isLocked()) {
        QFile::remove(ownerPath());
        m_lock->unlock();
    }
}

std::optional<DatabaseLock::Owner> DatabaseLock::owner() const
{
    QFile file(ownerPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QJsonObject info = QJsonDocument::fromJson(file.read(4096)).object();
    if (info.isEmpty()) {
        return std::nullopt;
    }
    Owner owner;
    owner.program = info.value(u"program"_s).toString();
    owner.pid = info.value(u"pid"_s).toInteger();
    owner.host = info.value(u"host"_s).toString();
    owner.since = QDateTime::fromString(info.value(u"since"_s).toString(), Qt::ISODate);
    return owner;
}
