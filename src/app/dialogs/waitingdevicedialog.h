// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routertypes.h"
#include "core/traffic/macaddress.h"
#include "core/vouchers/vouchermanager.h"

#include <QDialog>

#include <memory>

class RouterClient;

namespace Ui
{
class WaitingDeviceDialog;
}

// Picks the device to log in with a voucher: the devices waiting at the hotspot login page
// (/ip/hotspot/host entries that are not authorised) with MAC, address and how long they have
// been there, read from the router without blocking; a MAC can also be typed. Open it with open().
// With several routers (those the voucher is on) every one is asked, each row names its router, and
// router() tells where the picked device waits.
class WaitingDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    WaitingDeviceDialog(RouterClient* client, const QString& code, QWidget* parent = nullptr);
    WaitingDeviceDialog(const QList<VoucherManager::Router>& routers, const QString& code, QWidget* parent = nullptr);
    ~WaitingDeviceDialog() override;

    // Valid once accepted.
    MacAddress mac() const { return m_mac; }
    // The router the device waits at: the row's with that MAC, else the first router's name.
    QString router() const;
    // The devices shown, for tests.
    int waitingCount() const;
    QString status() const;

public Q_SLOTS:
    void lookAgain();

private:
    struct Waiting
    {
        QString router;
        HotspotHost host;
    };
    void showHosts(QList<Waiting> hosts);
    void validate();

    std::unique_ptr<Ui::WaitingDeviceDialog> m_ui;
    QList<VoucherManager::Router> m_routers; // never empty
    QStringList m_rowRouters; // per table row
    MacAddress m_mac;
    quint64 m_lookup = 0; // answers of earlier look-ups are dropped
};
