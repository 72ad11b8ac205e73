// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/macaddress.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestMacAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepted_data();
    void accepted();
    void rejected_data();
    void rejected();
    void notADevice_data();
    void notADevice();
    void longInputIsQuotedShort();
    void ordering();
    void randomisedIsLocallyAdministered();
};

void TestMacAddress::accepted_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("canonical") << u"AA:BB:CC:DD:EE:FF"_s;
    QTest::newRow("lower") << u"aa:bb:cc:dd:ee:ff"_s;
    QTest::newRow("dashes") << u"AA-BB-CC-DD-EE-FF"_s;
    QTest::newRow("cisco") << u"aabb.ccdd.eeff"_s;
    QTest::newRow("spaces around") << u"  aa:bb:cc:dd:ee:ff "_s;
}

void TestMacAddress::accepted()
{
    QFETCH(QString, input);
    QString error;
    const auto mac = MacAddress::parse(input, &error);
    QVERIFY2(mac.has_value(), qPrintable(error));
    QCOMPARE(mac->toString(), u"AA:BB:CC:DD:EE:FF"_s);
}

void TestMacAddress::rejected_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("short") << u"12:34"_s;
    QTest::newRow("bad hex") << u"GG:BB:CC:DD:EE:FF"_s;
    QTest::newRow("mixed separators") << u"AA:BB-CC:DD:EE:FF"_s;
    QTest::newRow("too long") << u"AA:BB:CC:DD:EE:FF:00"_s;
    QTest::newRow("plain digits") << u"AABBCCDDEEFF"_s;
    QTest::newRow("cisco wrong dots") << u"aabbc.cdd.eeff"_s;
}

void TestMacAddress::rejected()
{
    QFETCH(QString, input);
    QString error;
    QVERIFY(!MacAddress::parse(input, &error).has_value());
    QVERIFY2(error.contains(u'"' + input + u'"'), qPrintable(error));
}

void TestMacAddress::notADevice_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason");
    QTest::newRow("broadcast") << u"ff:ff:ff:ff:ff:ff"_s << u"broadcast"_s;
    QTest::newRow("IPv4 multicast") << u"01:00:5E:00:00:FB"_s << u"multicast"_s;
    QTest::newRow("IPv6 multicast") << u"33-33-00-00-00-01"_s << u"multicast"_s;
    QTest::newRow("odd first byte") << u"AB:BB:CC:DD:EE:FF"_s << u"multicast"_s;
    QTest::newRow("all zero") << u"0000.0000.0000"_s << u"all-zero"_s;
}

void TestMacAddress::notADevice()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!MacAddress::parse(input, &error).has_value());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY2(error.contains(u"not a device's address"_s), qPrintable(error));
    QVERIFY(!MacAddress::parse(input).has_value()); // also without asking why
}

void TestMacAddress::longInputIsQuotedShort()
{
    QString error;
    QVERIFY(!MacAddress::parse(QString(100000, u'a'), &error).has_value());
    QVERIFY2(error.size() < 200, qPrintable(error.left(300)));
    QVERIFY(error.contains(u"\u2026\""_s));
}

void TestMacAddress::ordering()
{
    const auto a = *MacAddress::parse(u"00:00:00:00:00:01"_s);
    const auto b = *MacAddress::parse(u"00:00:00:00:01:00"_s);
    QVERIFY(a < b);
    QVERIFY(a != b);
    QCOMPARE(qHash(a), qHash(*MacAddress::parse(u"00-00-00-00-00-01"_s)));
    QVERIFY(MacAddress().isNull());
}

// Phones' private MACs set the locally administered bit (0x02 of the first octet); makers' don't.
void TestMacAddress::randomisedIsLocallyAdministered()
{
    QVERIFY(MacAddress::parse(u"DA:A1:19:00:00:01"_s)->isRandomised());
    QVERIFY(MacAddress::parse(u"3e:22:71:00:00:02"_s)->isRandomised());
    QVERIFY(MacAddress::parse(u"02:00:00:00:00:01"_s)->isRandomised());
    QVERIFY(!MacAddress::parse(u"00:1A:2B:3C:4D:5E"_s)->isRandomised());
    QVERIFY(!MacAddress::parse(u"F4:F5:D8:00:00:01"_s)->isRandomised()); // a maker's (Google)
    QVERIFY(!MacAddress().isRandomised());
}

QTEST_APPLESS_MAIN(TestMacAddress)
#include "tst_macaddress.moc"
