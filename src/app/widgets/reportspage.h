// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/salesreport.h"

#include <QMap>
#include <QWidget>

class AppEngine;
class QChartView;
class QDateEdit;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableWidget;

// Sales per day and profile, data used per day and the top users (the same figures as
// `pisonet-cli reports sales|usage`), with a revenue chart — or, with no sales in the range, a
// sentence saying so — and a CSV export of the table shown.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(AppEngine* engine, QWidget* parent = nullptr);

    static constexpr int TopUserCount = 10; // as `reports usage` lists by default

public Q_SLOTS:
    void reload();
    // Asks where to save (non-blocking), then writes the table shown as CSV.
    void exportCsv();

protected:
    // Figures as of now whenever the page is opened (sales come in while it is hidden).
    void showEvent(QShowEvent* event) override;

private:
    void showChart(const QMap<QDate, double>& revenuePerDay);

    AppEngine* m_engine;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QStackedWidget* m_chartStack;
    QChartView* m_chart;
    QLabel* m_nothingSold;
    QTabWidget* m_tabs;
    QTableWidget* m_sales;
    QTableWidget* m_usage;
    QTableWidget* m_topUsers;
    QList<SalesReport::SalesRow> m_salesRows;
    QList<SalesReport::UsageRow> m_usageRows;
    QList<SalesReport::TopUser> m_topUserRows;
};
