// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One program manages a database at a time; a crashed one does not lock it forever.
#include "core/storage/databaselock.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

class TestDatabaseLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondHolderIsRefusedWithWhoAndSince();
    void unlockLetsTheNextOneIn();
    void lockOfAKilledProgramIsTakenOver();
};

void TestDatabaseLock::secondHolderIsRefusedWithWhoAndSince()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.db"_s);
    DatabaseLock first(db);
    QString refusal;
    QVERIFY2(first.tryLock(u"pisonet-cli monitor"_s, &refusal), qPrintable(refusal));
    QCOMPARE(first.owner()->program, u"pisonet-cli monitor"_s);
    QCOMPARE(first.owner()->pid, QCoreApplication::applicationPid());
    DatabaseLock second(db);
    QVERIFY(!second.tryLock(u"the PisoNet Manager window"_s, &refusal));
    QVERIFY2(refusal.contains(u"pisonet-cli monitor"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(u"since"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(QString::number(QCoreApplication::applicationPid())), qPrintable(refusal));
}

void TestDatabaseLock::unlockLetsTheNextOneIn()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.db"_s);
    QString refusal;
    {
        DatabaseLock first(db);
        QVERIFY(first.tryLock(u"pisonet-cli serve"_s, &refusal));
    }
    DatabaseLock second(db);
    QVERIFY2(second.tryLock(u"pisonet-cli monitor"_s, &refusal), qPrintable(refusal));
}

// A program that held the lock was killed (power cut, crash): its lock file stays behind, and the
// next program takes it over instead of refusing forever.
void TestDatabaseLock::lockOfAKilledProgramIsTakenOver()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"shop.db"_s);
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {u"--hold-lock"_s, db});
    QVERIFY(holder.waitForReadyRead(10000)); // "locked"
    DatabaseLock mine(db);
    QString refusal;
    QVERIFY(!mine.tryLock(u"pisonet-cli monitor"_s, &refusal));
    QVERIFY2(refusal.contains(u"the holder"_s), qPrintable(refusal));
    holder.kill();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY2(mine.tryLock(u"pisonet-cli monitor"_s, &refusal), qPrintable(refusal));
    QCOMPARE(mine.owner()->program, u"pisonet-cli monitor"_s);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--hold-lock") == 0) {
        DatabaseLock lock(QString::fromLocal8Bit(argv[2]));
        QString refusal;
        if (!lock.tryLock(u"the holder"_s, &refusal)) {
            return 1;
        }
        std::puts("locked");
        std::fflush(stdout);
        std::this_thread::sleep_for(std::chrono::minutes(5));
        return 0;
    }
    TestDatabaseLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_databaselock.moc"
