// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Tickets for thermal roll printers, read back by independent tools: poppler renders the PDF,
// zbar decodes every QR code.
#include "print/voucherroll.h"
#include "print/vouchersheet.h"
#include "support/pdfqrreader.h"
#include "support/samplevouchers.h"

#include <QFile>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVoucherRoll : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paperNames();
    void everyQrCodeDecodesOnARollWidePage_data();
    void everyQrCodeDecodesOnARollWidePage();
    void longRunContinuesOnTheNextPage();
    void printerDriversGetOnePagePerTicket();
    void longShopNameTakesTwoLines();

private:
    QTemporaryDir m_dir;
};

namespace
{
QStringList loginUrls(const QList<Voucher>& vouchers)
{
    QStringList urls;
    for (const Voucher& voucher : vouchers) {
        urls.append(VoucherSheet::loginUrl(u"wifi.shop"_s, voucher.code));
    }
    urls.sort();
    return urls;
}

VoucherSheet::Options rollOptions(VoucherSheet::Paper paper, const QString& shop = u"Aling Nena PisoWiFi"_s)
{
    VoucherSheet::Options options;
    options.hotspotDnsName = u"wifi.shop"_s;
    options.shopName = shop;
    options.paper = paper;
    return options;
}
} // namespace

void TestVoucherRoll::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestVoucherRoll::paperNames()
{
    QVERIFY(VoucherSheet::paperFromName(u"58mm"_s) == VoucherSheet::Paper::Roll58);
    QVERIFY(VoucherSheet::paperFromName(u" 80MM"_s) == VoucherSheet::Paper::Roll80);
    QVERIFY(VoucherSheet::paperFromName(u"A4"_s) == VoucherSheet::Paper::A4);
    QVERIFY(!VoucherSheet::paperFromName(u"a5"_s));
    QVERIFY(!VoucherSheet::paperFromName(u"58"_s));
    QCOMPARE(VoucherSheet::paperNames(), (QStringList {u"a4"_s, u"58mm"_s, u"80mm"_s}));
}

void TestVoucherRoll::everyQrCodeDecodesOnARollWidePage_data()
{
    QTest::addColumn<VoucherSheet::Paper>("paper");
    QTest::addColumn<double>("width");
    QTest::addColumn<QString>("shop");
    QTest::newRow("58 mm") << VoucherSheet::Paper::Roll58 << 58.0 << u"PisoWiFi"_s;
    QTest::newRow("58 mm, long shop name")
        << VoucherSheet::Paper::Roll58 << 58.0
        << u"Aling Nena's Sari-Sari Store and PisoWiFi Station, Barangay San Isidro Labrador"_s;
    QTest::newRow("80 mm") << VoucherSheet::Paper::Roll80 << 80.0 << u"PisoWiFi"_s;
    QTest::newRow("80 mm, long shop name")
        << VoucherSheet::Paper::Roll80 << 80.0
        << u"Aling Nena's Sari-Sari Store and PisoWiFi Station, Barangay San Isidro Labrador"_s;
}

// Twelve tickets, one under the other on one page as wide as the roll.
void TestVoucherRoll::everyQrCodeDecodesOnARollWidePage()
{
    QFETCH(VoucherSheet::Paper, paper);
    QFETCH(double, width);
    QFETCH(QString, shop);
    const QString pdf = m_dir.filePath(u"roll-%1-%2.pdf"_s.arg(VoucherSheet::paperName(paper)).arg(shop.size()));
    const QList<Voucher> vouchers = sampleVouchers(12);
    QString error;
    QVERIFY2(VoucherSheet(rollOptions(paper, shop)).writePdf(vouchers, pdf, &error), qPrintable(error));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    if (!PdfQrReader::available()) {
        QSKIP("pdftoppm and zbarimg are needed to decode the QR codes (poppler-utils, zbar-tools)");
    }
    const PdfQrReader rendered = PdfQrReader::read(pdf);
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    QCOMPARE(rendered.pages.size(), 1);
    const VoucherRoll roll(rollOptions(paper, shop));
    QCOMPARE(roll.rollWidth(), width);
    const QString wrongSize = rendered.pageMismatch(0, width, 12 * roll.ticketHeight());
    QVERIFY2(wrongSize.isEmpty(), qPrintable(wrongSize));
    QCOMPARE(rendered.decoded, loginUrls(vouchers));
}

