// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/voucher.h"

#include "core/util/userinput.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace
{
// Our names first, then what other PisoWiFi tools (and the earlier Python PisoNet Manager) write.
// A word missing here is reported by the migration instead of being guessed.
const QList<std::pair<Voucher::Status, QStringList>>& statusWords()
{
    static const QList<std::pair<Voucher::Status, QStringList>> words {
        {Voucher::Status::New,
         {u"new"_s, u"unused"_s, u"available"_s, u"unsold"_s, u"sold"_s, u"ready"_s, u"valid"_s, u"fresh"_s,
          u"pending"_s, u"created"_s, u"generated"_s, u"printed"_s, u"not used"_s, u"not_used"_s, u""_s}},
        {Voucher::Status::Pushed, {u"pushed"_s, u"uploaded"_s, u"synced"_s, u"on router"_s}},
        {Voucher::Status::Active,
         {u"active"_s, u"activated"_s, u"in use"_s, u"in_use"_s, u"inuse"_s, u"using"_s, u"online"_s, u"started"_s,
          u"running"_s, u"ongoing"_s, u"connected"_s, u"logged in"_s, u"paused"_s}},
        {Voucher::Status::Used,
         {u"used"_s, u"expired"_s, u"expire"_s, u"consumed"_s, u"finished"_s, u"done"_s, u"ended"_s, u"spent"_s,
          u"exhausted"_s, u"depleted"_s, u"used up"_s, u"used_up"_s, u"timeout"_s, u"timed out"_s, u"closed"_s,
          u"completed"_s}},
        {Voucher::Status::Revoked,
         {u"revoked"_s, u"disabled"_s, u"cancelled"_s, u"canceled"_s, u"deleted"_s, u"removed"_s, u"void"_s,
          u"voided"_s, u"blocked"_s, u"banned"_s, u"invalid"_s, u"refunded"_s, u"suspended"_s}},
    };
    return words;
}
} // namespace

QString Voucher::pushRefusal() const
{
    if (!problem.isEmpty()) {
        return problem;
    }
    if (!developer && validitySeconds < 0) {
        return QCoreApplication::translate("Voucher",
                                           "it has no time limit (validity %1) and is not a developer code: it "
                                           "would give unlimited time")
            .arg(UserInput::quote(validity));
    }
    return {};
}

QString Voucher::statusName(Status status)
{
    switch (status) {
    case Status::New:
        return u"new"_s;
    case Status::Pushed:
        return u"pushed"_s;
    case Status::Active:
        return u"active"_s;
    case Status::Used:
        return u"used"_s;
    case Status::Revoked:
        return u"revoked"_s;
    }
    return {};
}

std::optional<Voucher::Status> Voucher::statusFromWord(const QString& word)
{
    static const QHash<QString, Status> byWord = [] {
        QHash<QString, Status> map;
        for (const auto& [status, words] : statusWords()) {
            for (const QString& w : words) {
                map.insert(w, status);
            }
        }
        return map;
    }();
    const auto it = byWord.constFind(word.trimmed().toLower());
    return it == byWord.cend() ? std::nullopt : std::optional<Status>(*it);
}

Voucher::Status Voucher::statusFromName(const QString& name)
{
    return statusFromWord(name).value_or(Status::New);
}

QStringList Voucher::wordsFor(Status status)
{
    for (const auto& [s, words] : statusWords()) {
        if (s == status) {
            return words;
        }
    }
    return {};
}
