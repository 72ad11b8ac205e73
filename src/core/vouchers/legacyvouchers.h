// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>

// Vouchers another tool (or the earlier Python PisoNet Manager) wrote: their own columns are read
// into ours with the parsers profiles.json uses — time limit, speed, devices, status, the device's
// MAC, developer codes, price, first use. Rows PisoNet Manager made (they belong to a batch) are
// left alone. A value that decides what a customer gets and cannot be read (a time limit "1 oras",
// a status word nobody maps) is stored as the voucher's problem: the voucher is kept, stays as it
// was, and is never put on the router. Only a developer code is without a time limit.
namespace LegacyVouchers
{
// A migration step (schema 6): one line per finding goes to notes.
bool repair(QSqlDatabase& db, QStringList* notes, QString* error);
} // namespace LegacyVouchers
