// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// pisonet-cli vouchers print, in-process: the paper it prints on and the codes it leaves out.
#include "core/storage/database.h"
#include "core/vouchers/voucherstore.h"
#include "print/vouchersheet.h"
#include "support/clirun.h"
#include "support/pdfqrreader.h"
#include "support/simulatorfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliPrint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollPaperAndNoDeadCodes_data();
    void rollPaperAndNoDeadCodes();
    void unknownPaperIsRefused();
};

void TestCliPrint::rollPaperAndNoDeadCodes_data()
{
    QTest::addColumn<QString>("paper");
    QTest::addColumn<double>("width"); // mm
    QTest::newRow("58mm") << u"58mm"_s << 58.0;
    QTest::newRow("80mm") << u"80mm"_s << 80.0;
    QTest::newRow("a4") << u"a4"_s << 210.0;
}

// A batch printed by number still leaves out its revoked and used-up codes, as the window does.
void TestCliPrint::rollPaperAndNoDeadCodes()
{
    QFETCH(QString, paper);
    QFETCH(double, width);
    QTemporaryDir dir;
    SimulatorFixture router;
    const QProcessEnvironment environment = CliRun::environment(router, dir.filePath(u"cli.db"_s));
    const CliRun made = CliRun::run(
        environment, {u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, u"5"_s, u"--json"_s});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    const QJsonObject batch = QJsonDocument::fromJson(made.out.toUtf8()).object();
    QStringList codes;
    for (const auto code : batch.value(u"codes"_s).toArray()) {
        codes.append(code.toString());
    }
    QCOMPARE(codes.size(), 5);
    {
        Database db;
        QString error;
        QVERIFY2(db.open(dir.filePath(u"cli.db"_s), &error), qPrintable(error));
        VoucherStore store(&db);
        QVERIFY2(store.revoke(codes[1], &error), qPrintable(error));
        QVERIFY2(store.markUsedUp(codes[3], QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    }

    const QString pdf = dir.filePath(u"batch.pdf"_s);
    const CliRun printed = CliRun::run(environment,
                                       {u"vouchers"_s, u"print"_s, u"--pdf"_s, pdf, u"--batch"_s,
                                        QString::number(batch.value(u"batch"_s).toInteger()), u"--paper"_s, paper,
                                        u"--hotspot-dns"_s, u"wifi.shop"_s});
    QVERIFY2(printed.code == 0, qPrintable(printed.err));
    QVERIFY2(printed.out.contains(u"3 voucher(s) written"_s), qPrintable(printed.out));
    QVERIFY2(printed.out.contains(u"2 used-up or revoked code"_s), qPrintable(printed.out));
    if (!PdfQrReader::available()) {
        QSKIP("pdftoppm and zbarimg are needed to decode the QR codes (poppler-utils, zbar-tools)");
    }
    const PdfQrReader read = PdfQrReader::read(pdf);
    QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
    QCOMPARE(read.pages.size(), 1);
    QVERIFY2(read.pageMismatch(0, width).isEmpty(), qPrintable(read.pageMismatch(0, width)));
    QStringList expected;
    for (const QString& code : {codes[0], codes[2], codes[4]}) {
        expected.append(VoucherSheet::loginUrl(u"wifi.shop"_s, code));
    }
    expected.sort();
    QCOMPARE(read.decoded, expected);
}

void TestCliPrint::unknownPaperIsRefused()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    const QProcessEnvironment environment = CliRun::environment(router, dir.filePath(u"cli.db"_s));
    QCOMPARE(
        CliRun::run(environment, {u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, u"2"_s}).code,
        0);
    const QString pdf = dir.filePath(u"x.pdf"_s);
    const CliRun refused
        = CliRun::run(environment, {u"vouchers"_s, u"print"_s, u"--pdf"_s, pdf, u"--paper"_s, u"57mm"_s});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"--paper is one of a4, 58mm, 80mm, not \"57mm\""_s), qPrintable(refused.err));
    QVERIFY(!QFile::exists(pdf));
}

QTEST_MAIN(TestCliPrint)
#include "tst_cliprint.moc"
