// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/vouchermanager.h"

#include "core/log/eventlog.h"
#include "core/routeros/routerclient.h"
#include "core/traffic/macaddress.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace
{
// Runs one step per router and calls done once with every outcome, in the routers' order.
void onEveryRouter(const QList<VoucherManager::Router>& routers,
                   const std::function<void(const VoucherManager::Router&,
                                            std::function<void(const VoucherManager::RouterOutcome&)>)>& step,
                   const std::function<void(const QList<VoucherManager::RouterOutcome>&)>& done)
{
    struct Progress
    {
        QList<VoucherManager::RouterOutcome> outcomes;
        int outstanding = 0;
    };
    if (routers.isEmpty()) {
        done({});
        return;
    }
    auto progress = std::make_shared<Progress>();
    progress->outcomes.resize(routers.size());
    progress->outstanding = int(routers.size());
    for (qsizetype i = 0; i < routers.size(); ++i) {
        step(routers.at(i), [progress, done, i](const VoucherManager::RouterOutcome& outcome) {
            progress->outcomes[i] = outcome;
            if (--progress->outstanding == 0) {
                done(progress->outcomes);
            }
        });
    }
}

// The first router that failed, for callers that tell only failed or not.
ApiError firstError(const QList<VoucherManager::RouterOutcome>& outcomes)
{
    for (const VoucherManager::RouterOutcome& outcome : outcomes) {
        if (outcome.error.isError()) {
            return outcome.error;
        }
    }
    return {};
}

// "main: ...; upstairs: ..."
QString describe(const QList<VoucherManager::RouterOutcome>& outcomes)
{
    QStringList parts;
    for (const VoucherManager::RouterOutcome& outcome : outcomes) {
        parts.append(outcome.router + u": "_s + outcome.message);
    }
    return parts.join(u"; "_s);
}
} // namespace

VoucherManager::VoucherManager(RouterClient* client, VoucherStore* store, QObject* parent)
    : VoucherManager(QList<Router> {{QString(), client}}, store, parent)
{ }

VoucherManager::VoucherManager(const QList<Router>& routers, VoucherStore* store, QObject* parent)
    : QObject(parent)
    , m_routers(routers)
    , m_store(store)
{ }

QList<VoucherManager::Router> VoucherManager::routersOf(const QString& code) const
{
    if (m_routers.size() <= 1) {
        return m_routers;
    }
    const QStringList names = m_store->routersOf(code);
    QList<Router> on;
    for (const Router& router : m_routers) {
        if (names.contains(router.name)) {
            on.append(router);
        }
    }
    // Put on no named router (older data): the first router takes those.
    if (names.isEmpty()) {
        on.append(m_routers.first());
    }
    return on;
}

