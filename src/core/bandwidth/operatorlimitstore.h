// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/macaddress.h"
#include "core/traffic/ratelimit.h"

#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

class Database;

// A limit the operator set for one device. It stays until the operator removes it and is applied
// whenever that device is online. noLimit: the operator removed the speed limit the device's
// voucher gives (voucherCode); it holds while the device uses that voucher.
struct OperatorLimit
{
    MacAddress mac;
    BandwidthLimit limit;
    QString setBy;
    QDateTime updatedAt;
    bool noLimit = false;
    QString voucherCode;
};

// Operator limits in the database. Read fresh on every call, so a limit set by pisonet-cli is
// seen by a running GUI at its next poll.
class OperatorLimitStore
{
public:
    explicit OperatorLimitStore(Database* database);

    QList<OperatorLimit> all(QString* error = nullptr) const;
    std::optional<OperatorLimit> find(const MacAddress& mac, QString* error = nullptr) const;
    bool set(const OperatorLimit& limit, QString* error);
    // True also when there was nothing to remove.
    bool remove(const MacAddress& mac, QString* error);

    // Limits kept for a voucher code (voucherCode set, mac null): applied to whatever device the
    // code is logged in from, so they survive a phone that changes its MAC.
    QHash<QString, OperatorLimit> allForCodes(QString* error = nullptr) const;
    std::optional<OperatorLimit> findForCode(const QString& code, QString* error = nullptr) const;
    bool setForCode(const OperatorLimit& limit, QString* error);
    // True also when there was nothing to remove.
    bool removeForCode(const QString& code, QString* error);

private:
    Database* m_database;
};
