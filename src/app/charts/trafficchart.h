// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/ratelimit.h"
#include "core/traffic/traffichistory.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

// Download and upload speed over time, redrawn from a bounded history: the series are replaced as
// a whole (QXYSeries::replace), never appended point by point, so it stays cheap and flicker-free.
// Charting is kept behind this class: Qt Charts is deprecated from Qt 6.10 in favour of Qt Graphs.
class TrafficChart : public QChartView
{
    Q_OBJECT

public:
    explicit TrafficChart(const QString& title, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setSamples(const QList<TrafficHistory::Sample>& samples);
    // Several routers' totals as one ("All routers"): each router's last sample in every bucket of
    // bucketMs, added up. The routers poll at their own moments, so their samples never line up.
    static QList<TrafficHistory::Sample> sum(const QList<QList<TrafficHistory::Sample>>& series, qint64 bucketMs);
    // The user's limit, drawn as dashed lines (none: no lines). Applied at the next setSamples().
    void setLimit(const std::optional<BandwidthLimit>& limit) { m_limit = limit; }
    // The value axis top and the time axis ends as drawn, for tests.
    double rateTop() const;
    QDateTime timeStart() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitRateTicks();

    QLineSeries* m_down;
    QLineSeries* m_up;
    QLineSeries* m_downLimit;
    QLineSeries* m_upLimit;
    std::optional<BandwidthLimit> m_limit;
    QDateTimeAxis* m_time;
    QValueAxis* m_rate;
};
