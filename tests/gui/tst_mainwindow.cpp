// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, offscreen, in demo mode with temporary settings and database.
#include "app/appengine.h"
#include "app/dialogs/setlimitdialog.h"
#include "app/dialogs/settingsdialog.h"
#include "app/mainwindow.h"
#include "app/messagebox.h"
#include "app/models/usertrafficmodel.h"
#include "app/widgets/bandwidthpage.h"
#include "core/settings/appsettings.h"
#include "keychain/passwordstore.h"
#include "support/simulatorfixture.h"
#include "testdata.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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
    bool done = false;
    engine.loop().bandwidth().setLimit(*MacAddress::parse(mac),
                                       {*RateLimit::parse(u"512k"_s, {}), *RateLimit::parse(u"1M"_s, {})}, true,
                                       nullptr, [&](const BandwidthController::Outcome&) { done = true; });
    QTRY_VERIFY(done);
    engine.loop().monitor().refreshNow();
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
    QVERIFY(dialog.testResult().contains(u"round trip"_s));
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
    router.simulator().setSilent(true);
    router.simulator().disconnectAll();
    QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().contains(u"cannot be reached"_s), 15000);
    QCOMPARE(window.bandwidthPage()->model()->rowCount(), 5);
    // It comes back: recovered without a restart.
    router.simulator().setSilent(false);
    QTRY_VERIFY_WITH_TIMEOUT(window.bannerText().isEmpty(), 20000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
