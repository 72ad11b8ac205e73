// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/routerclient.h"

#include "core/routeros/routerduration.h"

#include <QVarLengthArray>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace
{
qint64 durationOf(const ApiRecord& record, QByteArrayView key, qint64 fallback)
{
    const QByteArrayView raw = record.raw(key);
    if (raw.isNull()) {
        return fallback;
    }
    // Durations are short ASCII ("1w4d1h16m55s"): widened on the stack, not as a QString per row.
    QVarLengthArray<char16_t, 32> text(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        text[i] = char16_t(static_cast<unsigned char>(raw[i]));
    }
    qint64 seconds = 0;
    if (!RouterDuration::parseSeconds(QStringView(text.constData(), text.size()), &seconds)) {
        return fallback;
    }
    return seconds;
}

HotspotHost toHotspotHost(const ApiRecord& record)
{
    HotspotHost host;
    host.id = record.value(".id");
    host.macAddress = record.value("mac-address");
    host.address = record.value("address");
    host.toAddress = record.value("to-address");
    host.server = record.value("server");
    host.uptimeSeconds = durationOf(record, "uptime", -1);
    host.authorized = record.flag("authorized");
    host.bypassed = record.flag("bypassed");
    return host;
}

HotspotUserProfile toHotspotUserProfile(const ApiRecord& record)
{
    HotspotUserProfile profile;
    profile.id = record.value(".id");
    profile.name = record.value("name");
    profile.sharedUsers = int(record.number("shared-users").value_or(1));
    profile.rateLimit = record.value("rate-limit");
    return profile;
}

FirewallRule toFirewallRule(const ApiRecord& record)
{
    FirewallRule rule;
    rule.id = record.value(".id");
    rule.chain = record.value("chain");
    rule.action = record.value("action");
    rule.comment = record.value("comment");
    rule.disabled = record.flag("disabled");
    rule.dynamic = record.flag("dynamic");
    return rule;
}
} // namespace

RouterClient::RouterClient(RouterConnection* connection, QObject* parent)
    : QObject(parent)
    , m_connection(connection)
{ }

HotspotSession RouterClient::toHotspotSession(const ApiRecord& record)
{
    HotspotSession session;
    session.id = record.value(".id");
    session.server = record.value("server");
    session.user = record.value("user");
    session.address = record.value("address");
    session.macAddress = record.value("mac-address");
    session.uptimeSeconds = durationOf(record, "uptime", 0);
    session.sessionTimeLeftSeconds = durationOf(record, "session-time-left", -1);
    session.idleTimeSeconds = durationOf(record, "idle-time", 0);
    if (const auto cap = record.number("limit-bytes-total"); cap && *cap > 0) {
        session.limitBytesTotal = qint64(std::min<quint64>(*cap, quint64(std::numeric_limits<qint64>::max())));
    }
    session.bytesIn = record.number("bytes-in").value_or(0);
    session.bytesOut = record.number("bytes-out").value_or(0);
    session.loginBy = record.value("login-by");
    session.comment = record.value("comment");
    return session;
}

SimpleQueue RouterClient::toSimpleQueue(const ApiRecord& record)
{
    SimpleQueue queue;
    queue.id = record.value(".id");
    queue.name = record.value("name");
    queue.target = record.value("target");
    queue.maxLimit = record.value("max-limit");
    queue.rate = record.value("rate");
    queue.bytes = record.value("bytes");
    queue.comment = record.value("comment");
    queue.disabled = record.flag("disabled");
    queue.dynamic = record.flag("dynamic");
    return queue;
}

HotspotUser RouterClient::toHotspotUser(const ApiRecord& record)
{
    HotspotUser user;
    user.id = record.value(".id");
    user.name = record.value("name");
    user.password = record.value("password");
    user.profile = record.value("profile");
    user.limitUptime = record.value("limit-uptime");
    user.limitBytesTotal = record.number("limit-bytes-total").value_or(0);
    user.macAddress = record.value("mac-address");
    user.comment = record.value("comment");
    user.disabled = record.flag("disabled");
    user.uptimeSeconds = durationOf(record, "uptime", 0);
    user.bytesIn = record.number("bytes-in").value_or(0);
    user.bytesOut = record.number("bytes-out").value_or(0);
    return user;
}

template <typename T>
void RouterClient::fetchList(const ApiCommand& command,
                             QObject* context,
                             Callback<QList<T>> callback,
                             T (*convert)(const ApiRecord&))
{
    m_connection->send(command, context, [callback = std::move(callback), convert](const ApiResult& result) {
        RouterReply<QList<T>> reply;
        reply.error = result.error;
        if (result.ok()) {
            reply.value.reserve(result.rows.size());
            for (const ApiRecord& row : result.rows) {
                reply.value.append(convert(row));
            }
        }
        callback(reply);
    });
}

void RouterClient::runDone(const ApiCommand& command, QObject* context, Done callback)
{
    m_connection->send(command, context,
                       [callback = std::move(callback)](const ApiResult& result) { callback(result.error); });
}

