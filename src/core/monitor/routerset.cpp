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
    m_routers.push_back(std::move(router));
    // Sessions and vouchers are kept per router once there is more than one.
    const bool shared = m_routers.size() > 1;
    for (std::size_t i = 0; i < m_routers.size(); ++i) {
        m_routers[i]->loop->setRouterName(m_routers[i]->name, i == 0, shared);
    }
    return *m_routers.back()->loop;
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
    for (auto& router : m_routers) {
        router->loop->setEventLog(log);
    }
}

bool RouterSet::setInterval(std::chrono::milliseconds interval)
{
    bool ok = true;
    for (auto& router : m_routers) {
        ok = router->loop->setInterval(interval) && ok;
    }
    return ok;
}

void RouterSet::start()
{
    for (auto& router : m_routers) {
        router->connection->open();
        router->loop->start();
    }
}

void RouterSet::stop()
{
    for (auto& router : m_routers) {
        if (router->loop) {
            router->loop->stop();
        }
    }
}
