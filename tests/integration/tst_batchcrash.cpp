// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills pisonet-cli in the middle of generating a large batch, again and again: each batch must be
// there whole or not at all, and the database must stay sound.
#include "core/storage/database.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBatchCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedBatchLeavesNoHalfBatch();
};

namespace
{
int batchCount(const QString& path)
{
    if (!QFile::exists(path)) {
        return 0;
    }
    Database database;
    QString error;
    if (!database.openWithoutMigrating(path, &error)) {
        return -1;
    }
    QSqlQuery query(database.handle());
    return query.exec(u"SELECT count(*) FROM batches"_s) && query.next() ? query.value(0).toInt() : 0;
}
} // namespace

void TestBatchCrash::killedBatchLeavesNoHalfBatch()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"crash.db"_s);
    constexpr int BatchSize = 100000;
    int killedBeforeCommit = 0;
    int killedAfterCommit = 0;
    int finished = 0;
    // Kill moments: fixed delays (while starting, while inserting, around the commit), and -1: as
    // soon as the batch is reported, i.e. after the commit while the codes are still being printed.
    for (const int delayMs : {50, 150, 300, 450, -1, 600, 800, 5000}) {
        const int batchesBefore = batchCount(db);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PISONET_DB"_s, db);
        env.insert(u"PISONET_PROFILES"_s, QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PISONET_CLI),
                  {u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, QString::number(BatchSize),
                   u"--length"_s, u"8"_s});
        QVERIFY(cli.waitForStarted());
        if (delayMs < 0) {
            QByteArray output;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    output += cli.readAllStandardOutput();
                    return output.contains("Batch") || cli.state() != QProcess::Running;
                },
                60000));
        } else {
            QTest::qWait(delayMs);
        }
        const bool running = cli.state() == QProcess::Running;
        if (running) {
            cli.kill();
        }
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(30000));
        const int batchesAfter = batchCount(db);
        QVERIFY(batchesAfter >= 0);
        if (!running) {
            ++finished;
        } else if (batchesAfter > batchesBefore) {
            ++killedAfterCommit;
        } else {
            ++killedBeforeCommit;
        }
    }
    qInfo("killed before the commit %d, after it %d, finished %d", killedBeforeCommit, killedAfterCommit, finished);
    QVERIFY(killedBeforeCommit > 0);
    QVERIFY(killedAfterCommit > 0);

    Database database;
    QString error;
    QVERIFY2(database.open(db, &error), qPrintable(error));
    QSqlQuery query(database.handle());
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
    QVERIFY(query.exec(u"SELECT count(*) FROM vouchers"_s) && query.next());
    const int vouchers = query.value(0).toInt();
    QVERIFY(query.exec(u"SELECT count(*), coalesce(sum(voucher_count), 0) FROM batches"_s) && query.next());
    const int batches = query.value(0).toInt();
    QCOMPARE(vouchers, query.value(1).toInt());
    QCOMPARE(vouchers, batches * BatchSize);
    QVERIFY(query.exec(u"SELECT batch_id, count(*) FROM vouchers GROUP BY batch_id"_s));
    while (query.next()) {
        QCOMPARE(query.value(1).toInt(), BatchSize);
    }
}

QTEST_GUILESS_MAIN(TestBatchCrash)
#include "tst_batchcrash.moc"
