// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appengine.h"

#include "core/settings/appsettings.h"
#include "httpapi/apiserver.h"
#include "httpapi/apiservice.h"
#include "httpapi/apitoken.h"
#include "httpapi/webadmin.h"
#include "httpapi/webpassword.h"
#include "keychain/passwordstore.h"
#include "sim/routersimulator.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace
{
// With no router set up the window shows two simulated ones, so a new user sees how several
// routers look (the Router column and filter): the shop's main router and a smaller one upstairs,
// each with its own identity, addresses and MACs.
struct DemoRouter
{
    QLatin1StringView name;
    QLatin1StringView identity;
    int users;
};
constexpr DemoRouter DemoRouters[] {{QLatin1StringView("main"), QLatin1StringView("Demo router"), 24},
                                    {QLatin1StringView("upstairs"), QLatin1StringView("Demo router upstairs"), 10}};

bool sameRouter(const ConnectionSettings& a, const ConnectionSettings& b)
{
    return a.host == b.host && a.port == b.port && a.user == b.user && a.tls == b.tls
        && a.certificatePolicy == b.certificatePolicy && a.pinnedSha256 == b.pinnedSha256;
}
} // namespace

AppEngine::AppEngine(AppSettings* settings, PasswordStore* passwords, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_passwords(passwords)
{ }

AppEngine::~AppEngine()
{
    m_apiServer.reset();
    m_webAdmin.reset();
    m_apiService.reset();
    m_routers.reset();
    stopDemo();
    m_log.setFile(nullptr);
}

QString AppEngine::lockOwnerName()
{
    return u"the PisoNet Manager window"_s;
}

QString AppEngine::databasePathFor(const AppSettings& settings)
{
    return settings.databasePath().isEmpty() ? Database::defaultPath() : settings.databasePath();
}

bool AppEngine::useDatabase(const QString& path, QString* error)
{
    if (m_database.isOpen() && m_database.path() == path) {
        return true;
    }
    if (!m_database.open(path, error)) {
        return false;
    }
    Q_EMIT databaseChanged();
    return true;
}

bool AppEngine::initialise(QString* error)
{
    m_databasePath = databasePathFor(*m_settings);
    m_lock = std::make_unique<DatabaseLock>(m_databasePath);
    if (!m_lock->tryLock(lockOwnerName(), error)) {
        return false;
    }
    if (!m_database.open(m_databasePath, error)) {
        return false;
    }
    // The log that survives restarts, next to the data it is about.
    m_logFile = std::make_unique<LogFile>(LogFile::folderFor(m_databasePath));
    m_logFile->installMessageHandler();
    m_log.setFile(m_logFile.get());
    m_log.loadHistory(1);
    const auto& migration = m_database.lastMigration();
    if (!migration.steps.isEmpty()) {
        m_log.info(tr("Database updated from schema %1 to %2 (backup: %3).")
                       .arg(migration.fromVersion)
                       .arg(migration.toVersion)
                       .arg(migration.backupFile));
    }
    for (const QString& note : migration.notes) {
        m_log.warning(tr("Database update: %1").arg(note));
    }
    reloadProfiles();
    // Every router of the settings, watched at once; none yet: the two demo routers (or the first
    // one set up in Settings).
    m_routers = std::make_unique<RouterSet>(&m_database);
    m_routers->setEventLog(&m_log);
    m_routers->setInterval(std::chrono::seconds(m_settings->refreshSeconds()));
    const QList<RouterConfig> configured = m_settings->routers();
    if (configured.isEmpty()) {
        for (const DemoRouter& demo : DemoRouters) {
            m_routers->add(demo.name, ConnectionSettings());
        }
    }
    for (const RouterConfig& router : configured) {
        m_routers->add(router.name, router.connection);
    }
    for (int i = 0; i < m_routers->size(); ++i) {
        watch(i);
    }
    connect(m_settings, &AppSettings::changed, this, [this](const QString& key) {
        if (key == u"monitor/refreshSeconds"_s) {
            m_routers->setInterval(std::chrono::seconds(m_settings->refreshSeconds()));
        }
    });
    return true;
}

void AppEngine::watch(int index)
{
    // Indexes move when a router is removed: everything here goes by the router's own objects, and
    // "several" is asked when a line is written.
    RouterConnection* connection = &m_routers->connection(index);
    ControlLoop* loop = &m_routers->loop(index);
    const QString name = m_routers->name(index);
    connect(connection, &RouterConnection::ready, this, [this, connection, name] {
        const QString address = connection->settings().address();
        m_log.info(m_routers->size() > 1 ? tr("Connected to router %1 at %2.").arg(name, address)
                                         : tr("Connected to the router at %1.").arg(address));
        if (m_routers->size() > 0 && connection == &m_routers->connection(0)) {
            fetchRouterInfo();
        }
    });
    connect(connection, &RouterConnection::failed, this, [this, name](const ApiError& error) {
        m_log.error(m_routers->size() > 1 ? tr("Router %1 problem: %2").arg(name, error.message())
                                          : tr("Router problem: %1").arg(error.message()));
    });
    auto label = [this, name] { return m_routers->size() > 1 ? u'[' + name + u"] "_s : QString(); };
    connect(&loop->vouchers(), &VoucherTracker::voucherActivated, this,
            [this, label](const QString& code, const QString& mac) {
                m_log.info(label() + tr("Voucher %1 activated by %2.").arg(code, mac));
            });
    connect(&loop->vouchers(), &VoucherTracker::voucherUsedUp, this,
            [this, label](const QString& code) { m_log.info(label() + tr("Voucher %1 used up.").arg(code)); });
    connect(&loop->vouchers(), &VoucherTracker::deadCodeInUse, this,
            [this, label](const QString& code, const QString& mac, const QString& status, bool) {
                m_log.warning(label() + tr("Voucher %1 is %2 but in use by %3.").arg(code, status, mac));
            });
    // A failed poll: the connection reports the reason once; the banner shows it on every stale poll.
}

QString AppEngine::routerTitle(int index) const
{
    if (isDemo()) {
        return tr("The demo router '%1'").arg(m_routers->name(index));
    }
    return tr("Router '%1' (%2)").arg(m_routers->name(index), m_routers->connection(index).settings().host);
}

void AppEngine::reloadProfiles()
{
    m_profileErrors.clear();
    if (!m_profiles.load(ProfileCatalog::activePath(), &m_profileErrors)) {
        for (const QString& problem : std::as_const(m_profileErrors)) {
            m_log.error(tr("profiles.json: %1").arg(problem));
        }
        return;
    }
    Q_EMIT profilesChanged();
}

void AppEngine::start()
{
    const QList<RouterConfig> configured = m_settings->routers();
    if (configured.isEmpty()) {
        startDemo();
        return;
    }
    // Each router connects as soon as its own password is read: one slow keychain entry (or router)
    // never holds up another.
    for (const RouterConfig& config : configured) {
        connectWithStoredPassword(config);
    }
}

void AppEngine::connectWithStoredPassword(const RouterConfig& config)
{
    const QString key = PasswordStore::keyOf(config.passwordKey, config.connection.host, config.connection.user);
    m_passwords->read(
        key,
        [this, name = config.name, router = config.connection](const QString& password, const QString& error) mutable {
            // By name: by the time the store answers, the router may have moved or gone.
            const int index = m_routers->indexOf(name);
            if (index < 0 || isDemo()) {
                return;
            }
            if (!error.isEmpty()) {
                m_log.warning(m_routers->size() == 1
                                  ? tr("The router password could not be read from the system's credential store "
                                       "(%1). Enter it in Settings.")
                                        .arg(error)
                                  : tr("The password of router %1 could not be read from the system's credential "
                                       "store (%2). Enter it in Settings.")
                                        .arg(name, error));
            }
            router.password = password;
            connectTo(index, router);
        });
}

void AppEngine::startDemo()
{
    for (int i = 0; i < m_routers->size(); ++i) {
        m_routers->loop(i).stop();
        m_routers->connection(i).close();
    }
    // The demo never touches real data: a throwaway database, and nothing in the real log file.
    if (!m_demoFolder) {
        m_demoFolder = std::make_unique<QTemporaryDir>();
    }
    QString error;
    if (!useDatabase(m_demoFolder->filePath(u"demo.db"_s), &error)) {
        m_log.error(tr("The demo database could not be made: %1").arg(error));
    }
    m_log.setFile(nullptr);
    if (m_demoThread == nullptr) {
        // The simulated routers get their own thread so they never compete with the window.
        m_demoThread = new QThread(this);
        for (int site = 0; site < int(std::size(DemoRouters)); ++site) {
            auto* router = new RouterSimulator;
            router->setCredentials(u"demo"_s, u"demo"_s);
            router->setIdentity(QString(DemoRouters[site].identity));
            router->populate(DemoRouters[site].users, quint32(site + 1), site);
            router->setChurn(true);
            router->moveToThread(m_demoThread);
            connect(m_demoThread, &QThread::finished, router, &QObject::deleteLater);
            m_demoRouters.append(router);
        }
        m_demoThread->start();
    }
    m_log.info(tr("No router is set up: showing the built-in demo routers (simulated customers)."));
    for (int i = 0; i < m_routers->size() && i < m_demoRouters.size(); ++i) {
        RouterSimulator* router = m_demoRouters.at(i);
        quint16 port = 0;
        // Only at start-up or when the demo is asked for, never from a network callback.
        QMetaObject::invokeMethod(
            router,
            [router, &port] {
                if (router->port() == 0) {
                    router->listen();
                }
                port = router->port();
            },
            Qt::BlockingQueuedConnection);
        ConnectionSettings demo;
        demo.host = u"127.0.0.1"_s;
        demo.port = port;
        demo.user = u"demo"_s;
        demo.password = u"demo"_s;
        connectTo(i, demo);
    }
}

void AppEngine::stopDemo()
{
    if (m_demoThread != nullptr) {
        m_demoThread->quit();
        m_demoThread->wait();
        delete m_demoThread;
        m_demoThread = nullptr;
        m_demoRouters.clear();
    }
}

void AppEngine::leaveDemo()
{
    while (m_routers->size() > 0) {
        m_routers->remove(m_routers->name(m_routers->size() - 1));
    }
    stopDemo();
    QString error;
    if (!useDatabase(m_databasePath, &error)) {
        m_log.error(tr("The database could not be opened: %1").arg(error));
    }
    m_demoFolder.reset();
    m_log.setFile(m_logFile.get());
}

void AppEngine::useRouter(const ConnectionSettings& router, QHash<QString, QString> typedPasswords)
{
    m_settings->setRouter(router);
    m_settings->sync();
    const QList<RouterConfig> configured = m_settings->routers();
    const QString key = PasswordStore::keyOf(configured.isEmpty() ? QString() : configured.first().passwordKey,
                                             router.host, router.user);
    storePassword(key, router.password);
    if (!configured.isEmpty()) {
        typedPasswords.insert(configured.first().name, router.password);
        applyRouters(typedPasswords);
    }
}

bool AppEngine::applyRouters(const QHash<QString, QString>& typedPasswords)
{
    const QList<RouterConfig> configured = m_settings->routers();
    if (configured.isEmpty() || !m_routers) {
        return false; // nothing set up: the demo goes on
    }
    bool unchanged = !isDemo() && typedPasswords.isEmpty() && m_routers->size() == configured.size();
    for (int i = 0; unchanged && i < configured.size(); ++i) {
        unchanged = m_routers->name(i) == configured.at(i).name
            && sameRouter(m_routers->connection(i).settings(), configured.at(i).connection);
    }
    if (unchanged) {
        return false;
    }
    Q_EMIT routersAboutToChange();
    m_applyingRouters = true;
    // The API service points at the routers' loops: it is made again below.
    m_apiServer.reset();
    m_webAdmin.reset();
    m_apiService.reset();
    const bool wasDemo = isDemo();
    if (wasDemo) {
        leaveDemo();
    }
    for (int i = m_routers->size() - 1; i >= 0; --i) {
        const QString name = m_routers->name(i);
        const bool kept = std::any_of(configured.begin(), configured.end(),
                                      [&](const RouterConfig& config) { return config.name == name; });
        if (!kept) {
            const QString address = m_routers->connection(i).settings().address();
            m_routers->remove(name);
            m_log.info(tr("Stopped watching router %1 (%2): removed in Settings.").arg(name, address));
        }
    }
    // The set keeps the settings' order (the first router takes new vouchers): past the first
    // difference (only after the list was changed elsewhere, e.g. by pisonet-cli), routers are
    // watched again in their new place.
    int same = 0;
    while (same < m_routers->size() && same < configured.size() && m_routers->name(same) == configured.at(same).name) {
        ++same;
    }
    while (m_routers->size() > same) {
        m_routers->remove(m_routers->name(m_routers->size() - 1));
    }
    for (const RouterConfig& config : configured) {
        int index = m_routers->indexOf(config.name);
        const bool typed = typedPasswords.contains(config.name);
        ConnectionSettings router = config.connection;
        if (index < 0) {
            m_routers->add(config.name, router);
            index = m_routers->size() - 1;
            watch(index);
            if (!wasDemo) {
                m_log.info(tr("Watching router %1 (%2) from now on.").arg(config.name, router.address()));
            }
        } else {
            const ConnectionSettings& now = m_routers->connection(index).settings();
            if (sameRouter(now, router) && !typed) {
                continue; // unchanged: it goes on as it is
            }
            if (!typed && now.host == router.host && now.user == router.user) {
                router.password = now.password; // same login, the password in use stays
                connectTo(index, router);
                continue;
            }
        }
        if (typed) {
            router.password = typedPasswords.value(config.name);
            connectTo(index, router);
        } else {
            connectWithStoredPassword(config);
        }
    }
    m_applyingRouters = false;
    applyApiSettings();
    Q_EMIT routersChanged();
    Q_EMIT routerChanged();
    return true;
}

void AppEngine::storePassword(const QString& key, const QString& password)
{
    m_passwords->write(key, password, [this](const QString& error) {
        if (!error.isEmpty()) {
            m_log.warning(tr("The password could not be saved in the system's credential store (%1); it is kept "
                             "until PisoNet Manager closes.")
                              .arg(error));
        }
    });
}

void AppEngine::forgetPassword(const RouterConfig& removed)
{
    QStringList stillUsed;
    for (const RouterConfig& router : m_settings->routers()) {
        stillUsed.append(PasswordStore::keyOf(router.passwordKey, router.connection.host, router.connection.user));
    }
    const QString key
        = PasswordStore::keyToForget(removed.passwordKey, removed.connection.host, removed.connection.user, stillUsed);
    if (key.isEmpty()) {
        return;
    }
    m_passwords->remove(key, [this, name = removed.name](const QString& error) {
        if (!error.isEmpty()) {
            m_log.warning(tr("The password of router %1 could not be deleted from the system's credential store (%2).")
                              .arg(name, error));
        }
    });
}

void AppEngine::connectTo(int index, const ConnectionSettings& router)
{
    ControlLoop& loop = m_routers->loop(index);
    RouterConnection& connection = m_routers->connection(index);
    // The history belongs to this router (the demo's is not kept).
    loop.routerChanged(isDemo() ? QString() : router.address());
    if (m_logFile && !router.password.isEmpty()) {
        m_logFile->addSecret(router.password);
    }
    connection.close();
    connection.setSettings(router);
    connection.setAutoReconnect(true);
    connection.open();
    loop.start();
    if (index == 0) {
        m_routerInfo = {};
        if (!m_applyingRouters) {
            applyApiSettings();
        }
    }
    Q_EMIT routerChanged();
}

void AppEngine::fetchRouterInfo()
{
    client().fetchInfo(this, [this](const RouterReply<RouterInfo>& reply) {
        if (reply.ok()) {
            m_routerInfo = reply.value;
            Q_EMIT routerChanged();
        }
    });
}

QString AppEngine::apiToken() const
{
    return ApiToken::stored(&m_database);
}

QString AppEngine::renewApiToken()
{
    QString error;
    const QString token = ApiToken::renew(&m_database, &error);
    if (m_apiService) {
        m_apiService->setToken(token);
    }
    return token;
}

bool AppEngine::hasWebPassword() const
{
    return WebPassword::isSet(m_databasePath);
}

bool AppEngine::setWebPassword(const QString& password, QString* error)
{
    if (!WebPassword::store(m_databasePath, password, error)) {
        return false;
    }
    m_log.info(tr("The web-admin password was changed; browsers signed in before must sign in again."));
    return true;
}

void AppEngine::applyApiSettings()
{
    m_apiServer.reset();
    m_webAdmin.reset();
    m_apiService.reset();
    if (!m_settings->apiEnabled()) {
        m_apiStatus = tr("off");
        Q_EMIT apiStatusChanged(m_apiStatus);
        return;
    }
    QHostAddress address;
    quint16 port = 0;
    QString error;
    QString token;
    if (ApiServer::parseListen(m_settings->apiListen(), &address, &port, &error)) {
        error = ApiServer::listenRefusal(address, hasWebPassword());
        if (error.isEmpty()) {
            token = ApiToken::ensure(&m_database, &error);
        }
    }
    if (!token.isEmpty()) {
        if (m_logFile) {
            m_logFile->addSecret(token);
        }
        m_apiService = std::make_unique<ApiService>(ApiService::Services {&loop().monitor(), &loop().bandwidth(),
                                                                          &loop().voucherStore(), &m_profiles,
                                                                          &connection(), &m_log},
                                                    token);
        if (m_routers->size() > 1) {
            QList<ApiService::Router> all;
            for (int i = 0; i < m_routers->size(); ++i) {
                all.append({m_routers->name(i), &m_routers->loop(i).monitor(), &m_routers->loop(i).bandwidth(),
                            &m_routers->connection(i)});
            }
            m_apiService->setRouters(all);
        }
        m_webAdmin = std::make_unique<WebAdmin>(m_apiService.get(), m_databasePath, &m_log);
        m_apiServer = std::make_unique<ApiServer>(m_apiService.get());
        m_apiServer->setWebAdmin(m_webAdmin.get());
        if (m_apiServer->listen(address, port, &error)) {
            const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                                     : address.toString();
            m_apiStatus = tr("on, http://%1:%2/admin/api/ (web admin: /admin)").arg(host).arg(m_apiServer->port());
            m_log.info(tr("HTTP API %1").arg(m_apiStatus));
            if (const QString warning = ApiServer::exposureWarning(address); !warning.isEmpty()) {
                m_log.warning(warning);
                m_apiStatus += u" — "_s + warning;
            }
            Q_EMIT apiStatusChanged(m_apiStatus);
            return;
        }
    }
    m_apiServer.reset();
    m_webAdmin.reset();
    m_apiService.reset();
    m_apiStatus = tr("not running: %1").arg(error);
    m_log.error(tr("HTTP API %1").arg(m_apiStatus));
    Q_EMIT apiStatusChanged(m_apiStatus);
}
