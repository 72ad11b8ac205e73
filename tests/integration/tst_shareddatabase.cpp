// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One voucher database for many PCs: the engine layer on SQLite and PostgreSQL, and what two PCs
// (here two connections, each in its own thread as each PC is its own program) do to it at once.
// The PostgreSQL rows skip themselves when PISONET_TEST_PG_URL is unset.
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/databasecopy.h"
#include "core/storage/databaseurl.h"
#include "core/storage/storedtime.h"
#include "core/vouchers/salesreport.h"
#include "core/vouchers/voucherstore.h"
#include "support/clirun.h"
#include "support/testdatabase.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <ctime>
#include <functional>
#include <thread>

using namespace Qt::StringLiterals;

class TestSharedDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlIsParsed();
    void badUrlIsRefusedWithoutItsPassword();
    void settingsNeverKeepThePassword();
    void passwordNeverShown();
    void bothEngines_data();
    void opensAndMigratesOnce();
    void opensAndMigratesOnce_data() { bothEngines_data(); }
    void newerSchemaIsRefused();
    void newerSchemaIsRefused_data() { bothEngines_data(); }
    void twoPcsMigratingAtOnce();
    void twoPcsMigratingAtOnce_data() { bothEngines_data(); }
    void concurrentBatchesNeverShareACode();
    void concurrentBatchesNeverShareACode_data() { bothEngines_data(); }
    void twoTrackersLoseNoUpdate();
    void twoTrackersLoseNoUpdate_data() { bothEngines_data(); }
    void usedUpInOneShopIsUsedUpInTheOther();
    void usedUpInOneShopIsUsedUpInTheOther_data() { bothEngines_data(); }
    void cliCopiesAShopIntoTheSharedDatabase();
    void cliCopiesAShopIntoTheSharedDatabase_data() { bothEngines_data(); }
    void appendAddsASecondShop();
    void appendAddsASecondShop_data() { bothEngines_data(); }
    void timesAreTimestampsOnPostgres();
    void timesAreTimestampsOnPostgres_data() { bothEngines_data(); }
    void timeSurvivesExactly();
    void timeSurvivesExactly_data() { bothEngines_data(); }
    void textTimesAreMigratedKeepingTheirInstants();
    void textTimesAreMigratedKeepingTheirInstants_data() { bothEngines_data(); }
    void copyReadsTextTimesAsTheShopsLocalTime();
    void copyReadsTextTimesAsTheShopsLocalTime_data() { bothEngines_data(); }
    void deadlockIsRetried();
    void conflictsAreRetriedThenGivenUp();
    void otherErrorsAreNotRetried();

private:
    static Profile basic();
    // Runs each function in its own thread at the same moment and waits for all of them.
    static void together(const QList<std::function<void()>>& work);
    // A database at schema 9, the last one with times as text on both engines.
    static bool makeSchema9(const QString& location, QString* error);
    // PostgreSQL refuses the next changes of vouchers with SQLSTATE state, this many times.
    static bool refuseVoucherChanges(Database& db, const QString& state, int times);
};

Profile TestSharedDatabase::basic()
{
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5.5;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    profile.users = 1;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    return profile;
}

