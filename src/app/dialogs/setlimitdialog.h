// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/macaddress.h"
#include "core/vouchers/profilecatalog.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui
{
class SetLimitDialog;
}

// Choose a speed limit for one device: a preset from profiles.json or custom rates, checked as
// the operator types (Apply stays disabled, with the reason shown, until both rates are valid).
class SetLimitDialog : public QDialog
{
    Q_OBJECT

public:
    SetLimitDialog(const MacAddress& mac,
                   const QString& who,
                   const std::optional<BandwidthLimit>& current,
                   const ProfileCatalog& profiles,
                   QWidget* parent = nullptr);
    ~SetLimitDialog() override;

    // Valid once accepted.
    BandwidthLimit limit() const { return m_limit; }
    // "Keep this limit": remembered for the device's next logins, and kept while the router is away.
    bool remember() const;
    // "Keep it for voucher code": stored against the code the device is logged in with.
    bool rememberForCode() const;
    QString reason() const;
    bool canApply() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void presetChosen(int index);
    void validate();

    std::unique_ptr<Ui::SetLimitDialog> m_ui;
    QList<Profile> m_profiles;
    BandwidthLimit m_limit;
    bool m_touched = false;
};
