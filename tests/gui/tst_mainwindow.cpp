// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, offscreen, in demo mode with temporary settings and database.
#include "app/appengine.h"
#include "app/dialogs/setlimitdialog.h"
#include "app/dialogs/settingsdialog.h"
#include "app/mainwindow.h"
#include "app/messagebox.h"
#include "app/models/usertrafficmodel.h"
#include "app/singleinstance.h"
#include "app/widgets/bandwidthpage.h"
#include "app/widgets/messagebar.h"
#include "app/widgets/voucherspage.h"
#include "app/windowshell.h"
#include "core/settings/appsettings.h"
#include "core/storage/databaselock.h"
#include "core/traffic/trafficjoiner.h"
#include "gui/realrouterwindow.h"
#include "i18n/translator.h"
#include "keychain/passwordstore.h"
#include "support/simulatorfixture.h"
#include "testdata.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoRouterFromStartToFilledTable();
    void setLimitDialogValidatesAsYouType();
    void settingsRoundTripWithoutPasswordInFile();
    void settingsTestConnection();
    void switchToRealRouterAndSurviveOutage();
    void dialogsNeverStopTheRefresh();
    void rowActionsHitTheCustomerAskedAbout();
    void adoptedLimitsAreAnnouncedOnce();
    void demoNeverTouchesTheRealDatabase();
    void windowRefusesWhileTheCliManagesTheDatabase();
    void secondStartBringsTheFirstToFront();
    void refusedLoginIsNotRetried();
    void rowsStayPutWhileTheOperatorActs();
    void enterAppliesTheLimitDialog();
    void diagnosticsBannerOffersToTurnFastTrackOff();
    void searchFindsMacsAsTyped();
    void languageChangeAppliesAtOnce();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    qputenv("PISONET_PROFILES", PISONET_SOURCE_DIR "/profiles.json");
}

