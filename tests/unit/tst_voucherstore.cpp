// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/database.h"
#include "core/vouchers/codegenerator.h"
#include "core/vouchers/salesreport.h"
#include "core/vouchers/voucherstore.h"
#include "support/testdatabase.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVoucherStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void generateCopiesProfile();
    void codesAreUniqueAndReadable();
    void badOptionsChangeNothing();
    void developerCodesHaveNoTimeLimit();
    void listFilters();
    void revokeKeepsRecord();
    void batchIsAllOrNothing();
    void searchTakesWildcardsLiterally();
    void codeTakenMeanwhileIsReplaced();
    void profileWithoutTimeLimitMakesOnlyDeveloperCodes();
    void deadVoucherIsNotRevived();
    void csvQuoting();

private:
    Profile basic() const;
    int voucherCount();

    std::unique_ptr<TestDatabase> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<VoucherStore> m_store;
};

Profile TestVoucherStore::basic() const
{
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    profile.users = 2;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    return profile;
}

int TestVoucherStore::voucherCount()
{
    QSqlQuery query(m_db->handle());
    return query.exec(u"SELECT count(*) FROM vouchers"_s) && query.next() ? query.value(0).toInt() : -1;
}

void TestVoucherStore::init()
{
    // SQLite, or with PISONET_TEST_ENGINE=postgresql a fresh PostgreSQL database (tst_voucherstore_postgresql).
    m_dir = std::make_unique<TestDatabase>();
    if (m_dir->isPostgres() && !m_dir->isReady()) {
        QSKIP(qPrintable(m_dir->error()));
    }
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->location(), &error), qPrintable(error));
    m_store = std::make_unique<VoucherStore>(m_db.get());
}

void TestVoucherStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestVoucherStore::generateCopiesProfile()
{
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 10;
    const auto batch = m_store->generate(basic(), options, &error);
    QVERIFY2(batch.has_value(), qPrintable(error));
    QCOMPARE(batch->codes.size(), 10);
    const Voucher voucher = *m_store->find(batch->codes.first());
    QCOMPARE(voucher.profile, u"BASIC"_s);
    QCOMPARE(voucher.price, 5.0);
    QCOMPARE(voucher.validitySeconds, 3600);
    QCOMPARE(voucher.sharedUsers, 2);
    QCOMPARE(voucher.limit().toMaxLimit(), u"512k/1M"_s);
    QCOMPARE(voucher.status, Voucher::Status::New);
    QCOMPARE(voucher.batchId, batch->id);
    // A later profile change does not touch vouchers already made.
    Profile changed = basic();
    changed.price = 7;
    options.count = 1;
    QVERIFY(m_store->generate(changed, options, &error).has_value());
    QCOMPARE(m_store->find(batch->codes.first())->price, 5.0);
}

void TestVoucherStore::codesAreUniqueAndReadable()
{
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 5000;
    options.length = 8;
    options.prefix = u"pn"_s;
    const auto batch = m_store->generate(basic(), options, &error);
    QVERIFY2(batch.has_value(), qPrintable(error));
    const QRegularExpression shape(u"^PN[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$"_s);
    QSet<QString> seen;
    for (const QString& code : batch->codes) {
        QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
        seen.insert(code);
    }
    QCOMPARE(seen.size(), 5000);
}

void TestVoucherStore::badOptionsChangeNothing()
{
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 0;
    QVERIFY(!m_store->generate(basic(), options, &error));
    options.count = 5;
    options.length = 3;
    QVERIFY(!m_store->generate(basic(), options, &error));
    QVERIFY(error.contains(u"length"_s));
    options.length = 6;
    options.prefix = u"O0"_s; // look-alikes
    QVERIFY(!m_store->generate(basic(), options, &error));
    options.prefix.clear();
    options.length = 4;
    options.count = 50000; // a large part of 31^4: too easy to guess
    QVERIFY(!m_store->generate(basic(), options, &error));
    QCOMPARE(voucherCount(), 0);
}

void TestVoucherStore::developerCodesHaveNoTimeLimit()
{
    QString error;
    VoucherStore::GenerateOptions options;
    options.developer = true;
    const auto batch = m_store->generate(basic(), options, &error);
    const Voucher voucher = *m_store->find(batch->codes.first());
    QVERIFY(voucher.developer);
    QCOMPARE(voucher.validitySeconds, -1);
    QCOMPARE(voucher.limit().toMaxLimit(), u"512k/1M"_s); // still speed-limited
}

void TestVoucherStore::listFilters()
{
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 3;
    const auto first = m_store->generate(basic(), options, &error);
    const auto second = m_store->generate(basic(), options, &error);
    QVERIFY(m_store->markPushed({first->codes[0], first->codes[1]}, &error));
    VoucherStore::Filter filter;
    filter.status = Voucher::Status::Pushed;
    QCOMPARE(m_store->list(filter).size(), 2);
    filter = {};
    filter.batchId = second->id;
    QCOMPARE(m_store->list(filter).size(), 3);
    filter = {};
    filter.search = second->codes[2].mid(1, 4).toLower();
    QVERIFY(!m_store->list(filter).isEmpty());
    QCOMPARE(m_store->countByStatus().value(u"new"_s), 4);
    QCOMPARE(m_store->batches().size(), 2);
}

void TestVoucherStore::revokeKeepsRecord()
{
    QString error;
    const auto batch = m_store->generate(basic(), {}, &error);
    QVERIFY(m_store->revoke(batch->codes.first(), &error));
    QCOMPARE(m_store->find(batch->codes.first())->status, Voucher::Status::Revoked);
    QVERIFY(!m_store->revoke(u"NOSUCH"_s, &error));
    QVERIFY(error.contains(u"NOSUCH"_s));
}

