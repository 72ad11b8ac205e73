// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

#include <functional>

// Where the router password is kept: the operating system's credential store, never the settings
// file — the Secret Service on Linux through QtKeychain, the Windows Credential Manager directly
// (WinCredentialStore). Asynchronous: callbacks always come later, from the event loop.
class PasswordStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(const QString& password, const QString& error)>;
    using WriteCallback = std::function<void(const QString& error)>;

    explicit PasswordStore(QObject* parent = nullptr);

    // "PisoNet/router/<host>/<user>": unique per router and user (Windows stores by key alone).
    static QString key(const QString& host, const QString& user);
    // "PisoNet/routers/<name>/<user>@<host>": a router added beside the first one (two routers may
    // share host and user, e.g. behind one address on different ports).
    static QString routerKey(const QString& name, const QString& host, const QString& user);
    // Where the password of a configured router is: its own entry, or key(host, user) by default.
    static QString keyOf(const QString& storedKey, const QString& host, const QString& user);

    // The entry of a router that goes (keyOf(storedKey, host, user)), or empty when a router that
    // stays reads that entry too (e.g. the first router's PisoNet/router/<host>/<user>).
    static QString
    keyToForget(const QString& storedKey, const QString& host, const QString& user, const QStringList& keysStillUsed);

    virtual void read(const QString& key, ReadCallback callback);
    virtual void write(const QString& key, const QString& password, WriteCallback callback);
    // Deletes the entry; no entry is no error.
    virtual void remove(const QString& key, WriteCallback callback);
};

// Keeps passwords in memory only: tests, and the fallback when no credential store answers.
class MemoryPasswordStore : public PasswordStore
{
    Q_OBJECT

public:
    using PasswordStore::PasswordStore;
    void read(const QString& key, ReadCallback callback) override;
    void write(const QString& key, const QString& password, WriteCallback callback) override;
    void remove(const QString& key, WriteCallback callback) override;
    bool contains(const QString& key) const { return m_passwords.contains(key); }

private:
    QHash<QString, QString> m_passwords;
};
