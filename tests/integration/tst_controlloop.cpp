// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole refresh (poll, vouchers, limits) against a router someone else set up, on the simulator:
// queues made elsewhere are adopted, never wiped; operator decisions stick; the reconciliation
// never races an operator change; vouchers not on the router are put there.
#include "core/log/eventlog.h"
#include "core/monitor/controlloop.h"
#include "core/routeros/routerduration.h"
#include "core/storage/database.h"
#include "core/traffic/trafficjoiner.h"
#include "core/vouchers/vouchermanager.h"
#include "support/simulatorfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
const QString Mac1 = u"AA:BB:CC:00:00:01"_s;
const QString Mac2 = u"AA:BB:CC:00:00:02"_s;
const QString Gone = u"AA:BB:CC:00:00:09"_s;
// Phones with a private MAC: the second-lowest bit of the first octet is set.
const QString OldMac = u"DA:A1:19:00:00:01"_s;
const QString NewMac = u"3E:22:71:00:00:02"_s;

BandwidthLimit limit(const QString& up, const QString& down)
{
    return {*RateLimit::parse(up, {}), *RateLimit::parse(down, {})};
}

const RouterSimulator::Queue* queueNamed(const QList<RouterSimulator::Queue>& queues, const QString& name)
{
    for (const RouterSimulator::Queue& queue : queues) {
        if (queue.name == name) {
            return &queue;
        }
    }
    return nullptr;
}
} // namespace

class TestControlLoop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void adoptsQueuesMadeElsewhere();
    void removedVoucherLimitStaysRemoved();
    void reconcileNeverRacesAnOperatorChange();
    void newVouchersArePutOnTheRouter();
    void missingVouchersAreNoticed();
    void historyBelongsToItsRouterAndSurvivesARestart();
    void speedFollowsTheCodeToANewMac();
    void lockDeviceBindsTheFirstDeviceUntilUnlocked();
    void limitKeptForACodeFollowsAMacChange();

private:
    void pollAndReconcile();
    QStringList generate(int count, bool lockDevice = false);
    // One voucher, also a hotspot user on the simulator.
    QString generateOnRouter(bool lockDevice);
    std::optional<Voucher> voucherOf(const QString& code) { return m_loop->voucherStore().find(code); }

    std::unique_ptr<SimulatorFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<ControlLoop> m_loop;
};

void TestControlLoop::init()
{
    m_fixture = std::make_unique<SimulatorFixture>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QString error;
    QVERIFY2(m_db->open(m_dir->filePath(u"fresh.db"_s), &error), qPrintable(error));
    m_log = std::make_unique<EventLog>();
    m_loop = std::make_unique<ControlLoop>(&m_fixture->client(), m_db.get());
    m_loop->setEventLog(m_log.get());
    m_loop->setVoucherUpkeep(false);
}

void TestControlLoop::cleanup()
{
    m_loop.reset();
    m_log.reset();
    m_db.reset();
    m_dir.reset();
    m_fixture.reset();
}

// One full refresh that really reconciled (not one skipped because a change was under way).
void TestControlLoop::pollAndReconcile()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_loop->bandwidth().isBusy() && !m_loop->monitor().isPolling(), 5000);
    bool reconciled = false;
    const auto connection = connect(
        &m_loop->bandwidth(), &BandwidthController::reconciled, this,
        [&](const BandwidthController::ReconcileReport& report) { reconciled = reconciled || !report.skipped; });
    m_loop->monitor().refreshNow();
    QTRY_VERIFY_WITH_TIMEOUT(reconciled, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_loop->bandwidth().isBusy(), 5000);
    disconnect(connection);
}

QStringList TestControlLoop::generate(int count, bool lockDevice)
{
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    profile.lockDevice = lockDevice;
    VoucherStore::GenerateOptions options;
    options.count = count;
    QString error;
    const auto batch = m_loop->voucherStore().generate(profile, options, &error);
    return batch ? batch->codes : QStringList();
}

QString TestControlLoop::generateOnRouter(bool lockDevice)
{
    const QString code = generate(1, lockDevice).value(0);
    m_fixture->simulator().addUser(code, code);
    return code;
}

