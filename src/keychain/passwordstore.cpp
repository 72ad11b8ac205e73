// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychain/passwordstore.h"

#ifdef Q_OS_WIN
#include "keychain/wincredentialstore.h"
#else
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace
{
const QString Service = u"PisoNet Manager"_s;
} // namespace

PasswordStore::PasswordStore(QObject* parent)
    : QObject(parent)
{ }

QString PasswordStore::key(const QString& host, const QString& user)
{
    return u"PisoNet/router/%1/%2"_s.arg(host.trimmed(), user.trimmed());
}

QString PasswordStore::routerKey(const QString& name, const QString& host, const QString& user)
{
    return u"PisoNet/routers/%1/%2@%3"_s.arg(name, user.trimmed(), host.trimmed());
}

QString PasswordStore::keyOf(const QString& storedKey, const QString& host, const QString& user)
{
    return storedKey.isEmpty() ? key(host, user) : storedKey;
}

QString PasswordStore::keyToForget(const QString& storedKey,
                                   const QString& host,
                                   const QString& user,
                                   const QStringList& keysStillUsed)
{
    const QString entry = keyOf(storedKey, host, user);
    return keysStillUsed.contains(entry) ? QString() : entry;
}

void PasswordStore::read(const QString& key, ReadCallback callback)
{
#ifdef Q_OS_WIN
    // Answered later, like a QtKeychain job, so callers see one behaviour on every system.
    QString error;
    const QString password = WinCredentialStore::read(key, &error);
    QMetaObject::invokeMethod(
        this, [callback, password, error] { callback(password, error); }, Qt::QueuedConnection);
#else
    auto* job = new QKeychain::ReadPasswordJob(Service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job*) {
        if (job->error() == QKeychain::NoError) {
            callback(job->textData(), {});
        } else if (job->error() == QKeychain::EntryNotFound) {
            callback({}, {});
        } else {
            callback({}, job->errorString());
        }
    });
    job->start();
#endif
}

void PasswordStore::write(const QString& key, const QString& password, WriteCallback callback)
{
#ifdef Q_OS_WIN
    QString error;
    WinCredentialStore::write(key, password, &error);
    QMetaObject::invokeMethod(
        this, [callback, error] { callback(error); }, Qt::QueuedConnection);
#else
    auto* job = new QKeychain::WritePasswordJob(Service, this);
    job->setKey(key);
    job->setTextData(password);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job*) {
        callback(job->error() == QKeychain::NoError ? QString() : job->errorString());
    });
    job->start();
#endif
}

void PasswordStore::remove(const QString& key, WriteCallback callback)
{
#ifdef Q_OS_WIN
    QString error;
    WinCredentialStore::remove(key, &error);
    QMetaObject::invokeMethod(
        this, [callback, error] { callback(error); }, Qt::QueuedConnection);
#else
    auto* job = new QKeychain::DeletePasswordJob(Service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, callback](QKeychain::Job*) {
        const bool gone = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        callback(gone ? QString() : job->errorString());
    });
    job->start();
#endif
}

void MemoryPasswordStore::read(const QString& key, ReadCallback callback)
{
    callback(m_passwords.value(key), {});
}

void MemoryPasswordStore::write(const QString& key, const QString& password, WriteCallback callback)
{
    m_passwords.insert(key, password);
    callback({});
}

void MemoryPasswordStore::remove(const QString& key, WriteCallback callback)
{
    m_passwords.remove(key);
    callback({});
}
