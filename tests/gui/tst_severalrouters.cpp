// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The real window, offscreen, watching two simulated routers at once.
#include "app/appengine.h"
#include "app/charts/trafficchart.h"
#include "app/dialogs/settingsdialog.h"
#include "app/dialogs/waitingdevicedialog.h"
#include "app/mainwindow.h"
#include "app/messagebox.h"
#include "app/models/usertrafficmodel.h"
#include "app/models/vouchertablemodel.h"
#include "app/widgets/bandwidthpage.h"
#include "app/widgets/messagebar.h"
#include "app/widgets/queuespage.h"
#include "app/widgets/routercombo.h"
#include "app/widgets/voucherspage.h"
#include "core/settings/appsettings.h"
#include "core/traffic/trafficjoiner.h"
#include "keychain/passwordstore.h"
#include "support/simulatorfixture.h"
#include "testdata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace
{
const QString MacA = u"AA:BB:CC:00:00:0A"_s;
const QString MacB = u"AA:BB:CC:00:00:0B"_s;
const QString MacBoth = u"AA:BB:CC:00:00:0C"_s; // a phone seen on both routers

// The window with the router of one-router settings ("main") and a second one ("upstairs").
struct TwoRouterWindow
{
    TwoRouterWindow(const QString& folder, SimulatorFixture& main, SimulatorFixture* upstairs)
        : settings(folder + u"/window.ini"_s)
    {
        settings.setDatabasePath(folder + u"/window.db"_s);
        settings.setRefreshSeconds(2);
        const ConnectionSettings first = main.settings();
        settings.setRouter(first);
        passwords.write(PasswordStore::key(first.host, first.user), first.password, [](const QString&) {});
        if (upstairs != nullptr) {
            RouterConfig second;
            second.name = u"upstairs"_s;
            second.connection = upstairs->settings();
            second.passwordKey = PasswordStore::routerKey(second.name, second.connection.host, second.connection.user);
            passwords.write(second.passwordKey, second.connection.password, [](const QString&) {});
            second.connection.password.clear();
            QVERIFY(settings.addRouter(second).isEmpty());
        }
    }
    // Another router in the settings, its password in its own entry (before start()).
    void add(const QString& name, SimulatorFixture& router)
    {
        RouterConfig config;
        config.name = name;
        config.connection = router.settings();
        config.passwordKey = PasswordStore::routerKey(config.name, config.connection.host, config.connection.user);
        passwords.write(config.passwordKey, config.connection.password, [](const QString&) {});
        config.connection.password.clear();
        QVERIFY(settings.addRouter(config).isEmpty());
    }
    bool start()
    {
        engine = std::make_unique<AppEngine>(&settings, &passwords);
        QString error;
        if (!engine->initialise(&error)) {
            qWarning() << error;
            return false;
        }
        window = std::make_unique<MainWindow>(engine.get());
        window->resize(1366, 768);
        window->show();
        engine->start();
        return true;
    }
    BandwidthPage* page() const { return window->bandwidthPage(); }
    QTableView* table() const { return page()->table(); }
    quint64 sequence(int router) { return engine->routers().loop(router).monitor().snapshot().sequence; }
    // The table's rows as "router MAC", in the table's order.
    QStringList rows() const
    {
        QStringList shown;
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            shown.append(table()->model()->index(row, UserTrafficModel::Router).data().toString() + u' '
                         + table()->model()->index(row, UserTrafficModel::Mac).data().toString());
        }
        shown.sort();
        return shown;
    }
    // Selects the row of this router and MAC, as a click would.
    void select(const QString& router, const QString& mac)
    {
        QTableView* view = table();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, UserTrafficModel::Mac).data().toString() == mac
                && view->model()->index(row, UserTrafficModel::Router).data().toString() == router) {
                view->selectionModel()->setCurrentIndex(
                    view->model()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
    }

    AppSettings settings;
    MemoryPasswordStore passwords;
    std::unique_ptr<AppEngine> engine;
    std::unique_ptr<MainWindow> window;
};

bool logged(const EventLog& log, const QString& text)
{
    const QList<EventLog::Entry> entries = log.entries();
    return std::any_of(entries.begin(), entries.end(),
                       [&](const EventLog::Entry& entry) { return entry.text.contains(text); });
}

// The window with three routers, main, upstairs and branch, one customer on each, started.
struct ThreeRouterWindow
{
    explicit ThreeRouterWindow(const QString& folder)
        : shop(folder, main, &upstairs)
    {
        main.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
        upstairs.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.60.11"_s, 1e6, 2e6);
        branch.simulator().addSession(u"CCCCCC"_s, MacBoth, u"10.5.70.12"_s, 1e6, 2e6);
        shop.add(u"branch"_s, branch);
        QVERIFY(shop.start());
        QTRY_COMPARE_WITH_TIMEOUT(shop.rows().size(), 3, 8000);
    }
    SimulatorFixture main;
    SimulatorFixture upstairs;
    SimulatorFixture branch;
    TwoRouterWindow shop;
};

