// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/ratelimit.h"
#include "core/traffic/trafficformat.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRateLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void routerOsForm();
    void display();
    void maxLimitPair();
    void formatting();
};

void TestRateLimit::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<quint64>("bits");
    QTest::newRow("plain") << u"2000000"_s << quint64(2000000);
    QTest::newRow("k") << u"512k"_s << quint64(512000);
    QTest::newRow("K") << u"512K"_s << quint64(512000);
    QTest::newRow("M") << u"1M"_s << quint64(1000000);
    QTest::newRow("G") << u"1G"_s << quint64(1000000000);
    QTest::newRow("decimal") << u"1.5M"_s << quint64(1500000);
    QTest::newRow("decimal k") << u"0.5k"_s << quint64(500);
    QTest::newRow("leading dot") << u".5M"_s << quint64(500000);
    QTest::newRow("zero") << u"0"_s << quint64(0);
    QTest::newRow("unlimited") << u"unlimited"_s << quint64(0);
    QTest::newRow("Unlimited") << u"Unlimited"_s << quint64(0);
    QTest::newRow("max") << u"100G"_s << quint64(100000000000);
    // As shop owners type them.
    QTest::newRow("3 Mbps") << u"3 Mbps"_s << quint64(3000000);
    QTest::newRow("3mbps") << u"3mbps"_s << quint64(3000000);
    QTest::newRow("768 kbps") << u"768 kbps"_s << quint64(768000);
    QTest::newRow("1.5 Mbps") << u"1.5 Mbps"_s << quint64(1500000);
    QTest::newRow("1 Gbps") << u"1 Gbps"_s << quint64(1000000000);
    QTest::newRow("2 M") << u"2 M"_s << quint64(2000000);
}

void TestRateLimit::parse()
{
    QFETCH(QString, text);
    QFETCH(quint64, bits);
    QString error;
    const auto rate = RateLimit::parse(text, u"upload rate"_s, &error);
    QVERIFY2(rate.has_value(), qPrintable(error));
    QCOMPARE(rate->bitsPerSecond(), bits);
}

void TestRateLimit::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("negative") << u"-1M"_s;
    QTest::newRow("unknown suffix") << u"12Q"_s;
    QTest::newRow("double suffix") << u"1MM"_s;
    QTest::newRow("lower m") << u"1m"_s;
    QTest::newRow("bps with a wrong prefix") << u"3 xbps"_s;
    QTest::newRow("bytes, not bits") << u"3 MB"_s;
    QTest::newRow("garbage") << u"fast"_s;
    QTest::newRow("two dots") << u"1.2.3M"_s;
    QTest::newRow("fraction of a bit") << u"1.5"_s;
    QTest::newRow("absurd") << u"101G"_s;
    QTest::newRow("huge digits") << u"99999999999999999999"_s;
    // 18446744074 x 10^9 wraps around 2^64 to about 290 Mbps if multiplied unchecked.
    QTest::newRow("wraps around") << u"18446744074G"_s;
    QTest::newRow("wraps around k") << u"18446744073709552k"_s;
    // Full-width digits are digits to Unicode but not to RouterOS; they used to read as 0 = no limit.
    QTest::newRow("full-width digits") << u"\uFF11\uFF12M"_s;
    QTest::newRow("arabic-indic digits") << u"\u0665M"_s;
}

void TestRateLimit::rejects()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!RateLimit::parse(text, u"download rate"_s, &error).has_value());
    QVERIFY2(error.startsWith(u"download rate"_s), qPrintable(error));
}

void TestRateLimit::routerOsForm()
{
    QCOMPARE(RateLimit::parse(u"512K"_s, {})->toRouterOs(), u"512k"_s);
    QCOMPARE(RateLimit::parse(u"1000k"_s, {})->toRouterOs(), u"1M"_s);
    QCOMPARE(RateLimit::parse(u"1.5M"_s, {})->toRouterOs(), u"1500k"_s);
    QCOMPARE(RateLimit::parse(u"1234"_s, {})->toRouterOs(), u"1234"_s);
    QCOMPARE(RateLimit::unlimited().toRouterOs(), u"0"_s);
}

void TestRateLimit::display()
{
    QCOMPARE(RateLimit::parse(u"1M"_s, {})->toDisplay(), u"1 Mbps"_s);
    QCOMPARE(RateLimit::parse(u"512k"_s, {})->toDisplay(), u"512 kbps"_s);
    QCOMPARE(RateLimit::parse(u"1.5M"_s, {})->toDisplay(), u"1.5 Mbps"_s);
    QCOMPARE(RateLimit::unlimited().toDisplay(), u"unlimited"_s);
}

void TestRateLimit::maxLimitPair()
{
    const BandwidthLimit limit {*RateLimit::parse(u"512K"_s, {}), *RateLimit::parse(u"1M"_s, {})};
    QCOMPARE(limit.toMaxLimit(), u"512k/1M"_s);
    // The router prints limits back normalised; the comparison is numeric.
    QCOMPARE(BandwidthLimit::fromMaxLimit(u"512000/1000000"_s), std::optional<BandwidthLimit>(limit));
    QVERIFY(!BandwidthLimit::fromMaxLimit(u"512000"_s).has_value());
    QVERIFY(!BandwidthLimit::fromMaxLimit(u"x/y"_s).has_value());
}

void TestRateLimit::formatting()
{
    const QLocale c = QLocale::c();
    QCOMPARE(TrafficFormat::bytes(0, c), u"0 B"_s);
    // Decimal, like RouterOS and the speeds: never 1024-based numbers labelled MB.
    QCOMPARE(TrafficFormat::bytes(999, c), u"999 B"_s);
    QCOMPARE(TrafficFormat::bytes(1500, c), u"1.5 kB"_s);
    QCOMPARE(TrafficFormat::bytes(15938355, c), u"15.9 MB"_s);
    QCOMPARE(TrafficFormat::bytes(999999, c), u"1.0 MB"_s);
    QCOMPARE(TrafficFormat::bytes(quint64(3) * 1000 * 1000 * 1000, c), u"3.0 GB"_s);
    QCOMPARE(TrafficFormat::bytes(15938355, QLocale(QLocale::German)), u"15,9 MB"_s);
    QCOMPARE(TrafficFormat::rate(1500000, c), u"1.5 Mbps"_s);
    QCOMPARE(TrafficFormat::rate(999, c), u"999 bps"_s);
    QCOMPARE(TrafficFormat::duration(3725), u"1h02m"_s);
    QCOMPARE(TrafficFormat::duration(-1), u"unlimited"_s);
}

QTEST_APPLESS_MAIN(TestRateLimit)
#include "tst_ratelimit.moc"
