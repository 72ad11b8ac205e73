// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/operatorlimitstore.h"
#include "core/storage/database.h"
#include "core/storage/storedtime.h"
#include "core/util/clock.h"

#include <QDir>
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

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