// With PISONET_SCREENSHOTS set, the window is saved there as NAME.png to look at.
void shoot(QWidget* window, const QString& name)
{
    QCoreApplication::processEvents();
    const QImage image = window->grab().toImage();
    QVERIFY(!image.isNull());
    if (const QString folder = qEnvironmentVariable("PISONET_SCREENSHOTS"); !folder.isEmpty()) {
        image.save(folder + u'/' + name + u".png"_s);
    }
}

QStringList queueNames(SimulatorFixture& router)
{
    QStringList names;
    for (const auto& queue : router.simulator().queues()) {
        names.append(queue.name);
    }
    return names;
}
} // namespace

class TestSeveralRouters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void oneRouterShowsNoRouterColumn();
    void routerColumnAndFilter();
    void bannerNamesTheRouterThatIsDown();
    void actionsGoToTheRowsRouter();
    void queuesAndVouchersPerRouter();
    void allRoutersChartAddsThemUp();
    void pagesFitShopScreens();
    void settingsAddEditAndRemoveRouters();
    void waitingDeviceIsLoggedInWhereItWaits();
    void routerAddedInSettingsShowsAtOnce();
    void routerRemovedInSettingsGoesAtOnce();
    void editingTheSecondOfThreeKeepsItsPlace();
    void demoShowsTwoRouters();
};

void TestSeveralRouters::initTestCase()
{
    qputenv("PISONET_PROFILES", PISONET_SOURCE_DIR "/profiles.json");
}

void TestSeveralRouters::oneRouterShowsNoRouterColumn()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    main.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    TwoRouterWindow shop(dir.path(), main, nullptr);
    {
        // Columns saved by a version without the Router column.
        QStandardItemModel columns(0, UserTrafficModel::Router);
        QTableView saved;
        saved.setModel(&columns);
        shop.settings.setTableState(saved.horizontalHeader()->saveState());
    }
    QVERIFY(shop.start());
    QCOMPARE(shop.engine->routerCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(shop.table()->model()->rowCount(), 1, 8000);
    QVERIFY(shop.table()->isColumnHidden(UserTrafficModel::Router));
    QVERIFY(shop.page()->routerFilter()->isHidden());
}

void TestSeveralRouters::routerColumnAndFilter()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    SimulatorFixture upstairs;
    main.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    main.simulator().addSession(u"CCCCCC"_s, MacBoth, u"10.5.50.12"_s, 1e6, 2e6);
    upstairs.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.60.11"_s, 1e6, 2e6);
    upstairs.simulator().addSession(u"DDDDDD"_s, MacBoth, u"10.5.60.12"_s, 1e6, 2e6);
    TwoRouterWindow shop(dir.path(), main, &upstairs);
    QVERIFY(shop.start());
    QCOMPARE(shop.engine->routerCount(), 2);
    // Every router's users, the same phone once per router.
    QTRY_COMPARE_WITH_TIMEOUT(
        shop.rows(),
        (QStringList {u"main "_s + MacA, u"main "_s + MacBoth, u"upstairs "_s + MacB, u"upstairs "_s + MacBoth}), 8000);
    QVERIFY(!shop.table()->isColumnHidden(UserTrafficModel::Router));
    QCOMPARE(shop.table()->horizontalHeader()->visualIndex(UserTrafficModel::Router), 0);
    RouterCombo* filter = shop.page()->routerFilter();
    QVERIFY(!filter->isHidden());
    QCOMPARE(filter->count(), 3);
    QCOMPARE(filter->itemText(0), u"All routers"_s);
    filter->setCurrentIndex(filter->findText(u"upstairs"_s));
    QCOMPARE(shop.rows(), (QStringList {u"upstairs "_s + MacB, u"upstairs "_s + MacBoth}));
    // The filter holds across refreshes; a new customer upstairs shows, one on main does not.
    main.simulator().addSession(u"EEEEEE"_s, u"AA:BB:CC:00:00:0E"_s, u"10.5.50.14"_s, 1e6, 2e6);
    upstairs.simulator().addSession(u"FFFFFF"_s, u"AA:BB:CC:00:00:0F"_s, u"10.5.60.15"_s, 1e6, 2e6);
    QTRY_COMPARE_WITH_TIMEOUT(shop.rows().size(), 3, 8000);
    QVERIFY(shop.rows().contains(u"upstairs AA:BB:CC:00:00:0F"_s));
    filter->setCurrentIndex(0);
    QTRY_COMPARE_WITH_TIMEOUT(shop.rows().size(), 6, 8000);
    QVERIFY(shop.window->bannerText().isEmpty());
}