// The router already has pisonet-<MAC> queues (the old Python tool, another PC, an earlier install)
// and this program starts with an empty database: the first poll must not remove a paid cap.
void TestControlLoop::adoptsQueuesMadeElsewhere()
{
    RouterSimulator& router = m_fixture->simulator();
    router.addSession(u"OLD111"_s, Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    router.addSession(u"OLD222"_s, Mac2, u"10.5.50.12"_s, 2e6, 8e6);
    router.addQueue(TrafficJoiner::QueuePrefix + Mac1, u"10.5.50.11/32"_s, 512000, 1000000);
    router.addQueue(TrafficJoiner::QueuePrefix + Mac2, u"10.5.50.99/32"_s, 1000000, 2000000); // stale address
    router.addQueue(TrafficJoiner::QueuePrefix + Gone, u"10.5.50.50/32"_s, 1000000, 2000000); // device left
    router.addQueue(u"shop-pc"_s, u"10.5.50.200/32"_s, 5000000, 5000000);
    QVERIFY(m_fixture->connectAndWait());
    QSignalSpy adopted(m_loop.get(), &ControlLoop::limitsAdopted);

    pollAndReconcile();
    const auto queues = router.queues();
    const auto* first = queueNamed(queues, TrafficJoiner::QueuePrefix + Mac1);
    const auto* second = queueNamed(queues, TrafficJoiner::QueuePrefix + Mac2);
    QVERIFY(first != nullptr);
    QVERIFY(second != nullptr);
    QCOMPARE(first->maxUp, quint64(512000)); // left exactly as it was
    QCOMPARE(first->maxDown, quint64(1000000));
    QCOMPARE(second->maxDown, quint64(2000000));
    QCOMPARE(second->target, u"10.5.50.12/32"_s); // the address corrected, nothing else
    QVERIFY(queueNamed(queues, TrafficJoiner::QueuePrefix + Gone) == nullptr); // its device has left
    QVERIFY(queueNamed(queues, u"shop-pc"_s) != nullptr);

    QCOMPARE(adopted.size(), 1);
    QCOMPARE(adopted.first().at(0).toStringList().size(), 2);
    QVERIFY(adopted.first().at(1).toBool()); // the first time on this router: the window says so once
    for (const UserTraffic& user : m_loop->monitor().snapshot().users) {
        QCOMPARE(user.limitSource, LimitSource::Adopted);
    }
    bool logged = false;
    for (const EventLog::Entry& entry : m_log->entries()) {
        logged = logged || (entry.text.contains(TrafficJoiner::QueuePrefix + Mac1) && entry.text.contains(u"Kept"_s));
    }
    QVERIFY(logged);

    // Later polls keep them and do not announce them again.
    const int changes = router.changeCount();
    pollAndReconcile();
    QCOMPARE(router.changeCount(), changes);
    QCOMPARE(adopted.size(), 1);

    // An explicit wish of ours replaces an adopted limit in place.
    bool done = false;
    m_loop->bandwidth().setLimit(*MacAddress::parse(Mac1), limit(u"2M"_s, u"4M"_s), false, nullptr,
                                 [&](const BandwidthController::Outcome& outcome) {
                                     QVERIFY2(outcome.ok(), qPrintable(outcome.message));
                                     done = true;
                                 });
    QTRY_VERIFY(done);
    const auto after = router.queues();
    QCOMPARE(queueNamed(after, TrafficJoiner::QueuePrefix + Mac1)->id, first->id);
    QCOMPARE(queueNamed(after, TrafficJoiner::QueuePrefix + Mac1)->maxDown, quint64(4000000));

    // The adopted queue goes when its device leaves, like ours.
    router.logout(Mac2);
    pollAndReconcile();
    QVERIFY(queueNamed(router.queues(), TrafficJoiner::QueuePrefix + Mac2) == nullptr);
}

// "Remove limit" on a customer whose voucher sets their speed is the operator's decision: the next
// polls do not put the voucher's queue back, until the operator sets a limit again.
void TestControlLoop::removedVoucherLimitStaysRemoved()
{
    const QStringList codes = generate(1);
    QCOMPARE(codes.size(), 1);
    m_fixture->simulator().addSession(codes.first(), Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    pollAndReconcile();
    pollAndReconcile();
    QCOMPARE(m_fixture->simulator().queues().size(), 1); // the voucher's speed

    BandwidthController::Outcome removed;
    bool done = false;
    m_loop->bandwidth().removeLimit(*MacAddress::parse(Mac1), nullptr,
                                    [&](const BandwidthController::Outcome& outcome) {
                                        removed = outcome;
                                        done = true;
                                    });
    QTRY_VERIFY(done);
    QCOMPARE(removed.status, BandwidthController::Outcome::Status::Changed);
    QVERIFY2(removed.message.contains(codes.first()), qPrintable(removed.message));
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    for (int i = 0; i < 3; ++i) {
        pollAndReconcile();
    }
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    QCOMPARE(m_loop->monitor().snapshot().users.first().limitSource, LimitSource::None);

    // The operator sets one again: it applies, and sticks too.
    done = false;
    m_loop->bandwidth().setLimit(*MacAddress::parse(Mac1), limit(u"256k"_s, u"512k"_s), false, nullptr,
                                 [&](const BandwidthController::Outcome&) { done = true; });
    QTRY_VERIFY(done);
    pollAndReconcile();
    QCOMPARE(m_fixture->simulator().queues().size(), 1);
    QCOMPARE(m_fixture->simulator().queues().first().maxDown, quint64(512000));
    QCOMPARE(m_loop->monitor().snapshot().users.first().limitSource, LimitSource::Operator);
}

// A poll whose answer was on its way while the operator set a limit shows the router as it was
// before: reconciling from it would add a duplicate queue or undo the change.
void TestControlLoop::reconcileNeverRacesAnOperatorChange()
{
    m_fixture->simulator().addSession(u"CODE1"_s, Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    pollAndReconcile();
    QSignalSpy reconciled(&m_loop->bandwidth(), &BandwidthController::reconciled);
    m_fixture->simulator().faults().delayReplies(300);
    m_loop->monitor().refreshNow(); // asked now, answered after the change below
    bool done = false;
    m_loop->bandwidth().setLimit(*MacAddress::parse(Mac1), limit(u"1M"_s, u"2M"_s), false, nullptr,
                                 [&](const BandwidthController::Outcome& outcome) {
                                     QVERIFY2(outcome.ok(), qPrintable(outcome.message));
                                     done = true;
                                 });
    QTRY_VERIFY_WITH_TIMEOUT(done, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty(), 5000);
    m_fixture->simulator().faults().delayReplies(0);
    for (const QList<QVariant>& call : reconciled) {
        const auto report = call.first().value<BandwidthController::ReconcileReport>();
        QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u"; "_s)));
    }
    pollAndReconcile();
    const auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues.first().maxDown, quint64(2000000));
}