void RouterClient::runAdd(const ApiCommand& command, QObject* context, Callback<QString> callback)
{
    m_connection->send(command, context, [callback = std::move(callback)](const ApiResult& result) {
        RouterReply<QString> reply;
        reply.error = result.error;
        reply.value = result.ret();
        callback(reply);
    });
}

void RouterClient::fetchInfo(QObject* context, Callback<RouterInfo> callback)
{
    // Two commands in flight at once; the callback runs when both are back.
    struct Join
    {
        RouterReply<RouterInfo> reply;
        int outstanding = 2;
        Callback<RouterInfo> callback;
    };
    auto join = std::make_shared<Join>();
    join->callback = std::move(callback);
    auto finishOne = [join](const ApiError& error) {
        if (error.isError() && !join->reply.error.isError()) {
            join->reply.error = error;
        }
        if (--join->outstanding == 0) {
            join->callback(join->reply);
        }
    };
    m_connection->send(ApiCommand(u"/system/identity/print"_s), context, [join, finishOne](const ApiResult& result) {
        if (result.ok() && !result.rows.isEmpty()) {
            join->reply.value.identity = result.rows.first().value("name");
        }
        finishOne(result.error);
    });
    ApiCommand resource(u"/system/resource/print"_s);
    resource.proplist({u"uptime"_s, u"version"_s, u"board-name"_s, u"architecture-name"_s, u"cpu-load"_s,
                       u"free-memory"_s, u"total-memory"_s});
    m_connection->send(resource, context, [join, finishOne](const ApiResult& result) {
        if (result.ok() && !result.rows.isEmpty()) {
            const ApiRecord& row = result.rows.first();
            RouterInfo& info = join->reply.value;
            info.version = row.value("version");
            info.boardName = row.value("board-name");
            info.architecture = row.value("architecture-name");
            info.uptimeSeconds = durationOf(row, "uptime", 0);
            info.cpuLoad = int(row.number("cpu-load").value_or(0));
            info.freeMemory = row.number("free-memory").value_or(0);
            info.totalMemory = row.number("total-memory").value_or(0);
        }
        finishOne(result.error);
    });
}

void RouterClient::fetchHotspotSessions(QObject* context, Callback<QList<HotspotSession>> callback)
{
    ApiCommand command(u"/ip/hotspot/active/print"_s);
    command.proplist({u".id"_s, u"server"_s, u"user"_s, u"address"_s, u"mac-address"_s, u"uptime"_s,
                      u"session-time-left"_s, u"idle-time"_s, u"bytes-in"_s, u"bytes-out"_s, u"login-by"_s,
                      u"comment"_s, u"limit-bytes-total"_s});
    fetchList<HotspotSession>(command, context, std::move(callback), &RouterClient::toHotspotSession);
}

void RouterClient::kickSession(const QString& id, QObject* context, Done callback)
{
    runDone(ApiCommand(u"/ip/hotspot/active/remove"_s).set(u".id"_s, id), context, std::move(callback));
}

void RouterClient::fetchHotspotHosts(QObject* context, Callback<QList<HotspotHost>> callback)
{
    ApiCommand command(u"/ip/hotspot/host/print"_s);
    command.proplist({u".id"_s, u"mac-address"_s, u"address"_s, u"to-address"_s, u"server"_s, u"uptime"_s,
                      u"authorized"_s, u"bypassed"_s});
    fetchList<HotspotHost>(command, context, std::move(callback), &toHotspotHost);
}

void RouterClient::loginHost(const QString& user,
                             const QString& password,
                             const QString& macAddress,
                             const QString& address,
                             QObject* context,
                             Done callback)
{
    ApiCommand command(u"/ip/hotspot/active/login"_s);
    command.set(u"user"_s, user).set(u"password"_s, password).set(u"mac-address"_s, macAddress);
    command.set(u"ip"_s, address);
    runDone(command, context, std::move(callback));
}

void RouterClient::fetchSimpleQueues(QObject* context, Callback<QList<SimpleQueue>> callback)
{
    ApiCommand command(u"/queue/simple/print"_s);
    command.proplist({u".id"_s, u"name"_s, u"target"_s, u"max-limit"_s, u"rate"_s, u"bytes"_s, u"comment"_s,
                      u"disabled"_s, u"dynamic"_s});
    fetchList<SimpleQueue>(command, context, std::move(callback), &RouterClient::toSimpleQueue);
}

void RouterClient::fetchHotspotState(QObject* context, Callback<HotspotState> callback)
{
    struct Join
    {
        RouterReply<HotspotState> reply;
        int outstanding = 2;
        Callback<HotspotState> callback;
    };
    auto join = std::make_shared<Join>();
    join->callback = std::move(callback);
    auto finishOne = [join](const ApiError& error) {
        if (error.isError() && !join->reply.error.isError()) {
            join->reply.error = error;
        }
        if (--join->outstanding == 0) {
            join->callback(join->reply);
        }
    };
    fetchHotspotSessions(context, [join, finishOne](const RouterReply<QList<HotspotSession>>& reply) {
        join->reply.value.sessions = reply.value;
        finishOne(reply.error);
    });
    fetchSimpleQueues(context, [join, finishOne](const RouterReply<QList<SimpleQueue>>& reply) {
        join->reply.value.queues = reply.value;
        finishOne(reply.error);
    });
}