void TestMainWindow::demoRouterFromStartToFilledTable()
{
    AppSettings settings(m_dir.filePath(u"demo.ini"_s));
    settings.setDatabasePath(m_dir.filePath(u"demo.db"_s));
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY2(engine.initialise(&error), qPrintable(error));
    MainWindow window(&engine);
    window.show();
    engine.start();
    QVERIFY(engine.isDemo());
    QTRY_VERIFY_WITH_TIMEOUT(window.bandwidthPage()->model()->rowCount() >= 20, 8000);
    QVERIFY(window.bannerText().contains(u"Demo router"_s));
    // The search box filters the table.
    const QString code = window.bandwidthPage()->model()->index(0, UserTrafficModel::User).data().toString();
    window.findChild<QLineEdit*>(u"searchLineEdit"_s)->setText(code);
    QCOMPARE(window.bandwidthPage()->table()->model()->rowCount(), 1);
    // A limit set from the page reaches the (demo) router and shows in the table.
    window.bandwidthPage()->table()->selectRow(0);
    window.bandwidthPage()->table()->selectionModel()->setCurrentIndex(
        window.bandwidthPage()->table()->model()->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QString mac = window.bandwidthPage()->selectedMac();
    QVERIFY(!mac.isEmpty());
    // The demo has two routers: the limit goes to the one this customer is on.
    const int router = engine.routers().indexOf(
        window.bandwidthPage()->table()->model()->index(0, UserTrafficModel::Router).data().toString());
    QVERIFY(router >= 0);
    bool done = false;
    engine.routers().loop(router).bandwidth().setLimit(
        *MacAddress::parse(mac), {*RateLimit::parse(u"512k"_s, {}), *RateLimit::parse(u"1M"_s, {})}, true, nullptr,
        [&](const BandwidthController::Outcome&) { done = true; });
    QTRY_VERIFY(done);
    engine.routers().loop(router).monitor().refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(
        window.bandwidthPage()->table()->model()->index(0, UserTrafficModel::Limit).data().toString(),
        u"1 Mbps / 512 kbps"_s, 5000);
    QImage shot = window.grab().toImage();
    QVERIFY(!shot.isNull());
}

void TestMainWindow::setLimitDialogValidatesAsYouType()
{
    ProfileCatalog profiles;
    QStringList errors;
    QVERIFY(profiles.load(QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"), &errors));
    SetLimitDialog dialog(*MacAddress::parse(u"AA:BB:CC:DD:EE:FF"_s), u"K7M2Q9"_s, std::nullopt, profiles);
    auto* download = dialog.findChild<QLineEdit*>(u"downloadLineEdit"_s);
    auto* upload = dialog.findChild<QLineEdit*>(u"uploadLineEdit"_s);
    QVERIFY(!dialog.canApply());
    QTest::keyClicks(download, u"2M"_s);
    QVERIFY(!dialog.canApply()); // upload still empty
    QTest::keyClicks(upload, u"12Q"_s);
    QVERIFY(!dialog.canApply());
    QVERIFY2(dialog.reason().contains(u"unknown unit"_s), qPrintable(dialog.reason()));
    upload->clear();
    QTest::keyClicks(upload, u"512k"_s);
    QVERIFY(dialog.canApply());
    QCOMPARE(dialog.limit().toMaxLimit(), u"512k/2M"_s);
    // Choosing a preset fills both fields.
    auto* preset = dialog.findChild<QComboBox*>(u"presetComboBox"_s);
    preset->setCurrentIndex(3); // PREMIUM
    QCOMPARE(download->text(), u"10M"_s);
    QCOMPARE(upload->text(), u"5M"_s);
    QVERIFY(dialog.canApply());
    // "Keep it for voucher code": offered for a customer with a code; it stands in for "Keep this limit".
    auto* forCode = dialog.findChild<QCheckBox*>(u"rememberForCodeCheckBox"_s);
    auto* remember = dialog.findChild<QCheckBox*>(u"rememberCheckBox"_s);
    QVERIFY(!forCode->isHidden());
    QVERIFY(forCode->text().contains(u"K7M2Q9"_s));
    QVERIFY(!dialog.rememberForCode());
    forCode->setChecked(true);
    QVERIFY(dialog.rememberForCode());
    QVERIFY(!remember->isEnabled());
    SetLimitDialog noCode(*MacAddress::parse(u"AA:BB:CC:DD:EE:FF"_s), QString(), std::nullopt, profiles);
    QVERIFY(noCode.findChild<QCheckBox*>(u"rememberForCodeCheckBox"_s)->isHidden());
    QVERIFY(!noCode.rememberForCode());
}

void TestMainWindow::settingsRoundTripWithoutPasswordInFile()
{
    const QString file = m_dir.filePath(u"roundtrip.ini"_s);
    {
        AppSettings settings(file);
        ConnectionSettings router;
        router.host = u"192.168.88.1"_s;
        router.port = 8729;
        router.user = u"pisonet"_s;
        router.password = u"never-in-a-file"_s;
        router.tls = true;
        settings.setRouter(router);
        settings.setRefreshSeconds(7);
        settings.setHotspotDnsName(u"wifi.shop"_s);
        settings.setLanguage(u"fil"_s);
        settings.setApiEnabled(true);
        QVERIFY(settings.sync());
    }
    AppSettings again(file);
    QCOMPARE(again.router().host, u"192.168.88.1"_s);
    QCOMPARE(again.router().port, quint16(8729));
    QCOMPARE(again.router().user, u"pisonet"_s);
    QVERIFY(again.router().tls);
    QVERIFY(again.router().password.isEmpty());
    QCOMPARE(again.refreshSeconds(), 7);
    QCOMPARE(again.hotspotDnsName(), u"wifi.shop"_s);
    QCOMPARE(again.language(), u"fil"_s);
    QVERIFY(again.apiEnabled());
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("never-in-a-file"));
    again.setRefreshSeconds(1000); // clamped
    QCOMPARE(again.refreshSeconds(), 300);
}

void TestMainWindow::settingsTestConnection()
{
    SimulatorFixture router;
    AppSettings settings(m_dir.filePath(u"test.ini"_s));
    settings.setDatabasePath(m_dir.filePath(u"test.db"_s));
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY(engine.initialise(&error));
    SettingsDialog dialog(&engine);
    dialog.findChild<QLineEdit*>(u"hostLineEdit"_s)->setText(u"127.0.0.1"_s);
    dialog.findChild<QSpinBox*>(u"portSpinBox"_s)->setValue(router.simulator().port());
    dialog.findChild<QLineEdit*>(u"userLineEdit"_s)->setText(QString::fromLatin1(SimulatorFixture::User));
    dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)->setText(u"wrong"_s);
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(u"wrong user name or password"_s), 5000);
    dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)->setText(QString::fromLatin1(SimulatorFixture::Password));
    dialog.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.testResult().contains(u"PisoNet-Demo"_s), 5000);
    QVERIFY(dialog.testResult().contains(u"Round trip"_s));
}