void TestSeveralRouters::bannerNamesTheRouterThatIsDown()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    SimulatorFixture upstairs;
    main.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    upstairs.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.60.11"_s, 1e6, 2e6);
    TwoRouterWindow shop(dir.path(), main, &upstairs);
    QVERIFY(shop.start());
    QTRY_COMPARE_WITH_TIMEOUT(shop.table()->model()->rowCount(), 2, 8000);
    QTRY_VERIFY(shop.window->bannerText().isEmpty());
    // Upstairs goes away: the banner names it (and only it), its row stays as the last data.
    upstairs.simulator().faults().silent(true);
    upstairs.simulator().disconnectAll();
    QTRY_VERIFY_WITH_TIMEOUT(shop.window->bannerText().contains(u"Router 'upstairs' (127.0.0.1)"_s), 15000);
    QVERIFY2(shop.window->bannerText().contains(u"is not reachable"_s), qPrintable(shop.window->bannerText()));
    QVERIFY(!shop.window->bannerText().contains(u"'main'"_s));
    QCOMPARE(shop.table()->model()->rowCount(), 2);
    // The other router keeps updating: polls go on and a new customer there shows up.
    const quint64 before = shop.sequence(0);
    main.simulator().addSession(u"EEEEEE"_s, u"AA:BB:CC:00:00:0E"_s, u"10.5.50.14"_s, 1e6, 2e6);
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence(0) >= before + 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(shop.table()->model()->rowCount(), 3, 8000);
    QVERIFY2(shop.window->bannerText().contains(u"Router 'upstairs'"_s),
             qPrintable(u"%1 state %2 stale %3 rows %4"_s.arg(shop.window->bannerText())
                            .arg(int(shop.engine->routers().connection(1).state()))
                            .arg(shop.engine->routers().loop(1).monitor().snapshot().stale)
                            .arg(shop.table()->model()->rowCount())));
    // It comes back: the banner goes without a restart.
    upstairs.simulator().faults().silent(false);
    QTRY_VERIFY_WITH_TIMEOUT(shop.window->bannerText().isEmpty(), 20000);
}

// The same phone on both routers, with a limit on each: the action acts on the router of the row
// asked about, even when the selection moved to the other router's row before the answer.
void TestSeveralRouters::actionsGoToTheRowsRouter()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    SimulatorFixture upstairs;
    main.simulator().addSession(u"AAAAAA"_s, MacBoth, u"10.5.50.12"_s, 1e6, 2e6);
    main.simulator().addQueue(TrafficJoiner::QueuePrefix + MacBoth, u"10.5.50.12/32"_s, 1000000, 2000000);
    upstairs.simulator().addSession(u"BBBBBB"_s, MacBoth, u"10.5.60.12"_s, 1e6, 2e6);
    upstairs.simulator().addQueue(TrafficJoiner::QueuePrefix + MacBoth, u"10.5.60.12/32"_s, 1000000, 2000000);
    TwoRouterWindow shop(dir.path(), main, &upstairs);
    QVERIFY(shop.start());
    QTRY_COMPARE_WITH_TIMEOUT(shop.table()->model()->rowCount(), 2, 8000);

    shop.select(u"upstairs"_s, MacBoth);
    QCOMPARE(shop.page()->selectedMac(), MacBoth);
    shop.page()->removeLimitForSelected();
    QTRY_VERIFY(MessageBox::pending() != nullptr);
    shop.select(u"main"_s, MacBoth); // the selection is now the other router's row
    MessageBox::pending()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(queueNames(upstairs).isEmpty(), 5000);
    QCOMPARE(queueNames(main), QStringList {TrafficJoiner::QueuePrefix + MacBoth});

    // Kick on main: main's session ends, upstairs' stays.
    shop.select(u"main"_s, MacBoth);
    shop.page()->kickSelected();
    QTRY_VERIFY(MessageBox::pending() != nullptr);
    shop.select(u"upstairs"_s, MacBoth);
    MessageBox::pending()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(main.simulator().sessions().isEmpty(), 5000);
    QCOMPARE(upstairs.simulator().sessions().size(), 1);
}

