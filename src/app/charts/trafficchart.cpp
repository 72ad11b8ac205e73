// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/charts/trafficchart.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

TrafficChart::TrafficChart(const QString& title, QWidget* parent)
    // Given the chart up front: QChartView(parent) would make a default one that setChart() orphans.
    : QChartView(new QChart, parent)
    , m_down(new QLineSeries)
    , m_up(new QLineSeries)
    , m_downLimit(new QLineSeries)
    , m_upLimit(new QLineSeries)
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
    m_downLimit->setName(tr("Download limit"));
    m_upLimit->setName(tr("Upload limit"));
    QPen downLimit(QColor(0x1f, 0x77, 0xb4), 1.5, Qt::DashLine);
    m_downLimit->setPen(downLimit);
    QPen upLimit(QColor(0xff, 0x7f, 0x0e), 1.5, Qt::DashLine);
    m_upLimit->setPen(upLimit);
    chart->addSeries(m_down);
    chart->addSeries(m_up);
    chart->addSeries(m_downLimit);
    chart->addSeries(m_upLimit);
    m_time->setFormat(u"HH:mm"_s);
    m_time->setTickCount(7);
    m_rate->setLabelFormat(u"%.1f"_s);
    m_rate->setTitleText(tr("Mbps"));
    m_rate->setMin(0);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_rate, Qt::AlignLeft);
    for (QLineSeries* series : {m_down, m_up, m_downLimit, m_upLimit}) {
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
    // Whole minutes at the ends, and a tick every 1, 2, 5, 10 or 15 minutes: labels people read.
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 firstMs = samples.isEmpty() ? nowMs - 10 * 60 * 1000 : std::min(samples.first().timeMs, nowMs - 60000);
    constexpr qint64 Minute = 60 * 1000;
    const qint64 spanMinutes = std::max<qint64>(1, (nowMs - firstMs + Minute - 1) / Minute);
    qint64 stepMinutes = 15;
    for (qint64 step : {1, 2, 5, 10, 15}) {
        if (spanMinutes / step <= 6) {
            stepMinutes = step;
            break;
        }
    }
    const qint64 step = stepMinutes * Minute;
    const qint64 endMs = (nowMs + step - 1) / step * step;
    const qint64 startMs = std::min(firstMs / step * step, endMs - step);
    m_time->setFormat(u"HH:mm"_s);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(startMs), QDateTime::fromMSecsSinceEpoch(endMs));
    m_time->setTickCount(int((endMs - startMs) / step) + 1);

    const bool limited = m_limit && !m_limit->isUnlimited();
    auto limitLine = [&](QLineSeries* series, const RateLimit& rate) {
        if (!limited || rate.isUnlimited()) {
            series->clear();
            series->setVisible(false);
            return;
        }
        const double y = double(rate.bitsPerSecond()) / 1e6;
        series->replace({QPointF(double(startMs), y), QPointF(double(endMs), y)});
        series->setVisible(true);
        peak = std::max(peak, double(rate.bitsPerSecond()));
    };
    limitLine(m_downLimit, limited ? m_limit->download : RateLimit());
    limitLine(m_upLimit, limited ? m_limit->upload : RateLimit());

    // A round top so the axis does not jump with every small change, and ticks at round steps.
    const double mbps = peak / 1e6;
    double top = 1;
    for (double candidate : {1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0}) {
        top = candidate;
        if (mbps <= candidate * 0.95) {
            break;
        }
    }
    m_rate->setRange(0, top);
    fitRateTicks();
}

void TrafficChart::fitRateTicks()
{
    // As many ticks as the height has room for (labels about 36 px apart), each at a round step:
    // 1 -> 0.2, 2 -> 0.5, 5 -> 1, 10 -> 2, 20 -> 5; fewer on a small screen (10 -> 5, 5 -> 5).
    const double top = m_rate->max();
    const int room = std::max(2, int(chart()->plotArea().height() / 36) + 1);
    int ticks = 2;
    for (int candidate : {6, 5, 3}) {
        const double step = top / (candidate - 1);
        const double scale = std::pow(10.0, std::floor(std::log10(step)));
        const double leading = step / scale;
        const bool round = std::abs(leading - 1) < 1e-9 || std::abs(leading - 2) < 1e-9 || std::abs(leading - 5) < 1e-9;
        if (candidate <= room && round) {
            ticks = candidate;
            break;
        }
    }
    m_rate->setTickCount(ticks);
    m_rate->setLabelFormat(top / (ticks - 1) < 1 ? u"%.1f"_s : u"%.0f"_s);
}

void TrafficChart::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    fitRateTicks();
}

double TrafficChart::rateTop() const
{
    return m_rate->max();
}

QDateTime TrafficChart::timeStart() const
{
    return m_time->min();
}

QList<TrafficHistory::Sample> TrafficChart::sum(const QList<QList<TrafficHistory::Sample>>& series, qint64 bucketMs)
{
    if (series.size() == 1) {
        return series.first();
    }
    bucketMs = std::max<qint64>(bucketMs, 1000);
    std::map<qint64, TrafficHistory::Sample> buckets;
    for (const QList<TrafficHistory::Sample>& samples : series) {
        std::map<qint64, TrafficHistory::Sample> last; // this router's latest sample per bucket
        for (const TrafficHistory::Sample& sample : samples) {
            last[sample.timeMs / bucketMs] = sample;
        }
        for (const auto& [bucket, sample] : last) {
            TrafficHistory::Sample& total = buckets[bucket];
            total.timeMs = (bucket + 1) * bucketMs;
            total.rateDown += sample.rateDown;
            total.rateUp += sample.rateUp;
        }
    }
    QList<TrafficHistory::Sample> summed;
    summed.reserve(qsizetype(buckets.size()));
    for (const auto& [bucket, sample] : buckets) {
        summed.append(sample);
    }
    return summed;
}