void TestControlLoop::newVouchersArePutOnTheRouter()
{
    const QStringList codes = generate(3);
    QVERIFY(m_fixture->connectAndWait());
    m_loop->setVoucherUpkeep(true);
    QSignalSpy pushed(m_loop.get(), &ControlLoop::vouchersPushed);
    pollAndReconcile();
    QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 1, 5000);
    QCOMPARE(pushed.first().at(0).toInt(), 3);
    QStringList onRouter;
    for (const auto& user : m_fixture->simulator().users()) {
        onRouter.append(user.name);
    }
    for (const QString& code : codes) {
        QVERIFY(onRouter.contains(code));
        QCOMPARE(m_loop->voucherStore().find(code)->status, Voucher::Status::Pushed);
    }
}

void TestControlLoop::missingVouchersAreNoticed()
{
    const QStringList codes = generate(2);
    QVERIFY(m_fixture->connectAndWait());
    QString error;
    QVERIFY(m_loop->voucherStore().markPushed(codes, &error)); // "on the router", but it was reset
    m_loop->setVoucherUpkeep(true);
    QSignalSpy missing(m_loop.get(), &ControlLoop::vouchersMissingFromRouter);
    pollAndReconcile();
    QTRY_COMPARE_WITH_TIMEOUT(missing.size(), 1, 5000);
    QCOMPARE(missing.first().first().toStringList().size(), 2);
    QSignalSpy pushed(m_loop.get(), &ControlLoop::vouchersPushed);
    QList<Voucher> vouchers;
    for (const QString& code : codes) {
        vouchers.append(*m_loop->voucherStore().find(code));
    }
    m_loop->pushVouchers(vouchers, u"test"_s);
    QTRY_COMPARE_WITH_TIMEOUT(pushed.size(), 1, 5000);
    QCOMPARE(pushed.first().at(0).toInt(), 2);
    QCOMPARE(m_fixture->simulator().users().size(), 2);
}

