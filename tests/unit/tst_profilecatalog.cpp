// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/profilecatalog.h"
#include "testdata.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedFileIsValid();
    void syntaxErrorHasLineAndColumn();
    void everyBadFieldIsNamed();
    void brokenFileKeepsLastGoodCatalog();
    void validityForms();
    void seedFormatLoadsUnchanged();
    void dataCap_data();
    void dataCap();
    void usersAsTextMustBeAWholeNumber_data();
    void usersAsTextMustBeAWholeNumber();
    void lockDeviceIsOptional();
};

void TestProfileCatalog::shippedFileIsValid()
{
    ProfileCatalog catalog;
    QStringList errors;
    QVERIFY2(catalog.load(QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"), &errors),
             qPrintable(errors.join(u'\n')));
    QCOMPARE(catalog.names(), (QStringList {u"BASIC"_s, u"STANDARD"_s, u"PREMIUM"_s}));
    const Profile basic = *catalog.find(u"basic"_s);
    QCOMPARE(basic.price, 5.0);
    QCOMPARE(basic.validitySeconds, 3600);
    QCOMPARE(basic.users, 1);
    QCOMPARE(basic.limit().toMaxLimit(), u"512k/1M"_s);
    QCOMPARE(catalog.find(u"PREMIUM"_s)->limit().toMaxLimit(), u"5M/10M"_s);
}

void TestProfileCatalog::syntaxErrorHasLineAndColumn()
{
    ProfileCatalog catalog;
    QStringList errors;
    QVERIFY(!catalog.load(QStringLiteral(PISONET_TEST_DATA_DIR "/profiles/syntax-error.json"), &errors));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].contains(u"syntax-error.json: line 4, column"_s), qPrintable(errors[0]));
}

