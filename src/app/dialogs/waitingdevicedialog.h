// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routertypes.h"
#include "core/traffic/macaddress.h"

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
class WaitingDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    WaitingDeviceDialog(RouterClient* client, const QString& code, QWidget* parent = nullptr);
    ~WaitingDeviceDialog() override;

    // Valid once accepted.
    MacAddress mac() const { return m_mac; }
    // The devices shown, for tests.
    int waitingCount() const;
    QString status() const;

public Q_SLOTS:
    void lookAgain();

private:
    void showHosts(const QList<HotspotHost>& hosts);
    void validate();

    std::unique_ptr<Ui::WaitingDeviceDialog> m_ui;
    RouterClient* m_client;
    MacAddress m_mac;
    quint64 m_lookup = 0; // answers of earlier look-ups are dropped
};
