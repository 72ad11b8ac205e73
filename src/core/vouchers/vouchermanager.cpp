// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/vouchermanager.h"

#include "core/log/eventlog.h"
#include "core/routeros/routerclient.h"
#include "core/traffic/macaddress.h"

#include <memory>

using namespace Qt::StringLiterals;

VoucherManager::VoucherManager(RouterClient* client, VoucherStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

void VoucherManager::revoke(const QString& code, QObject* context, Callback callback)
{
    const QString wanted = code.trimmed().toUpper();
    const auto voucher = m_store->find(wanted);
    if (!voucher) {
        callback({true, {}, tr("no voucher with code %1").arg(wanted)});
        return;
    }
    QString error;
    if (!m_store->revoke(wanted, &error)) {
        callback({true, {}, error});
        return;
    }
    struct Progress
    {
        int outstanding = 2;
        ApiError error;
        int removed = 0;
        int kicked = 0;
    };
    auto progress = std::make_shared<Progress>();
    auto finishOne = [=](const ApiError& failure) {
        if (failure.isError() && !progress->error.isError()) {
            progress->error = failure;
        }
        if (--progress->outstanding > 0) {
            return;
        }
        Outcome outcome;
        outcome.error = progress->error;
        outcome.message = progress->error.isError()
            ? tr("Voucher %1 is revoked here, but the router could not be updated: %2 (it is retried when you "
                 "revoke again)")
                  .arg(wanted, progress->error.message())
            : tr("Voucher %1 revoked (hotspot user removed: %2, sessions ended: %3).")
                  .arg(wanted)
                  .arg(progress->removed)
                  .arg(progress->kicked);
        callback(outcome);
    };
    // Each removal counts as one more outstanding step while it runs.
    m_client->fetchHotspotUsers(context, [=, this](const RouterReply<QList<HotspotUser>>& reply) {
        if (!reply.ok()) {
            finishOne(reply.error);
            return;
        }
        for (const HotspotUser& user : reply.value) {
            if (user.name == wanted) {
                ++progress->outstanding;
                ++progress->removed;
                m_client->removeHotspotUser(user.id, context, finishOne);
            }
        }
        finishOne({});
    });
    m_client->fetchHotspotSessions(context, [=, this](const RouterReply<QList<HotspotSession>>& reply) {
        if (!reply.ok()) {
            finishOne(reply.error);
            return;
        }
        for (const HotspotSession& session : reply.value) {
            if (session.user == wanted) {
                ++progress->outstanding;
                ++progress->kicked;
                m_client->kickSession(session.id, context, finishOne);
            }
        }
        finishOne({});
    });
}

void VoucherManager::activateForDevice(const QString& code, const QString& mac, QObject* context, Callback callback)
{
    const QString wanted = code.trimmed().toUpper();
    QString macError;
    const auto device = MacAddress::parse(mac, &macError);
    if (!device) {
        callback({true, {}, macError});
        return;
    }
    const auto voucher = m_store->find(wanted);
    if (!voucher) {
        callback({true, {}, tr("no voucher with code %1").arg(wanted)});
        return;
    }
    if (voucher->status == Voucher::Status::Revoked || voucher->status == Voucher::Status::Used) {
        callback(
            {true, {}, tr("voucher %1 is %2 and cannot be used").arg(wanted, Voucher::statusName(voucher->status))});
        return;
    }
    if (voucher->status == Voucher::Status::New) {
        callback({true, {}, tr("voucher %1 is not on the router yet: push it first").arg(wanted)});
        return;
    }
    m_client->fetchHotspotHosts(context, [=, this](const RouterReply<QList<HotspotHost>>& reply) {
        if (!reply.ok()) {
            callback({false, reply.error, reply.error.message()});
            return;
        }
        const auto host = std::find_if(reply.value.cbegin(), reply.value.cend(), [&](const HotspotHost& h) {
            const auto hostMac = MacAddress::parse(h.macAddress);
            return hostMac && *hostMac == *device;
        });
        if (host == reply.value.cend()) {
            callback({true, {}, tr("%1 is not waiting at the hotspot login page").arg(device->toString())});
            return;
        }
        m_client->loginHost(wanted, QString(), device->toString(), host->address, context, [=](const ApiError& error) {
            if (error.isError()) {
                callback({false, error, error.message()});
            } else {
                callback({false, {}, tr("%1 is logged in with voucher %2.").arg(device->toString(), wanted)});
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
        callback({true, {}, tr("no voucher with code %1").arg(wanted)});
        return;
    }
    if (voucher->lockedMac.isEmpty()) {
        callback({true, {}, tr("voucher %1 is not bound to a device").arg(wanted)});
        return;
    }
    const QString mac = voucher->lockedMac;
    setUserMac(m_client, wanted, QString(), context, [=, this](const ApiError& error) {
        if (error.isError()) {
            callback({false, error,
                      tr("Voucher %1 stays bound to %2: the router did not take the change (%3).")
                          .arg(wanted, mac, error.message())});
            return;
        }
        QString storeError;
        if (!m_store->setLockedMac(wanted, QString(), &storeError)) {
            callback({false, ApiError(ApiError::Kind::Trap, storeError),
                      tr("Voucher %1 is unlocked on the router, but the record was not updated: %2")
                          .arg(wanted, storeError)});
            return;
        }
        if (m_log != nullptr) {
            m_log->info(tr("Router: hotspot user %1 no longer bound to %2 (why: the operator unlocked the device) "
                           "[%3]")
                            .arg(wanted, mac, origin));
        }
        callback({false, {}, tr("Voucher %1 unlocked: it can now be used from another device.").arg(wanted)});
    });
}