// Queues shows the router picked; vouchers go to the router picked beside "Put on router" only,
// and the list says which.
void TestSeveralRouters::queuesAndVouchersPerRouter()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    SimulatorFixture upstairs;
    main.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    main.simulator().addQueue(TrafficJoiner::QueuePrefix + MacA, u"10.5.50.10/32"_s, 1000000, 2000000);
    upstairs.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.60.11"_s, 1e6, 2e6);
    upstairs.simulator().addQueue(TrafficJoiner::QueuePrefix + MacB, u"10.5.60.11/32"_s, 1000000, 2000000);
    TwoRouterWindow shop(dir.path(), main, &upstairs);
    QVERIFY(shop.start());
    QTRY_COMPARE_WITH_TIMEOUT(shop.table()->model()->rowCount(), 2, 8000);

    auto* queues = shop.window->findChild<QueuesPage*>();
    auto* queueTable = queues->findChild<QTableView*>(u"queuesTableView"_s);
    QVERIFY(!queues->routerPicker()->isHidden());
    auto queueNamesShown = [&] {
        QStringList names;
        for (int row = 0; row < queueTable->model()->rowCount(); ++row) {
            names.append(queueTable->model()->index(row, 0).data().toString());
        }
        return names;
    };
    QTRY_COMPARE_WITH_TIMEOUT(queueNamesShown(), QStringList {TrafficJoiner::QueuePrefix + MacA}, 8000);
    queues->routerPicker()->setCurrentIndex(queues->routerPicker()->findText(u"upstairs"_s));
    QTRY_COMPARE_WITH_TIMEOUT(queueNamesShown(), QStringList {TrafficJoiner::QueuePrefix + MacB}, 8000);

    auto* vouchers = shop.window->findChild<VouchersPage*>();
    auto* target = vouchers->findChild<RouterCombo*>(u"pushRouterCombo"_s);
    QVERIFY(!target->isHidden());
    target->setCurrentIndex(target->findText(u"upstairs"_s));
    vouchers->findChild<QSpinBox*>(u"countSpinBox"_s)->setValue(3);
    vouchers->generate();
    QTRY_COMPARE_WITH_TIMEOUT(upstairs.simulator().users().size(), 3, 8000);
    QVERIFY(main.simulator().users().isEmpty());
    VoucherTableModel* model = vouchers->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->index(0, VoucherTableModel::Router).data().toString(), u"upstairs"_s, 5000);
    QVERIFY(!vouchers->findChild<QTableView*>(u"vouchersTableView"_s)->isColumnHidden(VoucherTableModel::Router));
}

