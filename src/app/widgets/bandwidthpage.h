// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/bandwidth/bandwidthcontroller.h"
#include "core/traffic/trafficsnapshot.h"

#include <QPointer>
#include <QWidget>

class AppEngine;
class MessageBar;
class QDialog;
class QMenu;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class RouterCombo;
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
    // Column widths came from the saved settings: don't fit them to the first data. The Router
    // column shows as the number of routers says, whatever was saved.
    void setColumnsRestored();
    MessageBar* messageBar() const { return m_messages; }
    MessageBar* diagnosticsBar() const { return m_diagnostics; }
    // "All routers" or one of them (shown with several routers): the rows, the summary and the
    // total chart follow it.
    RouterCombo* routerFilter() const { return m_routerFilter; }

Q_SIGNALS:
    // "Show me": the operator wants to see this queue on the Queues page.
    void queueRequested(const QString& name);

public Q_SLOTS:
    // Looks for what makes limits silently fail (FastTrack, a queue above ours, a profile with its
    // own rate-limit) and shows it in the yellow bar; done on connect and every few minutes.
    void checkRouter();
    void setLimitForSelected();
    void removeLimitForSelected();
    void kickSelected();
    void copySelectedMac();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Seconds the order stays put after the pointer left the table.
    static constexpr qint64 SettleMs = 3000;

    void applySnapshot(int router, const TrafficSnapshot& snapshot);
    // The routers the page shows: the one picked, or all.
    QList<int> shownRouters() const;
    // The router of the selected row (its index in the engine's routers), or -1.
    int selectedRouter() const;
    // A router by the name copied before a question; -1 (and a message) when it is gone.
    int routerNamed(const QString& name);
    // No re-sort while the operator points at, or acts on, a row (a context menu, a dialog or a
    // question is open, or the pointer was in the table in the last few seconds).
    void updateSortFreeze();
    // Grows columns to their contents (never cuts a header), keeping widths the operator chose.
    void fitColumns();
    void showColumnChooser(const QPoint& at);
    void updateSummary();
    void applyLimit(const QString& router,
                    const MacAddress& mac,
                    const QString& who,
                    const BandwidthLimit& limit,
                    bool remember,
                    bool rememberForCode = false);
    void showOutcome(const BandwidthController::Outcome& outcome, const QString& failureTitle);
    void showFindings(int router, const QList<Diagnostic>& findings);
    void updateActions();
    void turnFastTrackOff(const QString& router, const QString& ruleId);
    void updateCharts();
    void updateCountdown();
    const UserTraffic* selectedUser() const;

    AppEngine* m_engine;
    UserTrafficModel* m_model;
    UserFilterModel* m_filter;
    QTableView* m_table;
    QLineEdit* m_search;
    RouterCombo* m_routerFilter;
    QPushButton* m_refresh;
    QLabel* m_summary;
    QLabel* m_countdown;
    TrafficChart* m_totalChart;
    TrafficChart* m_userChart;
    QTimer* m_tick;
    MessageBar* m_messages;
    MessageBar* m_diagnostics;
    QTimer* m_routerCheck;
    QPointer<QMenu> m_menu;
    QPointer<QDialog> m_dialog;
    bool m_pointerInside = false;
    qint64 m_pointerLeftMs = -1;
    struct Summary
    {
        int online = 0;
        double totalRateDown = 0;
        double totalRateUp = 0;
        bool stale = false;
        QString staleReason;
        QDateTime takenAt;
    };
    QList<Summary> m_summaryData; // per router, of its latest refresh, for the line above the table
    QList<QList<Diagnostic>> m_findings; // per router
    QPushButton* m_setLimit;
    QPushButton* m_removeLimit;
    bool m_columnsSized = false;
};
