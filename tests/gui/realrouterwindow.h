// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/appengine.h"
#include "app/mainwindow.h"
#include "app/models/usertrafficmodel.h"
#include "app/widgets/bandwidthpage.h"
#include "core/settings/appsettings.h"
#include "keychain/passwordstore.h"
#include "support/simulatorfixture.h"

#include <QDebug>
#include <QTableView>

#include <memory>

// The real window on a simulated router, with its own settings and database, refreshing every 2 s.
struct RealRouterWindow
{
    explicit RealRouterWindow(const QString& folder, SimulatorFixture& router)
        : settings(folder + QStringLiteral("/window.ini"))
    {
        settings.setDatabasePath(folder + QStringLiteral("/window.db"));
        settings.setRefreshSeconds(2);
        ConnectionSettings saved = router.settings();
        settings.setRouter(saved);
        passwords.write(PasswordStore::key(saved.host, saved.user), saved.password, [](const QString&) {});
    }
    bool start()
    {
        engine = std::make_unique<AppEngine>(&settings, &passwords);
        QString error;
        if (!engine->initialise(&error)) {
            qWarning() << error;
            return false;
        }
        window = std::make_unique<MainWindow>(engine.get());
        window->show();
        engine->start();
        return true;
    }
    quint64 sequence() { return engine->loop().monitor().snapshot().sequence; }
    // Selects the Bandwidth Control row of this MAC, as a click would.
    void select(const QString& mac)
    {
        QTableView* table = window->bandwidthPage()->table();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, UserTrafficModel::Mac).data().toString() == mac) {
                table->selectionModel()->setCurrentIndex(
                    table->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
    }

    AppSettings settings;
    MemoryPasswordStore passwords;
    std::unique_ptr<AppEngine> engine;
    std::unique_ptr<MainWindow> window;
};
