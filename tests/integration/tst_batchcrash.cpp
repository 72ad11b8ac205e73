// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Kills pisonet-cli in the middle of generating a large batch, again and again: each batch must be
// there whole or not at all, and the database must stay sound.
#include "core/storage/database.h"
#include "testdata.h"

#include <QElapsedTimer>
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

void TestBatchCrash::killedBatchLeavesNoHalfBatch()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"crash.db"_s);
    constexpr int BatchSize = 100000;
    int killed = 0;
    int finished = 0;
    for (const int delayMs : {50, 150, 300, 450, 600, 800, 5000}) {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PISONET_DB"_s, db);
        env.insert(u"PISONET_PROFILES"_s, QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(PISONET_CLI),
                  {u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, QString::number(BatchSize),
                   u"--length"_s, u"8"_s});
        QVERIFY(cli.waitForStarted());
        // Different moments: while starting, while inserting, around the commit, after it.
        QTest::qWait(delayMs);
        if (cli.state() == QProcess::Running) {
            cli.kill();
            ++killed;
        } else {
            ++finished;
        }
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(30000));
    }
    qInfo("killed %d, finished %d", killed, finished);
    QVERIFY(killed > 0);

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
