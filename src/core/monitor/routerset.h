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
// vouchers and the sessions that name no router.
class RouterSet : public QObject
{
    Q_OBJECT

public:
    explicit RouterSet(Database* database, QObject* parent = nullptr);
    ~RouterSet() override;

    // Adds a router (before start()); its loop is returned to connect to.
    ControlLoop& add(const QString& name, const ConnectionSettings& settings);

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

private:
    struct Router;

    Database* m_database;
    std::vector<std::unique_ptr<Router>> m_routers;
};
