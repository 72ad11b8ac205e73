// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Vouchers page's paper choice and "Print after generating", in the real window, offscreen, on
// a simulated router; what was printed is read back with poppler and zbar.
#include "app/dialogs/savefiledialog.h"
#include "app/models/vouchertablemodel.h"
#include "app/widgets/messagebar.h"
#include "app/widgets/voucherspage.h"
#include "gui/realrouterwindow.h"
#include "print/vouchersheet.h"
#include "support/pdfqrreader.h"
#include "testdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVoucherPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void paperIsRememberedAndPrintAfterGeneratingPrints();
    void printFailureShowsInTheMessageBar();
};

namespace
{
QStringList loginUrls(const QString& dnsName, const QStringList& codes)
{
    QStringList urls;
    for (const QString& code : codes) {
        urls.append(VoucherSheet::loginUrl(dnsName, code));
    }
    urls.sort();
    return urls;
}

QStringList batchCodes(VouchersPage* page)
{
    QStringList codes;
    for (const Voucher& voucher : page->model()->vouchers()) {
        codes.append(voucher.code);
    }
    return codes;
}
} // namespace

void TestVoucherPrinting::initTestCase()
{
    qputenv("PISONET_PROFILES", PISONET_SOURCE_DIR "/profiles.json");
}

void TestVoucherPrinting::paperIsRememberedAndPrintAfterGeneratingPrints()
{
    if (!PdfQrReader::available()) {
        QSKIP("pdftoppm and zbarimg are needed to read the QR codes back (poppler-utils, zbar-tools)");
    }
    QTemporaryDir dir;
    SimulatorFixture router;
    RealRouterWindow shop(dir.path(), router);
    shop.settings.setShopName(u"Aling Nena's Sari-Sari Store and PisoWiFi Station"_s);
    QVERIFY(shop.start());
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() > 0, 8000);
    auto* page = shop.window->findChild<VouchersPage*>();
    auto* paper = page->findChild<QComboBox*>(u"paperComboBox"_s);
    auto* printAfter = page->findChild<QCheckBox*>(u"printAfterGeneratingCheckBox"_s);
    QCOMPARE(paper->currentData().toString(), u"a4"_s);
    QVERIFY(!printAfter->isChecked());
    paper->setCurrentIndex(paper->findData(u"58mm"_s));
    printAfter->setChecked(true);
    QCOMPARE(shop.settings.voucherPaper(), u"58mm"_s);
    QVERIFY(shop.settings.printAfterGenerating());

    // A new window on the same settings shows both as left.
    shop.window.reset();
    shop.window = std::make_unique<MainWindow>(shop.engine.get());
    shop.window->show();
    page = shop.window->findChild<VouchersPage*>();
    QCOMPARE(page->findChild<QComboBox*>(u"paperComboBox"_s)->currentData().toString(), u"58mm"_s);
    QVERIFY(page->findChild<QCheckBox*>(u"printAfterGeneratingCheckBox"_s)->isChecked());

    // Generate: the batch goes to the printer (a PDF printer here) with no further click.
    const QString printed = dir.filePath(u"printer.pdf"_s);
    int printers = 0;
    page->setPrinterFactory([&](QString*) {
        ++printers;
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(printed);
        return printer;
    });
    page->findChild<QSpinBox*>(u"countSpinBox"_s)->setValue(5);
    page->findChild<QPushButton*>(u"generateButton"_s)->click();
    QCOMPARE(printers, 1);
    QVERIFY2(page->messageBar()->text().contains(u"sent to the printer"_s), qPrintable(page->messageBar()->text()));
    const QStringList codes = batchCodes(page);
    QCOMPARE(codes.size(), 5);
    const PdfQrReader roll = PdfQrReader::read(printed);
    QVERIFY2(roll.error.isEmpty(), qPrintable(roll.error));
    QVERIFY2(roll.pageMismatch(0, 58).isEmpty(), qPrintable(roll.pageMismatch(0, 58)));
    QCOMPARE(roll.decoded, loginUrls(shop.settings.hotspotDnsName(), codes));
    QTRY_VERIFY_WITH_TIMEOUT(router.simulator().users().size() == 5, 8000); // and they reach the router

    // Save as PDF takes the paper chosen now, and still never prints a revoked or used-up code.
    VoucherStore& store = shop.engine->loop().voucherStore();
    QString error;
    QVERIFY2(store.revoke(codes[0], &error), qPrintable(error));
    QVERIFY2(store.markUsedUp(codes[1], QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    page->reload();
    paper = page->findChild<QComboBox*>(u"paperComboBox"_s);
    paper->setCurrentIndex(paper->findData(u"80mm"_s));
    page->printToPdf();
    SaveFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<SaveFileDialog*>()) != nullptr);
    const QString saved = dir.filePath(u"saved.pdf"_s);
    dialog->selectFile(saved);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    QTRY_VERIFY(QFile::exists(saved));
    const PdfQrReader wide = PdfQrReader::read(saved);
    QVERIFY2(wide.pageMismatch(0, 80).isEmpty(), qPrintable(wide.pageMismatch(0, 80)));
    QCOMPARE(wide.decoded, loginUrls(shop.settings.hotspotDnsName(), codes.mid(2)));
    QCOMPARE(printers, 1); // Save as PDF is not "print after generating"

    // Switched off: a new batch is not printed.
    page->findChild<QCheckBox*>(u"printAfterGeneratingCheckBox"_s)->setChecked(false);
    page->generate();
    QCOMPARE(printers, 1);
}

// The printer cannot be used: the batch is made and put on the router, the page says why it was
// not printed (no dialog), and the later "put on the router" news does not hide that.
void TestVoucherPrinting::printFailureShowsInTheMessageBar()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    RealRouterWindow shop(dir.path(), router);
    shop.settings.setPrintAfterGenerating(true);
    shop.settings.setVoucherPaper(u"80mm"_s);
    QVERIFY(shop.start());
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() > 0, 8000);
    auto* page = shop.window->findChild<VouchersPage*>();
    page->setPrinterFactory([](QString* error) {
        *error = u"the printer POS-80 is not there (switched off or removed?)"_s;
        return std::unique_ptr<QPrinter>();
    });
    page->findChild<QSpinBox*>(u"countSpinBox"_s)->setValue(2);
    page->generate();
    QCOMPARE(page->model()->rowCount(), 2);
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(page->messageBar()->text().contains(u"not printed: the printer POS-80 is not there"_s),
             qPrintable(page->messageBar()->text()));
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    QTRY_VERIFY_WITH_TIMEOUT(router.simulator().users().size() == 2, 8000);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->voucher(0)->status == Voucher::Status::Pushed, 8000);
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY(page->messageBar()->text().contains(u"not printed"_s));

    // A printer that does not start (here: a PDF file that cannot be written) says so too.
    page->setPrinterFactory([&](QString*) {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(dir.filePath(u"no/such/folder/x.pdf"_s));
        return printer;
    });
    page->generate();
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Error);
    QVERIFY2(page->messageBar()->text().contains(u"not printed: cannot start painting"_s),
             qPrintable(page->messageBar()->text()));
}

QTEST_MAIN(TestVoucherPrinting)
#include "tst_voucherprinting.moc"