void VoucherManager::revoke(const QString& code, QObject* context, Callback callback)
{
    const QString wanted = code.trimmed().toUpper();
    const auto voucher = m_store->find(wanted);
    if (!voucher) {
        callback({true, {}, tr("no voucher with code %1").arg(wanted), {}});
        return;
    }
    QString error;
    if (!m_store->revoke(wanted, &error)) {
        callback({true, {}, error, {}});
        return;
    }
    const QList<Router> routers = routersOf(wanted);
    const bool named = m_routers.size() > 1;
    auto step = [wanted, context](const Router& router, std::function<void(const RouterOutcome&)> done) {
        struct Progress
        {
            int outstanding = 2;
            ApiError error;
            int removed = 0;
            int kicked = 0;
        };
        auto progress = std::make_shared<Progress>();
        auto finishOne = [progress, done, name = router.name](const ApiError& failure) {
            if (failure.isError() && !progress->error.isError()) {
                progress->error = failure;
            }
            if (--progress->outstanding > 0) {
                return;
            }
            RouterOutcome outcome {name, progress->error, {}};
            outcome.message = progress->error.isError()
                ? tr("not updated: %1").arg(progress->error.message())
                : tr("hotspot user removed: %1, sessions ended: %2").arg(progress->removed).arg(progress->kicked);
            done(outcome);
        };
        RouterClient* client = router.client;
        // Only the hotspot user named by the code and its sessions; each removal is one more step.
        client->fetchHotspotUsers(context, [=](const RouterReply<QList<HotspotUser>>& reply) {
            if (!reply.ok()) {
                finishOne(reply.error);
                return;
            }
            for (const HotspotUser& user : reply.value) {
                if (user.name == wanted) {
                    ++progress->outstanding;
                    ++progress->removed;
                    client->removeHotspotUser(user.id, context, finishOne);
                }
            }
            finishOne({});
        });
        client->fetchHotspotSessions(context, [=](const RouterReply<QList<HotspotSession>>& reply) {
            if (!reply.ok()) {
                finishOne(reply.error);
                return;
            }
            for (const HotspotSession& session : reply.value) {
                if (session.user == wanted) {
                    ++progress->outstanding;
                    ++progress->kicked;
                    client->kickSession(session.id, context, finishOne);
                }
            }
            finishOne({});
        });
    };
    const QStringList recorded = m_store->routersOf(wanted);
    onEveryRouter(routers, step, [wanted, named, recorded, callback](const QList<RouterOutcome>& outcomes) {
        Outcome outcome;
        outcome.routers = outcomes;
        outcome.error = firstError(outcomes);
        if (outcomes.isEmpty()) {
            // Put only on routers that are no longer set up: nothing to change anywhere we reach.
            outcome.message = tr("Voucher %1 revoked; it is on no router set up now (%2), so no router was changed.")
                                  .arg(wanted, recorded.join(u", "_s));
        } else if (named) {
            outcome.message = outcome.error.isError()
                ? tr("Voucher %1 is revoked here, but not every router could be updated (%2); those are retried "
                     "when you revoke again.")
                      .arg(wanted, describe(outcomes))
                : tr("Voucher %1 revoked (%2).").arg(wanted, describe(outcomes));
        } else {
            const RouterOutcome& only = outcomes.first();
            outcome.message = outcome.error.isError()
                ? tr("Voucher %1 is revoked here, but the router could not be updated: %2 (it is retried when you "
                     "revoke again)")
                      .arg(wanted, only.error.message())
                : tr("Voucher %1 revoked (%2).").arg(wanted, only.message);
        }
        callback(outcome);
    });
}

void VoucherManager::activateForDevice(
    const QString& code, const QString& mac, QObject* context, Callback callback, const QString& router)
{
    const QString wanted = code.trimmed().toUpper();
    QString macError;
    const auto device = MacAddress::parse(mac, &macError);
    if (!device) {
        callback({true, {}, macError, {}});
        return;
    }
    const auto voucher = m_store->find(wanted);
    if (!voucher) {
        callback({true, {}, tr("no voucher with code %1").arg(wanted), {}});
        return;
    }
    if (voucher->status == Voucher::Status::Revoked || voucher->status == Voucher::Status::Used) {
        callback({true,
                  {},
                  tr("voucher %1 is %2 and cannot be used").arg(wanted, Voucher::statusName(voucher->status)),
                  {}});
        return;
    }
    if (voucher->status == Voucher::Status::New) {
        callback({true, {}, tr("voucher %1 is not on the router yet: push it first").arg(wanted), {}});
        return;
    }
    // The router the device waits at: the one named (the voucher must be on it), else the first it is on.
    const QList<Router> on = routersOf(wanted);
    if (on.isEmpty()) {
        callback({true, {}, tr("voucher %1 is on no router set up now: put it on one first").arg(wanted), {}});
        return;
    }
    auto target = std::find_if(on.cbegin(), on.cend(), [&](const Router& r) { return r.name == router; });
    if (router.isEmpty() || m_routers.size() <= 1) {
        target = on.cbegin();
    } else if (target == on.cend()) {
        const bool known
            = std::any_of(m_routers.cbegin(), m_routers.cend(), [&](const Router& r) { return r.name == router; });
        callback({true,
                  {},
                  known ? tr("voucher %1 is not on router %2: put it there first").arg(wanted, router)
                        : tr("there is no router named %1").arg(router),
                  {}});
        return;
    }
    RouterClient* client = target->client;
    client->fetchHotspotHosts(context, [=](const RouterReply<QList<HotspotHost>>& reply) {
        if (!reply.ok()) {
            callback({false, reply.error, reply.error.message(), {}});
            return;
        }
        const auto host = std::find_if(reply.value.cbegin(), reply.value.cend(), [&](const HotspotHost& h) {
            const auto hostMac = MacAddress::parse(h.macAddress);
            return hostMac && *hostMac == *device;
        });
        if (host == reply.value.cend()) {
            callback({true, {}, tr("%1 is not waiting at the hotspot login page").arg(device->toString()), {}});
            return;
        }
        client->loginHost(wanted, QString(), device->toString(), host->address, context, [=](const ApiError& error) {
            if (error.isError()) {
                callback({false, error, error.message(), {}});
            } else {
                callback({false, {}, tr("%1 is logged in with voucher %2.").arg(device->toString(), wanted), {}});
            }
        });
    });
}