void TestMainWindow::switchToRealRouterAndSurviveOutage()
{
    SimulatorFixture router;
    router.simulator().populate(5);
    AppSettings settings(m_dir.filePath(u"real.ini"_s));
    settings.setDatabasePath(m_dir.filePath(u"real.db"_s));
    settings.setRefreshSeconds(2);
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY(engine.initialise(&error));
    MainWindow window(&engine);
    window.show();
    engine.start(); // demo first
    QTRY_VERIFY_WITH_TIMEOUT(window.bandwidthPage()->model()->rowCount() >= 20, 8000);
    engine.useRouter(router.settings());
    QVERIFY(!engine.isDemo());
    QTRY_COMPARE_WITH_TIMEOUT(window.bandwidthPage()->model()->rowCount(), 5, 8000);
    QTRY_VERIFY(window.bannerText().isEmpty());
    // The password went to the password store, not the settings file.
    bool read = false;
    passwords.read(PasswordStore::key(u"127.0.0.1"_s, QString::fromLatin1(SimulatorFixture::User)),
                   [&](const QString& password, const QString&) {
                       QCOMPARE(password, QString::fromLatin1(SimulatorFixture::Password));
                       read = true;
                   });
    QVERIFY(read);
    // The router goes away: the window says so and keeps the last data.
    router.simulator().faults().silent(true);
    router.simulator().disconnectAll();
    QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().contains(u"cannot be reached"_s), 15000);
    QCOMPARE(window.bandwidthPage()->model()->rowCount(), 5);
    // It comes back: recovered without a restart.
    router.simulator().faults().silent(false);
    QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().isEmpty(), 20000);
}

namespace
{
const QString MacA = u"AA:BB:CC:00:00:0A"_s;
const QString MacB = u"AA:BB:CC:00:00:0B"_s;
} // namespace

// Every confirmation and dialog the operator can open is non-blocking: two polls complete while
// it waits for an answer (an exec() there would block this very test).
void TestMainWindow::dialogsNeverStopTheRefresh()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    router.simulator().addQueue(TrafficJoiner::QueuePrefix + MacA, u"10.5.50.10/32"_s, 1000000, 2000000);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    QTRY_COMPARE_WITH_TIMEOUT(shop.window->bandwidthPage()->model()->rowCount(), 1, 8000);
    shop.select(MacA);
    auto twoPollsWhileOpen = [&](const char* what) {
        const quint64 before = shop.sequence();
        QTRY_VERIFY2_WITH_TIMEOUT(shop.sequence() >= before + 2, what, 10000);
    };

    shop.window->bandwidthPage()->setLimitForSelected();
    QTRY_VERIFY(shop.window->findChild<SetLimitDialog*>() != nullptr);
    twoPollsWhileOpen("set limit dialog");
    shop.window->findChild<SetLimitDialog*>()->reject();

    shop.window->bandwidthPage()->removeLimitForSelected();
    QTRY_VERIFY(MessageBox::pending() != nullptr);
    twoPollsWhileOpen("remove limit question");
    MessageBox::pending()->button(QMessageBox::No)->click();

    shop.window->bandwidthPage()->kickSelected();
    QTRY_VERIFY(MessageBox::pending() != nullptr);
    twoPollsWhileOpen("kick question");
    MessageBox::pending()->button(QMessageBox::No)->click();

    shop.window->findChild<QAction*>(u"settingsAction"_s)->trigger();
    QTRY_VERIFY(shop.window->findChild<SettingsDialog*>() != nullptr);
    twoPollsWhileOpen("settings dialog");
    shop.window->findChild<SettingsDialog*>()->reject();
    QCOMPARE(router.simulator().queues().size(), 1); // nothing was answered Yes
}