void TestSharedDatabase::together(const QList<std::function<void()>>& work)
{
    std::vector<std::thread> threads;
    for (const auto& job : work) {
        threads.emplace_back(job);
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
}

namespace
{
// The process's local time zone, for a while (the shop PC's clock in Manila).
class LocalZone
{
public:
    explicit LocalZone(const QByteArray& zone)
        : m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~LocalZone()
    {
        qputenv("TZ", m_old);
        tzset();
    }
    Q_DISABLE_COPY_MOVE(LocalZone)

private:
    QByteArray m_old;
};

const QStringList TimeColumns {
    u"batches.created_at"_s,          u"vouchers.created_at"_s,       u"vouchers.pushed_at"_s,
    u"vouchers.activated_at"_s,       u"vouchers.expired_at"_s,       u"vouchers.sold_at"_s,
    u"voucher_sessions.started_at"_s, u"voucher_sessions.ended_at"_s, u"voucher_sales.created_at"_s,
    u"voucher_devices.first_seen"_s,  u"voucher_limits.updated_at"_s, u"operator_limits.created_at"_s,
    u"operator_limits.updated_at"_s};

qint64 countOf(Database& db, const QString& table)
{
    QSqlQuery query(db.handle());
    return query.exec(u"SELECT count(*) FROM "_s + table) && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

bool TestSharedDatabase::makeSchema9(const QString& location, QString* error)
{
    Database db;
    if (!db.openWithoutMigrating(location, error)) {
        return false;
    }
    return db.transaction(
        [&](QString* e) {
            QStringList notes;
            for (const Database::Migration& step : Database::migrations()) {
                if (step.version > 9) {
                    break;
                }
                if (!step.apply(db.handle(), &notes, e)) {
                    return false;
                }
            }
            for (const QString& statement : db.dialect().writeSchemaVersion(9)) {
                QSqlQuery query(db.handle());
                if (!query.exec(statement)) {
                    *e = db.errorText(query.lastError());
                    return false;
                }
            }
            return true;
        },
        error);
}

bool TestSharedDatabase::refuseVoucherChanges(Database& db, const QString& state, int times)
{
    QSqlQuery query(db.handle());
    return query.exec(u"CREATE SEQUENCE IF NOT EXISTS refusals"_s) && query.exec(u"ALTER SEQUENCE refusals RESTART"_s)
        && query.exec(u"CREATE OR REPLACE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                      "IF nextval('refusals') <= %1 THEN RAISE EXCEPTION 'refused by the test' USING ERRCODE = '%2'; "
                      "END IF; RETURN NEW; END $$"_s.arg(times)
                          .arg(state))
        && query.exec(u"CREATE OR REPLACE TRIGGER refuse BEFORE INSERT OR UPDATE ON vouchers FOR EACH ROW "
                      "EXECUTE FUNCTION refuse()"_s);
}

#define OPEN_TEST_DATABASE(name)                                                                                       \
    QFETCH(bool, postgres);                                                                                            \
    TestDatabase name(postgres ? TestDatabase::Engine::Postgres : TestDatabase::Engine::Sqlite);                       \
    if (!name.isReady()) {                                                                                             \
        if (name.error() == TestDatabase::skipReason()) {                                                              \
            QSKIP(qPrintable(name.error()));                                                                           \
        }                                                                                                              \
        QFAIL(qPrintable(name.error()));                                                                               \
    }

// A PostgreSQL database of its own, opened: for what only PostgreSQL does.
#define OPEN_POSTGRES_DATABASE(place, db)                                                                              \
    TestDatabase place(TestDatabase::Engine::Postgres);                                                                \
    if (!place.isReady()) {                                                                                            \
        if (place.error() == TestDatabase::skipReason()) {                                                             \
            QSKIP(qPrintable(place.error()));                                                                          \
        }                                                                                                              \
        QFAIL(qPrintable(place.error()));                                                                              \
    }                                                                                                                  \
    QString error;                                                                                                     \
    Database db;                                                                                                       \
    QVERIFY2(db.open(place.location(), &error), qPrintable(error));

void TestSharedDatabase::bothEngines_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

void TestSharedDatabase::urlIsParsed()
{
    QString error;
    const auto url = DatabaseUrl::parse(u"postgresql://shop:p%40ss@db.lan:6543/vouchers"_s, &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    QCOMPARE(url->user(), u"shop"_s);
    QCOMPARE(url->password(), u"p@ss"_s);
    QCOMPARE(url->host(), u"db.lan"_s);
    QCOMPARE(url->port(), 6543);
    QCOMPARE(url->databaseName(), u"vouchers"_s);
    QCOMPARE(url->display(), u"postgresql://shop@db.lan:6543/vouchers"_s);
    QCOMPARE(DatabaseUrl::parse(u"postgres://shop@db.lan/vouchers"_s, &error)->port(), 5432);
    QVERIFY(!DatabaseUrl::isUrl(u"C:/shop/pisonet.db"_s));
    QCOMPARE(DatabaseUrl::withoutPassword(u"C:/shop/pisonet.db"_s), u"C:/shop/pisonet.db"_s);
    // Things kept on this PC (lock, logs) go to the program's folder, not to a folder named "postgresql:".
    QVERIFY(!DatabaseUrl::localFile(u"postgresql://shop@db.lan/vouchers"_s).contains(u"postgresql:"_s));
}

void TestSharedDatabase::badUrlIsRefusedWithoutItsPassword()
{
    for (const QString& bad : {u"postgresql://shop:Secret99@/vouchers"_s, u"postgresql://shop:Secret99@db.lan/"_s,
                               u"postgresql://:Secret99@db.lan/vouchers"_s,
                               u"postgresql://shop:Secret99@db.lan/vouchers?sslmode=disable"_s}) {
        Database db;
        QString error;
        QVERIFY2(!db.open(bad, &error), qPrintable(bad));
        QVERIFY2(error.contains(u"postgresql://USER"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"Secret99"_s), qPrintable(error));
        QVERIFY(!db.isOpen());
    }
}

void TestSharedDatabase::settingsNeverKeepThePassword()
{
    TestDatabase place(TestDatabase::Engine::Sqlite);
    const QString file = place.folder() + u"/settings.ini"_s;
    {
        AppSettings settings(file);
        settings.setDatabasePath(u"postgresql://shop:S3cret@word@db.lan:5433/vouchers"_s);
        QCOMPARE(settings.databasePath(), u"postgresql://shop@db.lan:5433/vouchers"_s);
    }
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray bytes = written.readAll();
    QVERIFY(bytes.contains("db.lan"));
    QVERIFY2(!bytes.contains("S3cret") && !bytes.contains("word@"), bytes.constData());
}

void TestSharedDatabase::passwordNeverShown()
{
    const QString server = TestDatabase::serverUrl();
    if (server.isEmpty()) {
        QSKIP(qPrintable(TestDatabase::skipReason()));
    }
    QString error;
    const auto url = DatabaseUrl::parse(server, &error);
    QVERIFY2(url.has_value(), qPrintable(error));
    const QString wrong = u"postgresql://%1:Wr0ngSecret77@%2:%3/%4"_s.arg(url->user(), url->host())
                              .arg(url->port())
                              .arg(url->databaseName());
    Database db;
    const bool opened = db.open(wrong, &error);
    if (opened) {
        QSKIP("the test server does not check passwords (trust authentication)");
    }
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(u"Wr0ngSecret77"_s), qPrintable(error));
    QVERIFY2(error.contains(url->display()), qPrintable(error));
    QVERIFY(!db.path().contains(u"Wr0ngSecret77"_s));

    // The right password from PGPASSWORD (the URL has none) opens it, and path() never has it.
    if (!url->password().isEmpty()) {
        QVERIFY2(db.open(server, &error), qPrintable(error));
        QVERIFY(!db.path().contains(url->password()));
    }
}

void TestSharedDatabase::opensAndMigratesOnce()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    {
        Database db;
        QVERIFY2(db.open(place.location(), &error), qPrintable(error));
        QCOMPARE(db.dialect().isPostgres(), postgres);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(db.lastMigration().fromVersion, 0);
        QCOMPARE(db.lastMigration().steps.size(), Database::migrations().size());
        VoucherStore store(&db);
        VoucherStore::GenerateOptions options;
        options.count = 25;
        const auto batch = store.generate(basic(), options, &error);
        QVERIFY2(batch.has_value(), qPrintable(error));
        QVERIFY(batch->id > 0);
        const auto voucher = store.find(batch->codes.first());
        QVERIFY(voucher.has_value());
        QCOMPARE(voucher->price, 5.5);
        QCOMPARE(voucher->validitySeconds, 3600);
        QCOMPARE(voucher->createdAt, batch->createdAt);
        QVERIFY2(store.recordDevice(voucher->code, u"AA:BB:CC:DD:EE:01"_s, u"10.5.50.2"_s,
                                    QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        QVERIFY2(store.recordDevice(voucher->code, u"AA:BB:CC:DD:EE:01"_s, u"10.5.50.3"_s,
                                    QDateTime::currentDateTimeUtc(), &error),
                 qPrintable(error));
        QCOMPARE(store.devices({voucher->code}).value(voucher->code).size(), 1);
        QVERIFY2(db.setSetting(u"api_token"_s, u"x"_s, &error), qPrintable(error));
        QVERIFY2(db.setSetting(u"api_token"_s, u"y"_s, &error), qPrintable(error));
        QCOMPARE(db.setting(u"api_token"_s), u"y"_s);
    }
    Database again;
    QVERIFY2(again.open(place.location(), &error), qPrintable(error));
    QVERIFY(again.lastMigration().steps.isEmpty());
    QCOMPARE(VoucherStore(&again).list({}).size(), 25);
}

void TestSharedDatabase::newerSchemaIsRefused()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    {
        Database db;
        QVERIFY2(db.open(place.location(), &error), qPrintable(error));
        QSqlQuery query(db.handle());
        const int newer = Database::latestVersion() + 1;
        QVERIFY(query.exec(postgres ? u"UPDATE pisonet_schema SET version = %1"_s.arg(newer)
                                    : u"PRAGMA user_version = %1"_s.arg(newer)));
    }
    Database db;
    QVERIFY(!db.open(place.location(), &error));
    QVERIFY2(error.contains(u"newer PisoNet Manager"_s), qPrintable(error));
    QVERIFY(!db.isOpen());
}

void TestSharedDatabase::twoPcsMigratingAtOnce()
{
    OPEN_TEST_DATABASE(place)
    constexpr int Pcs = 3;
    QString errors[Pcs];
    bool opened[Pcs] = {};
    int migratedSteps[Pcs] = {};
    QList<std::function<void()>> work;
    for (int i = 0; i < Pcs; ++i) {
        work.append([&, i] {
            Database db;
            opened[i] = db.open(place.location(), &errors[i]);
            migratedSteps[i] = int(db.lastMigration().steps.size());
        });
    }
    together(work);
    int migrations = 0;
    for (int i = 0; i < Pcs; ++i) {
        QVERIFY2(opened[i], qPrintable(errors[i]));
        migrations += migratedSteps[i] > 0 ? 1 : 0;
    }
    QCOMPARE(migrations, 1); // one PC upgraded it; the others found it done
    Database db;
    QVERIFY2(db.open(place.location(), &errors[0]), qPrintable(errors[0]));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

void TestSharedDatabase::concurrentBatchesNeverShareACode()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    {
        Database db; // made before the race, as the shop's first PC did long ago
        QVERIFY2(db.open(place.location(), &error), qPrintable(error));
    }
    constexpr int Pcs = 2;
    constexpr int Batches = 4;
    constexpr int Count = 500;
    QString errors[Pcs];
    QList<std::function<void()>> work;
    for (int i = 0; i < Pcs; ++i) {
        work.append([&, i] {
            Database db;
            if (!db.open(place.location(), &errors[i])) {
                return;
            }
            VoucherStore store(&db);
            VoucherStore::GenerateOptions options;
            options.count = Count;
            options.length = 5; // short codes: the two draw some of the same ones
            for (int batch = 0; batch < Batches; ++batch) {
                if (!store.generate(basic(), options, &errors[i])) {
                    return;
                }
            }
        });
    }
    together(work);
    for (const QString& e : errors) {
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    Database db;
    QVERIFY2(db.open(place.location(), &error), qPrintable(error));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT upper(code)) FROM vouchers"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Pcs * Batches * Count);
    QCOMPARE(query.value(1).toInt(), Pcs * Batches * Count);
    QVERIFY(query.exec(u"SELECT count(DISTINCT id) FROM batches"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), Pcs * Batches);
}

void TestSharedDatabase::twoTrackersLoseNoUpdate()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    QString code;
    {
        Database db;
        QVERIFY2(db.open(place.location(), &error), qPrintable(error));
        VoucherStore store(&db);
        VoucherStore::GenerateOptions options;
        options.count = 1;
        Profile long_ = basic();
        long_.validitySeconds = 1000000;
        code = store.generate(long_, options, &error)->codes.first();
    }
    // Two routers' trackers end sessions of the same voucher at the same time: every second and
    // byte counts.
    constexpr int Trackers = 2;
    constexpr int Sessions = 100;
    QString errors[Trackers];
    QList<std::function<void()>> work;
    for (int i = 0; i < Trackers; ++i) {
        work.append([&, i] {
            Database db;
            if (!db.open(place.location(), &errors[i])) {
                return;
            }
            VoucherStore store(&db);
            for (int s = 0; s < Sessions; ++s) {
                VoucherStore::OpenSession session;
                session.code = code;
                session.uptimeSeconds = 2;
                session.bytesUp = 10;
                session.bytesDown = 100;
                const bool ok = db.transaction(
                    [&](QString* e) {
                        return store.closeSession(session, QDateTime::currentDateTimeUtc(), u"logout"_s, 0, e);
                    },
                    &errors[i]);
                if (!ok) {
                    return;
                }
            }
        });
    }
    together(work);
    for (const QString& e : errors) {
        QVERIFY2(e.isEmpty(), qPrintable(e));
    }
    Database db;
    QVERIFY2(db.open(place.location(), &error), qPrintable(error));
    const auto voucher = VoucherStore(&db).find(code);
    QCOMPARE(voucher->usedSeconds, Trackers * Sessions * 2);
    QCOMPARE(voucher->bytesUp, quint64(Trackers * Sessions * 10));
    QCOMPARE(voucher->bytesDown, quint64(Trackers * Sessions * 100));
}

void TestSharedDatabase::usedUpInOneShopIsUsedUpInTheOther()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    Database shopA;
    QVERIFY2(shopA.open(place.location(), &error), qPrintable(error));
    Database shopB;
    QVERIFY2(shopB.open(place.location(), &error), qPrintable(error));
    VoucherStore storeA(&shopA);
    VoucherStore storeB(&shopB);
    VoucherStore::GenerateOptions options;
    options.count = 1;
    const QString code = storeA.generate(basic(), options, &error)->codes.first();
    QCOMPARE(storeB.find(code)->status, Voucher::Status::New);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY2(storeA.activate(code, u"AA:BB:CC:DD:EE:01"_s, u"10.5.50.2"_s, now, &error), qPrintable(error));
    QCOMPARE(storeB.find(code)->status, Voucher::Status::Active);
    QVERIFY2(storeA.markUsedUp(code, now, &error), qPrintable(error));
    QCOMPARE(storeB.find(code)->status, Voucher::Status::Used);
    // Shop B's router still shows the code (late poll): it does not bring it back to life.
    QVERIFY2(storeB.activate(code, u"AA:BB:CC:DD:EE:02"_s, u"10.5.60.2"_s, now, &error), qPrintable(error));
    QCOMPARE(storeA.find(code)->status, Voucher::Status::Used);
    QCOMPARE(storeA.find(code)->mac, u"AA:BB:CC:DD:EE:01"_s);
}

void TestSharedDatabase::cliCopiesAShopIntoTheSharedDatabase()
{
    OPEN_TEST_DATABASE(target)
    TestDatabase shop(TestDatabase::Engine::Sqlite);
    QString error;
    QString code;
    {
        Database db;
        QVERIFY2(db.open(shop.location(), &error), qPrintable(error));
        VoucherStore store(&db);
        VoucherStore::GenerateOptions options;
        options.count = 30;
        QVERIFY2(store.generate(basic(), options, &error), qPrintable(error));
        code = store.generate(basic(), options, &error)->codes.first();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(store.activate(code, u"AA:BB:CC:DD:EE:01"_s, u"10.5.50.2"_s, now, &error));
        QVERIFY(store.recordDevice(code, u"AA:BB:CC:DD:EE:01"_s, u"10.5.50.2"_s, now, &error));
        UserTraffic user;
        user.address = u"10.5.50.2"_s;
        user.bytesDown = 5000000000; // beyond 32 bits
        QVERIFY(store.openSession(code, user, now, &error));
        QVERIFY(db.setSetting(u"api_token"_s, u"t"_s, &error));
        QSqlQuery foreign(db.handle());
        QVERIFY(foreign.exec(u"CREATE TABLE coin_log (coins INTEGER)"_s));
    }
    auto hashOf = [](const QString& path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                              : QByteArray();
    };
    const QByteArray before = hashOf(shop.location());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, target.folder());
    const QStringList copy {u"db"_s, u"copy"_s, u"--from"_s, shop.location(), u"--to"_s, target.location()};
    CliRun run = CliRun::run(environment, copy);
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"vouchers"_s) && run.out.contains(u"60"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"coin_log"_s), qPrintable(run.out)); // said, not copied
    QCOMPARE(hashOf(shop.location()), before);
    {
        Database db;
        QVERIFY2(db.open(target.location(), &error), qPrintable(error));
        VoucherStore store(&db);
        QCOMPARE(store.list({}).size(), 60);
        QCOMPARE(store.find(code)->status, Voucher::Status::Active);
        QCOMPARE(store.openSessions().value(code).bytesDown, quint64(5000000000));
        QCOMPARE(store.devices({code}).value(code).size(), 1);
        QCOMPARE(db.setting(u"api_token"_s), u"t"_s);
        // New rows continue after the copied ones.
        VoucherStore::GenerateOptions options;
        options.count = 1;
        const auto batch = store.generate(basic(), options, &error);
        QVERIFY2(batch.has_value(), qPrintable(error));
        QCOMPARE(batch->id, 3);
    }
    // A target with data is refused, and with --append the clash of codes leaves it as it was.
    run = CliRun::run(environment, copy);
    QCOMPARE(run.code == 0, false);
    QVERIFY2(run.err.contains(u"already holds data"_s), qPrintable(run.err));
    run = CliRun::run(environment, copy + QStringList {u"--append"_s});
    QCOMPARE(run.code == 0, false);
    QVERIFY2(run.err.contains(u"nothing was copied"_s), qPrintable(run.err));
    Database db;
    QVERIFY2(db.open(target.location(), &error), qPrintable(error));
    QCOMPARE(VoucherStore(&db).list({}).size(), 61);
    QCOMPARE(hashOf(shop.location()), before);
}