void TestControlLoop::historyBelongsToItsRouterAndSurvivesARestart()
{
    m_fixture->simulator().addSession(u"CODE1"_s, Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    m_loop->routerChanged(u"shop-router:8728"_s);
    for (int i = 0; i < 4; ++i) {
        QTest::qWait(50);
        pollAndReconcile();
    }
    const qsizetype drawn = m_loop->monitor().history().total().size();
    QCOMPARE(drawn, 3); // the first poll has no speeds yet: no false zero is drawn
    QVERIFY(m_loop->monitor().history().total().last().rateDown > 0);

    // Another router: nothing of the first one is joined on.
    m_loop->routerChanged(u"upstairs:8728"_s);
    QVERIFY(m_loop->monitor().history().total().isEmpty());
    QVERIFY(m_loop->monitor().snapshot().users.isEmpty());

    // The program restarts on the same database and router: the last hour is back.
    ControlLoop again(&m_fixture->client(), m_db.get());
    again.routerChanged(u"shop-router:8728"_s);
    QCOMPARE(again.monitor().history().total().size(), drawn);
}

// Issue 16: vouchers on phones that change their MAC.
// A phone reconnects with a new random MAC and logs in with the same code: the new MAC gets the
// voucher's queue at the next poll; the old one keeps its queue until that device has left.
void TestControlLoop::speedFollowsTheCodeToANewMac()
{
    const QString code = generateOnRouter(false);
    QVERIFY(!code.isEmpty());
    RouterSimulator& router = m_fixture->simulator();
    router.addSession(code, OldMac, u"10.5.50.11"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    pollAndReconcile();
    QVERIFY(queueNamed(router.queues(), TrafficJoiner::QueuePrefix + OldMac) != nullptr);

    router.addSession(code, NewMac, u"10.5.50.12"_s, 2e6, 8e6);
    pollAndReconcile(); // one poll
    const auto* moved = queueNamed(router.queues(), TrafficJoiner::QueuePrefix + NewMac);
    QVERIFY(moved != nullptr);
    QCOMPARE(moved->maxUp, quint64(512000));
    QCOMPARE(moved->maxDown, quint64(1000000));
    QCOMPARE(moved->target, u"10.5.50.12/32"_s);
    QVERIFY(queueNamed(router.queues(), TrafficJoiner::QueuePrefix + OldMac) != nullptr); // its device is still there

    QVERIFY(router.logout(OldMac));
    pollAndReconcile();
    QVERIFY(queueNamed(router.queues(), TrafficJoiner::QueuePrefix + OldMac) == nullptr);
    QVERIFY(queueNamed(router.queues(), TrafficJoiner::QueuePrefix + NewMac) != nullptr);

    // The history keeps both devices, oldest first, with their addresses.
    const QList<VoucherStore::Device> devices = m_loop->voucherStore().devices({code}).value(code);
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).mac, OldMac);
    QCOMPARE(devices.at(0).ip, u"10.5.50.11"_s);
    QCOMPARE(devices.at(1).mac, NewMac);
    QCOMPARE(devices.at(1).ip, u"10.5.50.12"_s);
    QVERIFY(devices.at(0).firstSeen.isValid());
    QVERIFY(devices.at(0).firstSeen <= devices.at(1).firstSeen);
    QCOMPARE(voucherOf(code)->mac, NewMac);
}