// Routers poll at their own moments: "All routers" adds each router's latest speed per poll bucket,
// never a router twice in one bucket.
void TestSeveralRouters::allRoutersChartAddsThemUp()
{
    using Sample = TrafficHistory::Sample;
    const QList<Sample> main {{10'100, 1, 10}, {12'100, 1, 20}, {14'100, 1, 30}};
    const QList<Sample> upstairs {{10'900, 2, 100}, {11'500, 2, 200}, {14'900, 2, 300}};
    QCOMPARE(TrafficChart::sum({main}, 2000).size(), 3); // one router: as it is
    const QList<Sample> all = TrafficChart::sum({main, upstairs}, 2000);
    QCOMPARE(all.size(), 3);
    QCOMPARE(all[0].timeMs, 12'000);
    QCOMPARE(all[0].rateDown, 10.0F + 200.0F); // upstairs' later sample of that bucket
    QCOMPARE(all[0].rateUp, 3.0F);
    QCOMPARE(all[1].rateDown, 20.0F); // upstairs has none there
    QCOMPARE(all[2].rateDown, 30.0F + 300.0F);
}

// At 1024×600 and 1366×768 the router pickers are on screen beside what they belong to. With
// PISONET_SCREENSHOTS set, the pages are saved there as PNGs to look at.
void TestSeveralRouters::pagesFitShopScreens()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    SimulatorFixture upstairs;
    main.simulator().populate(6);
    upstairs.simulator().populate(4, 7);
    TwoRouterWindow shop(dir.path(), main, &upstairs);
    QVERIFY(shop.start());
    QTRY_VERIFY_WITH_TIMEOUT(shop.table()->model()->rowCount() >= 10, 8000);
    upstairs.simulator().faults().silent(true);
    upstairs.simulator().disconnectAll();
    QTRY_VERIFY_WITH_TIMEOUT(shop.window->bannerText().contains(u"'upstairs'"_s), 15000);
    const QString folder = qEnvironmentVariable("PISONET_SCREENSHOTS");
    const QList<std::pair<int, QString>> pages {{0, u"bandwidth"_s}, {1, u"vouchers"_s}, {2, u"queues"_s}};
    for (const QSize size : {QSize(1024, 600), QSize(1366, 768)}) {
        shop.window->resize(size);
        for (const auto& [page, name] : pages) {
            shop.window->showPage(page);
            QCoreApplication::processEvents();
            const QImage image = shop.window->grab().toImage();
            QVERIFY(!image.isNull());
            if (!folder.isEmpty()) {
                image.save(u"%1/%2-%3x%4.png"_s.arg(folder, name).arg(size.width()).arg(size.height()));
            }
        }
        if (!folder.isEmpty()) {
            SettingsDialog settings(shop.engine.get(), shop.window.get());
            settings.show();
            settings.routerList()->setCurrentIndex(1);
            QCoreApplication::processEvents();
            settings.grab().save(u"%1/settings-%2x%3.png"_s.arg(folder).arg(size.width()).arg(size.height()));
        }
        shop.window->showPage(0);
        QCoreApplication::processEvents();
        RouterCombo* filter = shop.page()->routerFilter();
        const QRect inWindow(filter->mapTo(shop.window.get(), QPoint(0, 0)), filter->size());
        QVERIFY2(shop.window->rect().contains(inWindow), qPrintable(u"%1x%2"_s.arg(size.width()).arg(size.height())));
    }
}

// The router list of Settings: a new router (its password in its own credential-store entry, never
// in the file), a bad name refused with nothing saved, an edit, and a removal.
void TestSeveralRouters::settingsAddEditAndRemoveRouters()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    TwoRouterWindow shop(dir.path(), main, nullptr);
    QVERIFY(shop.start());
    auto fill = [](SettingsDialog& dialog, const QString& name, const QString& host, const QString& password) {
        dialog.routerList()->setCurrentIndex(dialog.routerList()->count() - 1); // "New router…"
        dialog.routerName()->setText(name);
        dialog.findChild<QLineEdit*>(u"hostLineEdit"_s)->setText(host);
        dialog.findChild<QLineEdit*>(u"userLineEdit"_s)->setText(u"pisonet"_s);
        dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)->setText(password);
    };
    {
        SettingsDialog dialog(shop.engine.get());
        QCOMPARE(dialog.routerList()->count(), 2); // main, New router…
        QVERIFY(!dialog.removeRouterButton()->isEnabled());
        fill(dialog, u"up stairs"_s, u"10.0.1.1"_s, u"upstairs-secret"_s);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: the name was refused
        QVERIFY(dialog.findChild<QLabel*>(u"testResultLabel"_s)->text().contains(u"Not saved"_s));
        QCOMPARE(shop.settings.routers().size(), 1);
        dialog.routerName()->setText(u"upstairs"_s);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(shop.settings.routers().size(), 2);
    const RouterConfig upstairs = shop.settings.routers().at(1);
    QCOMPARE(upstairs.name, u"upstairs"_s);
    QCOMPARE(upstairs.connection.host, u"10.0.1.1"_s);
    QString stored;
    shop.passwords.read(PasswordStore::keyOf(upstairs.passwordKey, upstairs.connection.host, upstairs.connection.user),
                        [&](const QString& password, const QString&) { stored = password; });
    QCOMPARE(stored, u"upstairs-secret"_s);
    shop.settings.sync();
    QFile file(dir.filePath(u"window.ini"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("upstairs-secret"));
    QCOMPARE(shop.engine->connection().settings().host, main.settings().host); // the first one untouched
    {
        // Edit: the other router's address; its password stays where it was.
        SettingsDialog dialog(shop.engine.get());
        dialog.routerList()->setCurrentIndex(dialog.routerList()->findText(u"upstairs"_s));
        QCOMPARE(dialog.findChild<QLineEdit*>(u"hostLineEdit"_s)->text(), u"10.0.1.1"_s);
        QVERIFY(dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)->text().isEmpty());
        dialog.findChild<QLineEdit*>(u"hostLineEdit"_s)->setText(u"10.0.1.2"_s);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(shop.settings.findRouter(u"upstairs"_s)->connection.host, u"10.0.1.2"_s);
    shop.passwords.read(upstairs.passwordKey, [&](const QString& password, const QString&) { stored = password; });
    QCOMPARE(stored, u"upstairs-secret"_s);
    {
        SettingsDialog dialog(shop.engine.get());
        dialog.routerList()->setCurrentIndex(dialog.routerList()->findText(u"upstairs"_s));
        QVERIFY(dialog.removeRouterButton()->isEnabled());
        dialog.removeRouterButton()->click();
        QTRY_VERIFY(MessageBox::pending() != nullptr);
        MessageBox::pending()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(shop.settings.routers().size(), 1);
        QCOMPARE(dialog.routerList()->count(), 2);
    }
    // Its saved password went with it; the first router's entry stays.
    QTRY_VERIFY(!shop.passwords.contains(upstairs.passwordKey));
    QVERIFY(shop.passwords.contains(PasswordStore::key(main.settings().host, main.settings().user)));
}

// A voucher on both routers; the customer's phone waits at the upstairs login page: the dialog
// lists it with its router, and it is logged in there, not on the other router.
void TestSeveralRouters::waitingDeviceIsLoggedInWhereItWaits()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    SimulatorFixture upstairs;
    upstairs.simulator().addHost(MacB, u"10.5.60.20"_s);
    TwoRouterWindow shop(dir.path(), main, &upstairs);
    QVERIFY(shop.start());
    auto* vouchers = shop.window->findChild<VouchersPage*>();
    auto* target = vouchers->findChild<RouterCombo*>(u"pushRouterCombo"_s);
    target->setCurrentIndex(target->findData(-1)); // all routers
    vouchers->findChild<QSpinBox*>(u"countSpinBox"_s)->setValue(1);
    vouchers->generate();
    QTRY_COMPARE_WITH_TIMEOUT(main.simulator().users().size(), 1, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(upstairs.simulator().users().size(), 1, 8000);
    QTRY_VERIFY_WITH_TIMEOUT(
        vouchers->model()->rowCount() == 1 && vouchers->model()->voucher(0)->status == Voucher::Status::Pushed, 8000);
    // Put on both: the Router column names both, not only the first.
    QTRY_COMPARE(vouchers->model()->index(0, VoucherTableModel::Router).data().toString(), u"main, upstairs"_s);
    const QString code = vouchers->model()->voucher(0)->code;
    vouchers->table()->selectRow(0);
    vouchers->activateSelected();
    WaitingDeviceDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = vouchers->findChild<WaitingDeviceDialog*>()) != nullptr);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->waitingCount(), 1, 5000);
    auto* waiting = dialog->findChild<QTableWidget*>(u"waitingTable"_s);
    QCOMPARE(waiting->columnCount(), 4);
    QCOMPARE(waiting->item(0, 3)->text(), u"upstairs"_s);
    waiting->selectRow(0);
    QCOMPARE(dialog->router(), u"upstairs"_s);
    dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(upstairs.simulator().sessions().size() == 1, 8000);
    QCOMPARE(upstairs.simulator().sessions().first().user, code);
    QVERIFY(main.simulator().sessions().isEmpty());
}

// Adding a router in Settings: it connects and its users show beside the first router's, without a
// restart; the Router column, the filter and the Queues picker appear.
void TestSeveralRouters::routerAddedInSettingsShowsAtOnce()
{
    QTemporaryDir dir;
    SimulatorFixture main;
    SimulatorFixture upstairs;
    main.simulator().addSession(u"AAAAAA"_s, MacA, u"10.5.50.10"_s, 1e6, 2e6);
    upstairs.simulator().addSession(u"BBBBBB"_s, MacB, u"10.5.60.11"_s, 1e6, 2e6);
    TwoRouterWindow shop(dir.path(), main, nullptr);
    QVERIFY(shop.start());
    QTRY_COMPARE_WITH_TIMEOUT(shop.rows(), QStringList {u"main "_s + MacA}, 8000);
    QVERIFY(shop.page()->routerFilter()->isHidden());
    {
        SettingsDialog dialog(shop.engine.get(), shop.window.get());
        dialog.routerList()->setCurrentIndex(dialog.routerList()->count() - 1); // "New router…"
        dialog.routerName()->setText(u"upstairs"_s);
        const ConnectionSettings router = upstairs.settings();
        dialog.findChild<QLineEdit*>(u"hostLineEdit"_s)->setText(router.host);
        dialog.findChild<QSpinBox*>(u"portSpinBox"_s)->setValue(router.port);
        dialog.findChild<QLineEdit*>(u"userLineEdit"_s)->setText(router.user);
        dialog.findChild<QLineEdit*>(u"passwordLineEdit"_s)->setText(router.password);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(shop.engine->routerCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(shop.rows(), (QStringList {u"main "_s + MacA, u"upstairs "_s + MacB}), 8000);
    QVERIFY(!shop.table()->isColumnHidden(UserTrafficModel::Router));
    QCOMPARE(shop.table()->horizontalHeader()->visualIndex(UserTrafficModel::Router), 0);
    QVERIFY(!shop.page()->routerFilter()->isHidden());
    QCOMPARE(shop.page()->routerFilter()->findText(u"upstairs"_s), 2);
    QVERIFY(shop.window->findChild<QueuesPage*>()->routerPicker()->findText(u"upstairs"_s) >= 0);
    QVERIFY(logged(shop.engine->log(), u"Watching router upstairs"_s));
    shoot(shop.window.get(), u"router-added"_s);
}

// Removing a router in Settings: its connection closes, and its rows, filter entry, Queues entry and
// banner line go at once; the other router's rows stay (no wait for a refresh).
void TestSeveralRouters::routerRemovedInSettingsGoesAtOnce()
{
    QTemporaryDir dir;
    ThreeRouterWindow routers(dir.path());
    QVERIFY(!QTest::currentTestFailed());
    SimulatorFixture& main = routers.main;
    SimulatorFixture& upstairs = routers.upstairs;
    TwoRouterWindow& shop = routers.shop;
    const int connected = upstairs.simulator().connectionCount();
    QVERIFY(connected >= 1);
    // Upstairs is down (a banner line) when it is removed.
    upstairs.simulator().faults().silent(true);
    upstairs.simulator().disconnectAll();
    QTRY_VERIFY_WITH_TIMEOUT(shop.window->bannerText().contains(u"'upstairs'"_s), 15000);
    shop.page()->routerFilter()->setCurrentIndex(shop.page()->routerFilter()->findText(u"branch"_s));
    {
        SettingsDialog dialog(shop.engine.get(), shop.window.get());
        dialog.routerList()->setCurrentIndex(dialog.routerList()->findText(u"upstairs"_s));
        dialog.removeRouterButton()->click();
        QTRY_VERIFY(MessageBox::pending() != nullptr);
        MessageBox::pending()->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(shop.settings.routers().size(), 2);
    }
    QCOMPARE(shop.engine->routerCount(), 2);
    QCOMPARE(shop.engine->routers().indexOf(u"upstairs"_s), -1);
    // At once, from the routers' last refresh: no row of upstairs, the others' rows still there.
    shop.page()->routerFilter()->setCurrentIndex(0);
    QCOMPARE(shop.rows(), (QStringList {u"branch "_s + MacBoth, u"main "_s + MacA}));
    QCOMPARE(shop.page()->routerFilter()->findText(u"upstairs"_s), -1);
    QCOMPARE(shop.page()->routerFilter()->count(), 3); // All routers, main, branch
    QCOMPARE(shop.window->findChild<QueuesPage*>()->routerPicker()->findText(u"upstairs"_s), -1);
    QVERIFY(!shop.window->bannerText().contains(u"'upstairs'"_s));
    QTRY_COMPARE_WITH_TIMEOUT(upstairs.simulator().connectionCount(), 0, 5000);
    // The others go on: new customers on main show.
    main.simulator().addSession(u"EEEEEE"_s, u"AA:BB:CC:00:00:0E"_s, u"10.5.50.14"_s, 1e6, 2e6);
    QTRY_COMPARE_WITH_TIMEOUT(shop.rows().size(), 3, 8000);
    QVERIFY(logged(shop.engine->log(), u"Stopped watching router upstairs"_s));
    shoot(shop.window.get(), u"router-removed"_s);
}

// Editing the second of three routers: it stays second (in the settings, the set and the filter)
// and reconnects to its new address with the password it had. A router keeps its name.
void TestSeveralRouters::editingTheSecondOfThreeKeepsItsPlace()
{
    QTemporaryDir dir;
    SimulatorFixture moved; // where upstairs is after the edit
    moved.simulator().addSession(u"DDDDDD"_s, u"AA:BB:CC:00:00:0D"_s, u"10.5.60.13"_s, 1e6, 2e6);
    ThreeRouterWindow routers(dir.path());
    QVERIFY(!QTest::currentTestFailed());
    SimulatorFixture& upstairs = routers.upstairs;
    TwoRouterWindow& shop = routers.shop;
    {
        SettingsDialog dialog(shop.engine.get(), shop.window.get());
        dialog.routerList()->setCurrentIndex(1);
        QCOMPARE(dialog.routerList()->currentText(), u"upstairs"_s);
        QVERIFY(dialog.routerName()->isReadOnly()); // renaming is not offered
        dialog.findChild<QSpinBox*>(u"portSpinBox"_s)->setValue(moved.settings().port);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QStringList names;
    for (const RouterConfig& router : shop.settings.routers()) {
        names.append(router.name);
    }
    QCOMPARE(names, (QStringList {u"main"_s, u"upstairs"_s, u"branch"_s}));
    QCOMPARE(shop.settings.routers().at(1).connection.port, moved.settings().port);
    QCOMPARE(shop.engine->routers().name(1), u"upstairs"_s);
    QCOMPARE(shop.engine->routers().connection(1).settings().port, moved.settings().port);
    QCOMPARE(shop.page()->routerFilter()->itemText(2), u"upstairs"_s);
    // Reconnected there with the stored password: the moved router's customer shows, the old one's goes.
    QTRY_VERIFY_WITH_TIMEOUT(shop.rows().contains(u"upstairs AA:BB:CC:00:00:0D"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!shop.rows().contains(u"upstairs "_s + MacB), 10000);
    QVERIFY(shop.rows().contains(u"branch "_s + MacBoth));
    QTRY_COMPARE_WITH_TIMEOUT(upstairs.simulator().connectionCount(), 0, 5000);
    {
        SettingsDialog dialog(shop.engine.get(), shop.window.get());
        dialog.routerList()->setCurrentIndex(2);
        QCOMPARE(dialog.routerList()->currentText(), u"branch"_s); // still third
    }
}

// With no router set up the window shows two simulated routers, with everything a shop with two
// routers has: the Router column and filter, each router's users, Queues and "Put on router" per
// router.
void TestSeveralRouters::demoShowsTwoRouters()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(u"demo.ini"_s));
    settings.setDatabasePath(dir.filePath(u"demo.db"_s));
    settings.setRefreshSeconds(2);
    MemoryPasswordStore passwords;
    AppEngine engine(&settings, &passwords);
    QString error;
    QVERIFY2(engine.initialise(&error), qPrintable(error));
    MainWindow window(&engine);
    window.resize(1366, 768);
    window.show();
    engine.start();
    QVERIFY(engine.isDemo());
    QCOMPARE(engine.routerCount(), 2);
    QCOMPARE(engine.routers().name(0), u"main"_s);
    QCOMPARE(engine.routers().name(1), u"upstairs"_s);
    BandwidthPage* page = window.bandwidthPage();
    auto countOf = [&](const QString& router) {
        int rows = 0;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            rows += page->model()->index(row, UserTrafficModel::Router).data().toString() == router ? 1 : 0;
        }
        return rows;
    };
    QTRY_VERIFY_WITH_TIMEOUT(countOf(u"main"_s) >= 15 && countOf(u"upstairs"_s) >= 5, 8000);
    QVERIFY(countOf(u"upstairs"_s) < countOf(u"main"_s)); // the smaller one upstairs
    QVERIFY(!page->table()->isColumnHidden(UserTrafficModel::Router));
    QVERIFY(!page->routerFilter()->isHidden());
    QCOMPARE(page->routerFilter()->count(), 3);
    QVERIFY(window.bannerText().contains(u"Demo routers"_s));
    // Different address and MAC ranges: no MAC on both.
    QSet<QString> macs;
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        macs.insert(page->model()->index(row, UserTrafficModel::Mac).data().toString());
    }
    QCOMPARE(macs.size(), page->model()->rowCount());
    // Queues and "Put on router" on the second demo router: a limit set there shows as its queue.
    QString upstairsMac;
    for (int row = 0; row < page->model()->rowCount() && upstairsMac.isEmpty(); ++row) {
        if (page->model()->index(row, UserTrafficModel::Router).data().toString() == u"upstairs"_s) {
            upstairsMac = page->model()->index(row, UserTrafficModel::Mac).data().toString();
        }
    }
    bool limited = false;
    engine.routers().loop(1).bandwidth().setLimit(
        *MacAddress::parse(upstairsMac), {*RateLimit::parse(u"512k"_s, {}), *RateLimit::parse(u"1M"_s, {})}, true,
        nullptr, [&](const BandwidthController::Outcome&) { limited = true; });
    QTRY_VERIFY(limited);
    auto* queues = window.findChild<QueuesPage*>();
    queues->routerPicker()->setCurrentIndex(queues->routerPicker()->findText(u"upstairs"_s));
    auto* queueTable = queues->findChild<QTableView*>(u"queuesTableView"_s);
    auto queueShown = [&] {
        for (int row = 0; row < queueTable->model()->rowCount(); ++row) {
            if (queueTable->model()->index(row, 0).data().toString() == TrafficJoiner::QueuePrefix + upstairsMac) {
                return true;
            }
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(queueShown(), 8000);
    auto* vouchers = window.findChild<VouchersPage*>();
    auto* target = vouchers->findChild<RouterCombo*>(u"pushRouterCombo"_s);
    target->setCurrentIndex(target->findText(u"upstairs"_s));
    vouchers->findChild<QSpinBox*>(u"countSpinBox"_s)->setValue(2);
    vouchers->generate();
    QTRY_COMPARE_WITH_TIMEOUT(vouchers->model()->index(0, VoucherTableModel::Router).data().toString(), u"upstairs"_s,
                              8000);
    // The charts follow the filter on the demo too.
    page->routerFilter()->setCurrentIndex(page->routerFilter()->findText(u"upstairs"_s));
    QTRY_COMPARE(page->table()->model()->rowCount(), countOf(u"upstairs"_s));
    page->routerFilter()->setCurrentIndex(0);
    QTRY_VERIFY_WITH_TIMEOUT(engine.routers().loop(1).monitor().history().total().size() >= 2, 10000);
    shoot(&window, u"demo-two-routers"_s);
}

QTEST_MAIN(TestSeveralRouters)
#include "tst_severalrouters.moc"