void TestProfileCatalog::everyBadFieldIsNamed()
{
    QStringList errors;
    QFile file(QStringLiteral(PISONET_TEST_DATA_DIR "/profiles/bad-fields.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!ProfileCatalog::parse(file.readAll(), u"bad-fields.json"_s, &errors).has_value());
    const QString all = errors.join(u'\n');
    QVERIFY2(all.contains(u"profile 1 (\"BASIC\"): field \"price\": cannot be negative"_s), qPrintable(all));
    QVERIFY2(all.contains(u"profile 2 (\"STANDARD\"): field \"validity\": unknown duration \"2 hours\""_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"profile 2 (\"STANDARD\"): field \"rate_up\": rate_up \"12Q\": unknown unit"_s),
             qPrintable(all));
    QVERIFY2(all.contains(u"profile 3 (\"basic\"): field \"name\": duplicate name"_s), qPrintable(all));
    QVERIFY2(all.contains(u"profile 3 (\"basic\"): field \"rate_down\": missing"_s), qPrintable(all));
    QCOMPARE(errors.size(), 5);
}

void TestProfileCatalog::brokenFileKeepsLastGoodCatalog()
{
    ProfileCatalog catalog;
    QStringList errors;
    QVERIFY(catalog.load(QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"), &errors));
    QVERIFY(!catalog.load(QStringLiteral(PISONET_TEST_DATA_DIR "/profiles/bad-fields.json"), &errors));
    QCOMPARE(catalog.profiles().size(), 3);
    QVERIFY(catalog.path().endsWith(u"/profiles.json"_s));
    QVERIFY(!catalog.load(u"/nonexistent/profiles.json"_s, &errors));
    QCOMPARE(catalog.profiles().size(), 3);
}

void TestProfileCatalog::validityForms()
{
    auto validity = [](const QString& text) -> qint64 {
        QStringList errors;
        const QByteArray json = u"[{\"name\":\"X\",\"price\":1,\"validity\":\"%1\",\"users\":1,\"rate_up\":\"1M\","
                                "\"rate_down\":\"1M\"}]"_s.arg(text)
                                    .toUtf8();
        const auto profiles = ProfileCatalog::parse(json, u"t.json"_s, &errors);
        return profiles ? profiles->first().validitySeconds : -2;
    };
    QCOMPARE(validity(u"30m"_s), 1800);
    QCOMPARE(validity(u"1d"_s), 86400);
    QCOMPARE(validity(u"1w"_s), 604800);
    QCOMPARE(validity(u"unlimited"_s), -1);
    QCOMPARE(validity(u"1h30m"_s), 5400);
    QCOMPARE(validity(u"0m"_s), -2);
    QCOMPARE(validity(u"none"_s), -2);
    QCOMPARE(validity(u"soon"_s), -2);
}

// The feature description's own profiles.json: a top-level array, "users" written as text.
void TestProfileCatalog::seedFormatLoadsUnchanged()
{
    ProfileCatalog catalog;
    QStringList errors;
    QVERIFY2(catalog.load(QStringLiteral(PISONET_TEST_DATA_DIR "/profiles/seed-format.json"), &errors),
             qPrintable(errors.join(u'\n')));
    QCOMPARE(catalog.names(), (QStringList {u"BASIC"_s, u"STANDARD"_s, u"PREMIUM"_s}));
    QCOMPARE(catalog.find(u"BASIC"_s)->users, 1);
    QCOMPARE(catalog.find(u"PREMIUM"_s)->users, 2);
}

void TestProfileCatalog::dataCap_data()
{
    QTest::addColumn<QString>("data"); // as written in the file, JSON included
    QTest::addColumn<qint64>("bytes"); // -1: refused
    QTest::addColumn<QString>("message");
    // Decimal units, as RouterOS's limit-bytes-total.
    QTest::newRow("1G") << u"\"1G\""_s << qint64(1'000'000'000) << QString();
    QTest::newRow("500M") << u"\"500M\""_s << qint64(500'000'000) << QString();
    QTest::newRow("1.5G") << u"\"1.5G\""_s << qint64(1'500'000'000) << QString();
    QTest::newRow("750k") << u"\"750k\""_s << qint64(750'000) << QString();
    QTest::newRow("bytes") << u"\"123456\""_s << qint64(123456) << QString();
    QTest::newRow("zero") << u"\"0\""_s << qint64(-1) << u"must be more than 0"_s;
    QTest::newRow("unit") << u"\"1Q\""_s << qint64(-1) << u"data \"1Q\": use bytes with k, M or G"_s;
    QTest::newRow("speed") << u"\"3 Mbps\""_s << qint64(-1) << u"use bytes with k, M or G"_s;
    QTest::newRow("word") << u"\"unlimited\""_s << qint64(-1) << u"use bytes with k, M or G"_s;
    QTest::newRow("negative") << u"\"-1G\""_s << qint64(-1) << u"use bytes with k, M or G"_s;
    QTest::newRow("fraction of a byte") << u"\"1.5\""_s << qint64(-1) << u"not a whole number of bytes"_s;
    QTest::newRow("huge") << u"\"200G\""_s << qint64(-1) << u"too large"_s;
    QTest::newRow("number") << u"1000000"_s << qint64(-1) << u"expected a text like \"500M\""_s;
}

// An optional "data": the same messages in profiles check, the window's editor and at load.
void TestProfileCatalog::dataCap()
{
    QFETCH(QString, data);
    QFETCH(qint64, bytes);
    QFETCH(QString, message);
    QStringList errors;
    const QByteArray json = u"[{\"name\":\"X\",\"price\":1,\"validity\":\"1h\",\"users\":1,\"rate_up\":\"1M\","
                            "\"rate_down\":\"1M\",\"data\":%1}]"_s.arg(data)
                                .toUtf8();
    const auto profiles = ProfileCatalog::parse(json, u"t.json"_s, &errors);
    if (bytes < 0) {
        QVERIFY(!profiles);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(u"profile 1 (\"X\"): field \"data\": "_s), qPrintable(errors[0]));
        QVERIFY2(errors[0].contains(message), qPrintable(errors[0]));
        return;
    }
    QVERIFY2(profiles, qPrintable(errors.join(u'\n')));
    QCOMPARE(qint64(profiles->first().dataBytes), bytes);
    // Without "data" (the seed's format, the shipped file): no cap.
    ProfileCatalog seed;
    QVERIFY(seed.load(QStringLiteral(PISONET_TEST_DATA_DIR "/profiles/seed-format.json"), &errors));
    QCOMPARE(seed.find(u"BASIC"_s)->dataBytes, quint64(0));
}

void TestProfileCatalog::usersAsTextMustBeAWholeNumber_data()
{
    QTest::addColumn<QString>("users");
    QTest::newRow("word") << u"\"one\""_s;
    QTest::newRow("fraction") << u"\"1.5\""_s;
    QTest::newRow("zero") << u"\"0\""_s;
    QTest::newRow("negative") << u"\"-1\""_s;
    QTest::newRow("empty") << u"\"\""_s;
    QTest::newRow("full-width digit") << u"\"\uFF11\""_s;
    QTest::newRow("too many") << u"\"5000\""_s;
    QTest::newRow("boolean") << u"true"_s;
}

void TestProfileCatalog::usersAsTextMustBeAWholeNumber()
{
    QFETCH(QString, users);
    QStringList errors;
    const QByteArray json = u"[{\"name\":\"X\",\"price\":1,\"validity\":\"1h\",\"users\":%1,\"rate_up\":\"1M\","
                            "\"rate_down\":\"1M\"}]"_s.arg(users)
                                .toUtf8();
    QVERIFY(!ProfileCatalog::parse(json, u"t.json"_s, &errors).has_value());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].contains(u"field \"users\": expected a whole number of devices"_s), qPrintable(errors[0]));
}

// "lock_device": true binds a voucher to its first device; without it (the old format) it does not;
// anything but true/false is named.
void TestProfileCatalog::lockDeviceIsOptional()
{
    QStringList errors;
    const auto profiles = ProfileCatalog::parse(
        R"([{"name": "A", "price": 5, "validity": "1h", "users": 1, "rate_up": "512K", "rate_down": "1M",
             "lock_device": true},
            {"name": "B", "price": 5, "validity": "1h", "users": 1, "rate_up": "512K", "rate_down": "1M"}])",
        u"profiles.json"_s, &errors);
    QVERIFY2(profiles.has_value(), qPrintable(errors.join(u'\n')));
    QVERIFY(profiles->at(0).lockDevice);
    QVERIFY(!profiles->at(1).lockDevice);

    errors.clear();
    QVERIFY(!ProfileCatalog::parse(R"([{"name": "A", "price": 5, "validity": "1h", "users": 1, "rate_up": "512K",
                                         "rate_down": "1M", "lock_device": "yes"}])",
                                   u"profiles.json"_s, &errors)
                 .has_value());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors[0].contains(u"field \"lock_device\": expected true or false"_s), qPrintable(errors[0]));
}

QTEST_APPLESS_MAIN(TestProfileCatalog)
#include "tst_profilecatalog.moc"
