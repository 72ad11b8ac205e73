// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/voucherpusher.h"

#include "core/routeros/routerclient.h"
#include "core/routeros/routerduration.h"

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

void VoucherPusher::push(const QList<Voucher>& all, QObject* context, std::function<void(const Report&)> callback)
{
    struct State
    {
        RouterReply<QList<HotspotUser>> users;
        RouterReply<QList<HotspotUserProfile>> profiles;
        int outstanding = 2;
    };
    Report checked;
    QList<Voucher> vouchers;
    for (const Voucher& voucher : all) {
        if (voucher.status == Voucher::Status::Revoked) {
            continue;
        }
        if (const QString why = voucher.pushRefusal(); !why.isEmpty()) {
            checked.refused.append(voucher.code + u": "_s + why);
        } else {
            vouchers.append(voucher);
        }
    }
    checked.wanted = int(vouchers.size());
    if (vouchers.isEmpty()) {
        callback(checked);
        return;
    }
    auto state = std::make_shared<State>();
    auto next = [=, this] {
        if (--state->outstanding > 0) {
            return;
        }
        Report report = checked;
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
            addUsers(vouchers, onRouter, checked, context, callback);
            return;
        }
        auto pending = std::make_shared<int>(int(needed.size()));
        auto profileError = std::make_shared<ApiError>();
        for (int shared : std::as_const(needed)) {
            m_client->addHotspotUserProfile(
                userProfileName(shared), shared, context, [=, this](const RouterReply<QString>& reply) {
                    // Made by another push a moment ago: there either way.
                    if (reply.error.isError() && !isAlreadyThere(reply.error) && !profileError->isError()) {
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
                        Report failed = checked;
                        failed.error = *profileError;
                        callback(failed);
                        return;
                    }
                    addUsers(vouchers, onRouter, checked, context, callback);
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
                             const Report& checked,
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
    progress->report = checked;
    QList<Voucher> toAdd;
    for (const Voucher& voucher : vouchers) {
        if (onRouter.contains(voucher.code)) {
            ++progress->report.alreadyThere;
            progress->pushed.append(voucher.code);
        } else {
            toAdd.append(voucher);
        }
    }
    auto finish = [this, progress, callback] {
        QString error;
        if (!progress->pushed.isEmpty() && !m_store->markPushed(progress->pushed, &error, m_routerName)) {
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
        // Exactly the time we hold; empty only for a developer code (pushRefusal() saw to that).
        user.limitUptime = voucher.developer ? QString() : RouterDuration::format(voucher.validitySeconds);
        user.limitBytesTotal = voucher.dataBytes; // 0: no data cap, nothing sent
        user.comment = CommentPrefix + u" ("_s + voucher.profile
            + (voucher.batchId > 0 ? u", batch %1)"_s.arg(voucher.batchId) : u")"_s);
        m_client->addHotspotUser(user, context,
                                 [progress, finish, code = voucher.code](const RouterReply<QString>& reply) {
                                     const ApiError& error = reply.error;
                                     if (!error.isError() || isAlreadyThere(error)) {
                                         // Added now, or by another push a moment ago: there either way.
                                         ++(error.isError() ? progress->report.alreadyThere : progress->report.added);
                                         progress->pushed.append(code);
                                     } else if (error.kind() == ApiError::Kind::Trap) {
                                         progress->report.failures.append(code + u": "_s + error.message());
                                     } else if (!progress->report.error.isError()) {
                                         progress->report.error = error; // the link: one reason, not one per user
                                     }
                                     if (--progress->outstanding == 0) {
                                         finish();
                                     }
                                 });
    }
}

bool VoucherPusher::isAlreadyThere(const ApiError& error)
{
    // RouterOS: "failure: already have user with this name for this server" (and "... such name").
    return error.kind() == ApiError::Kind::Trap && error.message().contains(u"already have"_s, Qt::CaseInsensitive);
}
