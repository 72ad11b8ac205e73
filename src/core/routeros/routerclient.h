// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routerconnection.h"
#include "core/routeros/routertypes.h"

#include <QObject>

#include <functional>

// Typed operations on a router over one RouterConnection. Every call is asynchronous: the
// callback runs later on this thread, unless `context` was destroyed first.
class RouterClient : public QObject
{
    Q_OBJECT

public:
    template <typename T>
    using Callback = std::function<void(const RouterReply<T>&)>;
    using Done = std::function<void(const ApiError&)>;
    using Attributes = QList<std::pair<QString, QString>>;

    explicit RouterClient(RouterConnection* connection, QObject* parent = nullptr);

    RouterConnection* connection() const { return m_connection; }

    void fetchInfo(QObject* context, Callback<RouterInfo> callback);
    void fetchHotspotSessions(QObject* context, Callback<QList<HotspotSession>> callback);
    void kickSession(const QString& id, QObject* context, Done callback);
    void fetchHotspotHosts(QObject* context, Callback<QList<HotspotHost>> callback);
    // Logs a device that waits at the login page in (it must be in /ip/hotspot/host).
    void loginHost(const QString& user,
                   const QString& password,
                   const QString& macAddress,
                   const QString& address,
                   QObject* context,
                   Done callback);

    void fetchSimpleQueues(QObject* context, Callback<QList<SimpleQueue>> callback);
    // Sessions and queues with both commands in flight at once; the callback runs when both are back.
    void fetchHotspotState(QObject* context, Callback<HotspotState> callback);
    // placeBefore: the .id of the queue to go in front of (empty: at the end). Returns the new .id.
    void
    addSimpleQueue(const SimpleQueue& queue, const QString& placeBefore, QObject* context, Callback<QString> callback);
    void setSimpleQueue(const QString& id, const Attributes& changes, QObject* context, Done callback);
    void removeSimpleQueue(const QString& id, QObject* context, Done callback);

    void fetchHotspotUsers(QObject* context, Callback<QList<HotspotUser>> callback);
    void addHotspotUser(const HotspotUser& user, QObject* context, Callback<QString> callback);
    void setHotspotUser(const QString& id, const Attributes& changes, QObject* context, Done callback);
    void removeHotspotUser(const QString& id, QObject* context, Done callback);
    void fetchHotspotUserProfiles(QObject* context, Callback<QList<HotspotUserProfile>> callback);
    // A user profile with shared-users and no rate-limit. Returns the new .id.
    void addHotspotUserProfile(const QString& name, int sharedUsers, QObject* context, Callback<QString> callback);

    void fetchFirewallFilterRules(QObject* context, Callback<QList<FirewallRule>> callback);
    // Turns a firewall filter rule on or off (the operator's "turn FastTrack off").
    void setFirewallFilterRuleDisabled(const QString& id, bool disabled, QObject* context, Done callback);

    // Converters from reply rows; public for tests and for callers with their own commands.
    static HotspotSession toHotspotSession(const ApiRecord& record);
    static SimpleQueue toSimpleQueue(const ApiRecord& record);
    static HotspotUser toHotspotUser(const ApiRecord& record);

private:
    template <typename T>
    void
    fetchList(const ApiCommand& command, QObject* context, Callback<QList<T>> callback, T (*convert)(const ApiRecord&));
    void runDone(const ApiCommand& command, QObject* context, Done callback);
    void runAdd(const ApiCommand& command, QObject* context, Callback<QString> callback);

    RouterConnection* m_connection;
};
