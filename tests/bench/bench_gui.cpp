// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the window: GUI-thread time to apply one refresh of 5,000 online users to the table
// (model + sorted, filtered view), and resident memory after an hour of history at 10 s polls.
#include "app/models/usertrafficmodel.h"
#include "core/traffic/traffichistory.h"
#include "core/traffic/trafficjoiner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTableView>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class BenchGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void applyRefreshOf5000Users();
    void memoryAfterAnHourOf5000Users();
};

static QList<HotspotSession> sessions(int count, int round)
{
    QList<HotspotSession> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        HotspotSession s;
        s.id = u"*%1"_s.arg(i, 0, 16);
        s.user = u"CODE%1"_s.arg(i);
        s.macAddress = u"02:00:00:%1:%2:%3"_s.arg((i >> 16) & 0xFF, 2, 16, QLatin1Char('0'))
                           .arg((i >> 8) & 0xFF, 2, 16, QLatin1Char('0'))
                           .arg(i & 0xFF, 2, 16, QLatin1Char('0'))
                           .toUpper();
        s.address = u"10.5.%1.%2"_s.arg(50 + i / 250).arg(i % 250 + 2);
        s.bytesIn = quint64(i + 1) * 1000 * quint64(round + 1);
        s.bytesOut = s.bytesIn * 4;
        s.uptimeSeconds = 60 + round * 10;
        list.append(s);
    }
    return list;
}

static qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

void BenchGui::applyRefreshOf5000Users()
{
    UserTrafficModel model;
    UserFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.setSortingEnabled(true);
    view.sortByColumn(UserTrafficModel::DownRate, Qt::DescendingOrder);
    view.resize(1200, 700);
    view.show();
    TrafficSnapshot snapshot = TrafficJoiner::join(sessions(5000, 0), {}, {}, 0);
    model.apply(snapshot);
    QCoreApplication::processEvents();
    qint64 best = std::numeric_limits<qint64>::max();
    QBENCHMARK_ONCE
    {
        for (int round = 1; round <= 10; ++round) {
            snapshot = TrafficJoiner::join(sessions(5000, round), {}, snapshot, 10000);
            QElapsedTimer timer;
            timer.start();
            model.apply(snapshot); // model signals, proxy re-sort
            QCoreApplication::processEvents(); // the view's repaint of the visible rows
            best = std::min(best, timer.nsecsElapsed());
        }
    }
    QCOMPARE(model.rowCount(), 5000);
    std::printf("FIGURE GUI thread: apply a refresh of 5,000 online users (model + sorted view): %.2f ms "
                "(target < 16 ms)\n",
                double(best) / 1e6);
}

void BenchGui::memoryAfterAnHourOf5000Users()
{
    const qint64 before = residentKiB();
    UserTrafficModel model;
    TrafficHistory history(10000);
    TrafficSnapshot snapshot;
    const QDateTime start = QDateTime::currentDateTimeUtc();
    QBENCHMARK_ONCE
    {
        for (int round = 0; round < 360; ++round) { // one hour at 10 s
            snapshot = TrafficJoiner::join(sessions(5000, round), {}, snapshot, 10000);
            snapshot.takenAt = start.addSecs(10 * round);
            model.apply(snapshot);
            history.record(snapshot);
        }
    }
    const qint64 after = residentKiB();
    QCOMPARE(history.trackedUsers(), 5000);
    std::printf("FIGURE resident memory after an hour of history with 5,000 users: %.1f MB in total "
                "(%.1f MB for table + history; target < 150 MB)\n",
                double(after) / 1024.0, double(after - before) / 1024.0);
}

QTEST_MAIN(BenchGui)
#include "bench_gui.moc"