// A profile with "lock_device": the first device that uses a code gets it as the hotspot user's
// mac-address, logged with the reason; "Unlock device" clears it on the router and here.
void TestControlLoop::lockDeviceBindsTheFirstDeviceUntilUnlocked()
{
    const QString free = generateOnRouter(false);
    const QString code = generateOnRouter(true);
    QVERIFY(voucherOf(code)->lockDevice);
    QVERIFY(!voucherOf(free)->lockDevice);
    RouterSimulator& router = m_fixture->simulator();
    router.addSession(code, OldMac, u"10.5.50.11"_s, 2e6, 8e6);
    router.addSession(free, NewMac, u"10.5.50.12"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    const auto macOf = [&router](const QString& name) {
        for (const RouterSimulator::User& user : router.users()) {
            if (user.name == name) {
                return user.macAddress;
            }
        }
        return u"(no user)"_s;
    };
    pollAndReconcile();
    QTRY_COMPARE_WITH_TIMEOUT(macOf(code), OldMac, 5000);
    QCOMPARE(voucherOf(code)->lockedMac, OldMac);
    QVERIFY(macOf(free).isEmpty()); // its profile does not lock
    QVERIFY(voucherOf(free)->lockedMac.isEmpty());
    bool logged = false;
    for (const EventLog::Entry& entry : m_log->entries()) {
        logged = logged || (entry.text.contains(code) && entry.text.contains(OldMac) && entry.text.contains(u"why"_s));
    }
    QVERIFY(logged);

    VoucherManager manager(&m_fixture->client(), &m_loop->voucherStore());
    manager.setEventLog(m_log.get());
    std::optional<VoucherManager::Outcome> outcome;
    manager.unlock(code, u"test"_s, this, [&](const VoucherManager::Outcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->message));
    QCOMPARE(macOf(code), VoucherManager::noMac());
    QVERIFY(voucherOf(code)->lockedMac.isEmpty());

    // The device stays online: the next polls do not bind it again.
    pollAndReconcile();
    pollAndReconcile();
    QCOMPARE(macOf(code), VoucherManager::noMac());
    QVERIFY(voucherOf(code)->lockedMac.isEmpty());

    // Nothing to unlock: a clear answer, nothing changed.
    outcome.reset();
    manager.unlock(free, u"test"_s, this, [&](const VoucherManager::Outcome& o) { outcome = o; });
    QVERIFY(outcome.has_value());
    QVERIFY(outcome->badInput);
}

// "Keep for this voucher code": the operator's limit follows the code to the phone's next MAC.
void TestControlLoop::limitKeptForACodeFollowsAMacChange()
{
    const QString code = generateOnRouter(false);
    RouterSimulator& router = m_fixture->simulator();
    router.addSession(code, OldMac, u"10.5.50.11"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    pollAndReconcile();

    BandwidthController::ChangeRequest request;
    request.rememberForCode = true;
    request.origin = u"test"_s;
    std::optional<BandwidthController::Outcome> outcome;
    const BandwidthLimit limit {*RateLimit::parse(u"2M"_s, {}), *RateLimit::parse(u"3M"_s, {})};
    m_loop->bandwidth().setLimit(*MacAddress::parse(OldMac), limit, request, this,
                                 [&](const BandwidthController::Outcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->message));
    QVERIFY2(outcome->message.contains(code), qPrintable(outcome->message));
    QCOMPARE(queueNamed(router.queues(), TrafficJoiner::QueuePrefix + OldMac)->maxDown, quint64(3000000));
    QVERIFY(m_loop->operatorLimits().findForCode(code).has_value());
    QVERIFY(!m_loop->operatorLimits().find(*MacAddress::parse(OldMac)).has_value()); // not per device

    QVERIFY(router.logout(OldMac));
    router.addSession(code, NewMac, u"10.5.50.12"_s, 2e6, 8e6);
    pollAndReconcile();
    QVERIFY(queueNamed(router.queues(), TrafficJoiner::QueuePrefix + OldMac) == nullptr);
    const auto* moved = queueNamed(router.queues(), TrafficJoiner::QueuePrefix + NewMac);
    QVERIFY(moved != nullptr);
    QCOMPARE(moved->maxUp, quint64(2000000));
    QCOMPARE(moved->maxDown, quint64(3000000));
    pollAndReconcile(); // the queue made after the last poll is seen, and told as the operator's
    QCOMPARE(m_loop->monitor().snapshot().users.first().limitSource, LimitSource::Operator);

    // A device that is not online has no known code: refused, nothing kept.
    outcome.reset();
    m_loop->bandwidth().setLimit(*MacAddress::parse(OldMac), limit, request, this,
                                 [&](const BandwidthController::Outcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QCOMPARE(outcome->status, BandwidthController::Outcome::Status::BadInput);

    // Removing the limit removes it for the code too: the voucher's speed is back... as "no limit"
    // for this voucher, the operator's decision.
    outcome.reset();
    m_loop->bandwidth().removeLimit(*MacAddress::parse(NewMac), request, this,
                                    [&](const BandwidthController::Outcome& o) { outcome = o; });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 5000);
    QVERIFY2(outcome->ok(), qPrintable(outcome->message));
    QVERIFY(!m_loop->operatorLimits().findForCode(code).has_value());
}

QTEST_GUILESS_MAIN(TestControlLoop)
#include "tst_controlloop.moc"
