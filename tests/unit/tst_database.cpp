// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/operatorlimitstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseerror.h"
#include "core/storage/storedtime.h"
#include "core/util/clock.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedTimesHaveOneRule();
    void freshDatabaseIsCurrent();
    void newerSchemaIsRefusedUntouched();
    void garbageFileIsRefused();
    void operatorLimitsRoundTrip();
    void errorsAreWords_data();
    void errorsAreWords();
    void busyDatabaseIsReportedInWords();
};

void TestDatabase::freshDatabaseIsCurrent()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(dir.filePath(u"sub/folder/pisonet.db"_s), &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(db.lastMigration().backupFile.isEmpty()); // nothing to back up in a new file
    QSqlQuery mode(db.handle());
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString().toLower(), u"wal"_s);
}

void TestDatabase::newerSchemaIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"future.db"_s);
    {
        Database db;
        QString error;
        QVERIFY(db.open(path, &error));
        QSqlQuery query(db.handle());
        QVERIFY(query.exec(u"PRAGMA user_version = 999"_s));
    }
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(u"newer PisoNet Manager"_s), qPrintable(error));
    QVERIFY(!db.isOpen());
    Database check;
    QVERIFY(check.openWithoutMigrating(path, &error));
    QCOMPARE(check.schemaVersion(), 999);
    QCOMPARE(QDir(dir.path()).entryList({u"*.backup-*"_s}).size(), 0);
}

void TestDatabase::garbageFileIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"garbage.db"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(u"not a PisoNet Manager database or it is damaged"_s), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray(4096, 'x'));
}

void TestDatabase::operatorLimitsRoundTrip()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(u"p.db"_s), &error));
    OperatorLimitStore store(&db);
    const MacAddress mac = *MacAddress::parse(u"aa:bb:cc:dd:ee:ff"_s);
    QVERIFY(!store.find(mac).has_value());
    OperatorLimit limit {
        mac, {*RateLimit::parse(u"512k"_s, {}), *RateLimit::parse(u"1M"_s, {})}, u"operator"_s, {}, false, {}};
    QVERIFY2(store.set(limit, &error), qPrintable(error));
    limit.limit.download = *RateLimit::parse(u"2M"_s, {});
    QVERIFY(store.set(limit, &error)); // an update, not a second row
    QCOMPARE(store.all().size(), 1);
    QCOMPARE(store.find(mac)->limit.toMaxLimit(), u"512k/2M"_s);
    QVERIFY(store.remove(mac, &error));
    QVERIFY(store.all().isEmpty());
}

// Ours carry "Z"; another tool's have no offset and are the shop's local time, with "T" or a space.
// (The suite runs in UTC and in Asia/Manila.)
void TestDatabase::storedTimesHaveOneRule()
{
    const QDateTime ours = Clock::utc(QDate(2025, 1, 2), QTime(10, 0));
    QCOMPARE(StoredTime::format(ours), u"2025-01-02T10:00:00.000Z"_s);
    QCOMPARE(StoredTime::parse(StoredTime::format(ours)), ours);
    const QDateTime shopClock = QDateTime(QDate(2025, 1, 2), QTime(10, 0)).toUTC();
    QCOMPARE(StoredTime::parse(u"2025-01-02 10:00:00"_s), shopClock);
    QCOMPARE(StoredTime::parse(u"2025-01-02T10:00:00"_s), shopClock);
    QCOMPARE(StoredTime::parse(u"2025-01-02T10:00:00+08:00"_s), ours.addSecs(-8 * 3600));
    QVERIFY(!StoredTime::parse(QVariant()).isValid());
    QVERIFY(!StoredTime::parse(u"yesterday"_s).isValid());
}

void TestDatabase::errorsAreWords_data()
{
    QTest::addColumn<QString>("driverText");
    QTest::addColumn<QString>("databaseText");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("duplicate") << u"Unable to fetch row"_s << u"UNIQUE constraint failed: vouchers.code"_s << u"19"_s
                               << u"already has a row with the same vouchers.code"_s;
    QTest::newRow("extended code") << u"Unable to fetch row"_s << u"UNIQUE constraint failed: batches.id"_s << u"2067"_s
                                   << u"already has a row with the same batches.id"_s;
    QTest::newRow("busy") << u"Unable to fetch row"_s << u"database is locked"_s << u"5"_s << u"is busy"_s;
    QTest::newRow("busy, no code") << u"Unable to commit transaction"_s << u"database is locked"_s << QString()
                                   << u"is busy"_s;
    QTest::newRow("read-only") << u"Unable to execute statement"_s << u"attempt to write a readonly database"_s
                               << u"8"_s << u"read-only"_s;
    QTest::newRow("disk full") << u"Unable to fetch row"_s << u"database or disk is full"_s << u"13"_s
                               << u"the disk is full"_s;
    QTest::newRow("damaged") << u"Unable to execute statement"_s << u"file is not a database"_s << u"26"_s
                             << u"or it is damaged"_s;
    QTest::newRow("other") << u"Unable to execute statement"_s << u"no such table: x"_s << u"1"_s
                           << u"reported a problem: no such table: x"_s;
}

void TestDatabase::errorsAreWords()
{
    QFETCH(QString, driverText);
    QFETCH(QString, databaseText);
    QFETCH(QString, code);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shop.db"_s);
    const QString text
        = DatabaseError::describe(QSqlError(driverText, databaseText, QSqlError::StatementError, code), path);
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(text.contains(QDir::toNativeSeparators(path)), qPrintable(text)); // names the file
    QVERIFY2(!text.contains(driverText), qPrintable(text)); // never the driver's own text
}

void TestDatabase::busyDatabaseIsReportedInWords()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"busy.db"_s);
    Database holder;
    QString error;
    QVERIFY(holder.open(path, &error));
    QSqlQuery lock(holder.handle());
    QVERIFY(lock.exec(u"BEGIN IMMEDIATE"_s)); // another program is writing

    Database db;
    db.setBusyTimeout(100);
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY(!db.setSetting(u"x"_s, u"y"_s, &error));
    QVERIFY2(error.contains(u"is busy"_s) && error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY2(!error.contains(u"Unable to"_s) && !error.contains(u"database is locked"_s), qPrintable(error));
    QVERIFY(lock.exec(u"COMMIT"_s));
    QVERIFY2(db.setSetting(u"x"_s, u"y"_s, &error), qPrintable(error)); // free again: it works
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
