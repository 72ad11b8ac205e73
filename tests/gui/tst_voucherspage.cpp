// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Vouchers page of the real window, offscreen, on a simulated router.
#include "app/dialogs/savefiledialog.h"
#include "app/dialogs/waitingdevicedialog.h"
#include "app/messagebox.h"
#include "app/models/vouchertablemodel.h"
#include "app/widgets/messagebar.h"
#include "app/widgets/voucherspage.h"
#include "core/vouchers/vouchermanager.h"
#include "gui/realrouterwindow.h"
#include "print/vouchersheet.h"
#include "testdata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVouchersPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void printSelectionSkipsDeadCodesAndRemembersTheFolder();
    void waitingDeviceIsPickedFromTheLoginPage();
    void lockedVoucherShowsItsDeviceAndUnlocks();

private:
    QTemporaryDir m_home;
};

namespace
{
const QString MacA = u"AA:BB:CC:00:00:0A"_s;
const QString MacB = u"AA:BB:CC:00:00:0B"_s;

// What an independent reader finds in the PDF: poppler renders the pages, zbar decodes the QR codes.
QStringList decodeQrCodes(const QString& pdf)
{
    QTemporaryDir pages;
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    const QString zbarimg = QStandardPaths::findExecutable(u"zbarimg"_s);
    if (QProcess::execute(pdftoppm, {u"-r"_s, u"150"_s, u"-png"_s, pdf, pages.filePath(u"page"_s)}) != 0) {
        return {u"pdftoppm failed"_s};
    }
    QStringList decoded;
    for (const QString& page : QDir(pages.path()).entryList({u"page*.png"_s}, QDir::Files, QDir::Name)) {
        QProcess zbar;
        zbar.start(zbarimg, {u"--quiet"_s, u"--raw"_s, pages.filePath(page)});
        zbar.waitForFinished(30000);
        decoded += QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    }
    decoded.sort();
    return decoded;
}

QStringList loginUrls(const QString& dnsName, QStringList codes)
{
    codes.sort();
    QStringList urls;
    for (const QString& code : codes) {
        urls.append(VoucherSheet::loginUrl(dnsName, code));
    }
    return urls;
}

// Clicks Save as PDF and answers the save dialog with this path; returns the folder it opened in.
QString saveAsPdf(VouchersPage* page, const QString& path)
{
    page->findChild<QPushButton*>(u"savePdfButton"_s)->click();
    SaveFileDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = page->findChild<SaveFileDialog*>()) != nullptr; }, 5000)) {
        return {};
    }
    const QString folder = dialog->directory().absolutePath();
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    if (!QTest::qWaitFor([&] { return page->findChild<SaveFileDialog*>() == nullptr; }, 5000)) {
        return {};
    }
    return folder;
}
} // namespace

void TestVouchersPage::initTestCase()
{
    qputenv("PISONET_PROFILES", PISONET_SOURCE_DIR "/profiles.json");
    // A home of our own, with a Documents folder: where the first save dialog must open.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY(QDir(m_home.path()).mkpath(u"Documents"_s));
    QCOMPARE(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), m_home.filePath(u"Documents"_s));
}

