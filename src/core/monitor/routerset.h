// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/connectionsettings.h"

#include <QObject>

#include <chrono>
#include <memory>
#include <vector>

class ControlLoop;
class Database;
class EventLog;
class RouterClient;
class RouterConnection;

// Every router of the shop watched at once: per router its own connection (reconnecting by
// itself), poll timer, backoff, voucher tracking and reconciliation, so a router that is down
// never delays another. The first router added is the first of the settings: it takes the new
// vouchers and the sessions that name no router. Routers can be added, changed and removed while
// the set runs (the window applies Settings at once); indexes then move, names stay.
class RouterSet : public QObject
{
    Q_OBJECT

public:
    explicit RouterSet(Database* database, QObject* parent = nullptr);
    ~RouterSet() override;

    // Adds a router at the end; its loop is returned to connect to. After start() it connects and
    // polls at once.
    ControlLoop& add(const QString& name, const ConnectionSettings& settings);
    // Stops watching a router at once: routerAboutToBeRemoved first (let go of its loop and
    // connection), then its loop stops, its connection closes and both are destroyed. The next
    // router becomes the first when the first goes. False when no router has that name. Not to be
    // called from one of that router's own signals.
    bool remove(const QString& name);
    // New address, port, user, TLS or password for a router: it reconnects with them (after
    // start()). False when no router has that name.
    bool reconfigure(const QString& name, const ConnectionSettings& settings);

    int size() const { return int(m_routers.size()); }
    QString name(int index) const;
    ControlLoop& loop(int index) const;
    RouterConnection& connection(int index) const;
    RouterClient& client(int index) const;
    // -1 when no router has that name.
    int indexOf(const QString& name) const;

    void setEventLog(EventLog* log);
    bool setInterval(std::chrono::milliseconds interval);
    // Opens every connection and starts every loop.
    void start();
    void stop();

Q_SIGNALS:
    void routerAdded(int index);
    void routerAboutToBeRemoved(int index);
    void routerRemoved(const QString& name);

private:
    // Sessions and vouchers are kept per router once there is more than one.
    void updateScopes();

    struct Router;

    Database* m_database;
    std::vector<std::unique_ptr<Router>> m_routers;
    EventLog* m_log = nullptr;
    std::chrono::milliseconds m_interval {0}; // 0: the loops' own default
    bool m_running = false;
};
