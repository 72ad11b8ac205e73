// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/reportspage.h"

#include "app/appengine.h"
#include "app/dialogs/savefiledialog.h"
#include "app/messagebox.h"
#include "core/traffic/trafficformat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace
{
QString pesos(double amount)
{
    return QString(u"₱" + QLocale().toString(amount, 'f', amount == double(qint64(amount)) ? 0 : 2));
}

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    if (number) {
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    return item;
}
} // namespace

ReportsPage::ReportsPage(AppEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_from(new QDateEdit(QDate::currentDate().addDays(-13), this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_chartStack(new QStackedWidget(this))
    , m_chart(new QChartView(this))
    , m_nothingSold(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_sales(new QTableWidget(this))
    , m_usage(new QTableWidget(this))
    , m_topUsers(new QTableWidget(this))
{
    m_from->setObjectName(u"fromDateEdit"_s);
    m_to->setObjectName(u"toDateEdit"_s);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        connect(edit, &QDateEdit::dateChanged, this, &ReportsPage::reload);
    }
    auto* refresh = new QPushButton(tr("&Refresh"), this);
    auto* csv = new QPushButton(tr("&Export CSV…"), this);
    csv->setObjectName(u"exportCsvButton"_s);
    csv->setToolTip(tr("Saves the table shown below for a spreadsheet."));
    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("From"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("to"), this));
    range->addWidget(m_to);
    range->addStretch(1);
    range->addWidget(refresh);
    range->addWidget(csv);

    m_sales->setObjectName(u"salesTable"_s);
    m_sales->setColumnCount(4);
    m_sales->setHorizontalHeaderLabels({tr("Day"), tr("Profile"), tr("Vouchers sold"), tr("Revenue")});
    m_usage->setObjectName(u"usageTable"_s);
    m_usage->setColumnCount(4);
    m_usage->setHorizontalHeaderLabels({tr("Day"), tr("Sessions"), tr("Downloaded"), tr("Uploaded")});
    m_topUsers->setObjectName(u"topUsersTable"_s);
    m_topUsers->setColumnCount(4);
    m_topUsers->setHorizontalHeaderLabels({tr("Voucher"), tr("MAC"), tr("Downloaded"), tr("Uploaded")});
    // Numbers fit their contents; a text column takes the rest, so amounts stay by their headers.
    for (const auto& [table, stretched] : {std::pair {m_sales, 1}, std::pair {m_usage, 0}, std::pair {m_topUsers, 1}}) {
        table->verticalHeader()->hide();
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        table->horizontalHeader()->setSectionResizeMode(stretched, QHeaderView::Stretch);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setWordWrap(false);
    }
    m_tabs->addTab(m_sales, tr("Sales"));
    m_tabs->addTab(m_usage, tr("Data used per day"));
    m_tabs->addTab(m_topUsers, tr("Top users"));

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_nothingSold->setObjectName(u"nothingSoldLabel"_s);
    m_nothingSold->setAlignment(Qt::AlignCenter);
    m_nothingSold->setWordWrap(true);
    m_chartStack->addWidget(m_chart);
    m_chartStack->addWidget(m_nothingSold);
    m_chartStack->setMinimumHeight(180);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(range);
    layout->addWidget(m_chartStack, 3);
    layout->addWidget(m_tabs, 2);
    connect(refresh, &QPushButton::clicked, this, &ReportsPage::reload);
    connect(csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    connect(engine, &AppEngine::databaseChanged, this, &ReportsPage::reload);
    reload();
}

void ReportsPage::reload()
{
    // The same figures as `pisonet-cli reports sales|usage`: one SalesReport for both.
    const SalesReport report(&m_engine->database());
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    m_salesRows = report.sales(from, to);
    m_usageRows = report.usage(from, to);
    m_topUserRows = report.topUsers(from, to, TopUserCount);

    QMap<QDate, double> revenuePerDay;
    m_sales->setRowCount(int(m_salesRows.size()));
    for (int row = 0; row < m_salesRows.size(); ++row) {
        const auto& sale = m_salesRows[row];
        revenuePerDay[sale.day] += sale.revenue;
        m_sales->setItem(row, 0, cell(QLocale().toString(sale.day, QLocale::ShortFormat)));
        m_sales->setItem(row, 1, cell(sale.profile));
        m_sales->setItem(row, 2, cell(QLocale().toString(sale.sold), true));
        m_sales->setItem(row, 3, cell(pesos(sale.revenue), true));
    }
    m_usage->setRowCount(int(m_usageRows.size()));
    for (int row = 0; row < m_usageRows.size(); ++row) {
        const auto& day = m_usageRows[row];
        m_usage->setItem(row, 0, cell(QLocale().toString(day.day, QLocale::ShortFormat)));
        m_usage->setItem(row, 1, cell(QLocale().toString(day.sessions), true));
        m_usage->setItem(row, 2, cell(TrafficFormat::bytes(day.bytesDown), true));
        m_usage->setItem(row, 3, cell(TrafficFormat::bytes(day.bytesUp), true));
    }
    m_topUsers->setRowCount(int(m_topUserRows.size()));
    for (int row = 0; row < m_topUserRows.size(); ++row) {
        const auto& user = m_topUserRows[row];
        m_topUsers->setItem(row, 0, cell(user.code));
        m_topUsers->setItem(row, 1, cell(user.mac));
        m_topUsers->setItem(row, 2, cell(TrafficFormat::bytes(user.bytesDown), true));
        m_topUsers->setItem(row, 3, cell(TrafficFormat::bytes(user.bytesUp), true));
    }
    showChart(revenuePerDay);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ReportsPage::showChart(const QMap<QDate, double>& revenuePerDay)
{
    const QDate from = m_from->date();
    const QDate to = m_to->date();
    if (m_salesRows.isEmpty()) {
        // Words, not an empty chart that looks broken.
        m_nothingSold->setText(
            tr("<p style='font-size:large'>Nothing sold yet from %1 to %2.</p><p>A voucher counts as sold on the day "
               "a customer first uses it.</p>")
                .arg(QLocale().toString(from, QLocale::ShortFormat), QLocale().toString(to, QLocale::ShortFormat)));
        m_chartStack->setCurrentWidget(m_nothingSold);
        return;
    }
    // Revenue per day, every day of the range (a day without sales shows as zero).
    auto* set = new QBarSet(tr("Revenue"));
    QStringList days;
    double total = 0;
    double highest = 0;
    // Up to four weeks: "18", "19", … "Dec 1", "2" (short enough for 1024 px, and unique, as the
    // axis needs; the title names the range); longer ranges name the month on every day, on their side.
    const bool compact = from.daysTo(to) < 28;
    for (QDate day = from; day <= to && days.size() < 62; day = day.addDays(1)) {
        const double revenue = revenuePerDay.value(day);
        *set << revenue;
        total += revenue;
        highest = std::max(highest, revenue);
        days.append(!compact || (day.day() == 1 && day != from) ? QLocale().toString(day, u"MMM d"_s)
                                                                : QLocale().toString(day.day()));
    }
    auto* series = new QBarSeries;
    series->append(set);
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Revenue per day, %1 – %2 (total %3)")
                        .arg(QLocale().toString(from, u"MMM d"_s), QLocale().toString(to, u"MMM d"_s), pesos(total)));
    chart->legend()->hide();
    // Localised numbers also keep the label format a QString: without them Qt Charts turns it into
    // Latin-1 and the peso sign into '?'.
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    auto* x = new QBarCategoryAxis;
    x->append(days);
    x->setLabelsAngle(compact ? 0 : -90);
    auto* y = new QValueAxis;
    y->setObjectName(u"revenueAxis"_s);
    y->setRange(0, std::max(5.0, highest)); // whole pesos: the smallest voucher is ₱1–5
    y->applyNiceNumbers();
    y->setLabelFormat(u"₱%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_chartStack->setCurrentWidget(m_chart);
}

void ReportsPage::exportCsv()
{
    const QString from = m_from->date().toString(Qt::ISODate);
    const QString to = m_to->date().toString(Qt::ISODate);
    QByteArray csv;
    QString name;
    if (m_tabs->currentWidget() == m_usage) {
        csv = SalesReport::usageCsv(m_usageRows);
        name = u"usage-%1-%2.csv"_s.arg(from, to);
    } else if (m_tabs->currentWidget() == m_topUsers) {
        QList<QStringList> rows;
        for (const auto& user : std::as_const(m_topUserRows)) {
            rows.append({user.code, user.mac, QString::number(user.bytesUp), QString::number(user.bytesDown)});
        }
        csv = SalesReport::csv({u"code"_s, u"mac"_s, u"bytes_up"_s, u"bytes_down"_s}, rows);
        name = u"top-users-%1-%2.csv"_s.arg(from, to);
    } else {
        csv = SalesReport::salesCsv(m_salesRows);
        name = u"sales-%1-%2.csv"_s.arg(from, to);
    }
    auto* dialog
        = new SaveFileDialog(&m_engine->settings(), tr("Export as CSV"), name, tr("CSV files (*.csv)"), u"csv"_s, this);
    connect(dialog, &QFileDialog::fileSelected, this, [this, csv](const QString& path) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
            MessageBox::warning(this, tr("Not exported"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        }
    });
    dialog->open();
}
