// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/connectionsettings.h"

#include <QDialog>
#include <QHash>

#include <memory>

class AppEngine;
class QComboBox;
class QLineEdit;
class QPushButton;
class RouterClient;
class RouterConnection;

namespace Ui
{
class SettingsDialog;
}

// Router, refresh, vouchers, language and HTTP API settings. The router form edits the router
// picked in the router list (the first one, another one, or a new one); a router added, changed or
// removed is watched (or let go) at once. A router keeps its name (its vouchers and sessions are
// filed under it): to rename, remove it and add it again. "Test Router Connection" tries the
// entered values without saving them and shows identity, version and round-trip time, or exactly
// what went wrong; it never blocks the window.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppEngine* engine, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    ConnectionSettings enteredRouter() const;
    // The router list: every router's name, then "New router…".
    QComboBox* routerList() const { return m_routerList; }
    QLineEdit* routerName() const { return m_routerName; }
    QPushButton* removeRouterButton() const { return m_removeRouter; }
    QString testResult() const;

public Q_SLOTS:
    void testConnection();
    // The speed profiles editor; what it saves is used at once.
    void editProfiles();

private:
    void fitScreen();
    void fillRouterList(const QString& current);
    // Puts the router of the list's row in the form.
    void showRouter();
    // Saves the form as the router picked when it is not the first one; false (with the reason
    // shown, nothing saved) when refused.
    bool saveOtherRouter();
    void removeRouter();
    void save();
    // The web-admin password, and the refusal to listen beyond this PC without one; false (with
    // the reason shown, nothing saved) when Save must not go on.
    bool saveWebAdmin();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppEngine* m_engine;
    std::unique_ptr<RouterConnection> m_testConnection;
    std::unique_ptr<RouterClient> m_testClient;
    QComboBox* m_routerList;
    QLineEdit* m_routerName;
    QPushButton* m_removeRouter;
    ConnectionSettings m_firstRouter; // as typed in the form for the first router
    int m_shownRow = -1; // the router list's row the form shows
    QHash<QString, QString> m_typedPasswords; // by router name, saved this time
};