QString VoucherManager::noMac()
{
    return u"00:00:00:00:00:00"_s;
}

void VoucherManager::setUserMac(RouterClient* client,
                                const QString& code,
                                const QString& mac,
                                QObject* context,
                                std::function<void(const ApiError&)> done)
{
    client->fetchHotspotUsers(context, [=](const RouterReply<QList<HotspotUser>>& reply) {
        if (!reply.ok()) {
            done(reply.error);
            return;
        }
        const auto user = std::find_if(reply.value.cbegin(), reply.value.cend(),
                                       [&](const HotspotUser& u) { return u.name == code; });
        if (user == reply.value.cend()) {
            done(ApiError(ApiError::Kind::Trap, tr("the router has no hotspot user %1").arg(code)));
            return;
        }
        // RouterOS shows a user bound to no device as 00:00:00:00:00:00; setting it clears the binding.
        client->setHotspotUser(user->id, {{u"mac-address"_s, mac.isEmpty() ? noMac() : mac}}, context, done);
    });
}

void VoucherManager::unlock(const QString& code, const QString& origin, QObject* context, Callback callback)
{
    const QString wanted = code.trimmed().toUpper();
    const auto voucher = m_store->find(wanted);
    if (!voucher) {
        callback({true, {}, tr("no voucher with code %1").arg(wanted), {}});
        return;
    }
    if (voucher->lockedMac.isEmpty()) {
        callback({true, {}, tr("voucher %1 is not bound to a device").arg(wanted), {}});
        return;
    }
    const QString mac = voucher->lockedMac;
    const bool named = m_routers.size() > 1;
    auto step = [wanted, context](const Router& router, std::function<void(const RouterOutcome&)> done) {
        setUserMac(router.client, wanted, QString(), context, [done, name = router.name](const ApiError& error) {
            done({name, error, error.isError() ? tr("not changed: %1").arg(error.message()) : tr("no longer bound")});
        });
    };
    onEveryRouter(routersOf(wanted), step, [=, this](const QList<RouterOutcome>& outcomes) {
        Outcome outcome;
        outcome.routers = outcomes;
        outcome.error = firstError(outcomes);
        if (m_log != nullptr) {
            for (const RouterOutcome& on : outcomes) {
                if (!on.error.isError()) {
                    m_log->info(tr("Router%1: hotspot user %2 no longer bound to %3 (why: the operator unlocked "
                                   "the device) [%4]")
                                    .arg(named ? u" "_s + on.router : QString(), wanted, mac, origin));
                }
            }
        }
        if (outcome.error.isError()) {
            outcome.message = named ? tr("Voucher %1 stays bound to %2: not every router took the change (%3).")
                                          .arg(wanted, mac, describe(outcomes))
                                    : tr("Voucher %1 stays bound to %2: the router did not take the change (%3).")
                                          .arg(wanted, mac, outcome.error.message());
            callback(outcome);
            return;
        }
        QString storeError;
        if (!m_store->setLockedMac(wanted, QString(), &storeError)) {
            outcome.error = ApiError(ApiError::Kind::Trap, storeError);
            outcome.message = tr("Voucher %1 is unlocked on the router, but the record was not updated: %2")
                                  .arg(wanted, storeError);
            callback(outcome);
            return;
        }
        outcome.message = tr("Voucher %1 unlocked: it can now be used from another device.").arg(wanted);
        callback(outcome);
    });
}
