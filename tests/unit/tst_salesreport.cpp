// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/salesreport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The CSV export, as a spreadsheet (Excel) opens it.
class TestSalesReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsWithUtf8ByteOrderMark();
    void formulaCellsBecomeText_data();
    void formulaCellsBecomeText();
    void salesExportIsGuardedToo();
};

void TestSalesReport::startsWithUtf8ByteOrderMark()
{
    const QByteArray csv = SalesReport::csv({u"profile"_s}, {{u"Piso — ₱5 ñ"_s}});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(csv.mid(3)), u"profile\r\nPiso — ₱5 ñ\r\n"_s);
}

void TestSalesReport::formulaCellsBecomeText_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("equals") << u"=HYPERLINK(\"http://x\")"_s << QByteArray("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus") << u"+1+cmd|' /C calc'!A0"_s << QByteArray("'+1+cmd|' /C calc'!A0");
    QTest::newRow("minus") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << u"\t=1"_s << QByteArray("'\t=1");
    QTest::newRow("carriage return") << u"\r=1"_s << QByteArray("\"'\r=1\"");
    QTest::newRow("comma after guard") << u"=1,2"_s << QByteArray("\"'=1,2\"");
    QTest::newRow("negative number stays a number") << u"-12.50"_s << QByteArray("-12.50");
    QTest::newRow("plain text") << u"BASIC"_s << QByteArray("BASIC");
    QTest::newRow("inner equals") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestSalesReport::formulaCellsBecomeText()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QCOMPARE(SalesReport::csv({u"h"_s}, {{cell}}),
             QByteArray("\xEF\xBB\xBF"
                        "h\r\n")
                 + written + "\r\n");
}

void TestSalesReport::salesExportIsGuardedToo()
{
    SalesReport::SalesRow row;
    row.day = QDate(2026, 3, 1);
    row.profile = u"=cmd"_s;
    row.sold = 2;
    row.revenue = 10;
    QCOMPARE(SalesReport::salesCsv({row}),
             QByteArray("\xEF\xBB\xBF"
                        "date,profile,vouchers_sold,revenue\r\n2026-03-01,'=cmd,2,10.00\r\n"));
}

QTEST_APPLESS_MAIN(TestSalesReport)
#include "tst_salesreport.moc"