// The second shop's data joins the first one's: its batches get new numbers (its vouchers follow
// them), its sessions new ids; a setting or device limit the target already has stays the target's.
void TestSharedDatabase::appendAddsASecondShop()
{
    OPEN_TEST_DATABASE(target)
    QString error;
    QStringList codesOfA;
    QStringList codesOfB;
    TestDatabase shopA(TestDatabase::Engine::Sqlite);
    TestDatabase shopB(TestDatabase::Engine::Sqlite);
    auto fill = [&](TestDatabase& shop, int first, int second, const QString& token, QStringList* codes) {
        Database db;
        QVERIFY2(db.open(shop.location(), &error), qPrintable(error));
        VoucherStore store(&db);
        VoucherStore::GenerateOptions options;
        options.count = first;
        options.prefix = token.startsWith(u'a') ? u"A"_s : u"B"_s; // the two shops never share a code
        *codes += store.generate(basic(), options, &error)->codes;
        options.count = second;
        options.note = token;
        *codes += store.generate(basic(), options, &error)->codes;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        UserTraffic user;
        user.address = u"10.5.50.2"_s;
        QVERIFY(store.activate(codes->last(), u"AA:BB:CC:DD:EE:01"_s, u"10.5.50.2"_s, now, &error));
        QVERIFY(store.openSession(codes->last(), user, now, &error));
        QVERIFY(db.setSetting(u"api_token"_s, token, &error));
        QSqlQuery limit(db.handle());
        QVERIFY(limit.exec(u"INSERT INTO operator_limits (mac, rate_up, rate_down, set_by, created_at, updated_at) "
                           "VALUES ('AA:BB:CC:DD:EE:09', '%1', '%1', 'operator', '2026-01-01T00:00:00Z', "
                           "'2026-01-01T00:00:00Z')"_s.arg(token == u"a-token"_s ? u"1M"_s : u"7M"_s)));
    };
    fill(shopA, 3, 4, u"a-token"_s, &codesOfA);
    fill(shopB, 5, 2, u"b-token"_s, &codesOfB);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, target.folder());
    auto copy = [&](const TestDatabase& shop) {
        return QStringList {u"db"_s, u"copy"_s, u"--from"_s, shop.location(), u"--to"_s, target.location()};
    };
    CliRun run = CliRun::run(environment, copy(shopA));
    QVERIFY2(run.code == 0, qPrintable(run.err));
    run = CliRun::run(environment, copy(shopB) + QStringList {u"--append"_s});
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"left as the target has them"_s), qPrintable(run.out));

    Database db;
    QVERIFY2(db.open(target.location(), &error), qPrintable(error));
    VoucherStore store(&db);
    QCOMPARE(store.list({}).size(), 14);
    QSqlQuery batches(db.handle());
    QVERIFY(batches.exec(u"SELECT b.id, b.voucher_count, count(v.code) FROM batches b LEFT JOIN vouchers v "
                         "ON v.batch_id = b.id GROUP BY b.id, b.voucher_count ORDER BY b.id"_s));
    QList<QList<qint64>> rows;
    while (batches.next()) {
        rows.append({batches.value(0).toLongLong(), batches.value(1).toLongLong(), batches.value(2).toLongLong()});
    }
    // Shop A's batches 1 and 2 as they were; shop B's 1 and 2 became 3 and 4, each with its own codes.
    const QList<QList<qint64>> expected {{1, 3, 3}, {2, 4, 4}, {3, 5, 5}, {4, 2, 2}};
    QCOMPARE(rows, expected);
    QCOMPARE(store.find(codesOfB.last())->batchId, 4);
    QCOMPARE(store.find(codesOfA.last())->batchId, 2);
    QCOMPARE(store.openSessions().size(), 2); // one of each shop, no id taken twice
    QVERIFY(store.openSessions().contains(codesOfA.last()) && store.openSessions().contains(codesOfB.last()));
    QCOMPARE(db.setting(u"api_token"_s), u"a-token"_s);
    QSqlQuery limit(db.handle());
    QVERIFY(limit.exec(u"SELECT rate_up FROM operator_limits"_s) && limit.next());
    QCOMPARE(limit.value(0).toString(), u"1M"_s);
    // New batches continue after the appended ones.
    VoucherStore::GenerateOptions options;
    options.count = 1;
    QCOMPARE(store.generate(basic(), options, &error)->id, 5);
}

