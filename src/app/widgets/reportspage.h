// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/salesreport.h"

#include <QWidget>

class AppEngine;
class QChartView;
class QDateEdit;
class QTableWidget;

// Sales per day and profile, data used per day, with a revenue chart and CSV export.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(AppEngine* engine, QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();

private:
    void exportCsv();

    AppEngine* m_engine;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QTableWidget* m_sales;
    QTableWidget* m_usage;
    QChartView* m_chart;
    QList<SalesReport::SalesRow> m_salesRows;
    QList<SalesReport::UsageRow> m_usageRows;
};