// A run longer than one page of MaxPageLength goes on, never splitting a ticket.
void TestVoucherRoll::longRunContinuesOnTheNextPage()
{
    const VoucherRoll roll(rollOptions(VoucherSheet::Paper::Roll58));
    const int perPage = int(VoucherRoll::MaxPageLength / roll.ticketHeight());
    const QList<Voucher> vouchers = sampleVouchers(perPage + 3);
    const QString pdf = m_dir.filePath(u"long.pdf"_s);
    QString error;
    QVERIFY2(VoucherSheet(rollOptions(VoucherSheet::Paper::Roll58)).writePdf(vouchers, pdf, &error), qPrintable(error));
    if (!PdfQrReader::available()) {
        QSKIP("pdftoppm and zbarimg are needed to decode the QR codes (poppler-utils, zbar-tools)");
    }
    const PdfQrReader rendered = PdfQrReader::read(pdf, 100);
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    QCOMPARE(rendered.pages.size(), 2);
    for (const QString& wrongSize : {rendered.pageMismatch(0, 58, perPage * roll.ticketHeight()),
                                     rendered.pageMismatch(1, 58, 3 * roll.ticketHeight())}) {
        QVERIFY2(wrongSize.isEmpty(), qPrintable(wrongSize));
    }
    QCOMPARE(rendered.decoded, loginUrls(vouchers));
}

// What a Windows printer driver gets: one ticket per page, so "cut per page" cuts each one.
void TestVoucherRoll::printerDriversGetOnePagePerTicket()
{
    const QList<Voucher> vouchers = sampleVouchers(3);
    const QString pdf = m_dir.filePath(u"perticket.pdf"_s);
    const VoucherRoll roll(rollOptions(VoucherSheet::Paper::Roll80));
    {
        QPdfWriter writer(pdf);
        writer.setResolution(203); // a thermal head's resolution
        QCOMPARE(VoucherRoll::pagesFor(&writer), VoucherRoll::Pages::Continuous);
        QString error;
        QVERIFY2(roll.paint(&writer, vouchers, VoucherRoll::Pages::TicketPerPage, &error), qPrintable(error));
    }
    if (!PdfQrReader::available()) {
        QSKIP("pdftoppm and zbarimg are needed to decode the QR codes (poppler-utils, zbar-tools)");
    }
    const PdfQrReader rendered = PdfQrReader::read(pdf);
    QVERIFY2(rendered.error.isEmpty(), qPrintable(rendered.error));
    QCOMPARE(rendered.pages.size(), 3);
    for (qsizetype page = 0; page < rendered.pages.size(); ++page) {
        const QString wrongSize = rendered.pageMismatch(page, 80, roll.ticketHeight());
        QVERIFY2(wrongSize.isEmpty(), qPrintable(wrongSize));
    }
    QCOMPARE(rendered.decoded, loginUrls(vouchers));
}

void TestVoucherRoll::longShopNameTakesTwoLines()
{
    const VoucherRoll shortName(rollOptions(VoucherSheet::Paper::Roll58, u"PisoWiFi"_s));
    const VoucherRoll longName(rollOptions(
        VoucherSheet::Paper::Roll58, u"Aling Nena's Sari-Sari Store and PisoWiFi Station, Barangay San Isidro"_s));
    QVERIFY(longName.ticketHeight() > shortName.ticketHeight());
    QVERIFY(longName.ticketHeight() < shortName.ticketHeight() * 1.2); // two lines, not more
    QCOMPARE(shortName.printableWidth(), 48.0);
    QCOMPARE(VoucherRoll(rollOptions(VoucherSheet::Paper::Roll80)).printableWidth(), 72.0);
}

QTEST_MAIN(TestVoucherRoll)
#include "tst_voucherroll.moc"
