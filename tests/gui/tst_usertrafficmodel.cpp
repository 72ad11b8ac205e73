// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/usertrafficmodel.h"
#include "core/traffic/trafficjoiner.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
HotspotSession session(int n, quint64 bytes)
{
    HotspotSession s;
    s.id = u"*%1"_s.arg(n);
    s.user = u"CODE%1"_s.arg(n);
    s.macAddress = u"AA:BB:CC:00:00:%1"_s.arg(n, 2, 10, QLatin1Char('0'));
    s.address = u"10.0.0.%1"_s.arg(n);
    s.bytesIn = bytes;
    s.bytesOut = bytes * 4;
    return s;
}
} // namespace

class TestUserTrafficModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPollSpeedIsUnknownNotZero();
    void anotherRouterReplacesEveryRow();
    void incrementalUpdates();
    void selectionSurvivesRefresh();
    void staleGreysOutButKeepsRows();
    void searchFiltersCodeMacIp();
    void randomisedMacIsMarked();
    void eachRouterChangesOnlyItsRows();
};

void TestUserTrafficModel::incrementalUpdates()
{
    UserTrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    TrafficSnapshot first = TrafficJoiner::join({session(1, 10), session(2, 10), session(3, 10)}, {}, {}, 0);
    model.apply(first);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1); // one block

    // 2 leaves, 4 arrives, 1 changes, 3 stays the same.
    TrafficSnapshot second = TrafficJoiner::join({session(1, 20), session(3, 10), session(4, 10)}, {}, first, 10000);
    model.apply(second);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.index(0, UserTrafficModel::User).data().toString(), u"CODE1"_s);
    QCOMPARE(model.index(0, UserTrafficModel::Uploaded).data(UserTrafficModel::SortRole).toULongLong(), 20u);
    QCOMPARE(model.index(2, UserTrafficModel::Mac).data().toString(), u"AA:BB:CC:00:00:04"_s);
}

void TestUserTrafficModel::selectionSurvivesRefresh()
{
    UserTrafficModel model;
    UserFilterModel filter;
    filter.setSourceModel(&model);
    QTableView view;
    view.setModel(&filter);
    view.setSortingEnabled(true);
    view.sortByColumn(UserTrafficModel::Uploaded, Qt::DescendingOrder);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    QList<HotspotSession> sessions;
    for (int i = 1; i <= 50; ++i) {
        sessions.append(session(i, quint64(i) * 100));
    }
    TrafficSnapshot snapshot = TrafficJoiner::join(sessions, {}, {}, 0);
    model.apply(snapshot);
    // Select CODE30 (it stays online; CODE1..CODE10 leave one by one).
    const QModelIndexList found = filter.match(filter.index(0, 0), Qt::DisplayRole, u"CODE30"_s, 1, Qt::MatchExactly);
    QCOMPARE(found.size(), 1);
    view.selectionModel()->setCurrentIndex(found.first(),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Ten refreshes with changing counters, arrivals and departures.
    for (int round = 1; round <= 10; ++round) {
        for (HotspotSession& s : sessions) {
            s.bytesIn += quint64(round) * 7;
        }
        sessions.removeAt(0);
        sessions.append(session(100 + round, 1));
        snapshot = TrafficJoiner::join(sessions, {}, snapshot, 10000);
        model.apply(snapshot);
    }
    const QModelIndex current = view.selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(UserTrafficModel::User).data().toString(), u"CODE30"_s);
    QVERIFY(view.selectionModel()->isRowSelected(current.row(), {}));
}

void TestUserTrafficModel::staleGreysOutButKeepsRows()
{
    UserTrafficModel model;
    TrafficSnapshot snapshot = TrafficJoiner::join({session(1, 1)}, {}, {}, 0);
    model.apply(snapshot);
    snapshot.stale = true;
    snapshot.staleReason = u"router gone"_s;
    model.apply(snapshot);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.isStale());
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