void TestVoucherStore::batchIsAllOrNothing()
{
    // A code that is already taken in the middle of the batch makes the insert fail: nothing of
    // the batch may remain.
    QSqlQuery trigger(m_db->handle());
    if (m_dir->isPostgres()) {
        QVERIFY(trigger.exec(u"CREATE FUNCTION fail_tenth() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                             "IF (SELECT count(*) FROM vouchers) >= 9 THEN RAISE EXCEPTION 'disk full'; END IF; "
                             "RETURN NEW; END $$"_s));
        QVERIFY(trigger.exec(
            u"CREATE TRIGGER fail_tenth BEFORE INSERT ON vouchers FOR EACH ROW EXECUTE FUNCTION fail_tenth()"_s));
    } else {
        QVERIFY(
            trigger.exec(u"CREATE TRIGGER fail_tenth BEFORE INSERT ON vouchers "
                         "WHEN (SELECT count(*) FROM vouchers) >= 9 BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
    }
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 20;
    QVERIFY(!m_store->generate(basic(), options, &error).has_value());
    QVERIFY2(error.contains(u"disk full"_s), qPrintable(error));
    QCOMPARE(voucherCount(), 0);
    QSqlQuery batches(m_db->handle());
    QVERIFY(batches.exec(u"SELECT count(*) FROM batches"_s) && batches.next());
    QCOMPARE(batches.value(0).toInt(), 0);
}

void TestVoucherStore::searchTakesWildcardsLiterally()
{
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 3;
    const auto batch = m_store->generate(basic(), options, &error);
    QVERIFY(m_store->activate(batch->codes[0], u"AA:BB:CC:DD:EE:01"_s, u"10.5.50.2"_s, QDateTime::currentDateTimeUtc(),
                              &error));
    VoucherStore::Filter filter;
    for (const QString& wildcard : {u"%"_s, u"_"_s, u"%%"_s, u"EE:0_"_s, u"\\"_s}) {
        filter.search = wildcard;
        QVERIFY2(m_store->list(filter).isEmpty(), qPrintable(wildcard));
    }
    filter.search = u"ee:01"_s;
    QCOMPARE(m_store->list(filter).size(), 1);
    filter.search = batch->codes[1].mid(2);
    QVERIFY(!m_store->list(filter).isEmpty());
}

void TestVoucherStore::codeTakenMeanwhileIsReplaced()
{
    // Codes starting with A..M are "taken" the moment they are inserted, as if another program had
    // just saved them: each is replaced with a new code and the batch still succeeds.
    QSqlQuery trigger(m_db->handle());
    if (m_dir->isPostgres()) {
        // There a code another PC holds inserts nothing (ON CONFLICT DO NOTHING): the row is skipped.
        QVERIFY(trigger.exec(u"CREATE FUNCTION taken() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                             "IF substr(NEW.code, 1, 1) <= 'M' THEN RETURN NULL; END IF; RETURN NEW; END $$"_s));
        QVERIFY(
            trigger.exec(u"CREATE TRIGGER taken BEFORE INSERT ON vouchers FOR EACH ROW EXECUTE FUNCTION taken()"_s));
    } else {
        QVERIFY(trigger.exec(u"CREATE TRIGGER taken BEFORE INSERT ON vouchers WHEN substr(NEW.code, 1, 1) <= 'M' "
                             "BEGIN SELECT RAISE(ABORT, 'UNIQUE constraint failed: vouchers.code'); END"_s));
    }
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 40;
    const auto batch = m_store->generate(basic(), options, &error);
    QVERIFY2(batch.has_value(), qPrintable(error));
    QCOMPARE(voucherCount(), 40);
    const QSet<QString> unique(batch->codes.cbegin(), batch->codes.cend());
    QCOMPARE(unique.size(), 40);
    for (const QString& code : batch->codes) {
        QVERIFY2(code.at(0) > u'M' && m_store->find(code).has_value(), qPrintable(code));
    }
}

void TestVoucherStore::profileWithoutTimeLimitMakesOnlyDeveloperCodes()
{
    Profile unlimited = basic();
    unlimited.validity = u"unlimited"_s;
    unlimited.validitySeconds = -1;
    QString error;
    VoucherStore::GenerateOptions options;
    QVERIFY(!m_store->generate(unlimited, options, &error).has_value());
    QVERIFY2(error.contains(u"no time limit"_s), qPrintable(error));
    QCOMPARE(voucherCount(), 0);
    options.developer = true;
    const auto batch = m_store->generate(unlimited, options, &error);
    QVERIFY2(batch.has_value(), qPrintable(error));
    QVERIFY(m_store->find(batch->codes.first())->pushRefusal().isEmpty());
}

void TestVoucherStore::deadVoucherIsNotRevived()
{
    QString error;
    VoucherStore::GenerateOptions options;
    options.count = 2;
    const auto batch = m_store->generate(basic(), options, &error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(m_store->markUsedUp(batch->codes[0], now, &error));
    QVERIFY(m_store->revoke(batch->codes[1], &error));
    for (const QString& code : batch->codes) {
        QVERIFY(m_store->activate(code, u"AA:BB:CC:DD:EE:09"_s, u"10.5.50.9"_s, now, &error));
        QVERIFY(m_store->find(code)->isDead());
    }
}

void TestVoucherStore::csvQuoting()
{
    const QByteArray csv = SalesReport::csv({u"a"_s, u"b"_s}, {{u"x,y"_s, u"say \"hi\""_s}, {u"plain"_s, u""_s}});
    QCOMPARE(csv,
             QByteArray("\xEF\xBB\xBF"
                        "a,b\r\n\"x,y\",\"say \"\"hi\"\"\"\r\nplain,\r\n"));
}

QTEST_GUILESS_MAIN(TestVoucherStore)
#include "tst_voucherstore.moc"
