// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/reportspage.h"

#include "app/appengine.h"
#include "app/messagebox.h"
#include "core/traffic/trafficformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

ReportsPage::ReportsPage(AppEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_from(new QDateEdit(QDate::currentDate().addDays(-13), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_sales(new QTableWidget(this))
    , m_usage(new QTableWidget(this))
    , m_chart(new QChartView(this))
{
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    }
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* csv = new QPushButton(tr("&Export CSV…"), this);
    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    range->addWidget(refresh);
    range->addWidget(csv);
    m_sales->setColumnCount(4);
    m_sales->setHorizontalHeaderLabels({tr("Day"), tr("Profile"), tr("Vouchers sold"), tr("Revenue")});
    m_usage->setColumnCount(4);
    m_usage->setHorizontalHeaderLabels({tr("Day"), tr("Sessions"), tr("Downloaded"), tr("Uploaded")});
    for (QTableWidget* table : {m_sales, m_usage}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    }
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    auto* tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(m_sales);
    tables->addWidget(m_usage);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_chart, 2);
    layout->addWidget(tables, 3);
    connect(refresh, &QPushButton::clicked, this, &ReportsPage::reload);
    connect(csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(engine, &AppEngine::databaseChanged, this, &ReportsPage::reload);
    reload();
}

void ReportsPage::reload()
{
    const SalesReport report(&m_engine->database());
    m_salesRows = report.sales(m_from->date(), m_to->date());
    m_usageRows = report.usage(m_from->date(), m_to->date());
    m_sales->setRowCount(int(m_salesRows.size()));
    QMap<QDate, double> revenuePerDay;
    for (int row = 0; row < m_salesRows.size(); ++row) {
        const auto& sale = m_salesRows[row];
        revenuePerDay[sale.day] += sale.revenue;
        m_sales->setItem(row, 0, new QTableWidgetItem(QLocale().toString(sale.day, QLocale::ShortFormat)));
        m_sales->setItem(row, 1, new QTableWidgetItem(sale.profile));
        m_sales->setItem(row, 2, new QTableWidgetItem(QString::number(sale.sold)));
        m_sales->setItem(row, 3, new QTableWidgetItem(QString(u"₱" + QLocale().toString(sale.revenue, 'f', 2))));
    }
    m_usage->setRowCount(int(m_usageRows.size()));
    for (int row = 0; row < m_usageRows.size(); ++row) {
        const auto& day = m_usageRows[row];
        m_usage->setItem(row, 0, new QTableWidgetItem(QLocale().toString(day.day, QLocale::ShortFormat)));
        m_usage->setItem(row, 1, new QTableWidgetItem(QString::number(day.sessions)));
        m_usage->setItem(row, 2, new QTableWidgetItem(TrafficFormat::bytes(day.bytesDown)));
        m_usage->setItem(row, 3, new QTableWidgetItem(TrafficFormat::bytes(day.bytesUp)));
    }
    // Revenue per day, every day of the range (a day without sales shows as zero).
    auto* set = new QBarSet(tr("Revenue"));
    QStringList days;
    double total = 0;
    for (QDate day = m_from->date(); day <= m_to->date() && days.size() < 62; day = day.addDays(1)) {
        *set << revenuePerDay.value(day);
        total += revenuePerDay.value(day);
        days.append(day.toString(u"MM-dd"_s));
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Revenue per day (total %1)").arg(QString(u"₱" + QLocale().toString(total, 'f', 2))));
    chart->legend()->hide();
    auto* x = new QBarCategoryAxis;
    x->append(days);
    auto* y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    y->setMin(0);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ReportsPage::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export sales as CSV"),
        u"sales-%1-%2.csv"_s.arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    const QByteArray csv = SalesReport::salesCsv(m_salesRows);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        MessageBox::warning(this, tr("Not exported"), tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
}