void TestSharedDatabase::timesAreTimestampsOnPostgres()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    Database db;
    QVERIFY2(db.open(place.location(), &error), qPrintable(error));
    QSqlQuery query(db.handle());
    if (postgres) {
        QVERIFY(query.exec(u"SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                           "WHERE table_schema = current_schema()"_s));
        QHash<QString, QString> types;
        while (query.next()) {
            types.insert(query.value(0).toString(), query.value(1).toString());
        }
        for (const QString& column : TimeColumns) {
            QCOMPARE(types.value(column), u"timestamp with time zone"_s);
        }
        QCOMPARE(db.dialect().timeType(), u"TIMESTAMP WITH TIME ZONE"_s);
    } else {
        // SQLite has no time type: the text is the format (documented in StoredTime).
        VoucherStore store(&db);
        VoucherStore::GenerateOptions options;
        QVERIFY2(store.generate(basic(), options, &error), qPrintable(error));
        QVERIFY(query.exec(u"SELECT typeof(created_at) FROM vouchers"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"text"_s);
    }
}

void TestSharedDatabase::timeSurvivesExactly()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    Database db;
    QVERIFY2(db.open(place.location(), &error), qPrintable(error));
    VoucherStore store(&db);
    VoucherStore::GenerateOptions options;
    options.count = 3;
    const auto batch = store.generate(basic(), options, &error);
    QVERIFY2(batch.has_value(), qPrintable(error));
    // Written in Manila's offset, read back as the same instant in UTC, to the millisecond.
    const QDateTime sold(QDate(2026, 3, 2), QTime(0, 30, 1, 987), QTimeZone(8 * 3600));
    const QDateTime early(QDate(2026, 3, 1), QTime(9, 0, 0, 1), QTimeZone::utc());
    QVERIFY2(store.markSold(batch->codes[0], sold, &error), qPrintable(error));
    QVERIFY2(store.markSold(batch->codes[1], early, &error), qPrintable(error));
    const auto voucher = store.find(batch->codes[0]);
    QCOMPARE(voucher->soldAt, sold);
    QCOMPARE(voucher->soldAt.timeSpec(), Qt::UTC);
    QCOMPARE(voucher->soldAt.time(), QTime(16, 30, 1, 987));
    QCOMPARE(voucher->createdAt, batch->createdAt);
    // Compared, ordered and aggregated by the engine as instants.
    QSqlQuery query(db.handle());
    query.prepare(u"SELECT code FROM vouchers WHERE sold_at >= ? ORDER BY sold_at"_s);
    query.addBindValue(StoredTime::format(early.addMSecs(1)));
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), batch->codes[0]);
    QVERIFY(!query.next());
    QVERIFY(query.exec(u"SELECT min(sold_at), max(sold_at) FROM vouchers"_s) && query.next());
    QCOMPARE(StoredTime::parse(query.value(0)), early);
    QCOMPARE(StoredTime::parse(query.value(1)), sold);
    // The report counts a sale on the shop's local day: 00:30 on the 2nd in Manila is the 1st in UTC.
    const LocalZone manila("Asia/Manila");
    SalesReport report(&db);
    auto rows = report.sales(QDate(2026, 3, 1), QDate(2026, 3, 1));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().sold, 1);
    rows = report.sales(QDate(2026, 3, 2), QDate(2026, 3, 2));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().sold, 1);
    QCOMPARE(report.sales(QDate(2026, 3, 1), QDate(2026, 3, 2)).size(), 2);
}

