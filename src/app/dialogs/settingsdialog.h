// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/connectionsettings.h"

#include <QDialog>

#include <memory>

class AppEngine;
class RouterClient;
class RouterConnection;

namespace Ui
{
class SettingsDialog;
}

// Router, refresh, vouchers, language and HTTP API settings. "Test Router Connection" tries the
// entered values without saving them and shows identity, version and round-trip time, or exactly
// what went wrong; it never blocks the window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppEngine* engine, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    ConnectionSettings enteredRouter() const;
    QString testResult() const;

public Q_SLOTS:
    void testConnection();
    // The speed profiles editor; what it saves is used at once.
    void editProfiles();

private:
    void fitScreen();
    void save();
    // The web-admin password, and the refusal to listen beyond this PC without one; false (with
    // the reason shown, nothing saved) when Save must not go on.
    bool saveWebAdmin();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppEngine* m_engine;
    std::unique_ptr<RouterConnection> m_testConnection;
    std::unique_ptr<RouterClient> m_testClient;
};