void RouterClient::addSimpleQueue(const SimpleQueue& queue,
                                  const QString& placeBefore,
                                  QObject* context,
                                  Callback<QString> callback)
{
    ApiCommand command(u"/queue/simple/add"_s);
    command.set(u"name"_s, queue.name).set(u"target"_s, queue.target).set(u"max-limit"_s, queue.maxLimit);
    if (!queue.comment.isEmpty()) {
        command.set(u"comment"_s, queue.comment);
    }
    if (!placeBefore.isEmpty()) {
        command.set(u"place-before"_s, placeBefore);
    }
    runAdd(command, context, std::move(callback));
}

void RouterClient::setSimpleQueue(const QString& id, const Attributes& changes, QObject* context, Done callback)
{
    ApiCommand command(u"/queue/simple/set"_s);
    command.set(u".id"_s, id);
    for (const auto& [key, value] : changes) {
        command.set(key, value);
    }
    runDone(command, context, std::move(callback));
}

void RouterClient::setFirewallFilterRuleDisabled(const QString& id, bool disabled, QObject* context, Done callback)
{
    ApiCommand command(u"/ip/firewall/filter/set"_s);
    command.set(u".id"_s, id).set(u"disabled"_s, disabled ? u"yes"_s : u"no"_s);
    runDone(command, context, std::move(callback));
}

void RouterClient::removeSimpleQueue(const QString& id, QObject* context, Done callback)
{
    runDone(ApiCommand(u"/queue/simple/remove"_s).set(u".id"_s, id), context, std::move(callback));
}

void RouterClient::fetchHotspotUsers(QObject* context, Callback<QList<HotspotUser>> callback)
{
    ApiCommand command(u"/ip/hotspot/user/print"_s);
    command.proplist({u".id"_s, u"name"_s, u"password"_s, u"profile"_s, u"limit-uptime"_s, u"limit-bytes-total"_s,
                      u"mac-address"_s, u"comment"_s, u"disabled"_s, u"uptime"_s, u"bytes-in"_s, u"bytes-out"_s});
    fetchList<HotspotUser>(command, context, std::move(callback), &RouterClient::toHotspotUser);
}

void RouterClient::addHotspotUser(const HotspotUser& user, QObject* context, Callback<QString> callback)
{
    ApiCommand command(u"/ip/hotspot/user/add"_s);
    command.set(u"name"_s, user.name).set(u"password"_s, user.password);
    if (!user.profile.isEmpty()) {
        command.set(u"profile"_s, user.profile);
    }
    if (!user.limitUptime.isEmpty()) {
        command.set(u"limit-uptime"_s, user.limitUptime);
    }
    if (user.limitBytesTotal > 0) {
        command.set(u"limit-bytes-total"_s, QString::number(user.limitBytesTotal));
    }
    if (!user.macAddress.isEmpty()) {
        command.set(u"mac-address"_s, user.macAddress);
    }
    if (!user.comment.isEmpty()) {
        command.set(u"comment"_s, user.comment);
    }
    runAdd(command, context, std::move(callback));
}

void RouterClient::setHotspotUser(const QString& id, const Attributes& changes, QObject* context, Done callback)
{
    ApiCommand command(u"/ip/hotspot/user/set"_s);
    command.set(u".id"_s, id);
    for (const auto& [key, value] : changes) {
        command.set(key, value);
    }
    runDone(command, context, std::move(callback));
}

void RouterClient::removeHotspotUser(const QString& id, QObject* context, Done callback)
{
    runDone(ApiCommand(u"/ip/hotspot/user/remove"_s).set(u".id"_s, id), context, std::move(callback));
}

void RouterClient::fetchHotspotUserProfiles(QObject* context, Callback<QList<HotspotUserProfile>> callback)
{
    ApiCommand command(u"/ip/hotspot/user/profile/print"_s);
    command.proplist({u".id"_s, u"name"_s, u"shared-users"_s, u"rate-limit"_s});
    fetchList<HotspotUserProfile>(command, context, std::move(callback), &toHotspotUserProfile);
}

void RouterClient::addHotspotUserProfile(const QString& name,
                                         int sharedUsers,
                                         QObject* context,
                                         Callback<QString> callback)
{
    ApiCommand command(u"/ip/hotspot/user/profile/add"_s);
    command.set(u"name"_s, name).set(u"shared-users"_s, QString::number(sharedUsers));
    runAdd(command, context, std::move(callback));
}

void RouterClient::fetchFirewallFilterRules(QObject* context, Callback<QList<FirewallRule>> callback)
{
    ApiCommand command(u"/ip/firewall/filter/print"_s);
    command.proplist({u".id"_s, u"chain"_s, u"action"_s, u"comment"_s, u"disabled"_s, u"dynamic"_s});
    fetchList<FirewallRule>(command, context, std::move(callback), &toFirewallRule);
}
