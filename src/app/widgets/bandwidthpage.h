// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthcontroller.h"
#include "core/traffic/trafficsnapshot.h"

#include <QWidget>

class AppEngine;
class MessageBar;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class TrafficChart;
class UserFilterModel;
class UserTrafficModel;

// Home page: who is online with their traffic, speeds and limits (live), the total and the
// selected user's speed over the last hour, and the actions on a user.
class BandwidthPage : public QWidget
{
    Q_OBJECT

public:
    explicit BandwidthPage(AppEngine* engine, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    UserTrafficModel* model() const { return m_model; }
    // The selected user's MAC, or empty.
    QString selectedMac() const;
    // Column widths came from the saved settings: don't fit them to the first data.
    void setColumnsRestored() { m_columnsSized = true; }
    MessageBar* messageBar() const { return m_messages; }

public Q_SLOTS:
    void setLimitForSelected();
    void removeLimitForSelected();
    void kickSelected();
    void copySelectedMac();

private:
    void applySnapshot(const TrafficSnapshot& snapshot);
    void applyLimit(const MacAddress& mac, const QString& who, const BandwidthLimit& limit, bool remember);
    void showOutcome(const BandwidthController::Outcome& outcome, const QString& failureTitle);
    void updateActions();
    void updateCharts();
    void updateCountdown();
    const UserTraffic* selectedUser() const;

    AppEngine* m_engine;
    UserTrafficModel* m_model;
    UserFilterModel* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    QPushButton* m_refresh;
    QLabel* m_summary;
    QLabel* m_countdown;
    TrafficChart* m_totalChart;
    TrafficChart* m_userChart;
    QTimer* m_tick;
    MessageBar* m_messages;
    QPushButton* m_setLimit;
    QPushButton* m_removeLimit;
    bool m_columnsSized = false;
};