void TestSharedDatabase::textTimesAreMigratedKeepingTheirInstants()
{
    OPEN_TEST_DATABASE(place)
    QString error;
    QVERIFY2(makeSchema9(place.location(), &error), qPrintable(error));
    {
        Database db;
        QVERIFY2(db.openWithoutMigrating(place.location(), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), 9);
        QSqlQuery query(db.handle());
        // Ours (UTC, "Z"), another offset, and the earlier tool's local time without one; and a
        // value that is no time.
        QVERIFY2(query.exec(u"INSERT INTO vouchers (code, created_at, pushed_at, activated_at, sold_at) VALUES "
                            "('A1', '2026-03-01T10:00:00.123Z', '2026-03-01T18:00:00+08:00', '2026-03-01 18:00:00', "
                            "'soon'), ('A2', '2026-03-01T10:00:00.123Z', NULL, '2026-03-01 18:00:00', '')"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY(query.exec(u"INSERT INTO batches (profile, voucher_count, created_at) VALUES "
                           "('BASIC', 1, '2025-12-31 23:59:59.500')"_s));
    }
    const LocalZone manila("Asia/Manila");
    // Two PCs start the new version at once: one migrates (under the lock), the other finds it done.
    bool opened[2] = {};
    QString errors[2];
    Database::MigrationReport reports[2];
    together({[&] {
                  Database db;
                  opened[0] = db.open(place.location(), &errors[0]);
                  reports[0] = db.lastMigration();
              },
              [&] {
                  Database db;
                  opened[1] = db.open(place.location(), &errors[1]);
                  reports[1] = db.lastMigration();
              }});
    QVERIFY2(opened[0], qPrintable(errors[0]));
    QVERIFY2(opened[1], qPrintable(errors[1]));
    const Database::MigrationReport& report = reports[0].steps.isEmpty() ? reports[1] : reports[0];
    QVERIFY(reports[0].steps.isEmpty() != reports[1].steps.isEmpty());
    QCOMPARE(report.fromVersion, 9);
    QCOMPARE(report.toVersion, Database::latestVersion());
    QCOMPARE(report.steps.size(), Database::latestVersion() - 9); // 10 (times) and those after it
    // A SQLite file is backed up first, as before every migration; PostgreSQL's backup is the server's.
    QCOMPARE(report.backupFile.isEmpty(), postgres);

    Database db;
    QVERIFY2(db.open(place.location(), &error), qPrintable(error));
    VoucherStore store(&db);
    const auto a1 = store.find(u"A1"_s);
    QVERIFY(a1.has_value());
    const QDateTime tenUtc(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc());
    QCOMPARE(a1->createdAt, tenUtc.addMSecs(123));
    QCOMPARE(a1->pushedAt, tenUtc);
    QCOMPARE(a1->activatedAt, tenUtc); // 18:00 in Manila
    QVERIFY(!a1->soldAt.isValid());
    QCOMPARE(store.batches().value(0).createdAt,
             QDateTime(QDate(2025, 12, 31), QTime(15, 59, 59, 500), QTimeZone::utc()));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT activated_at FROM vouchers WHERE code = 'A2'"_s) && query.next());
    if (postgres) {
        QCOMPARE(query.value(0).metaType().id(), QMetaType::QDateTime);
        QVERIFY2(report.notes.join(u'\n').contains(u"vouchers.sold_at: 2"_s), qPrintable(report.notes.join(u'\n')));
    } else {
        QCOMPARE(query.value(0).toString(), u"2026-03-01 18:00:00"_s); // SQLite's text stays as it was
    }
}

void TestSharedDatabase::copyReadsTextTimesAsTheShopsLocalTime()
{
    OPEN_TEST_DATABASE(target)
    TestDatabase shop(TestDatabase::Engine::Sqlite);
    QString error;
    {
        Database db;
        QVERIFY2(db.open(shop.location(), &error), qPrintable(error));
        QSqlQuery query(db.handle());
        QVERIFY(query.exec(u"INSERT INTO vouchers (code, created_at, activated_at, sold_at) VALUES "
                           "('B1', '2026-03-01T10:00:00.250Z', '2026-03-01 18:00:00', 'never')"_s));
    }
    const LocalZone manila("Asia/Manila");
    DatabaseCopy::Report report;
    QVERIFY2(DatabaseCopy::copy(shop.location(), target.location(), false, &report, &error), qPrintable(error));
    Database db;
    QVERIFY2(db.open(target.location(), &error), qPrintable(error));
    const auto voucher = VoucherStore(&db).find(u"B1"_s);
    QVERIFY(voucher.has_value());
    QCOMPARE(voucher->createdAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0, 0, 250), QTimeZone::utc()));
    QCOMPARE(voucher->activatedAt, QDateTime(QDate(2026, 3, 1), QTime(10, 0), QTimeZone::utc()));
    QCOMPARE(voucher->soldAt.isValid(), false);
    // Into SQLite the text is copied as it is; into timestamps an unreadable one is left empty and said.
    QCOMPARE(report.notes.join(u'\n').contains(u"could not be read"_s), postgres);
}