// Between the click and the answer the table changes under the question (a refresh moves, replaces
// or drops rows): the answer acts on the customer the question was about.
void TestMainWindow::rowActionsHitTheCustomerAskedAbout()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    router.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.50.11"_s, 1e6, 2e6);
    router.simulator().addQueue(TrafficJoiner::QueuePrefix + MacA, u"10.5.50.10/32"_s, 1000000, 2000000);
    router.simulator().addQueue(TrafficJoiner::QueuePrefix + MacB, u"10.5.50.11/32"_s, 1000000, 2000000);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    QTRY_COMPARE_WITH_TIMEOUT(shop.window->bandwidthPage()->model()->rowCount(), 2, 8000);

    // Remove limit of A; before the answer A leaves and comes back later in the list, B stays.
    shop.select(MacA);
    QCOMPARE(shop.window->bandwidthPage()->selectedMac(), MacA);
    shop.window->bandwidthPage()->removeLimitForSelected();
    QTRY_VERIFY(MessageBox::pending() != nullptr);
    QVERIFY(MessageBox::lastText().contains(MacA));
    const quint64 before = shop.sequence();
    router.simulator().logout(MacA);
    shop.engine->loop().monitor().refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() > before, 5000);
    router.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    shop.select(MacB); // the selection is now someone else
    MessageBox::pending()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(shop.window->bandwidthPage()->messageBar()->text().contains(MacA), 5000);
    QStringList left;
    for (const auto& queue : router.simulator().queues()) {
        left.append(queue.name);
    }
    QCOMPARE(left, QStringList {TrafficJoiner::QueuePrefix + MacB});

    // Kick B; before the answer the rows are replaced: B's session is kicked, nobody else.
    shop.engine->loop().monitor().refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(shop.window->bandwidthPage()->model()->rowCount(), 2, 5000);
    shop.select(MacB);
    shop.window->bandwidthPage()->kickSelected();
    QTRY_VERIFY(MessageBox::pending() != nullptr);
    shop.select(MacA);
    MessageBox::pending()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(router.simulator().sessions().size() == 1, 5000);
    QCOMPARE(router.simulator().sessions().first().macAddress, MacA);
}

void TestMainWindow::adoptedLimitsAreAnnouncedOnce()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    router.simulator().addQueue(TrafficJoiner::QueuePrefix + MacA, u"10.5.50.10/32"_s, 256000, 512000);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    MessageBar* bar = shop.window->bandwidthPage()->messageBar();
    QTRY_VERIFY_WITH_TIMEOUT(bar->text().contains(u"made elsewhere"_s), 8000);
    QVERIFY(!MessageBox::pending()); // a notice, not a box
    QTRY_VERIFY(shop.window->bandwidthPage()
                    ->table()
                    ->model()
                    ->index(0, UserTrafficModel::Limit)
                    .data()
                    .toString()
                    .contains(u"adopted"_s));
    const quint64 before = shop.sequence();
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() >= before + 2, 10000);
    QCOMPARE(router.simulator().queues().size(), 1);
    QCOMPARE(router.simulator().queues().first().maxDown, quint64(512000)); // left as it was
}

void TestMainWindow::demoNeverTouchesTheRealDatabase()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"demo.ini"_s));
    settings.setDatabasePath(dir.filePath(u"real.db"_s));
    MemoryPasswordStore passwords;
    {
        AppEngine engine(&settings, &passwords);
        QString error;
        QVERIFY2(engine.initialise(&error), qPrintable(error));
        MainWindow window(&engine);
        engine.start();
        QVERIFY(engine.isDemo());
        QVERIFY(engine.database().path() != engine.realDatabasePath());
        // Demo vouchers, and a limit on a demo device, go to the throwaway database.
        window.findChild<VouchersPage*>()->generate();
        QTRY_VERIFY_WITH_TIMEOUT(window.bandwidthPage()->model()->rowCount() > 0, 8000);
        const QString mac = window.bandwidthPage()->model()->index(0, UserTrafficModel::Mac).data().toString();
        const int router = engine.routers().indexOf(
            window.bandwidthPage()->model()->index(0, UserTrafficModel::Router).data().toString());
        QVERIFY(router >= 0);
        bool done = false;
        engine.routers().loop(router).bandwidth().setLimit(
            *MacAddress::parse(mac), {*RateLimit::parse(u"1M"_s, {}), *RateLimit::parse(u"2M"_s, {})}, true, nullptr,
            [&](const BandwidthController::Outcome&) { done = true; });
        QTRY_VERIFY(done);
    }
    Database real;
    QString error;
    QVERIFY(real.open(dir.filePath(u"real.db"_s), &error));
    QSqlQuery count(real.handle());
    QVERIFY(count.exec(u"SELECT (SELECT count(*) FROM vouchers) + (SELECT count(*) FROM operator_limits)"_s));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestMainWindow::windowRefusesWhileTheCliManagesTheDatabase()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"w.ini"_s));
    settings.setDatabasePath(dir.filePath(u"shop.db"_s));
    DatabaseLock monitor(dir.filePath(u"shop.db"_s));
    QString refusal;
    QVERIFY(monitor.tryLock(u"pisonet-cli monitor"_s, &refusal));
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY(!engine.initialise(&error));
    QVERIFY2(error.contains(u"pisonet-cli monitor"_s), qPrintable(error));
}

