// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/operatorlimitstore.h"
#include "core/storage/database.h"
#include "core/vouchers/voucherstore.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
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
    void legacyPythonVouchersKeepTheirLimits();
    void otherToolsColumnsAndFlags();
    void databasesMigratedByOldCodeAreRepaired_data();
    void databasesMigratedByOldCodeAreRepaired();
    void backupIsTheUntouchedOriginal();
    void failedMigrationChangesNothing();
    void fromSchemaOne();
    void newerSchemaRefusedUntouched();
    void migratedDatabaseWorks();

private:
    QString copyFixture(const QTemporaryDir& dir, const QString& name);
    static QByteArray bytesOf(const QString& path);
};

QByteArray TestMigrations::bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

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
    // The status words are ours now; the tool's own word is kept next to them.
    QCOMPARE(rows[0], (QStringList {u"AB12CD"_s, u"Ana"_s, u"60"_s, u"5"_s, u"new"_s, u"1M"_s, u"2M"_s}));
    QCOMPARE(rows[2], (QStringList {u"JK56LM"_s, u"Ana"_s, u"300"_s, u"20"_s, u"active"_s, u"1M"_s, u"2M"_s}));
    QVERIFY(query.exec(u"SELECT legacy_status FROM vouchers WHERE code = 'AB12CD'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"unused"_s);
    QVERIFY(query.exec(u"SELECT note FROM sales_log"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"kept as it is"_s);

    // The store reads other tools' statuses, and the time limit comes from their "minutes".
    VoucherStore store(&db);
    QCOMPARE(store.find(u"ab12cd"_s)->status, Voucher::Status::New);
    QCOMPARE(store.find(u"EF34GH"_s)->status, Voucher::Status::Used);
    QCOMPARE(store.find(u"AB12CD"_s)->validitySeconds, 3600);
    QCOMPARE(store.find(u"AB12CD"_s)->validity, u"1h"_s);
    QCOMPARE(store.find(u"JK56LM"_s)->validitySeconds, 5 * 3600);
    QVERIFY(store.find(u"AB12CD"_s)->pushRefusal().isEmpty());
    QVERIFY2(db.lastMigration().notes.join(u'\n').contains(u"they get 1M up / 2M down"_s),
             qPrintable(db.lastMigration().notes.join(u'\n')));
    VoucherStore::Filter unused;
    unused.status = Voucher::Status::New;
    QCOMPARE(store.list(unused).size(), 1);
    QVERIFY(query.exec(u"PRAGMA integrity_check"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"ok"_s);
}

void TestMigrations::legacyPythonVouchersKeepTheirLimits()
{
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(copyFixture(dir, u"legacy-python.db"_s), &error), qPrintable(error));
    QCOMPARE(db.lastMigration().toVersion, Database::latestVersion());
    VoucherStore store(&db);
    auto voucher = [&](const QString& code) {
        const auto found = store.find(code);
        return found ? *found : Voucher {};
    };

    // What the tool sold is what the router gets: 1h, 512k/1M, one device.
    const Voucher basic = voucher(u"PY1H01"_s);
    QCOMPARE(basic.validitySeconds, 3600);
    QCOMPARE(basic.validity, u"1h"_s);
    QCOMPARE(basic.status, Voucher::Status::New);
    QCOMPARE(basic.limit().toMaxLimit(), u"512k/1M"_s);
    QCOMPARE(basic.sharedUsers, 1);
    QCOMPARE(basic.price, 5.0);
    QVERIFY(!basic.developer);
    QVERIFY(basic.pushRefusal().isEmpty());

    const Voucher expired = voucher(u"PY5H03"_s);
    QCOMPARE(expired.status, Voucher::Status::Used);
    QCOMPARE(expired.mac, u"AA:BB:CC:DD:EE:02"_s);
    QCOMPARE(expired.sharedUsers, 2);
    QCOMPARE(expired.validitySeconds, 5 * 3600);
    QCOMPARE(expired.limit().toMaxLimit(), u"5M/10M"_s);
    QVERIFY(expired.activatedAt.isValid()); // its used_at
    QCOMPARE(voucher(u"PY2H02"_s).status, Voucher::Status::Used);
    QCOMPARE(voucher(u"PY2H02"_s).mac, u"AA:BB:CC:DD:EE:01"_s);
    QCOMPARE(voucher(u"PYACT4"_s).status, Voucher::Status::Active);
    QCOMPARE(voucher(u"PYACT4"_s).mac, u"AA:BB:CC:DD:EE:03"_s);

    // Only the explicit developer code is without a time limit.
    const Voucher developer = voucher(u"PYDEV5"_s);
    QVERIFY(developer.developer);
    QCOMPARE(developer.validitySeconds, -1);
    QVERIFY(developer.pushRefusal().isEmpty());

    // Values nobody can read leave the voucher new, refused by push with the reason.
    const QList<std::pair<QString, QString>> refused {
        {u"PYBAD6"_s, u"validity \"1 oras\""_s},
        {u"PYUNL7"_s, u"no time limit"_s},
        {u"PYODD8"_s, u"status \"sira\""_s},
        {u"PYRAT9"_s, u"rate_limit \"fast\""_s},
    };
    const QString notes = db.lastMigration().notes.join(u'\n');
    for (const auto& [code, reason] : refused) {
        const Voucher v = voucher(code);
        QCOMPARE(v.status, Voucher::Status::New);
        QVERIFY2(v.pushRefusal().contains(reason), qPrintable(code + u": "_s + v.pushRefusal()));
        QVERIFY2(notes.contains(code), qPrintable(notes));
        QVERIFY2(notes.contains(reason), qPrintable(notes));
    }
    QCOMPARE(voucher(u"PYBAD6"_s).validity, u"1 oras"_s); // the tool's text is kept
    QVERIFY2(notes.contains(u"9 voucher(s) of another tool read: 4 with a time limit, 1 developer code(s) without "
                            "one, 4 that cannot be used"_s),
             qPrintable(notes));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT legacy_status FROM vouchers WHERE code = 'PYODD8'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"sira"_s);
    QVERIFY(query.exec(u"SELECT value FROM settings WHERE key = 'router_host'"_s) && query.next());
    QCOMPARE(query.value(0).toString(), u"192.168.88.1"_s);
}

void TestMigrations::otherToolsColumnsAndFlags()
{
    // A tool with minutes, separate speeds, flags instead of a status word, and its own price column.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"flags.db"_s);
    {
        QSqlDatabase maker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"flags"_s);
        maker.setDatabaseName(path);
        QVERIFY(maker.open());
        QSqlQuery query(maker);
        QVERIFY(query.exec(u"CREATE TABLE vouchers (code TEXT, duration_minutes INTEGER, upload TEXT, download TEXT, "
                           "is_activated INTEGER, is_used INTEGER, is_developer BOOLEAN, price_amount REAL)"_s));
        QVERIFY(query.exec(u"INSERT INTO vouchers VALUES ('FLAG01', 60, '512k', '1M', 1, 1, 0, 5), "
                           "('FLAG02', 30, '1M', '2M', 1, 0, 0, 10), ('FLAG03', 999999999, '5M', '5M', 0, 0, 1, 0), "
                           "('FLAG04', 0, '1M', '2M', 0, 0, 0, 5)"_s));
        query = QSqlQuery();
        maker.close();
    }
    QSqlDatabase::removeDatabase(u"flags"_s);
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    VoucherStore store(&db);
    const Voucher used = *store.find(u"FLAG01"_s);
    QCOMPARE(used.status, Voucher::Status::Used); // activated and then used: the most final state
    QCOMPARE(used.validitySeconds, 3600);
    QCOMPARE(used.limit().toMaxLimit(), u"512k/1M"_s);
    QCOMPARE(used.price, 5.0);
    const Voucher active = *store.find(u"FLAG02"_s);
    QCOMPARE(active.status, Voucher::Status::Active);
    QCOMPARE(active.validity, u"30m"_s);
    QCOMPARE(active.price, 10.0);
    const Voucher developer = *store.find(u"FLAG03"_s);
    QVERIFY(developer.developer);
    QCOMPARE(developer.validitySeconds, -1);
    const Voucher zero = *store.find(u"FLAG04"_s);
    QCOMPARE(zero.status, Voucher::Status::New);
    QVERIFY2(zero.pushRefusal().contains(u"duration_minutes \"0\""_s), qPrintable(zero.pushRefusal()));
}

