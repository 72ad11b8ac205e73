// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// One program watching 5 routers with 2,000 online users each, as `pisonet-cli serve` and the
// window do (RouterSet: a connection, poll, tracking and reconciliation per router): how long one
// poll of every router takes, and the memory it holds. The routers are `pisonet-cli simulate
// --routers 5` in a process of their own, so their memory is not counted here.
#include "core/monitor/controlloop.h"
#include "core/monitor/routerset.h"
#include "core/monitor/sessionmonitor.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
constexpr int Routers = 5;
constexpr int UsersPerRouter = 2000;

// Resident memory of this process in MB (Linux); -1 elsewhere.
double residentMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QRegularExpression rss(u"VmRSS:\\s+(\\d+) kB"_s);
    const QRegularExpressionMatch match = rss.match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toDouble() / 1024.0 : -1;
}
} // namespace

class BenchRouterSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiveRoutersOfTwoThousandUsers();
};

void BenchRouterSet::fiveRoutersOfTwoThousandUsers()
{
    QProcess simulators;
    simulators.start(QStringLiteral(PISONET_CLI),
                     {u"simulate"_s, u"--routers"_s, QString::number(Routers), u"--users"_s,
                      QString::number(UsersPerRouter), u"--port"_s, u"0"_s});
    QList<ConnectionSettings> routers;
    const QRegularExpression listening(u"listening on 127\\.0\\.0\\.1:(\\d+) \\(user \"([^\"]+)\""_s);
    QByteArray printed;
    while (routers.size() < Routers && simulators.waitForReadyRead(30000)) {
        printed += simulators.readAllStandardOutput();
        routers.clear();
        for (auto it = listening.globalMatch(QString::fromUtf8(printed)); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            ConnectionSettings settings;
            settings.host = u"127.0.0.1"_s;
            settings.port = quint16(match.captured(1).toUInt());
            settings.user = match.captured(2);
            routers.append(settings);
        }
    }
    QCOMPARE(routers.size(), Routers);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const double baselineMb = residentMb();
    Database database;
    QString error;
    QVERIFY2(database.open(dir.filePath(u"pisonet.db"_s), &error), qPrintable(error));
    RouterSet set(&database);
    QList<qint64> doneAt(Routers, -1);
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < Routers; ++i) {
        ControlLoop& loop = set.add(u"shop%1"_s.arg(i + 1), routers.at(i));
        connect(&loop, &ControlLoop::refreshed, this, [&doneAt, &clock, i](const TrafficSnapshot& snapshot) {
            if (!snapshot.stale && snapshot.users.size() == UsersPerRouter) {
                doneAt[i] = clock.elapsed();
            }
        });
    }
    const auto allDone
        = [&doneAt] { return std::all_of(doneAt.cbegin(), doneAt.cend(), [](qint64 t) { return t >= 0; }); };
    set.start();
    QVERIFY(QTest::qWaitFor(allDone, 60000)); // connect, log in, first poll (and its history)
    const qint64 firstMs = *std::max_element(doneAt.cbegin(), doneAt.cend());

    // Timed by hand, not inside QBENCHMARK: QtTest runs a benchmark function once more as a warm-up,
    // which printed every figure twice and measured the second "above the empty process" from a
    // process already grown by the first run.
    QList<qint64> cycles;
    for (int round = 0; round < 6; ++round) {
        std::fill(doneAt.begin(), doneAt.end(), -1);
        const qint64 start = clock.elapsed();
        for (int i = 0; i < Routers; ++i) {
            set.loop(i).monitor().refreshNow();
        }
        QVERIFY(QTest::qWaitFor(allDone, 60000));
        cycles.append(*std::max_element(doneAt.cbegin(), doneAt.cend()) - start);
    }
    const double steadyMb = residentMb();
    std::sort(cycles.begin(), cycles.end());
    std::printf("FIGURE %d routers x %d users in one program: first poll of all (connect + login) %lld ms; "
                "one poll cycle of all %d routers, median %lld ms (best %lld, worst %lld); resident memory "
                "%.0f MB (%.0f MB above the empty process)\n",
                Routers, UsersPerRouter, static_cast<long long>(firstMs), Routers,
                static_cast<long long>(cycles.at(cycles.size() / 2)), static_cast<long long>(cycles.first()),
                static_cast<long long>(cycles.last()), steadyMb, steadyMb - baselineMb);
    set.stop();
    simulators.kill();
    simulators.waitForFinished();
}

QTEST_GUILESS_MAIN(BenchRouterSet)
#include "bench_routerset.moc"
