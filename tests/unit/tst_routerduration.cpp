// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/routerduration.h"

#include <QTest>

class TestRouterDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void format();
};

void TestRouterDuration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("seconds");
    QTest::newRow("full") << QStringLiteral("1w4d1h16m55s") << true << qint64(604800 + 4 * 86400 + 3600 + 16 * 60 + 55);
    QTest::newRow("minutes") << QStringLiteral("5m") << true << qint64(300);
    QTest::newRow("ms not minutes") << QStringLiteral("1m500ms") << true << qint64(60);
    QTest::newRow("ms adds up") << QStringLiteral("1s1500ms") << true << qint64(2);
    QTest::newRow("old clock") << QStringLiteral("6w6d18:33:07") << true
                               << qint64(6 * 604800 + 6 * 86400 + 18 * 3600 + 33 * 60 + 7);
    QTest::newRow("bare clock") << QStringLiteral("00:10:00") << true << qint64(600);
    QTest::newRow("fraction") << QStringLiteral("1.5m") << true << qint64(90);
    QTest::newRow("twelve digits") << QStringLiteral("999999999999s") << true << qint64(999999999999);
    QTest::newRow("too long") << QStringLiteral("1000000000001s") << false << qint64(0);
    QTest::newRow("none") << QStringLiteral("none") << true << qint64(-1);
    QTest::newRow("empty") << QString() << true << qint64(-1);
    QTest::newRow("garbage") << QStringLiteral("1x") << false << qint64(0);
    QTest::newRow("no number") << QStringLiteral("h") << false << qint64(0);
    QTest::newRow("bad clock") << QStringLiteral("1:99:00") << false << qint64(0);
}

void TestRouterDuration::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, seconds);
    qint64 result = 0;
    QCOMPARE(RouterDuration::parseSeconds(text, &result), valid);
    if (valid) {
        QCOMPARE(result, seconds);
    }
}

void TestRouterDuration::format()
{
    QCOMPARE(RouterDuration::format(0), QStringLiteral("0s"));
    QCOMPARE(RouterDuration::format(3725), QStringLiteral("1h2m5s"));
    QCOMPARE(RouterDuration::format(90000), QStringLiteral("1d1h"));
}

QTEST_APPLESS_MAIN(TestRouterDuration)
#include "tst_routerduration.moc"
