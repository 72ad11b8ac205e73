// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/trafficsnapshot.h"

#include <QMainWindow>

class AppEngine;
class BandwidthPage;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;

// The shop operator's window: pages on the left (Bandwidth Control, Vouchers, Queues, Reports,
// Logs), a banner for the demo router or a router problem, and the router's state at the bottom.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppEngine* engine, QWidget* parent = nullptr);
    ~MainWindow() override;

    BandwidthPage* bandwidthPage() const { return m_bandwidth; }
    QString bannerText() const;
    void showPage(int index);
    int currentPage() const;
    // Window place and table columns into the settings (on close, and before a rebuild).
    void saveState();

public Q_SLOTS:
    void openSettings();
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The pages that show routers (Bandwidth Control, Vouchers, Queues) and the window's own
    // per-router wiring: made again when the routers change (each page wires every router when it
    // is made), keeping the page shown, the columns, the search and the router picked.
    void buildRouterPages();
    void dropRouterPages();
    void updateRouterStatus();
    void updateBanner(const TrafficSnapshot* snapshot = nullptr);
    void showDemoBanner();
    // With several routers: a line per router that is down.
    void updateBannerOfRouters();

    AppEngine* m_engine;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    BandwidthPage* m_bandwidth;
    QLabel* m_banner;
    QPushButton* m_bannerButton;
    QPushButton* m_retryButton;
    QWidget* m_bannerBox;
    QLabel* m_routerLabel;
    QLabel* m_stateLabel;
    QTimer* m_bannerTick; // the "retrying in N s" of several routers
    QObject* m_routerWiring = nullptr; // context of the connections to the routers
    QString m_keptSearch;
    QString m_keptRouter;
};
