// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/monitor/routerset.h"

#include "core/monitor/controlloop.h"
#include "core/routeros/routerclient.h"
#include "core/routeros/routerconnection.h"

struct RouterSet::Router
{
    QString name;
    std::unique_ptr<RouterConnection> connection;
    std::unique_ptr<RouterClient> client;
    std::unique_ptr<ControlLoop> loop;
};

RouterSet::RouterSet(Database* database, QObject* parent)
    : QObject(parent)
    , m_database(database)
{ }

RouterSet::~RouterSet()
{
    stop();
    // Loops first: they hold the clients, which hold the connections.
    for (auto& router : m_routers) {
        router->loop.reset();
        router->client.reset();
        router->connection.reset();
    }
}

ControlLoop& RouterSet::add(const QString& name, const ConnectionSettings& settings)
{
    auto router = std::make_unique<Router>();
    router->name = name;
    router->connection = std::make_unique<RouterConnection>();
    router->connection->setSettings(settings);
    router->connection->setAutoReconnect(true); // a long-running watch keeps trying
    router->client = std::make_unique<RouterClient>(router->connection.get());
    router->loop = std::make_unique<ControlLoop>(router->client.get(), m_database);
    if (m_log != nullptr) {
        router->loop->setEventLog(m_log);
    }
    if (m_interval.count() > 0) {
        router->loop->setInterval(m_interval);
    }
    m_routers.push_back(std::move(router));
    updateScopes();
    Router& added = *m_routers.back();
    if (m_running) {
        added.connection->open();
        added.loop->start();
    }
    Q_EMIT routerAdded(size() - 1);
    return *added.loop;
}

bool RouterSet::remove(const QString& name)
{
    const int index = indexOf(name);
    if (index < 0) {
        return false;
    }
    Q_EMIT routerAboutToBeRemoved(index);
    std::unique_ptr<Router> router = std::move(m_routers[std::size_t(index)]);
    m_routers.erase(m_routers.begin() + index);
    router->loop->stop();
    router->connection->setAutoReconnect(false);
    router->connection->close();
    // Loops first: they hold the clients, which hold the connections.
    router->loop.reset();
    router->client.reset();
    router->connection.reset();
    updateScopes();
    Q_EMIT routerRemoved(name);
    return true;
}

bool RouterSet::reconfigure(const QString& name, const ConnectionSettings& settings)
{
    const int index = indexOf(name);
    if (index < 0) {
        return false;
    }
    Router& router = *m_routers[std::size_t(index)];
    router.connection->close();
    router.connection->setSettings(settings);
    if (m_running) {
        router.connection->open();
    }
    return true;
}

void RouterSet::updateScopes()
{
    const bool shared = m_routers.size() > 1;
    for (std::size_t i = 0; i < m_routers.size(); ++i) {
        m_routers[i]->loop->setRouterName(m_routers[i]->name, i == 0, shared);
    }
}

QString RouterSet::name(int index) const
{
    return m_routers.at(std::size_t(index))->name;
}

ControlLoop& RouterSet::loop(int index) const
{
    return *m_routers.at(std::size_t(index))->loop;
}

RouterConnection& RouterSet::connection(int index) const
{
    return *m_routers.at(std::size_t(index))->connection;
}

RouterClient& RouterSet::client(int index) const
{
    return *m_routers.at(std::size_t(index))->client;
}

int RouterSet::indexOf(const QString& name) const
{
    for (std::size_t i = 0; i < m_routers.size(); ++i) {
        if (m_routers[i]->name == name) {
            return int(i);
        }
    }
    return -1;
}

void RouterSet::setEventLog(EventLog* log)
{
    m_log = log;
    for (auto& router : m_routers) {
        router->loop->setEventLog(log);
    }
}

bool RouterSet::setInterval(std::chrono::milliseconds interval)
{
    bool ok = true;
    m_interval = interval;
    for (auto& router : m_routers) {
        ok = router->loop->setInterval(interval) && ok;
    }
    return ok;
}

void RouterSet::start()
{
    m_running = true;
    for (auto& router : m_routers) {
        router->connection->open();
        router->loop->start();
    }
}

void RouterSet::stop()
{
    m_running = false;
    for (auto& router : m_routers) {
        if (router->loop) {
            router->loop->stop();
        }
    }
}