void TestMainWindow::secondStartBringsTheFirstToFront()
{
    QTemporaryDir dir;
    SingleInstance first(dir.filePath(u"shop.db"_s));
    QVERIFY(first.listen());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    SingleInstance second(dir.filePath(u"shop.db"_s));
    QVERIFY(second.activateRunning(200));
    QTRY_COMPARE(activated.size(), 1);
    SingleInstance otherDatabase(dir.filePath(u"other.db"_s));
    QVERIFY(!otherDatabase.activateRunning(200));
}

// A wrong password is "refused", not "cannot be reached", and is not tried again every few seconds
// (each try is a failed login in the router's log and can lock the user out).
void TestMainWindow::refusedLoginIsNotRetried()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    RealRouterWindow shop(dir.path(), router);
    ConnectionSettings saved = router.settings();
    shop.passwords.write(PasswordStore::key(saved.host, saved.user), u"wrong"_s, [](const QString&) {});
    QVERIFY(shop.start());
    QTRY_VERIFY_WITH_TIMEOUT(shop.window->bannerText().contains(u"refused the user name or password"_s), 8000);
    QVERIFY(!shop.window->bannerText().contains(u"cannot be reached"_s));
    auto* state = shop.window->findChild<QLabel*>(u"connectionStateLabel"_s);
    QTRY_VERIFY2(state->text().contains(u"Login refused"_s), qPrintable(state->text()));
    const int attempts = router.simulator().commandCount();
    QTest::qWait(3000); // longer than the first reconnect delays and a poll interval
    QCOMPARE(router.simulator().commandCount(), attempts);
    QVERIFY(shop.window->findChild<QLabel*>(u"countdownLabel"_s)->text().contains(u"not retrying"_s));
    // The operator fixes the password and tries again.
    shop.engine->useRouter(saved);
    QTRY_VERIFY_WITH_TIMEOUT(shop.window->bannerText().isEmpty(), 8000);
}

// Sorted by live speed, a refresh would reorder the table under an open context menu; while the
// operator acts the order stays, the data updates in place, and it catches up afterwards.
void TestMainWindow::rowsStayPutWhileTheOperatorActs()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 8e6);
    router.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.50.11"_s, 1e6, 1e6);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    QTableView* table = shop.window->bandwidthPage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 8000);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), int(UserTrafficModel::User)); // stable default
    auto macAt = [&](int row) { return table->model()->index(row, UserTrafficModel::Mac).data().toString(); };
    auto refresh = [&] {
        const quint64 before = shop.sequence();
        QTest::qWait(300); // traffic flows meanwhile: the speeds come from the byte counters
        shop.engine->loop().monitor().refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() > before, 5000);
    };
    refresh();
    refresh();
    table->sortByColumn(UserTrafficModel::DownRate, Qt::DescendingOrder);
    QCOMPARE(macAt(0), MacA); // the faster one first

    shop.select(MacA);
    Q_EMIT table->customContextMenuRequested(table->visualRect(table->currentIndex()).center());
    QTRY_VERIFY(shop.window->findChild<QMenu*>(u"userContextMenu"_s) != nullptr);
    router.simulator().logout(MacA); // A comes back much slower, B now the faster one
    router.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e5, 1e5);
    router.simulator().logout(MacB);
    router.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.50.11"_s, 1e6, 9e6);
    refresh();
    refresh();
    QCOMPARE(macAt(0), MacA); // still where the pointer is
    QCOMPARE(shop.window->bandwidthPage()->selectedMac(), MacA);

    shop.window->findChild<QMenu*>(u"userContextMenu"_s)->close();
    QTRY_VERIFY_WITH_TIMEOUT(macAt(0) == MacB, 8000); // the order catches up once the operator is done
}

