// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/log/eventlog.h"
#include "core/log/logfile.h"
#include "core/monitor/controlloop.h"
#include "core/monitor/routerset.h"
#include "core/routeros/routerclient.h"
#include "core/settings/routerconfig.h"
#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "core/vouchers/profilecatalog.h"

#include <QHash>
#include <QObject>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

class ApiServer;
class ApiService;
class AppSettings;
class PasswordStore;
class RouterSimulator;
class WebAdmin;

// Everything the window shows runs here, off the widgets: the routers set up (each with its own
// connection and control loop, in a RouterSet; or the two built-in demo routers in their own
// thread), the database, profiles, the event log and the optional HTTP API. Nothing here waits:
// the window only reacts to signals. The routers are those of the settings, applied again at once
// when Settings change them (applyRouters()); the first one is the one of the single-router
// Settings form and the one connection()/client()/loop() give.
class AppEngine : public QObject
{
    Q_OBJECT

public:
    AppEngine(AppSettings* settings, PasswordStore* passwords, QObject* parent = nullptr);
    ~AppEngine() override;

    // How the window names itself in the database lock (and in another program's refusal).
    static QString lockOwnerName();
    // The database the settings name (or the default), whether or not the demo is shown.
    static QString databasePathFor(const AppSettings& settings);

    // Takes the database (one program manages it at a time), opens it, the log file and the
    // profiles; false with a reason the window shows (e.g. who else manages the database).
    bool initialise(QString* error);
    // The configured routers, or the demo routers when none is configured.
    void start();
    void startDemo();
    // Saves (settings + password store) and switches to this router as the first one; the other
    // routers as applyRouters().
    void useRouter(const ConnectionSettings& router, QHash<QString, QString> typedPasswords = {});
    // Watches the routers of the settings from now on: a router no longer there is closed and
    // forgotten, a new one connects, a changed one (address, port, user, TLS, password) reconnects,
    // the others go on untouched; leaves the demo when a router is set up. typedPasswords: just
    // typed, by router name (used instead of the password store, which may not have them yet).
    // False when there was nothing to change.
    bool applyRouters(const QHash<QString, QString>& typedPasswords = {});
    // Keeps a router's password in the password store under this entry (a failure is logged).
    void storePassword(const QString& key, const QString& password);
    // Deletes the password of a router that was removed, unless a router still set up reads that entry.
    void forgetPassword(const RouterConfig& removed);
    // Restarts the API server from the settings (on, off, address).
    void applyApiSettings();
    // Reads profiles.json again (ProfileCatalog::activePath()); a broken file keeps the profiles
    // in use and is logged. profilesChanged() follows a good read.
    void reloadProfiles();

    bool isDemo() const { return m_demoThread != nullptr; }
    // The demo works on a throwaway database of its own; this is the real one.
    QString realDatabasePath() const { return m_databasePath; }
    LogFile* logFile() const { return m_logFile.get(); }
    const RouterInfo& routerInfo() const { return m_routerInfo; }
    AppSettings& settings() const { return *m_settings; }
    // The first router's.
    RouterConnection& connection() { return m_routers->connection(0); }
    RouterClient& client() { return m_routers->client(0); }
    ControlLoop& loop() { return m_routers->loop(0); }
    // Every router watched (at least one, after initialise()).
    RouterSet& routers() { return *m_routers; }
    int routerCount() const { return m_routers ? m_routers->size() : 0; }
    // "Router 'upstairs' (10.0.0.2)" for messages that must say which router.
    QString routerTitle(int index) const;
    Database& database() { return m_database; }
    const ProfileCatalog& profiles() const { return m_profiles; }
    QStringList profileErrors() const { return m_profileErrors; }
    EventLog& log() { return m_log; }
    QString apiToken() const;
    QString renewApiToken();
    QString apiStatus() const { return m_apiStatus; }
    // The web admin's password, kept as a hash next to the real database (also while the demo runs).
    bool hasWebPassword() const;
    bool setWebPassword(const QString& password, QString* error);

Q_SIGNALS:
    void routerChanged(); // demo on/off, address, identity or version
    // Around applyRouters() changing the set: indexes move, loops and connections go and come.
    // Let go of every router before, wire them again after.
    void routersAboutToChange();
    void routersChanged();
    void databaseChanged(); // the demo's throwaway database, or the real one again
    void apiStatusChanged(const QString& status);
    void profilesChanged();

private:
    void watch(int index);
    void connectTo(int index, const ConnectionSettings& router);
    // Reads the router's password from the password store, then connects it (if still watched).
    void connectWithStoredPassword(const RouterConfig& config);
    void stopDemo();
    // Back to the real database and log file, the demo routers forgotten.
    void leaveDemo();
    bool useDatabase(const QString& path, QString* error);
    void fetchRouterInfo();

    AppSettings* m_settings;
    PasswordStore* m_passwords;
    QString m_databasePath;
    std::unique_ptr<DatabaseLock> m_lock;
    std::unique_ptr<LogFile> m_logFile;
    std::unique_ptr<QTemporaryDir> m_demoFolder;
    Database m_database;
    ProfileCatalog m_profiles;
    QStringList m_profileErrors;
    EventLog m_log;
    std::unique_ptr<RouterSet> m_routers;
    RouterInfo m_routerInfo;
    QThread* m_demoThread = nullptr;
    QList<RouterSimulator*> m_demoRouters; // live in m_demoThread
    bool m_applyingRouters = false;
    std::unique_ptr<ApiService> m_apiService;
    std::unique_ptr<WebAdmin> m_webAdmin;
    std::unique_ptr<ApiServer> m_apiServer;
    QString m_apiStatus;
};