void TestUserTrafficModel::searchFiltersCodeMacIp()
{
    UserTrafficModel model;
    UserFilterModel filter;
    filter.setSourceModel(&model);
    model.apply(TrafficJoiner::join({session(1, 1), session(2, 1), session(12, 1)}, {}, {}, 0));
    filter.setSearch(u"code1"_s);
    QCOMPARE(filter.rowCount(), 2); // CODE1, CODE12
    filter.setSearch(u"00:00:02"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearch(u"10.0.0.12"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearch(QString());
    QCOMPARE(filter.rowCount(), 3);
}

void TestUserTrafficModel::firstPollSpeedIsUnknownNotZero()
{
    UserTrafficModel model;
    TrafficSnapshot snapshot = TrafficJoiner::join({session(1, 10)}, {}, {}, 0);
    model.apply(snapshot);
    QCOMPARE(model.index(0, UserTrafficModel::DownRate).data().toString(), QStringLiteral("—"));
    snapshot = TrafficJoiner::join({session(1, 20)}, {}, snapshot, 10000);
    model.apply(snapshot);
    QVERIFY(model.index(0, UserTrafficModel::DownRate).data().toString().endsWith(QStringLiteral("bps")));
}

void TestUserTrafficModel::anotherRouterReplacesEveryRow()
{
    UserTrafficModel model;
    QAbstractItemModelTester tester(&model);
    TrafficSnapshot first = TrafficJoiner::join({session(1, 10), session(2, 10)}, {}, {}, 0);
    model.apply(first);
    model.apply(TrafficJoiner::join({session(1, 10), session(2, 10)}, {}, first, 10000));
    QCOMPARE(model.rowCount(), 2);
    // The monitor forgot the old router: its next snapshot starts a new series.
    model.apply(TrafficJoiner::join({session(7, 10)}, {}, {}, 0));
    QCOMPARE(model.rowCount(), 1);
}

// A phone's private MAC (locally administered bit) gets a marker and says why in a tooltip; a
// maker's MAC does not.
void TestUserTrafficModel::randomisedMacIsMarked()
{
    UserTrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    HotspotSession maker = session(2, 10);
    maker.macAddress = u"00:1A:2B:00:00:02"_s;
    model.apply(TrafficJoiner::join({session(1, 10), maker}, {}, {}, 0));
    QCOMPARE(model.rowCount(), 2);
    const int randomRow = model.index(0, UserTrafficModel::Mac).data().toString() == maker.macAddress ? 1 : 0;
    const QModelIndex random = model.index(randomRow, UserTrafficModel::Mac);
    const QModelIndex fixed = model.index(1 - randomRow, UserTrafficModel::Mac);
    QVERIFY(random.data(UserTrafficModel::RandomisedMacRole).toBool());
    QVERIFY(!random.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(random.data(Qt::ToolTipRole).toString(),
             u"This phone uses a private (random) MAC address; it can change when it reconnects"_s);
    QCOMPARE(random.data().toString(), u"AA:BB:CC:00:00:01"_s); // the address itself stays as it is
    QVERIFY(!fixed.data(UserTrafficModel::RandomisedMacRole).toBool());
    QVERIFY(!fixed.data(Qt::DecorationRole).isValid());
    QVERIFY(!fixed.data(Qt::ToolTipRole).isValid());
}

// Two routers: the same phone is a row on each; one router's refresh, outage or new series (it was
// reconnected to another address) leaves the other router's rows as they are.
void TestUserTrafficModel::eachRouterChangesOnlyItsRows()
{
    UserTrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const TrafficSnapshot main = TrafficJoiner::join({session(1, 10), session(2, 10)}, {}, {}, 0);
    const TrafficSnapshot upstairs = TrafficJoiner::join({session(2, 10), session(3, 10)}, {}, {}, 0);
    model.apply(main, u"main"_s);
    model.apply(upstairs, u"upstairs"_s);
    QCOMPARE(model.rowCount(), 4);
    auto rowsOf = [&](const QString& router) {
        QStringList macs;
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.router(row) == router) {
                macs.append(model.index(row, UserTrafficModel::Mac).data().toString());
            }
        }
        macs.sort();
        return macs;
    };
    QCOMPARE(rowsOf(u"main"_s), (QStringList {u"AA:BB:CC:00:00:01"_s, u"AA:BB:CC:00:00:02"_s}));
    QCOMPARE(model.index(2, UserTrafficModel::Router).data().toString(), u"upstairs"_s);

    // Phone 2 leaves main only.
    model.apply(TrafficJoiner::join({session(1, 20)}, {}, main, 10000), u"main"_s);
    QCOMPARE(rowsOf(u"main"_s), QStringList {u"AA:BB:CC:00:00:01"_s});
    QCOMPARE(rowsOf(u"upstairs"_s), (QStringList {u"AA:BB:CC:00:00:02"_s, u"AA:BB:CC:00:00:03"_s}));

    // Upstairs is down: its rows are greyed, main's are not, and all rows stay.
    TrafficSnapshot down = upstairs;
    down.stale = true;
    model.apply(down, u"upstairs"_s);
    QVERIFY(!model.isStale()); // not every router
    QVERIFY(model.isStale(u"upstairs"_s));
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, 0).data(Qt::ForegroundRole).isValid(), model.router(row) == u"upstairs"_s);
    }

    // Upstairs starts a new series: its rows are replaced, main's stay, and no reset.
    model.apply(TrafficJoiner::join({session(4, 10)}, {}, {}, 0), u"upstairs"_s);
    QCOMPARE(rowsOf(u"upstairs"_s), QStringList {u"AA:BB:CC:00:00:04"_s});
    QCOMPARE(rowsOf(u"main"_s), QStringList {u"AA:BB:CC:00:00:01"_s});
    QCOMPARE(resets.size(), 0);

    // The filter shows one router's rows.
    UserFilterModel filter;
    filter.setSourceModel(&model);
    filter.setRouter(u"main"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setRouter({});
    QCOMPARE(filter.rowCount(), 2);
}

QTEST_MAIN(TestUserTrafficModel)
#include "tst_usertrafficmodel.moc"
