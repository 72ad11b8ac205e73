// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/voucherjson.h"

#include "core/traffic/macaddress.h"

using namespace Qt::StringLiterals;

namespace VoucherJson
{

void addDevices(QJsonObject& object, const Voucher& voucher, const QList<VoucherStore::Device>& devices)
{
    QJsonArray list;
    for (const VoucherStore::Device& device : devices) {
        const auto mac = MacAddress::parse(device.mac);
        list.append(QJsonObject {{u"first_seen"_s, device.firstSeen.toString(Qt::ISODate)},
                                 {u"mac"_s, device.mac},
                                 {u"ip"_s, device.ip},
                                 {u"mac_randomised"_s, mac && mac->isRandomised()}});
    }
    object.insert(u"lock_device"_s, voucher.lockDevice);
    object.insert(u"locked_mac"_s, voucher.lockedMac);
    object.insert(u"devices"_s, list);
}

QJsonArray routerOutcomes(const QList<VoucherManager::RouterOutcome>& outcomes)
{
    QJsonArray routers;
    for (const VoucherManager::RouterOutcome& outcome : outcomes) {
        routers.append(QJsonObject {
            {u"router"_s, outcome.router}, {u"updated"_s, !outcome.error.isError()}, {u"message"_s, outcome.message}});
    }
    return routers;
}

} // namespace VoucherJson