void TestSharedDatabase::deadlockIsRetried()
{
    OPEN_POSTGRES_DATABASE(place, db)
    QSqlQuery setup(db.handle());
    // This side finds the deadlock (it looks after 2 s of waiting; the other after a minute).
    QVERIFY(setup.exec(u"SET deadlock_timeout = '2s'"_s));
    std::atomic<bool> locked {false};
    QString otherError;
    std::thread other([&] {
        // Another PC: holds batches, waits until generation waits for it, then wants vouchers,
        // which generation has read: each waits for the other.
        Database pc;
        if (!pc.open(place.location(), &otherError)) {
            locked = true;
            return;
        }
        QSqlQuery query(pc.handle());
        auto run = [&](const QString& sql) {
            if (!query.exec(sql)) {
                otherError = query.lastError().text();
                return false;
            }
            return true;
        };
        if (!run(u"SET deadlock_timeout = '60s'"_s) || !run(u"SET lock_timeout = 0"_s) || !run(u"BEGIN"_s)
            || !run(u"LOCK TABLE batches IN SHARE MODE"_s)) {
            locked = true;
            return;
        }
        locked = true;
        QSqlQuery waiting(pc.handle());
        for (int i = 0; i < 2000; ++i) {
            if (waiting.exec(u"SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'batches'::regclass"_s)
                && waiting.next() && waiting.value(0).toInt() > 0) {
                break;
            }
            QThread::msleep(5);
        }
        run(u"LOCK TABLE vouchers IN ACCESS EXCLUSIVE MODE"_s);
        run(u"ROLLBACK"_s);
    });
    while (!locked) {
        QThread::msleep(1);
    }
    VoucherStore store(&db);
    VoucherStore::GenerateOptions options;
    options.count = 50;
    const auto batch = store.generate(basic(), options, &error);
    other.join();
    QVERIFY2(otherError.isEmpty(), qPrintable(otherError));
    QVERIFY2(batch.has_value(), qPrintable(error));
    QCOMPARE(db.conflictRetries(), 1);
    // The broken-off attempt left nothing behind.
    QCOMPARE(countOf(db, u"batches"_s), 1);
    QCOMPARE(countOf(db, u"vouchers"_s), 50);
}

