// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Queues page and its model: every poll is applied in place.
#include "app/models/queuetablemodel.h"
#include "app/widgets/queuespage.h"
#include "gui/realrouterwindow.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQueuesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyedRowsFollowEveryChange();
    void refreshKeepsTheScrollAndNeverResets();
};

void TestQueuesPage::initTestCase()
{
    qputenv("PISONET_PROFILES", PISONET_SOURCE_DIR "/profiles.json");
}

// Random lists (queues added, removed, moved, changed): the rows always end up as the router's
// list, in its order, through consistent signals and never a reset.
void TestQueuesPage::keyedRowsFollowEveryChange()
{
    QueueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QRandomGenerator random(7);
    for (int round = 0; round < 300; ++round) {
        QList<SimpleQueue> queues;
        for (int id = 0; id < 30; ++id) {
            if (random.bounded(3) != 0) {
                SimpleQueue queue;
                queue.id = u"*%1"_s.arg(id, 0, 16);
                queue.name = u"queue-%1"_s.arg(id);
                queue.rate = u"%1/%2"_s.arg(random.bounded(3) * 1000).arg(random.bounded(3) * 1000);
                queues.append(queue);
            }
        }
        if (random.bounded(4) == 0) { // the router's order changes (place-before, moves in Winbox)
            std::shuffle(queues.begin(), queues.end(), random);
        }
        model.setQueues(queues);
        QCOMPARE(model.rowCount(), int(queues.size()));
        for (int row = 0; row < queues.size(); ++row) {
            QCOMPARE(model.queue(row)->id, queues[row].id);
            QCOMPARE(model.queue(row)->rate, queues[row].rate);
        }
    }
    QCOMPARE(resets.size(), 0);
}

void TestQueuesPage::refreshKeepsTheScrollAndNeverResets()
{
    QTemporaryDir dir;
    SimulatorFixture router;
    for (int i = 0; i < 200; ++i) {
        router.simulator().addQueue(u"other-%1"_s.arg(i, 3, 10, QChar(u'0')),
                                    u"10.9.%1.%2/32"_s.arg(i / 200).arg(i % 200), 1000000, 2000000);
    }
    RealRouterWindow shop(dir.path(), router);
    QVERIFY(shop.start());
    shop.window->resize(1024, 600);
    shop.window->showPage(2);
    auto* page = shop.window->findChild<QueuesPage*>();
    auto* table = page->findChild<QTableView*>(u"queuesTableView"_s);
    auto* model = qobject_cast<QueueTableModel*>(table->model());
    QVERIFY(model);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 200, 8000);
    QVERIFY(QTest::qWaitForWindowExposed(shop.window.get()));

    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(model, &QAbstractItemModel::rowsInserted);
    QTRY_VERIFY(table->verticalScrollBar()->maximum() > 100); // laid out
    table->verticalScrollBar()->setValue(100);
    const int scrolled = table->verticalScrollBar()->value();
    QCOMPARE(scrolled, 100);
    table->selectRow(120);

    QVERIFY(router.simulator().removeQueueByName(u"other-199"_s));
    router.simulator().addQueue(u"other-new"_s, u"10.9.9.9/32"_s, 1000000, 2000000);
    const quint64 before = shop.sequence();
    QTRY_VERIFY_WITH_TIMEOUT(shop.sequence() >= before + 2, 10000);
    QTRY_COMPARE(model->queue(model->rowCount() - 1)->name, u"other-new"_s);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model->rowCount(), 200);
    QCOMPARE(table->verticalScrollBar()->value(), scrolled);
    QCOMPARE(table->selectionModel()->selectedRows().value(0).row(), 120);

    // Speeds and bytes line up on the right, as on Bandwidth Control; the Bytes cell never wraps or
    // is cut.
    for (int column : {QueueTableModel::DownRate, QueueTableModel::UpRate, QueueTableModel::Bytes}) {
        QVERIFY(model->index(0, column).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    }
    QVERIFY(!table->wordWrap());
    const QAbstractItemView* view = table;
    QVERIFY(table->columnWidth(QueueTableModel::Bytes) >= view->sizeHintForColumn(QueueTableModel::Bytes));
}

QTEST_MAIN(TestQueuesPage)
#include "tst_queuespage.moc"
