// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/vouchersheet.h"
#include "support/samplevouchers.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVoucherSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loginUrl();
    void qrModules();
    void pdfCarriesEveryCodeInItsQr();
    void emptyListIsAnError();
};

void TestVoucherSheet::loginUrl()
{
    QCOMPARE(VoucherSheet::loginUrl(u"wifi.shop"_s, u"AB CD"_s),
             u"http://wifi.shop/login?username=AB%20CD&password="_s);
}

void TestVoucherSheet::qrModules()
{
    const auto modules = VoucherSheet::qrModules(u"http://10.5.50.1/login?username=K7M2Q9&password="_s);
    QVERIFY(modules.size() >= 21);
    QCOMPARE(modules.first().size(), modules.size());
    // Finder pattern in the top-left corner: a dark 7x7 frame.
    QVERIFY(modules[0][0] && modules[0][6] && modules[6][0] && modules[6][6] && !modules[1][1]);
}

void TestVoucherSheet::pdfCarriesEveryCodeInItsQr()
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"cards.pdf"_s);
    VoucherSheet::Options options;
    options.hotspotDnsName = u"wifi.shop"_s;
    QString error;
    const QList<Voucher> vouchers = sampleVouchers(14); // more than one page of 12
    QVERIFY2(VoucherSheet(options).writePdf(vouchers, pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");

    // An independent reader: poppler renders the pages, zbar decodes the QR codes.
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (pdftoppm.isEmpty() || zbarimg.isEmpty()) {
        QSKIP("pdftoppm and zbarimg are needed to decode the QR codes (poppler-utils, zbar-tools)");
    }
    QCOMPARE(QProcess::execute(pdftoppm, {u"-r"_s, u"150"_s, u"-png"_s, pdf, dir.filePath(u"page"_s)}), 0);
    QStringList decoded;
    const QStringList pages = QDir(dir.path()).entryList({u"page*.png"_s}, QDir::Files, QDir::Name);
    QCOMPARE(pages.size(), 2);
    for (const QString& page : pages) {
        QProcess zbar;
        zbar.start(zbarimg, {u"--quiet"_s, u"--raw"_s, dir.filePath(page)});
        QVERIFY(zbar.waitForFinished(30000));
        decoded += QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    QStringList expected;
    for (const Voucher& voucher : vouchers) {
        expected.append(VoucherSheet::loginUrl(u"wifi.shop"_s, voucher.code));
    }
    decoded.sort();
    expected.sort();
    QCOMPARE(decoded, expected);
}

void TestVoucherSheet::emptyListIsAnError()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(!VoucherSheet({}).writePdf({}, dir.filePath(u"x.pdf"_s), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!VoucherSheet({}).writePdf(sampleVouchers(1), u"/nonexistent/dir/x.pdf"_s, &error));
    QVERIFY(error.contains(u"cannot write"_s));
}

QTEST_MAIN(TestVoucherSheet)
#include "tst_vouchersheet.moc"
