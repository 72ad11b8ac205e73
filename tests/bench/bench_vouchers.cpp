// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for vouchers: generate and store 10,000 in one batch; push 1,000 to the simulator (in its
// own thread) over loopback, pipelined.
#include "core/routeros/routerclient.h"
#include "core/storage/database.h"
#include "core/vouchers/voucherpusher.h"
#include "support/threadedsimulator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class BenchVouchers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate10000();
    void push1000();

private:
    static Profile basic();
};

Profile BenchVouchers::basic()
{
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    return profile;
}

void BenchVouchers::generate10000()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(u"bench.db"_s), &error));
    VoucherStore store(&db);
    VoucherStore::GenerateOptions options;
    options.count = 10000;
    qint64 best = std::numeric_limits<qint64>::max();
    QBENCHMARK_ONCE
    {
        for (int round = 0; round < 3; ++round) {
            QElapsedTimer timer;
            timer.start();
            QVERIFY(store.generate(basic(), options, &error).has_value());
            best = std::min(best, timer.elapsed());
        }
    }
    std::printf("FIGURE generate and store 10,000 vouchers (one transaction): %lld ms (target < 1000 ms)\n",
                static_cast<long long>(best));
}

void BenchVouchers::push1000()
{
    ThreadedSimulator router;
    RouterConnection connection;
    connection.setSettings(router.settings());
    connection.open();
    QVERIFY(QTest::qWaitFor([&] { return connection.isReady(); }, 5000));
    RouterClient client(&connection);

    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(u"push.db"_s), &error));
    VoucherStore store(&db);
    VoucherStore::GenerateOptions options;
    options.count = 1000;
    const auto batch = store.generate(basic(), options, &error);
    VoucherStore::Filter filter;
    filter.batchId = batch->id;
    const QList<Voucher> vouchers = store.list(filter);
    VoucherPusher pusher(&client, &store);
    qint64 elapsed = 0;
    VoucherPusher::Report report;
    QBENCHMARK_ONCE
    {
        QElapsedTimer timer;
        timer.start();
        bool done = false;
        pusher.push(vouchers, nullptr, [&](const VoucherPusher::Report& r) {
            report = r;
            done = true;
        });
        while (!done) {
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
        elapsed = timer.elapsed();
    }
    QCOMPARE(report.added, 1000);
    std::printf("FIGURE push 1,000 hotspot users pipelined over loopback: %lld ms (target < 1000 ms)\n",
                static_cast<long long>(elapsed));
}

QTEST_GUILESS_MAIN(BenchVouchers)
#include "bench_vouchers.moc"