// The router user may not write, so nothing reaches the router: the push failure names the step and
// the fix, the codes stay "not on the router yet". Printing a selection with a revoked and a used-up
// code prints only the others, says so, and offers to put them on the router.
void TestVouchersPage::printSelectionSkipsDeadCodesAndRemembersTheFolder()
{
    if (QStandardPaths::findExecutable(u"pdftoppm"_s).isEmpty()
        || QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty()) {
        QSKIP("pdftoppm and zbarimg are needed to read the QR codes back (poppler-utils, zbar-tools)");
    }
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().faults().readOnly(true);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() > 0, 8000);
    shop.window->showPage(1);
    auto* page = shop.window->findChild<VouchersPage*>();
    VoucherTableModel* model = page->model();
    page->findChild<QSpinBox*>(u"countSpinBox"_s)->setValue(6);
    page->generate();
    QCOMPARE(model->rowCount(), 6);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageBar()->text().contains(u"could not create hotspot user profile pisonet-1"_s),
                             8000);
    QVERIFY2(page->messageBar()->text().contains(u"needs write rights"_s), qPrintable(page->messageBar()->text()));
    QVERIFY(router.simulator().users().isEmpty());

    QStringList codes;
    for (const Voucher& voucher : model->vouchers()) {
        codes.append(voucher.code);
    }
    VoucherStore& store = shop.engine->loop().voucherStore();
    QString error;
    QVERIFY2(store.revoke(codes[1], &error), qPrintable(error));
    QVERIFY2(store.markUsedUp(codes[2], QDateTime::currentDateTimeUtc(), &error), qPrintable(error));
    page->reload();

    // Dead rows look dead; the status words are the Show filter's words.
    auto* filter = page->findChild<QComboBox*>(u"statusComboBox"_s);
    for (int row : {1, 2}) {
        QVERIFY(model->index(row, VoucherTableModel::Code).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(model->index(row, VoucherTableModel::Code).data(Qt::ForegroundRole).isValid());
    }
    QVERIFY(!model->index(0, VoucherTableModel::Code).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(model->index(1, VoucherTableModel::Status).data().toString(), u"Revoked"_s);
    QCOMPARE(model->index(2, VoucherTableModel::Status).data().toString(), u"Used up"_s);
    QCOMPARE(model->index(0, VoucherTableModel::Status).data().toString(), u"Not on the router yet"_s);
    for (int row = 0; row < 3; ++row) {
        const QString word = model->index(row, VoucherTableModel::Status).data().toString();
        QVERIFY2(filter->findText(word) > 0, qPrintable(word));
    }

    // The first four rows: two good codes, the revoked and the used-up one.
    QTableView* table = page->table();
    table->selectionModel()->select(QItemSelection(model->index(0, 0), model->index(3, 0)),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(page->printCodes(), (QStringList {codes[0], codes[3]}));
    QCOMPARE(page->findChild<QLabel*>(u"printTargetLabel"_s)->text(),
             u"Selected to print: 2 (2 used up or revoked: left out)"_s);
    QVERIFY(QDir(dir.path()).mkpath(u"prints"_s));
    const QString first = dir.filePath(u"prints/selected.pdf"_s);
    QCOMPARE(saveAsPdf(page, first), m_home.filePath(u"Documents"_s)); // the first time: Documents
    QTRY_VERIFY(QFile::exists(first));
    const QString dns = shop.settings.hotspotDnsName();
    QCOMPARE(decodeQrCodes(first), loginUrls(dns, {codes[0], codes[3]}));
    const QString told = page->messageBar()->text();
    QVERIFY2(told.contains(u"2 used-up or revoked code(s) left out"_s), qPrintable(told));
    QVERIFY2(told.contains(u"not on the router yet"_s), qPrintable(told));
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Warning);

    // The offer puts exactly the printed codes on the router, once it lets us.
    router.simulator().faults().readOnly(false);
    auto* offer = page->messageBar()->findChild<QPushButton*>(u"messageBarAction"_s);
    QVERIFY(offer->isVisible());
    offer->click();
    auto onRouter = [&] {
        QStringList names;
        for (const auto& user : router.simulator().users()) {
            names.append(user.name);
        }
        return names;
    };
    QTRY_VERIFY_WITH_TIMEOUT(onRouter().contains(codes[0]) && onRouter().contains(codes[3]), 8000);
    QVERIFY(!onRouter().contains(codes[1]));
    QVERIFY(!onRouter().contains(codes[2]));

    // Nothing selected: the batch just made, still without its dead codes; the folder used last.
    table->clearSelection();
    QVERIFY(page->findChild<QLabel*>(u"printTargetLabel"_s)->text().contains(u"batch"_s));
    const QString second = dir.filePath(u"prints/batch.pdf"_s);
    QCOMPARE(saveAsPdf(page, second), QFileInfo(first).absolutePath());
    QTRY_VERIFY(QFile::exists(second));
    QCOMPARE(decodeQrCodes(second), loginUrls(dns, {codes[0], codes[3], codes[4], codes[5]}));
    QCOMPARE(shop.settings.lastSaveFolder(), QFileInfo(first).absolutePath());
}

// The operator picks the customer's device from those waiting at the login page (or types its
// MAC); the dialog does not stop the refresh.
void TestVouchersPage::waitingDeviceIsPickedFromTheLoginPage()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().addHost(MacA, u"10.5.50.20"_s);
    router.simulator().addHost(MacB, u"10.5.50.21"_s);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() > 0, 8000);
    auto* page = shop.window->findChild<VouchersPage*>();
    page->findChild<QSpinBox*>(u"countSpinBox"_s)->setValue(1);
    page->generate();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->model()->rowCount() == 1 && page->model()->voucher(0)->status == Voucher::Status::Pushed, 8000);
    const QString code = page->model()->voucher(0)->code;
    page->table()->selectRow(0);
    page->activateSelected();

    WaitingDeviceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<WaitingDeviceDialog*>()) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->waitingCount(), 2, 5000);
    QVERIFY(dialog->status().contains(u"2 device(s) waiting"_s));
    const quint64 before = shop.sequence();
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() >= before + 2, 10000); // it never stops the refresh

    auto* mac = dialog->findChild<QLineEdit*>(u"macLineEdit"_s);
    QPushButton* login = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    mac->setText(u"aa-bb-cc-00-00-0b"_s); // typed as Windows' getmac prints it
    QVERIFY(login->isEnabled());
    QCOMPARE(dialog->mac().toString(), MacB);
    mac->setText(u"not a mac"_s);
    QVERIFY(!login->isEnabled());
    auto* waiting = dialog->findChild<QTableWidget*>(u"waitingTable"_s);
    for (int row = 0; row < waiting->rowCount(); ++row) {
        QVERIFY(!waiting->item(row, 2)->text().isEmpty()); // how long it has waited
        if (waiting->item(row, 0)->text() == MacA) {
            QCOMPARE(waiting->item(row, 1)->text(), u"10.5.50.20"_s);
            waiting->selectRow(row);
        }
    }
    QCOMPARE(mac->text(), MacA);
    QVERIFY(login->isEnabled());
    login->click();
    QTRY_VERIFY_WITH_TIMEOUT(router.simulator().sessions().size() == 1, 8000);
    QCOMPARE(router.simulator().sessions().first().macAddress, MacA);
    QCOMPARE(router.simulator().sessions().first().user, code);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageBar()->text().contains(u"logged in"_s), 5000);
}

