// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/trafficchart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

TrafficChart::TrafficChart(const QString& title, QWidget* parent)
    // Given the chart up front: QChartView(parent) would make a default one that setChart() orphans.
    : QChartView(new QChart, parent)
    , m_down(new QLineSeries)
    , m_up(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_rate(new QValueAxis)
{
    QChart* chart = this->chart();
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_down->setName(tr("Download"));
    m_up->setName(tr("Upload"));
    QPen down(QColor(0x1f, 0x77, 0xb4));
    down.setWidthF(2);
    m_down->setPen(down);
    QPen up(QColor(0xff, 0x7f, 0x0e));
    up.setWidthF(2);
    m_up->setPen(up);
    chart->addSeries(m_down);
    chart->addSeries(m_up);
    m_time->setFormat(u"HH:mm"_s);
    m_time->setTickCount(7);
    m_rate->setLabelFormat(u"%.1f"_s);
    m_rate->setTitleText(tr("Mbps"));
    m_rate->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    for (QLineSeries* series : {m_down, m_up}) {
        series->attachAxis(m_time);
        series->attachAxis(m_rate);
    }
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setSamples({});
}

void TrafficChart::setTitle(const QString& title)
{
    chart()->setTitle(title);
}

void TrafficChart::setSamples(const QList<TrafficHistory::Sample>& samples)
{
    QList<QPointF> down;
    QList<QPointF> up;
    down.reserve(samples.size());
    up.reserve(samples.size());
    double peak = 0;
    for (const TrafficHistory::Sample& sample : samples) {
        const double x = double(sample.timeMs);
        down.append({x, sample.rateDown / 1e6});
        up.append({x, sample.rateUp / 1e6});
        peak = std::max({peak, double(sample.rateDown), double(sample.rateUp)});
    }
    m_down->replace(down);
    m_up->replace(up);
    const QDateTime now = QDateTime::currentDateTime();
    const QDateTime start
        = samples.isEmpty() ? now.addSecs(-600) : QDateTime::fromMSecsSinceEpoch(samples.first().timeMs);
    const QDateTime from = std::min(start, now.addSecs(-60));
    m_time->setFormat(from.secsTo(now) < 600 ? u"HH:mm:ss"_s : u"HH:mm"_s);
    m_time->setRange(from, now);
    // A round top so the axis does not jump with every small change.
    const double mbps = peak / 1e6;
    double top = 1;
    for (double step : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0}) {
        top = step;
        if (mbps <= step * 0.95) {
            break;
        }
    }
    m_rate->setRange(0, top);
}
