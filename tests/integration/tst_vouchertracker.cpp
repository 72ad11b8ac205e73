// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Vouchers on phones that change their MAC (issue 16), through the whole refresh on the simulator:
// the voucher's speed follows its code, its history keeps every device, "lock_device" binds a code
// to its first device until the operator unlocks it, and a limit kept for a code follows the code.
#include "core/log/eventlog.h"
#include "core/monitor/controlloop.h"
#include "core/storage/database.h"
#include "core/traffic/trafficjoiner.h"
#include "core/vouchers/vouchermanager.h"
#include "support/simulatorfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
// Phones with a private MAC: the second-lowest bit of the first octet is set.
const QString OldMac = u"DA:A1:19:00:00:01"_s;
const QString NewMac = u"3E:22:71:00:00:02"_s;

const RouterSimulator::Queue* queueNamed(const QList<RouterSimulator::Queue>& queues, const QString& mac)
{
    for (const RouterSimulator::Queue& queue : queues) {
        if (queue.name == TrafficJoiner::QueuePrefix + mac) {
            return &queue;
        }
    }
    return nullptr;
}
} // namespace

class TestVoucherTracker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void speedFollowsTheCodeToANewMac();
    void lockDeviceBindsTheFirstDeviceUntilUnlocked();
    void limitKeptForACodeFollowsAMacChange();

private:
    void pollAndReconcile();
    QString generate(bool lockDevice);
    std::optional<Voucher> voucher(const QString& code) { return m_loop->voucherStore().find(code); }

    std::unique_ptr<SimulatorFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<ControlLoop> m_loop;
};

void TestVoucherTracker::init()
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

void TestVoucherTracker::cleanup()
{
    m_loop.reset();
    m_log.reset();
    m_db.reset();
    m_dir.reset();
    m_fixture.reset();
}

// One full refresh that really reconciled (not one skipped because a change was under way).
void TestVoucherTracker::pollAndReconcile()
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

QString TestVoucherTracker::generate(bool lockDevice)
{
    Profile profile;
    profile.name = u"BASIC"_s;
    profile.price = 5;
    profile.validity = u"1h"_s;
    profile.validitySeconds = 3600;
    profile.rateUp = *RateLimit::parse(u"512k"_s, {});
    profile.rateDown = *RateLimit::parse(u"1M"_s, {});
    profile.lockDevice = lockDevice;
    QString error;
    const auto batch = m_loop->voucherStore().generate(profile, VoucherStore::GenerateOptions(), &error);
    if (!batch) {
        return {};
    }
    m_fixture->simulator().addUser(batch->codes.first(), batch->codes.first());
    return batch->codes.first();
}

// A phone reconnects with a new random MAC and logs in with the same code: the new MAC gets the
// voucher's queue at the next poll; the old one keeps its queue until that device has left.
void TestVoucherTracker::speedFollowsTheCodeToANewMac()
{
    const QString code = generate(false);
    QVERIFY(!code.isEmpty());
    RouterSimulator& router = m_fixture->simulator();
    router.addSession(code, OldMac, u"10.5.50.11"_s, 2e6, 8e6);
    QVERIFY(m_fixture->connectAndWait());
    pollAndReconcile();
    QVERIFY(queueNamed(router.queues(), OldMac) != nullptr);

    router.addSession(code, NewMac, u"10.5.50.12"_s, 2e6, 8e6);
    pollAndReconcile(); // one poll
    const auto* moved = queueNamed(router.queues(), NewMac);
    QVERIFY(moved != nullptr);
    QCOMPARE(moved->maxUp, quint64(512000));
    QCOMPARE(moved->maxDown, quint64(1000000));
    QCOMPARE(moved->target, u"10.5.50.12/32"_s);
    QVERIFY(queueNamed(router.queues(), OldMac) != nullptr); // its device is still there

    QVERIFY(router.logout(OldMac));
    pollAndReconcile();
    QVERIFY(queueNamed(router.queues(), OldMac) == nullptr);
    QVERIFY(queueNamed(router.queues(), NewMac) != nullptr);

    // The history keeps both devices, oldest first, with their addresses.
    const QList<VoucherStore::Device> devices = m_loop->voucherStore().devices({code}).value(code);
    QCOMPARE(devices.size(), 2);
    QCOMPARE(devices.at(0).mac, OldMac);
    QCOMPARE(devices.at(0).ip, u"10.5.50.11"_s);
    QCOMPARE(devices.at(1).mac, NewMac);
    QCOMPARE(devices.at(1).ip, u"10.5.50.12"_s);
    QVERIFY(devices.at(0).firstSeen.isValid());
    QVERIFY(devices.at(0).firstSeen <= devices.at(1).firstSeen);
    QCOMPARE(voucher(code)->mac, NewMac);
}

// A profile with "lock_device": the first device that uses a code gets it as the hotspot user's
// mac-address, logged with the reason; "Unlock device" clears it on the router and here.
void TestVoucherTracker::lockDeviceBindsTheFirstDeviceUntilUnlocked()
{
    const QString free = generate(false);
    const QString code = generate(true);
    QVERIFY(voucher(code)->lockDevice);
    QVERIFY(!voucher(free)->lockDevice);
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
    QCOMPARE(voucher(code)->lockedMac, OldMac);
    QVERIFY(macOf(free).isEmpty()); // its profile does not lock
    QVERIFY(voucher(free)->lockedMac.isEmpty());
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
    QVERIFY(voucher(code)->lockedMac.isEmpty());

    // The device stays online: the next polls do not bind it again.
    pollAndReconcile();
    pollAndReconcile();
    QCOMPARE(macOf(code), VoucherManager::noMac());
    QVERIFY(voucher(code)->lockedMac.isEmpty());

    // Nothing to unlock: a clear answer, nothing changed.
    outcome.reset();
    manager.unlock(free, u"test"_s, this, [&](const VoucherManager::Outcome& o) { outcome = o; });
    QVERIFY(outcome.has_value());
    QVERIFY(outcome->badInput);
}

// "Keep for this voucher code": the operator's limit follows the code to the phone's next MAC.
void TestVoucherTracker::limitKeptForACodeFollowsAMacChange()
{
    const QString code = generate(false);
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
    QCOMPARE(queueNamed(router.queues(), OldMac)->maxDown, quint64(3000000));
    QVERIFY(m_loop->operatorLimits().findForCode(code).has_value());
    QVERIFY(!m_loop->operatorLimits().find(*MacAddress::parse(OldMac)).has_value()); // not per device

    QVERIFY(router.logout(OldMac));
    router.addSession(code, NewMac, u"10.5.50.12"_s, 2e6, 8e6);
    pollAndReconcile();
    QVERIFY(queueNamed(router.queues(), OldMac) == nullptr);
    const auto* moved = queueNamed(router.queues(), NewMac);
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

QTEST_GUILESS_MAIN(TestVoucherTracker)
#include "tst_vouchertracker.moc"