void TestMainWindow::enterAppliesTheLimitDialog()
{
    ProfileCatalog profiles;
    QStringList errors;
    QVERIFY(profiles.load(QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"), &errors));
    SetLimitDialog dialog(*MacAddress::parse(u"AA:BB:CC:DD:EE:FF"_s), u"K7M2Q9"_s, std::nullopt, profiles);
    dialog.show();
    QVERIFY(!dialog.reason().contains(u"empty"_s)); // no error before anything was typed
    auto* download = dialog.findChild<QLineEdit*>(u"downloadLineEdit"_s);
    auto* upload = dialog.findChild<QLineEdit*>(u"uploadLineEdit"_s);
    QTest::keyClicks(download, u"3 Mbps"_s);
    QTest::keyClick(download, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // not valid yet (no upload): Enter neither applies nor closes
    QTest::keyClicks(upload, u"768 kbps"_s);
    QTest::keyClick(upload, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.limit().toMaxLimit(), u"768k/3M"_s);
}

void TestMainWindow::diagnosticsBannerOffersToTurnFastTrackOff()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    router.simulator().setFastTrack(true);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    MessageBar* banner = shop.window->bandwidthPage()->diagnosticsBar();
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(u"FastTrack"_s), 8000);
    QVERIFY(banner->text().contains(u"disable"_s)); // the one-line fix
    MessageBox::setNextAnswer(QMessageBox::Yes);
    banner->findChild<QPushButton*>(u"messageBarAction"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!router.simulator().fastTrack(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(banner->text().isEmpty(), 5000);
    QTRY_VERIFY(shop.window->bandwidthPage()->messageBar()->text().contains(u"FastTrack is off"_s));
}

void TestMainWindow::searchFindsMacsAsTyped()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    router.simulator().addSession(u"AAAAAA"_s, u"94:91:E8:12:34:56"_s, u"10.5.50.10"_s, 1e6, 2e6);
    router.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.50.11"_s, 1e6, 2e6);
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    QTableView* table = shop.window->bandwidthPage()->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 8000);
    auto* search = shop.window->findChild<QLineEdit*>(u"searchLineEdit"_s);
    for (const QString& typed : {u"9491E8"_s, u"94-91-E8-12"_s, u"94:91:e8"_s, u"9491.e812"_s}) {
        search->setText(typed);
        QCOMPARE(table->model()->rowCount(), 1);
    }
    search->setText(u"nobody"_s);
    QCOMPARE(table->model()->rowCount(), 0);
    QVERIFY(shop.window->findChildren<QLabel*>().size() > 0);
    bool said = false;
    for (QLabel* label : shop.window->bandwidthPage()->findChildren<QLabel*>()) {
        said = said || label->text().contains(u"No customer matches"_s);
    }
    QVERIFY(said);
}

void TestMainWindow::languageChangeAppliesAtOnce()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"lang.ini"_s));
    settings.setDatabasePath(dir.filePath(u"lang.db"_s));
    settings.setLanguage(u"en"_s);
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY2(engine.initialise(&error), qPrintable(error));
    WindowShell shell(&engine);
    shell.show();
    engine.start();
    auto firstPage = [&] { return shell.window()->findChild<QListWidget*>(u"navigationList"_s)->item(0)->text(); };
    QCOMPARE(firstPage(), u"Bandwidth Control"_s);
    shell.window()->showPage(3);
    QSignalSpy rebuilt(&shell, &WindowShell::windowRebuilt);
    settings.setLanguage(u"fil"_s);
    QTRY_COMPARE(rebuilt.size(), 1);
    QCOMPARE(firstPage(), u"Kontrol ng Bandwidth"_s);
    QCOMPARE(shell.window()->currentPage(), 3); // the operator stays where they were
    QCOMPARE(QLocale().language(), QLocale::Filipino); // dates and numbers too
    // The engine went on: the window fills from the same refresh.
    QTRY_VERIFY_WITH_TIMEOUT(shell.window()->bandwidthPage()->model()->rowCount() > 0, 8000);
    settings.setLanguage(u"en"_s);
    QTRY_COMPARE(rebuilt.size(), 2);
    QCOMPARE(firstPage(), u"Bandwidth Control"_s);
    Translator::apply(u"en"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
