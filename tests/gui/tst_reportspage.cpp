// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page of the real window, offscreen, on a simulated router.
#include "app/dialogs/savefiledialog.h"
#include "app/widgets/reportspage.h"
#include "core/traffic/trafficformat.h"
#include "gui/realrouterwindow.h"
#include "testdata.h"

#include <QChartView>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void nothingSoldInWordsThenPesosAndTopUsers();

private:
    QTemporaryDir m_home;
};

void TestReportsPage::initTestCase()
{
    qputenv("PISONET_PROFILES", PISONET_SOURCE_DIR "/profiles.json");
    qputenv("HOME", QFile::encodeName(m_home.path()));
    qunsetenv("XDG_CONFIG_HOME");
    QVERIFY(QDir(m_home.path()).mkpath(u"Documents"_s));
}

void TestReportsPage::nothingSoldInWordsThenPesosAndTopUsers()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    auto* page = shop.window->findChild<ReportsPage*>();
    auto* stack = page->findChild<QStackedWidget*>();
    auto* nothing = page->findChild<QLabel*>(u"nothingSoldLabel"_s);
    QCOMPARE(stack->currentWidget(), nothing); // words, not an empty chart
    QVERIFY2(nothing->text().contains(u"Nothing sold yet"_s), qPrintable(nothing->text()));

    // Two vouchers sold today (first used), one of them with a session that used data.
    VoucherStore& store = shop.engine->loop().voucherStore();
    const Profile basic = *shop.engine->profiles().find(u"BASIC"_s);
    VoucherStore::GenerateOptions options;
    options.count = 2;
    QString error;
    const auto batch = store.generate(basic, options, &error);
    QVERIFY2(batch, qPrintable(error));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    UserTraffic user;
    user.user = batch->codes[0];
    user.mac = *MacAddress::parse(u"AA:BB:CC:00:00:0A"_s);
    user.address = u"10.5.50.10"_s;
    user.bytesUp = 2'000'000;
    user.bytesDown = 30'000'000;
    QVERIFY(store.activate(batch->codes[0], user.macString(), user.address, now, &error));
    QVERIFY(store.activate(batch->codes[1], u"AA:BB:CC:00:00:0B"_s, u"10.5.50.11"_s, now, &error));
    QVERIFY2(store.openSession(batch->codes[0], user, now, &error), qPrintable(error));
    page->reload();

    auto* chartView = page->findChild<QChartView*>();
    QCOMPARE(stack->currentWidget(), chartView);
    QVERIFY2(chartView->chart()->title().contains(u"₱10"_s), qPrintable(chartView->chart()->title()));
    auto* axis = qobject_cast<QValueAxis*>(chartView->chart()->axes(Qt::Vertical).value(0));
    QVERIFY(axis);
    QVERIFY(axis->max() >= 10);
    // What is drawn: the peso sign on the revenue axis (not the '?' a Latin-1 label format gives).
    shop.window->showPage(3);
    auto drawnLabels = [&] {
        QStringList texts;
        for (QGraphicsItem* item : chartView->scene()->items()) {
            if (auto* text = dynamic_cast<QGraphicsTextItem*>(item)) {
                texts.append(text->toPlainText());
            }
        }
        return texts;
    };
    QTRY_VERIFY2(drawnLabels().contains(u"₱10"_s), qPrintable(drawnLabels().join(u" | "_s)));
    QVERIFY(!drawnLabels().join(u' ').contains(u'?'));

    // The top users: the same list as `pisonet-cli reports usage` (SalesReport::topUsers).
    auto* top = page->findChild<QTableWidget*>(u"topUsersTable"_s);
    const auto expected
        = SalesReport(&shop.engine->database()).topUsers(QDate::currentDate(), QDate::currentDate(), 10);
    QCOMPARE(top->rowCount(), int(expected.size()));
    QCOMPARE(top->rowCount(), 1);
    QCOMPARE(top->item(0, 0)->text(), batch->codes[0]);
    QCOMPARE(top->item(0, 1)->text(), u"AA:BB:CC:00:00:0A"_s);
    QCOMPARE(top->item(0, 2)->text(), TrafficFormat::bytes(30'000'000));

    // Export the table shown: into Documents the first time.
    page->findChild<QTabWidget*>()->setCurrentWidget(top);
    page->findChild<QPushButton*>(u"exportCsvButton"_s)->click();
    SaveFileDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = page->findChild<SaveFileDialog*>()) != nullptr);
    QCOMPARE(dialog->directory().absolutePath(), m_home.filePath(u"Documents"_s));
    const QString path = dir.filePath(u"top.csv"_s);
    dialog->selectFile(path);
    static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
    QTRY_VERIFY(QFile::exists(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray content = csv.readAll();
    QVERIFY2(content.contains(QByteArray(batch->codes[0].toLatin1() + ",AA:BB:CC:00:00:0A,2000000,30000000")),
             content.constData());
    QCOMPARE(shop.settings.lastSaveFolder(), dir.path());
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
