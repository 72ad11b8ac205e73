// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/voucher.h"

using namespace Qt::StringLiterals;

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

Voucher::Status Voucher::statusFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == u"pushed"_s) {
        return Status::Pushed;
    }
    if (lower == u"active"_s || lower == u"activated"_s || lower == u"in use"_s) {
        return Status::Active;
    }
    if (lower == u"used"_s || lower == u"expired"_s || lower == u"consumed"_s) {
        return Status::Used;
    }
    if (lower == u"revoked"_s || lower == u"disabled"_s || lower == u"cancelled"_s) {
        return Status::Revoked;
    }
    return Status::New; // "new", "unused", "available", empty
}