void TestMigrations::databasesMigratedByOldCodeAreRepaired_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("seconds");
    // Made by running the schema-3 pisonet-cli's "db migrate" on the legacy fixtures: every legacy
    // voucher had validity_seconds = -1 there, and would have been pushed without a time limit.
    QTest::newRow("python tool") << u"legacy-python-migrated-v3.db"_s << u"PY1H01"_s << qint64(3600);
    QTest::newRow("minutes column") << u"legacy-vouchers-migrated-v3.db"_s << u"EF34GH"_s << qint64(7200);
}

void TestMigrations::databasesMigratedByOldCodeAreRepaired()
{
    QFETCH(QString, fixture);
    QFETCH(QString, code);
    QFETCH(qint64, seconds);
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY2(db.open(copyFixture(dir, fixture), &error), qPrintable(error));
    QCOMPARE(db.lastMigration().fromVersion, 3);
    QCOMPARE(db.lastMigration().toVersion, Database::latestVersion());
    QVERIFY(db.lastMigration().backupFile.contains(u".backup-v3-"_s));
    VoucherStore store(&db);
    QCOMPARE(store.find(code)->validitySeconds, seconds);
    for (const Voucher& v : store.list({})) {
        // Nothing migrated may reach the router without a time limit unless it is a developer code.
        QVERIFY2(v.developer || v.validitySeconds > 0 || !v.pushRefusal().isEmpty(), qPrintable(v.code));
    }
}