void TestSharedDatabase::conflictsAreRetriedThenGivenUp()
{
    OPEN_POSTGRES_DATABASE(place, db)
    VoucherStore store(&db);
    VoucherStore::GenerateOptions options;
    options.count = 20;
    // Serialization failures twice: the third attempt of each write goes through.
    QVERIFY(refuseVoucherChanges(db, u"40001"_s, 2));
    const auto batch = store.generate(basic(), options, &error);
    QVERIFY2(batch.has_value(), qPrintable(error));
    QCOMPARE(db.conflictRetries(), 2);
    QCOMPARE(countOf(db, u"batches"_s), 1);
    QCOMPARE(countOf(db, u"vouchers"_s), 20);
    QVERIFY(refuseVoucherChanges(db, u"40P01"_s, 2));
    QVERIFY2(store.markPushed(batch->codes, &error, u"main"_s), qPrintable(error));
    QCOMPARE(db.conflictRetries(), 4);
    QCOMPARE(store.countByStatus().value(u"pushed"_s), 20);
    // Always refused: given up after the last attempt, with words for people, nothing written.
    QVERIFY(refuseVoucherChanges(db, u"40001"_s, 1000));
    error.clear();
    QVERIFY(!store.generate(basic(), options, &error));
    QVERIFY2(error.contains(u"gave up after 5 attempts"_s), qPrintable(error));
    QCOMPARE(db.conflictRetries(), 4 + Database::ConflictAttempts - 1);
    QCOMPARE(countOf(db, u"batches"_s), 1);
    QCOMPARE(countOf(db, u"vouchers"_s), 20);
}

void TestSharedDatabase::otherErrorsAreNotRetried()
{
    OPEN_POSTGRES_DATABASE(place, db)
    VoucherStore store(&db);
    VoucherStore::GenerateOptions options;
    options.count = 20;
    QVERIFY(refuseVoucherChanges(db, u"23514"_s, 1)); // a check constraint: running it again cannot help
    QVERIFY(!store.generate(basic(), options, &error));
    QVERIFY2(!error.contains(u"gave up"_s), qPrintable(error));
    QCOMPARE(db.conflictRetries(), 0);
    QCOMPARE(countOf(db, u"batches"_s), 0);
    QCOMPARE(countOf(db, u"vouchers"_s), 0);
    // The one refusal is spent: the next generation goes through.
    QVERIFY2(store.generate(basic(), options, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSharedDatabase)
#include "tst_shareddatabase.moc"
