// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/vouchertracker.h"

#include "core/log/logcategories.h"
#include "core/routeros/routerclient.h"
#include "core/storage/database.h"
#include "core/vouchers/vouchermanager.h"

#include <QSet>

#include <memory>

using namespace Qt::StringLiterals;

VoucherTracker::VoucherTracker(VoucherStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

std::optional<DesiredLimit> VoucherTracker::limitFor(const UserTraffic& user) const
{
    const auto it = m_limits.constFind(user.user);
    return it == m_limits.cend() ? std::nullopt : std::optional<DesiredLimit>(*it);
}

std::optional<DesiredLimit> VoucherTracker::limitOf(const Voucher& voucher)
{
    if (voucher.status == Voucher::Status::Revoked) {
        return std::nullopt;
    }
    return DesiredLimit {voucher.limit(), u"voucher "_s + voucher.code, false, LimitSource::Voucher};
}

BandwidthController::VoucherLimitSource VoucherTracker::storeLimits(VoucherStore* store)
{
    return [store](const UserTraffic& user) -> std::optional<DesiredLimit> {
        const auto voucher = store->find(user.user);
        return voucher ? limitOf(*voucher) : std::nullopt;
    };
}

BandwidthController::VoucherLimitSource VoucherTracker::storeLimits(VoucherStore* store,
                                                                    const QList<UserTraffic>& online)
{
    QStringList codes;
    codes.reserve(online.size());
    for (const UserTraffic& user : online) {
        codes.append(user.user);
    }
    auto prefetched = std::make_shared<const QHash<QString, Voucher>>(store->findMany(codes));
    auto seen = std::make_shared<const QSet<QString>>(codes.cbegin(), codes.cend());
    return [store, prefetched, seen](const UserTraffic& user) -> std::optional<DesiredLimit> {
        if (seen->contains(user.user)) {
            const auto found = prefetched->constFind(user.user);
            return found != prefetched->cend() ? limitOf(*found) : std::nullopt;
        }
        const auto voucher = store->find(user.user);
        return voucher ? limitOf(*voucher) : std::nullopt;
    };
}

bool VoucherTracker::track(const TrafficSnapshot& snapshot, QString* error)
{
    if (snapshot.stale) {
        return true; // nothing was seen; keep what we know
    }
    QStringList codes;
    codes.reserve(snapshot.users.size());
    for (const UserTraffic& user : snapshot.users) {
        codes.append(user.user);
    }
    const QHash<QString, Voucher> vouchers = m_store->findMany(codes);
    const QDateTime now = snapshot.takenAt.isValid() ? snapshot.takenAt : QDateTime::currentDateTimeUtc();
    QList<std::pair<QString, QString>> activated; // code, MAC
    QList<std::pair<QString, QString>> locks; // code, MAC: "lock_device" vouchers bound now
    QStringList usedUp;
    QStringList dataCapped; // sessions of vouchers with a data cap that ended, the voucher not used up
    QList<std::pair<UserTraffic, Voucher::Status>> dead;
    QHash<QString, DesiredLimit> limits;

    QString localError;
    const bool ok = m_store->database()->transaction(
        [&](QString* e) {
            QHash<QString, VoucherStore::OpenSession> open = m_store->openSessions(m_scope);
            for (const UserTraffic& user : snapshot.users) {
                const auto found = vouchers.constFind(user.user);
                if (found == vouchers.cend()) {
                    continue;
                }
                const Voucher& voucher = *found;
                const std::optional<DesiredLimit> limit = limitOf(voucher);
                if (limit) {
                    limits.insert(voucher.code, *limit);
                }
                if (voucher.isDead()) {
                    // Never revived and its time not counted; a used code keeps its voucher's speed.
                    dead.append({user, voucher.status});
                    continue;
                }
                const bool first = voucher.status == Voucher::Status::New || voucher.status == Voucher::Status::Pushed;
                if (first || voucher.mac != user.macString()) {
                    if (!m_store->activate(voucher.code, user.macString(), user.address, now, e)
                        || !m_store->recordDevice(voucher.code, user.macString(), user.address, now, e)) {
                        return false;
                    }
                    if (first) {
                        activated.append({voucher.code, user.macString()});
                    }
                }
                auto session = open.find(voucher.code);
                if (session != open.end() && session->routerSessionId != user.sessionId) {
                    // The device logged in again (or another device with the same code): close the old one.
                    if (!m_store->closeSession(*session, now, u"replaced"_s, 0, e)) {
                        return false;
                    }
                    open.erase(session);
                    session = open.end();
                }
                if (session == open.end()) {
                    if (!m_store->openSession(voucher.code, user, now.addSecs(-user.uptimeSeconds), e, m_routerName)
                        || !m_store->recordDevice(voucher.code, user.macString(), user.address, now, e)) {
                        return false;
                    }
                    // Bound to the device of the first session after it was made or unlocked.
                    const bool boundNow = std::any_of(locks.cbegin(), locks.cend(),
                                                      [&](const auto& lock) { return lock.first == voucher.code; });
                    if (voucher.lockDevice && voucher.lockedMac.isEmpty() && m_client != nullptr && !boundNow) {
                        if (!m_store->setLockedMac(voucher.code, user.macString(), e)) {
                            return false;
                        }
                        locks.append({voucher.code, user.macString()});
                    }
                    continue;
                }
                if (!m_store->updateSession(session->id, user.bytesUp, user.bytesDown, user.uptimeSeconds,
                                            user.timeLeftSeconds, e, user.dataLeftBytes)) {
                    return false;
                }
                open.erase(session); // handled: still online
            }
            // Sessions not seen any more ended since the last poll.
            for (const VoucherStore::OpenSession& session : std::as_const(open)) {
                if (!m_store->closeSession(session, now, u"logout"_s, m_expirySlack, e)) {
                    return false;
                }
                const auto after = m_store->find(session.code);
                if (after && after->status == Voucher::Status::Used) {
                    usedUp.append(session.code);
                } else if (after && after->dataBytes > 0 && !after->isDead()) {
                    dataCapped.append(session.code);
                }
            }
            return true;
        },
        &localError);
    if (!ok) {
        qCWarning(lcDatabase) << "voucher tracking failed:" << localError;
        if (error != nullptr) {
            *error = localError;
        }
        return false;
    }
    m_limits = limits;
    for (const auto& [code, mac] : std::as_const(activated)) {
        Q_EMIT voucherActivated(code, mac);
    }
    for (const QString& code : std::as_const(usedUp)) {
        Q_EMIT voucherUsedUp(code);
    }
    for (const auto& lock : std::as_const(locks)) {
        // Named copies: clang before 16 cannot capture structured bindings.
        const QString code = lock.first;
        const QString mac = lock.second;
        VoucherManager::setUserMac(m_client, code, mac, this, [this, code, mac](const ApiError& error) {
            Q_EMIT deviceLocked(code, mac, error.isError() ? error.message() : QString());
        });
    }
    if (m_client != nullptr && !dataCapped.isEmpty()) {
        checkDataSpent(dataCapped);
    }
    QSet<QString> stillOnline;
    for (const auto& [user, status] : std::as_const(dead)) {
        stillOnline.insert(user.sessionId);
        if (m_reportedDeadSessions.contains(user.sessionId)) {
            continue; // reported (and kicked, if asked) already
        }
        m_reportedDeadSessions.insert(user.sessionId);
        const bool kicking = m_kickDeadCodes && m_client != nullptr && !user.sessionId.isEmpty();
        qCWarning(lcDatabase) << "voucher" << user.user << "is" << Voucher::statusName(status) << "but in use by"
                              << user.macString() << (kicking ? "(ending the session)" : "");
        Q_EMIT deadCodeInUse(user.user, user.macString(), Voucher::statusName(status), kicking);
        if (kicking) {
            kick(user);
        }
    }
    m_reportedDeadSessions.intersect(stillOnline);
    return true;
}

void VoucherTracker::kick(const UserTraffic& user)
{
    m_client->kickSession(user.sessionId, this,
                          [this, code = user.user, mac = user.macString()](const ApiError& error) {
                              Q_EMIT deadCodeKicked(code, mac, error.isError() ? error.message() : QString());
                          });
}

void VoucherTracker::checkDataSpent(const QStringList& codes)
{
    m_client->fetchHotspotUsers(this, [this, codes](const RouterReply<QList<HotspotUser>>& reply) {
        if (!reply.ok()) {
            return; // asked again when a session of it ends
        }
        for (const HotspotUser& user : reply.value) {
            if (user.limitBytesTotal == 0 || user.bytesIn + user.bytesOut < user.limitBytesTotal
                || !codes.contains(user.name)) {
                continue;
            }
            QString error;
            if (m_store->markUsedUp(user.name, QDateTime::currentDateTimeUtc(), &error)) {
                Q_EMIT voucherUsedUp(user.name);
            } else {
                qCWarning(lcDatabase) << "voucher" << user.name << "spent its data but could not be marked:" << error;
            }
        }
    });
}
