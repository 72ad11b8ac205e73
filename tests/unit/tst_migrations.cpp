// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/operatorlimitstore.h"
#include "core/storage/database.h"
#include "core/vouchers/voucherstore.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legacyVoucherTableKeepsEverything();
    void fromSchemaOne();
    void newerSchemaRefusedUntouched();
    void migratedDatabaseWorks();

private:
    QString copyFixture(const QTemporaryDir& dir, const QString& name);
};

QString TestMigrations::copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString target = dir.filePath(name);
    QFile::copy(QStringLiteral(PISONET_TEST_DATA_DIR "/db/") + name, target);
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

void TestMigrations::legacyVoucherTableKeepsEverything()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"legacy-vouchers.db"_s);
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(db.lastMigration().fromVersion, 0);
    QVERIFY(QFile::exists(db.lastMigration().backupFile));
    QVERIFY(db.lastMigration().backupFile.contains(u"legacy-vouchers.db.backup-v0-"_s));

    // Every row and column is still there; the rate columns were added with their defaults.
    const QSqlRecord record = db.handle().record(u"vouchers"_s);
    for (const QString& column :
         {u"id"_s, u"code"_s, u"seller"_s, u"minutes"_s, u"rate_limit_up"_s, u"rate_limit_down"_s}) {
        QVERIFY2(record.contains(column), qPrintable(column));
    }
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT code, seller, minutes, price, status, rate_limit_up, rate_limit_down FROM vouchers "
                       "ORDER BY id"_s));
    QList<QStringList> rows;
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < 7; ++i) {
            row.append(query.value(i).toString());
        }
        rows.append(row);
    }
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows[0], (QStringList {u"AB12CD"_s, u"Ana"_s, u"60"_s, u"5"_s, u"unused"_s, u"1M"_s, u"2M"_s}));
    QCOMPARE(rows[2], (QStringList {u"JK56LM"_s, u"Ana"_s, u"300"_s, u"20"_s, u"active"_s, u"1M"_s, u"2M"_s}));
    QVERIFY(query.exec(u"SELECT note FROM sales_log"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"kept as it is"_s);

    // The store reads other tools' statuses.
    VoucherStore store(&db);
    QCOMPARE(store.find(u"ab12cd"_s)->status, Voucher::Status::New);
    QCOMPARE(store.find(u"EF34GH"_s)->status, Voucher::Status::Used);
    VoucherStore::Filter unused;
    unused.status = Voucher::Status::New;
    QCOMPARE(store.list(unused).size(), 1);
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
}

void TestMigrations::fromSchemaOne()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"schema-v1.db"_s);
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QCOMPARE(db.lastMigration().fromVersion, 1);
    QCOMPARE(db.lastMigration().toVersion, Database::latestVersion());
    QVERIFY(QFile::exists(db.lastMigration().backupFile));
    OperatorLimitStore limits(&db);
    QCOMPARE(limits.all().size(), 1);
    QCOMPARE(limits.all().first().limit.toMaxLimit(), u"512k/1M"_s);
    QVERIFY(db.handle().tables().contains(u"vouchers"_s));
}

void TestMigrations::newerSchemaRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"future-schema.db"_s);
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    Database db;
    QString error;
    QVERIFY(!db.open(path, &error));
    QVERIFY2(error.contains(u"schema 42"_s), qPrintable(error));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
    QCOMPARE(QDir(dir.path()).entryList({u"*.backup-*"_s}).size(), 0);
}

void TestMigrations::migratedDatabaseWorks()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(copyFixture(dir, u"legacy-vouchers.db"_s), &error));
    VoucherStore store(&db);
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    VoucherStore::GenerateOptions options;
    options.count = 20;
    QVERIFY2(store.generate(profile, options, &error).has_value(), qPrintable(error));
    QCOMPARE(store.list(VoucherStore::Filter {}).size(), 23);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