void TestMigrations::backupIsTheUntouchedOriginal()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, u"legacy-python.db"_s);
    const QByteArray original = bytesOf(path);
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    // Byte for byte what was there, taken before WAL (or anything else) wrote to the file.
    QCOMPARE(bytesOf(db.lastMigration().backupFile), original);
    QCOMPARE(original.mid(18, 2), QByteArray("\x01\x01", 2));
    QSqlQuery mode(db.handle());
    QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
    QCOMPARE(mode.value(0).toString().toLower(), u"wal"_s); // ours now
}

void TestMigrations::failedMigrationChangesNothing()
{
    // A vouchers table from another tool and a view where our sessions table goes: schema 1 is
    // applied, schema 2 fails half-way (a view cannot be indexed).
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.db"_s);
    {
        QSqlDatabase maker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"maker"_s);
        maker.setDatabaseName(path);
        QVERIFY(maker.open());
        QSqlQuery query(maker);
        QVERIFY(query.exec(u"CREATE TABLE vouchers (code TEXT, minutes INTEGER)"_s));
        QVERIFY(query.exec(u"INSERT INTO vouchers VALUES ('AB12CD', 60)"_s));
        QVERIFY(query.exec(u"CREATE VIEW voucher_sessions AS SELECT 1 AS id"_s));
        query = QSqlQuery();
        maker.close();
    }
    QSqlDatabase::removeDatabase(u"maker"_s);
    const QByteArray before = bytesOf(path);
    QCOMPARE(before.mid(18, 2), QByteArray("\x01\x01", 2)); // a rollback-journal file

    for (int attempt = 0; attempt < 2; ++attempt) {
        Database db;
        QString error;
        QVERIFY(!db.open(path, &error));
        QVERIFY2(error.contains(u"schema 2"_s) && error.contains(u"Nothing was changed"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"Unable to"_s), qPrintable(error)); // words, not the driver's text
        db.close();
        // Exactly as it was, journal mode included; no second copy of the same original.
        QCOMPARE(bytesOf(path), before);
        const QStringList backups = QDir(dir.path()).entryList({u"*.backup-*"_s});
        QCOMPARE(backups.size(), 1);
        QCOMPARE(bytesOf(dir.filePath(backups.first())), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-journal"_s));
    }
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