// A "lock_device" voucher in the window: its MAC reads "(locked)", the tooltip lists the device that
// used it, and Unlock device (after a question) clears the router's mac-address and the record.
void TestVouchersPage::lockedVoucherShowsItsDeviceAndUnlocks()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() > 0, 8000);
    Profile profile = *shop.engine->profiles().find(u"BASIC"_s);
    profile.lockDevice = true;
    QString error;
    VoucherStore& store = shop.engine->loop().voucherStore();
    const auto batch = store.generate(profile, VoucherStore::GenerateOptions(), &error);
    QVERIFY2(batch, qPrintable(error));
    const QString code = batch->codes.first();
    router.simulator().addUser(code, QString());
    router.simulator().addSession(code, MacA, u"10.5.50.20"_s, 1e6, 2e6);
    const auto routerMac = [&router, &code] {
        for (const RouterSimulator::User& user : router.simulator().users()) {
            if (user.name == code) {
                return user.macAddress;
            }
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(routerMac(), MacA, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(store.find(code)->lockedMac, MacA, 5000);

    auto* page = shop.window->findChild<VouchersPage*>();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 1 && !page->model()->voucher(0)->lockedMac.isEmpty(), 8000);
    const QModelIndex mac = page->model()->index(0, VoucherTableModel::Mac);
    QVERIFY2(mac.data().toString().contains(u"locked"_s), qPrintable(mac.data().toString()));
    const QString history = mac.data(Qt::ToolTipRole).toString();
    QVERIFY2(history.contains(MacA) && history.contains(u"10.5.50.20"_s), qPrintable(history));

    page->table()->selectRow(0);
    page->findChild<QPushButton*>(u"unlockButton"_s)->click();
    QTRY_VERIFY(MessageBox::pending() != nullptr);
    MessageBox::pending()->button(QMessageBox::Yes)->click();
    QTRY_COMPARE_WITH_TIMEOUT(routerMac(), VoucherManager::noMac(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(store.find(code)->lockedMac.isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(page->messageBar()->text().contains(u"unlocked"_s), 5000);
    QVERIFY(!page->model()->index(0, VoucherTableModel::Mac).data().toString().contains(u"locked"_s));
}

QTEST_MAIN(TestVouchersPage)
#include "tst_voucherspage.moc"
