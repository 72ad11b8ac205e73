// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherstore.h"

#include <QJsonArray>
#include <QJsonObject>

// The parts of a voucher's JSON that the CLI and the HTTP API share.
namespace VoucherJson
{
// "lock_device", "locked_mac" and "devices": every device the code was used from (first_seen,
// mac, ip, mac_randomised), oldest first.
void addDevices(QJsonObject& object, const Voucher& voucher, const QList<VoucherStore::Device>& devices);
// Per router a revoke or unlock reached: "router", "updated" (it took the change), "message".
QJsonArray routerOutcomes(const QList<VoucherManager::RouterOutcome>& outcomes);
} // namespace VoucherJson
