// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for vouchers: generate and store 10,000 in one batch, on SQLite and on PostgreSQL (the
// server of PISONET_TEST_PG_URL; skipped without it), and two generators at once on PostgreSQL
// (two PCs on the shared database); push 1,000 to the simulator (in its
// own thread) over loopback, pipelined.
#include "core/routeros/routerclient.h"
#include "core/storage/database.h"
#include "core/vouchers/voucherpusher.h"
#include "support/testdatabase.h"
#include "support/threadedsimulator.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

class BenchVouchers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generate10000_data();
    void generate10000();
    void twoGeneratorsOnPostgres();
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

void BenchVouchers::generate10000_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void BenchVouchers::generate10000()
{
    QFETCH(bool, postgres);
    TestDatabase place(postgres ? TestDatabase::Engine::Postgres : TestDatabase::Engine::Sqlite);
    if (!place.isReady()) {
        QSKIP(qPrintable(place.error()));
    }
    Database db;
    QString error;
    QVERIFY2(db.open(place.location(), &error), qPrintable(error));
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
    std::printf("FIGURE generate and store 10,000 vouchers (one transaction) on %s: %lld ms (target < 1000 ms on "
                "SQLite)\n",
                postgres ? "PostgreSQL" : "SQLite", static_cast<long long>(best));
}

void BenchVouchers::twoGeneratorsOnPostgres()
{
    TestDatabase place(TestDatabase::Engine::Postgres);
    if (!place.isReady()) {
        QSKIP(qPrintable(place.error()));
    }
    QString error;
    {
        Database db;
        QVERIFY2(db.open(place.location(), &error), qPrintable(error));
    }
    qint64 each[2] = {};
    QString errors[2];
    QElapsedTimer wall;
    wall.start();
    std::vector<std::thread> pcs;
    for (int i = 0; i < 2; ++i) {
        pcs.emplace_back([&, i] {
            Database db;
            if (!db.open(place.location(), &errors[i])) {
                return;
            }
            VoucherStore store(&db);
            VoucherStore::GenerateOptions options;
            options.count = 10000;
            QElapsedTimer timer;
            timer.start();
            if (store.generate(basic(), options, &errors[i])) {
                each[i] = timer.elapsed();
            }
        });
    }
    for (std::thread& pc : pcs) {
        pc.join();
    }
    const qint64 total = wall.elapsed();
    QVERIFY2(errors[0].isEmpty() && errors[1].isEmpty(), qPrintable(errors[0] + errors[1]));
    std::printf("FIGURE two PCs generating 10,000 vouchers each at once on PostgreSQL: %lld ms and %lld ms, "
                "%lld ms for both\n",
                static_cast<long long>(each[0]), static_cast<long long>(each[1]), static_cast<long long>(total));
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
