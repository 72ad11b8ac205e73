// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/voucher.h"

#include <QList>

// Vouchers to print, never stored: codes R00K7M, R01K7M, …; BASIC ₱5 and PROMO ₱2.50 taking turns.
inline QList<Voucher> sampleVouchers(int count)
{
    QList<Voucher> vouchers;
    for (int i = 0; i < count; ++i) {
        Voucher voucher;
        voucher.code = QStringLiteral("R%1K7M").arg(i, 2, 10, QChar(u'0'));
        voucher.profile = i % 2 == 0 ? QStringLiteral("BASIC") : QStringLiteral("PROMO");
        voucher.price = i % 2 == 0 ? 5 : 2.5;
        voucher.validity = QStringLiteral("1h");
        voucher.validitySeconds = 3600;
        voucher.rateUp = *RateLimit::parse(QStringLiteral("512k"), {});
        voucher.rateDown = *RateLimit::parse(QStringLiteral("1M"), {});
        vouchers.append(voucher);
    }
    return vouchers;
}
