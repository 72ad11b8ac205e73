// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/voucherpusher.h"

#include "core/routeros/routerclient.h"

#include <memory>

using namespace Qt::StringLiterals;

VoucherPusher::VoucherPusher(RouterClient* client, VoucherStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

QString VoucherPusher::userProfileName(int sharedUsers)
{
    return u"pisonet-%1"_s.arg(std::max(1, sharedUsers));
}

void VoucherPusher::push(const QList<Voucher>& vouchers, QObject* context, std::function<void(const Report&)> callback)
{
    struct State
    {
        RouterReply<QList<HotspotUser>> users;
        RouterReply<QList<HotspotUserProfile>> profiles;
        int outstanding = 2;
    };
    auto state = std::make_shared<State>();
    auto next = [=, this] {
        if (--state->outstanding > 0) {
            return;
        }
        Report report;
        report.error = state->users.error.isError() ? state->users.error : state->profiles.error;
        if (report.error.isError()) {
            callback(report);
            return;
        }
        QSet<QString> onRouter;
        for (const HotspotUser& user : std::as_const(state->users.value)) {
            onRouter.insert(user.name);
        }
        QSet<QString> profiles;
        for (const HotspotUserProfile& profile : std::as_const(state->profiles.value)) {
            profiles.insert(profile.name);
        }
        // The user profiles that carry shared-users (and no rate-limit: our queues do the limiting).
        QSet<int> needed;
        for (const Voucher& voucher : vouchers) {
            if (!profiles.contains(userProfileName(voucher.sharedUsers))) {
                needed.insert(voucher.sharedUsers);
            }
        }
        if (needed.isEmpty()) {
            addUsers(vouchers, onRouter, context, callback);
            return;
        }
        auto pending = std::make_shared<int>(int(needed.size()));
        auto profileError = std::make_shared<ApiError>();
        for (int shared : std::as_const(needed)) {
            m_client->addHotspotUserProfile(
                userProfileName(shared), shared, context, [=, this](const RouterReply<QString>& reply) {
                    if (reply.error.isError() && !profileError->isError()) {
                        // Name the step and the way out, not only the router's words.
                        *profileError = reply.error.kind() != ApiError::Kind::Trap
                            ? reply.error
                            : ApiError(reply.error.kind(),
                                       tr("could not create hotspot user profile %1: %2 — the router user needs "
                                          "write rights, or create the profile yourself (shared-users=%3, no "
                                          "rate-limit)")
                                           .arg(userProfileName(shared), reply.error.message())
                                           .arg(shared),
                                       reply.error.category());
                    }
                    if (--*pending > 0) {
                        return;
                    }
                    if (profileError->isError()) {
                        Report failed;
                        failed.error = *profileError;
                        callback(failed);
                        return;
                    }
                    addUsers(vouchers, onRouter, context, callback);
                });
        }
    };
    m_client->fetchHotspotUsers(context, [state, next](const RouterReply<QList<HotspotUser>>& reply) {
        state->users = reply;
        next();
    });
    m_client->fetchHotspotUserProfiles(context, [state, next](const RouterReply<QList<HotspotUserProfile>>& reply) {
        state->profiles = reply;
        next();
    });
}

void VoucherPusher::addUsers(const QList<Voucher>& vouchers,
                             const QSet<QString>& onRouter,
                             QObject* context,
                             std::function<void(const Report&)> callback)
{
    struct Progress
    {
        Report report;
        QStringList pushed;
        int outstanding = 0;
    };
    auto progress = std::make_shared<Progress>();
    QList<Voucher> toAdd;
    for (const Voucher& voucher : vouchers) {
        if (voucher.status == Voucher::Status::Revoked) {
            continue;
        }
        if (onRouter.contains(voucher.code)) {
            ++progress->report.alreadyThere;
            progress->pushed.append(voucher.code);
        } else {
            toAdd.append(voucher);
        }
    }
    auto finish = [this, progress, callback] {
        QString error;
        if (!progress->pushed.isEmpty() && !m_store->markPushed(progress->pushed, &error)) {
            progress->report.failures.append(error);
        }
        callback(progress->report);
    };
    if (toAdd.isEmpty()) {
        finish();
        return;
    }
    progress->outstanding = int(toAdd.size());
    for (const Voucher& voucher : std::as_const(toAdd)) {
        HotspotUser user;
        user.name = voucher.code;
        user.profile = userProfileName(voucher.sharedUsers);
        user.limitUptime = voucher.validitySeconds >= 0 ? voucher.validity : QString();
        user.comment = CommentPrefix + u" ("_s + voucher.profile
            + (voucher.batchId > 0 ? u", batch %1)"_s.arg(voucher.batchId) : u")"_s);
        m_client->addHotspotUser(user, context,
                                 [progress, finish, code = voucher.code](const RouterReply<QString>& reply) {
                                     if (reply.error.isError()) {
                                         progress->report.failures.append(code + u": "_s + reply.error.message());
                                     } else {
                                         ++progress->report.added;
                                         progress->pushed.append(code);
                                     }
                                     if (--progress->outstanding == 0) {
                                         finish();
                                     }
                                 });
    }
}
