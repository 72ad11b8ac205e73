// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// pisonet-cli run in-process, with its streams swapped, against the simulator.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/bandwidth/operatorlimitstore.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "core/vouchers/voucherstore.h"
#include "keychain/passwordstore.h"
#include "support/simulatorfixture.h"
#include "testdata.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
const QString Mac1 = u"AA:BB:CC:00:00:01"_s;
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void versionAndUsage();
    void routerTest();
    void routerTestJson();
    void wrongPasswordExits2();
    void garbageRouterExits2();
    void passwordFromStdin();
    void usersJsonShape();
    void setAndRemoveBandwidth();
    void badInputExits1AndChangesNothing_data();
    void badInputExits1AndChangesNothing();
    void profilePreset();
    void trapExits3();
    void menuSetAndRemoveLimit();
    void menuReasksOnBadInputAndLeavesOnEof();
    void noRouterSetUpExits2();
    void demoUsesAThrowawayDatabase();
    void readsTheRouterTheWindowSaved();
    void adoptedLimitsShowInUsers();
    void rememberedWhileRouterDown();
    void databaseFailureExits1AndRouterUntouched();
    void secondMonitorIsRefused();
    void routerChangesAreLogged();
    void menuMacPromptCanBeLeft();
    void longInputIsQuotedShort();
    void pushLostConnectionIsOneLineAndExit2();
    void pushRefusesVouchersWithoutTimeLimit();
    void vouchersSearchTakesWildcardsLiterally();
    void monitorNamesTheActivatingMac();
    void monitorKicksDeadCodesWhenAsked();
    void dbMigrateReportsUnreadableValues();
    void usersJsonShowsDataLeft();
    void vouchersSellForScripts();
    void vouchersSellRouterDownSellsNothing();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& arguments, const QString& input = {});
    QString databasePath() const { return m_env.value(u"PISONET_DB"_s); }
    QStringList generate(int count);
    void markUsed(const QString& code);

    std::unique_ptr<SimulatorFixture> m_fixture;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
    MemoryPasswordStore m_passwords;
};

void TestCli::init()
{
    m_fixture = std::make_unique<SimulatorFixture>();
    m_fixture->simulator().addSession(u"K7M2Q9"_s, Mac1, u"10.5.50.11"_s, 2e6, 8e6);
    m_fixture->simulator().addSession(u"P3X8W4"_s, u"AA:BB:CC:00:00:02"_s, u"10.5.50.12"_s, 1e6, 4e6);
    m_dir = std::make_unique<QTemporaryDir>();
    m_env = QProcessEnvironment();
    m_env.insert(u"PISONET_ROUTER_HOST"_s, u"127.0.0.1"_s);
    m_env.insert(u"PISONET_ROUTER_PORT"_s, QString::number(m_fixture->simulator().port()));
    m_env.insert(u"PISONET_ROUTER_USER"_s, QString::fromLatin1(SimulatorFixture::User));
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, QString::fromLatin1(SimulatorFixture::Password));
    m_env.insert(u"PISONET_DB"_s, m_dir->filePath(u"cli.db"_s));
    // Never the developer's own settings: the window's settings of this test.
    m_env.insert(u"PISONET_SETTINGS"_s, m_dir->filePath(u"window.ini"_s));
    m_env.insert(u"PISONET_PROFILES"_s, QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"));
}

QStringList TestCli::generate(int count)
{
    const Run made = run(
        {u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, QString::number(count), u"--json"_s});
    if (made.code != 0) {
        qWarning("%s", qPrintable(made.err));
        return {};
    }
    QStringList codes;
    for (const auto code : QJsonDocument::fromJson(made.out.toUtf8()).object().value(u"codes"_s).toArray()) {
        codes.append(code.toString());
    }
    return codes;
}

void TestCli::markUsed(const QString& code)
{
    Database db;
    QString error;
    QVERIFY2(db.open(m_env.value(u"PISONET_DB"_s), &error), qPrintable(error));
    QVERIFY(VoucherStore(&db).markUsedUp(code, QDateTime::currentDateTimeUtc(), &error));
}

void TestCli::cleanup()
{
    m_fixture.reset();
    m_dir.reset();
}

TestCli::Run TestCli::run(const QStringList& arguments, const QString& input)
{
    QString out;
    QString err;
    QString in = input;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    QTextStream inStream(&in);
    CliContext context(outStream, errStream, inStream, m_env);
    context.setInteractive(false);
    context.setPasswordStore(&m_passwords);
    Cli cli;
    Run result;
    result.code = cli.run(context, arguments);
    outStream.flush();
    errStream.flush();
    result.out = out;
    result.err = err;
    return result;
}

void TestCli::versionAndUsage()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(u"pisonet-cli "_s));
    const Run usage = run({});
    QCOMPARE(usage.code, 1);
    QVERIFY(usage.out.contains(u"set-bandwidth"_s));
    const Run unknown = run({u"frobnicate"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY(unknown.err.contains(u"unknown command"_s));
    const Run help = run({u"set-bandwidth"_s, u"--help"_s});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(u"pisonet-cli set-bandwidth [options] MAC"_s));
}

void TestCli::routerTest()
{
    const Run result = run({u"router"_s, u"test"_s});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(u"PisoNet-Demo"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"7.16.2"_s));
    QVERIFY(result.out.contains(u"hAP ax2"_s));
    QVERIFY(result.out.contains(u"Uptime:"_s));
}

void TestCli::routerTestJson()
{
    m_fixture->simulator().setLoginMethod(RouterSimulator::LoginMethod::Challenge);
    const Run result = run({u"router"_s, u"test"_s, u"--json"_s});
    QCOMPARE(result.code, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(u"success"_s).toBool(), true);
    QCOMPARE(object.value(u"identity"_s).toString(), u"PisoNet-Demo"_s);
    QCOMPARE(object.value(u"legacy_login"_s).toBool(), true);
}

void TestCli::wrongPasswordExits2()
{
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, u"not-it"_s);
    const Run result = run({u"router"_s, u"test"_s});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(u"wrong user name or password"_s), qPrintable(result.err));
    QVERIFY(!result.err.contains(u"not-it"_s)); // the password never appears
    QCOMPARE(result.err.count(u'\n'), 1); // one line
}

void TestCli::garbageRouterExits2()
{
    m_fixture->simulator().faults().garbageOnNextCommand(); // the login gets garbage
    const Run result = run({u"router"_s, u"test"_s, u"--timeout"_s, u"3"_s});
    QCOMPARE(result.code, 2);
    QVERIFY2(result.err.contains(u"does not speak the RouterOS API"_s), qPrintable(result.err));
}

void TestCli::passwordFromStdin()
{
    m_env.remove(u"PISONET_ROUTER_PASSWORD"_s);
    const Run result
        = run({u"router"_s, u"test"_s, u"--password-stdin"_s}, QString::fromLatin1(SimulatorFixture::Password) + u'\n');
    QCOMPARE(result.code, 0);
}

void TestCli::usersJsonShape()
{
    const Run result = run({u"users"_s, u"--json"_s, u"--quick"_s});
    QCOMPARE(result.code, 0);
    const QJsonObject object = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(object.value(u"success"_s).toBool(), true);
    const QJsonArray users = object.value(u"users"_s).toArray();
    QCOMPARE(users.size(), 2);
    const QJsonObject first = users.at(0).toObject();
    QCOMPARE(first.value(u"user"_s).toString(), u"K7M2Q9"_s);
    QCOMPARE(first.value(u"mac"_s).toString(), Mac1);
    QCOMPARE(first.value(u"ip"_s).toString(), u"10.5.50.11"_s);
    for (const QString& key : {u"bytes_in"_s, u"bytes_out"_s}) {
        QVERIFY2(first.value(key).isDouble(), qPrintable(key));
    }
    for (const QString& key : {u"bytes_in_formatted"_s, u"bytes_out_formatted"_s, u"rate_in"_s, u"rate_out"_s,
                               u"max_limit"_s, u"uptime"_s}) {
        QVERIFY2(first.value(key).isString(), qPrintable(key));
    }
    const auto session = m_fixture->simulator().sessions().first();
    QVERIFY(qAbs(first.value(u"bytes_in"_s).toDouble() - session.bytesIn) < 1e6);
}

void TestCli::setAndRemoveBandwidth()
{
    const Run set
        = run({u"set-bandwidth"_s, u"aa:bb:cc:00:00:01"_s, u"--upload"_s, u"512K"_s, u"--download"_s, u"1M"_s});
    QCOMPARE(set.code, 0);
    auto queues = m_fixture->simulator().queues();
    QCOMPARE(queues.size(), 1);
    QCOMPARE(queues[0].name, u"pisonet-"_s + Mac1);
    QCOMPARE(queues[0].target, u"10.5.50.11/32"_s);
    QCOMPARE(queues[0].maxUp, quint64(512000));
    QCOMPARE(queues[0].maxDown, quint64(1000000));

    const int changes = m_fixture->simulator().changeCount();
    const Run again = run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"512k"_s, u"--download"_s, u"1M"_s, u"--json"_s});
    QCOMPARE(again.code, 0);
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"changed"_s).toBool(), false);
    QCOMPARE(m_fixture->simulator().changeCount(), changes);

    const Run users = run({u"users"_s, u"--json"_s, u"--quick"_s});
    const QJsonArray list = QJsonDocument::fromJson(users.out.toUtf8()).object().value(u"users"_s).toArray();
    QCOMPARE(list.at(0).toObject().value(u"max_limit"_s).toString(), u"512k/1M"_s);

    const Run remove = run({u"remove-bandwidth"_s, Mac1});
    QCOMPARE(remove.code, 0);
    QVERIFY(m_fixture->simulator().queues().isEmpty());
}

void TestCli::badInputExits1AndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("malformed MAC") << QStringList {u"set-bandwidth"_s, u"12:34"_s, u"--upload"_s, u"1M"_s,
                                                   u"--download"_s,    u"1M"_s}
                                   << u"\"12:34\" is not a MAC address"_s;
    QTest::newRow("bad rate") << QStringList {u"set-bandwidth"_s, Mac1,   u"--upload"_s, u"12Q"_s,
                                              u"--download"_s,    u"1M"_s}
                              << u"upload rate \"12Q\""_s;
    QTest::newRow("double suffix") << QStringList {u"set-bandwidth"_s, Mac1,    u"--upload"_s, u"1M"_s,
                                                   u"--download"_s,    u"1MM"_s}
                                   << u"download rate \"1MM\""_s;
    QTest::newRow("unknown profile") << QStringList {u"set-bandwidth"_s, Mac1, u"--profile"_s, u"GOLD"_s}
                                     << u"no profile \"GOLD\""_s;
    QTest::newRow("only upload") << QStringList {u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s}
                                 << u"both --upload and --download"_s;
    QTest::newRow("not online") << QStringList {u"set-bandwidth"_s, u"AA:BB:CC:00:00:77"_s,
                                                u"--upload"_s,      u"1M"_s,
                                                u"--download"_s,    u"1M"_s}
                                << u"not online"_s;
    QTest::newRow("remove bad MAC") << QStringList {u"remove-bandwidth"_s, u"zz"_s} << u"\"zz\" is not a MAC"_s;
    // Not a device: refused, also for a device that is not online now (--remember).
    QTest::newRow("broadcast, remember") << QStringList {u"set-bandwidth"_s, u"FF:FF:FF:FF:FF:FF"_s,
                                                         u"--upload"_s,      u"1M"_s,
                                                         u"--download"_s,    u"1M"_s,
                                                         u"--remember"_s}
                                         << u"broadcast address"_s;
    QTest::newRow("multicast, remember") << QStringList {u"set-bandwidth"_s, u"01:00:5e:00:00:fb"_s,
                                                         u"--upload"_s,      u"1M"_s,
                                                         u"--download"_s,    u"1M"_s,
                                                         u"--remember"_s}
                                         << u"multicast"_s;
    QTest::newRow("all zero, remember") << QStringList {u"set-bandwidth"_s, u"00-00-00-00-00-00"_s, u"--profile"_s,
                                                        u"BASIC"_s, u"--remember"_s}
                                        << u"all-zero"_s;
    QTest::newRow("activate broadcast") << QStringList {u"vouchers"_s, u"activate"_s, u"K7M2Q9"_s, u"--mac"_s,
                                                        u"ff:ff:ff:ff:ff:ff"_s}
                                        << u"broadcast address"_s;
    QTest::newRow("bad port") << QStringList {u"users"_s, u"--port"_s, u"99999"_s} << u"port must be"_s;
}

void TestCli::badInputExits1AndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    m_fixture->simulator().addQueue(u"shop"_s, u"10.5.50.99/32"_s, 1, 1);
    const int changes = m_fixture->simulator().changeCount();
    const Run result = run(arguments);
    QCOMPARE(result.code, 1);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QCOMPARE(m_fixture->simulator().changeCount(), changes);
    QCOMPARE(m_fixture->simulator().queues().size(), 1);
    // Nothing remembered for later either.
    Database db;
    QString error;
    QVERIFY(db.open(m_env.value(u"PISONET_DB"_s), &error));
    QSqlQuery limits(db.handle());
    QVERIFY(limits.exec(u"SELECT count(*) FROM operator_limits"_s) && limits.next());
    QCOMPARE(limits.value(0).toInt(), 0);
}

void TestCli::profilePreset()
{
    const Run result = run({u"set-bandwidth"_s, Mac1, u"--profile"_s, u"standard"_s});
    QCOMPARE(result.code, 0);
    const auto queue = m_fixture->simulator().queues().first();
    QCOMPARE(queue.maxUp, quint64(1000000));
    QCOMPARE(queue.maxDown, quint64(2000000));
}

void TestCli::trapExits3()
{
    // A queue with our name but a target the router refuses to change makes the router trap.
    m_fixture->simulator().addQueue(u"pisonet-"_s + Mac1, u"10.5.50.11/32"_s, 1, 1);
    m_fixture->simulator().setSessionAddress(Mac1, u"not-an-ip"_s);
    const Run result = run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s, u"--download"_s, u"1M"_s});
    QCOMPARE(result.code, 3);
    QVERIFY2(result.err.contains(u"invalid value for argument target"_s), qPrintable(result.err));
}

void TestCli::menuSetAndRemoveLimit()
{
    // 4 Bandwidth Control > 1 view users > 2 set a limit (user #1, preset 2 = STANDARD, confirm)
    // > 4 view queues > 3 remove (MAC, confirm) > back > exit
    const QString input = u"4\n1\n2\n1\n2\ny\n4\n3\n"_s + Mac1 + u"\ny\n0\n0\n"_s;
    const Run result = run({u"menu"_s}, input);
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(u"limited to 2 Mbps down / 1 Mbps up"_s), qPrintable(result.out));
    QVERIFY(result.out.contains(u"pisonet-"_s + Mac1)); // in the queue list
    QVERIFY(result.out.contains(u"Limit of "_s + Mac1 + u" removed."_s));
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    QVERIFY(result.out.trimmed().endsWith(u"Bye."_s));
}

void TestCli::menuReasksOnBadInputAndLeavesOnEof()
{
    // Bad menu choice, bad MAC, bad custom rate, then end of input in the middle of a prompt.
    const QString input = u"9\nabc\n4\n2\nnot-a-mac\n"_s + Mac1 + u"\n4\n12Q\n"_s;
    const Run result = run({u"menu"_s}, input);
    QCOMPARE(result.code, 0);
    QVERIFY(result.out.contains(u"Please type a number from 0 to 5."_s));
    QVERIFY(result.out.contains(u"\"not-a-mac\" is not a MAC address"_s));
    QVERIFY(result.out.contains(u"Upload \"12Q\": unknown unit"_s));
    QVERIFY(result.out.trimmed().endsWith(u"Bye."_s));
    QVERIFY(m_fixture->simulator().queues().isEmpty());
}

// Nothing set up anywhere: say so, never fall back to a demo router against the real database.
void TestCli::noRouterSetUpExits2()
{
    for (const QString& name : {u"PISONET_ROUTER_HOST"_s, u"PISONET_ROUTER_PORT"_s}) {
        m_env.remove(name);
    }
    const Run users = run({u"users"_s});
    QCOMPARE(users.code, 2);
    QVERIFY2(users.err.contains(u"no router is set up"_s), qPrintable(users.err));
    const Run monitor = run({u"monitor"_s, u"--polls"_s, u"1"_s});
    QCOMPARE(monitor.code, 2);
    const Run json = run({u"users"_s, u"--json"_s});
    QCOMPARE(json.code, 2);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"success"_s).toBool(true), false);
}

void TestCli::demoUsesAThrowawayDatabase()
{
    m_env.remove(u"PISONET_ROUTER_HOST"_s);
    const Run set = run({u"set-bandwidth"_s, u"--demo"_s, u"AA:BB:CC:00:00:77"_s, u"--upload"_s, u"1M"_s,
                         u"--download"_s, u"2M"_s, u"--remember"_s});
    QCOMPARE(set.code, 0);
    QVERIFY(set.err.contains(u"demo router"_s));
    QVERIFY(!QFile::exists(databasePath())); // the real database was never even created
}

// The window saved the router (settings) and its password (the credential store): pisonet-cli
// manages the same router without being told again.
void TestCli::readsTheRouterTheWindowSaved()
{
    for (const QString& name : {u"PISONET_ROUTER_HOST"_s, u"PISONET_ROUTER_PORT"_s, u"PISONET_ROUTER_USER"_s,
                                u"PISONET_ROUTER_PASSWORD"_s, u"PISONET_DB"_s}) {
        m_env.remove(name);
    }
    {
        AppSettings window(m_env.value(u"PISONET_SETTINGS"_s));
        ConnectionSettings router = m_fixture->settings();
        window.setRouter(router);
        window.setDatabasePath(m_dir->filePath(u"window.db"_s));
        QVERIFY(window.sync());
    }
    m_passwords.write(PasswordStore::key(u"127.0.0.1"_s, QString::fromLatin1(SimulatorFixture::User)),
                      QString::fromLatin1(SimulatorFixture::Password), [](const QString&) {});
    const Run test = run({u"router"_s, u"test"_s});
    QCOMPARE(test.code, 0);
    QVERIFY2(test.out.contains(u"PisoNet-Demo"_s), qPrintable(test.out + test.err));
    const Run set = run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s, u"--download"_s, u"2M"_s});
    QCOMPARE(set.code, 0);
    QVERIFY(QFile::exists(m_dir->filePath(u"window.db"_s))); // the window's database, not the default
}

void TestCli::adoptedLimitsShowInUsers()
{
    m_fixture->simulator().addQueue(u"pisonet-"_s + Mac1, u"10.5.50.11/32"_s, 256000, 512000);
    const Run users = run({u"users"_s, u"--json"_s, u"--quick"_s});
    QCOMPARE(users.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(users.out.toUtf8()).object().value(u"users"_s).toArray();
    QJsonObject first;
    for (const QJsonValue& user : list) {
        if (user.toObject().value(u"mac"_s).toString() == Mac1) {
            first = user.toObject();
        }
    }
    QCOMPARE(first.value(u"limit_source"_s).toString(), u"adopted"_s);
    QCOMPARE(first.value(u"max_limit"_s).toString(), u"256k/512k"_s);
    const Run table = run({u"users"_s, u"--quick"_s});
    QVERIFY2(table.out.contains(u"(adopted)"_s), qPrintable(table.out));
    // Setting a limit makes it ours.
    QCOMPARE(run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s, u"--download"_s, u"2M"_s}).code, 0);
    const Run after = run({u"users"_s, u"--json"_s, u"--quick"_s});
    QVERIFY(after.out.contains(u"\"limit_source\": \"operator\""_s)
            || after.out.contains(u"\"limit_source\":\"operator\""_s));
}

void TestCli::rememberedWhileRouterDown()
{
    m_fixture->simulator().close();
    const Run plain = run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s, u"--download"_s, u"2M"_s});
    QCOMPARE(plain.code, 2);
    const Run kept = run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s, u"--download"_s, u"2M"_s, u"--remember"_s});
    QCOMPARE(kept.code, 0);
    QVERIFY2(kept.out.contains(u"kept"_s), qPrintable(kept.out + kept.err));
    Database db;
    QString error;
    QVERIFY(db.open(databasePath(), &error));
    QCOMPARE(OperatorLimitStore(&db).all().size(), 1);
}

void TestCli::databaseFailureExits1AndRouterUntouched()
{
    QVERIFY(run({u"queues"_s}).code == 0); // creates the database
    // Another program holds a write lock past the busy timeout.
    Database other;
    QString error;
    QVERIFY(other.open(databasePath(), &error));
    QSqlQuery hold(other.handle());
    QVERIFY(hold.exec(u"BEGIN EXCLUSIVE"_s));
    const int changes = m_fixture->simulator().changeCount();
    const Run set = run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s, u"--download"_s, u"2M"_s});
    QCOMPARE(set.code, 1);
    QVERIFY2(set.err.contains(u"database"_s), qPrintable(set.err));
    QCOMPARE(m_fixture->simulator().changeCount(), changes);
    QVERIFY(m_fixture->simulator().queues().isEmpty());
    QVERIFY(hold.exec(u"ROLLBACK"_s));
}

void TestCli::secondMonitorIsRefused()
{
    DatabaseLock window(databasePath());
    QString refusal;
    QVERIFY(window.tryLock(u"the PisoNet Manager window"_s, &refusal));
    const Run monitor = run({u"monitor"_s, u"--polls"_s, u"1"_s});
    QCOMPARE(monitor.code, 4);
    QVERIFY2(monitor.err.contains(u"the PisoNet Manager window"_s), qPrintable(monitor.err));
    const Run serve = run({u"serve"_s, u"--polls"_s, u"1"_s, u"--listen"_s, u"127.0.0.1:0"_s});
    QCOMPARE(serve.code, 4);
    // Reading still works.
    QCOMPARE(run({u"users"_s, u"--quick"_s}).code, 0);
    QCOMPARE(run({u"vouchers"_s, u"list"_s}).code, 0);
    window.unlock();
    QCOMPARE(run({u"monitor"_s, u"--polls"_s, u"1"_s}).code, 0);
}

void TestCli::routerChangesAreLogged()
{
    QCOMPARE(run({u"set-bandwidth"_s, Mac1, u"--upload"_s, u"1M"_s, u"--download"_s, u"2M"_s}).code, 0);
    QCOMPARE(run({u"remove-bandwidth"_s, Mac1}).code, 0);
    QFile log(QFileInfo(databasePath()).absolutePath() + u"/logs/pisonet.log"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(log.readAll());
    QVERIFY2(text.contains(u"add pisonet-"_s + Mac1) && text.contains(u"[cli]"_s), qPrintable(text));
    QVERIFY2(text.contains(u"remove pisonet-"_s + Mac1), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(SimulatorFixture::Password)));
}

void TestCli::menuMacPromptCanBeLeft()
{
    // 4 Bandwidth Control > 2 set a limit > Enter (back) > 3 remove a limit > 0 (back) > 0 back > 0 exit
    const Run result = run({u"menu"_s}, u"4\n2\n\n3\n0\n0\n0\n"_s);
    QCOMPARE(result.code, 0);
    QVERIFY2(!result.out.contains(u"is not a MAC address"_s), qPrintable(result.out));
    QCOMPARE(result.out.count(u"\nBandwidth Control\n"_s), 3); // came back to it after each prompt
    QVERIFY(result.out.trimmed().endsWith(u"Bye."_s));
    QCOMPARE(m_fixture->simulator().changeCount(), 0);
}

void TestCli::longInputIsQuotedShort()
{
    const QString pasted(5000, u'Z');
    const QList<QStringList> commands {
        {u"set-bandwidth"_s, pasted, u"--upload"_s, u"1M"_s, u"--download"_s, u"1M"_s},
        {u"set-bandwidth"_s, Mac1, u"--upload"_s, pasted, u"--download"_s, u"1M"_s},
        {u"set-bandwidth"_s, Mac1, u"--profile"_s, pasted},
        {u"vouchers"_s, u"list"_s, u"--status"_s, pasted},
        {u"reports"_s, u"sales"_s, u"--from"_s, pasted},
        {u"users"_s, u"--port"_s, pasted},
        {u"vouchers"_s, u"generate"_s, u"--profile"_s, pasted, u"--count"_s, u"1"_s},
    };
    for (const QStringList& arguments : commands) {
        const Run result = run(arguments);
        QCOMPARE(result.code, 1);
        QVERIFY2(!result.err.isEmpty(), qPrintable(arguments.first()));
        for (const QString& line : result.err.split(u'\n')) {
            QVERIFY2(line.size() < 250, qPrintable(line.left(300)));
        }
        QVERIFY2(result.err.contains(QString(79, u'Z') + u"\u2026\""_s), qPrintable(result.err.left(300)));
    }
    const Run menu = run({u"menu"_s}, u"4\n2\n"_s + pasted + u"\n"_s);
    QVERIFY2(menu.out.contains(u"\u2026\" is not a MAC address"_s), qPrintable(menu.out.right(400)));
    QVERIFY(!menu.out.contains(QString(81, u'Z')));
}

void TestCli::pushLostConnectionIsOneLineAndExit2()
{
    const QStringList codes = generate(200);
    QCOMPARE(codes.size(), 200);
    m_fixture->simulator().faults().dropAfterReplies(100);
    const Run lost = run({u"vouchers"_s, u"push"_s});
    QCOMPARE(lost.code, 2);
    QCOMPARE(lost.err.count(u'\n'), 1); // one summary, not one error per voucher
    const auto match
        = QRegularExpression(u"^error: pushed (\\d+) of 200; run again to finish \\(.+\\)\n$"_s).match(lost.err);
    QVERIFY2(match.hasMatch(), qPrintable(lost.err));
    const int pushed = match.captured(1).toInt();
    QVERIFY2(pushed < 200, qPrintable(lost.err));

    // Run again: it finishes, and what the router took without our hearing back counts as there.
    m_fixture->simulator().faults().dropAfterReplies(-1);
    const Run again = run({u"vouchers"_s, u"push"_s, u"--json"_s});
    QCOMPARE(again.code, 0);
    const QJsonObject report = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(report.value(u"pushed"_s).toInt() + report.value(u"already_on_router"_s).toInt(), 200 - pushed);
    QCOMPARE(m_fixture->simulator().users().size(), 200);
    QCOMPARE(run({u"vouchers"_s, u"push"_s}).out.trimmed(), u"No new vouchers to push."_s);
}

void TestCli::pushRefusesVouchersWithoutTimeLimit()
{
    // Another tool's database: two vouchers can go, four must not (one of them would be unlimited).
    const QString db = m_dir->filePath(u"legacy.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(PISONET_TEST_DATA_DIR "/db/legacy-python.db"), db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    m_env.insert(u"PISONET_DB"_s, db);
    const Run result = run({u"vouchers"_s, u"push"_s});
    QCOMPARE(result.code, 1);
    for (const QString& code : {u"PYBAD6"_s, u"PYUNL7"_s, u"PYODD8"_s, u"PYRAT9"_s}) {
        QVERIFY2(result.err.contains(u"refused: "_s + code + u": "_s), qPrintable(result.err));
    }
    QVERIFY2(result.err.contains(u"validity \"1 oras\""_s), qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Pushed to the router: 2 added"_s), qPrintable(result.out));
    QHash<QString, QString> limits;
    for (const auto& user : m_fixture->simulator().users()) {
        limits.insert(user.name, user.limitUptime);
    }
    QCOMPARE(limits.size(), 2);
    QCOMPARE(limits.value(u"PY1H01"_s), u"1h"_s);
    QVERIFY(limits.contains(u"PYDEV5"_s) && limits.value(u"PYDEV5"_s).isEmpty()); // the developer code
}

void TestCli::vouchersSearchTakesWildcardsLiterally()
{
    QCOMPARE(generate(3).size(), 3);
    for (const QString& wildcard : {u"%"_s, u"_"_s}) {
        const Run result = run({u"vouchers"_s, u"list"_s, u"--search"_s, wildcard, u"--json"_s});
        QCOMPARE(result.code, 0);
        QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"count"_s).toInt(), 0);
    }
    const Run all = run({u"vouchers"_s, u"list"_s, u"--json"_s});
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).object().value(u"count"_s).toInt(), 3);
}

void TestCli::monitorNamesTheActivatingMac()
{
    const QString code = generate(1).value(0);
    QCOMPARE(run({u"vouchers"_s, u"push"_s}).code, 0);
    m_fixture->simulator().addSession(code, u"AA:BB:CC:00:00:09"_s, u"10.5.50.19"_s, 1e6, 1e6);
    const Run result = run({u"monitor"_s, u"--polls"_s, u"1"_s});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(u"voucher %1 activated by AA:BB:CC:00:00:09"_s.arg(code)), qPrintable(result.out));
}

void TestCli::monitorKicksDeadCodesWhenAsked()
{
    const QStringList codes = generate(2);
    QCOMPARE(run({u"vouchers"_s, u"push"_s}).code, 0);
    markUsed(codes[0]);
    markUsed(codes[1]);
    m_fixture->simulator().addSession(codes[0], u"AA:BB:CC:00:00:0A"_s, u"10.5.50.20"_s, 1e6, 1e6);
    const Run warned = run({u"monitor"_s, u"--polls"_s, u"1"_s});
    QCOMPARE(warned.code, 0);
    QVERIFY2(warned.out.contains(u"warning: voucher %1 is used but in use by AA:BB:CC:00:00:0A"_s.arg(codes[0])),
             qPrintable(warned.out));
    QVERIFY(!warned.out.contains(u"activated"_s));
    QCOMPARE(m_fixture->simulator().sessions().size(), 3); // only warned

    m_fixture->simulator().addSession(codes[1], u"AA:BB:CC:00:00:0B"_s, u"10.5.50.21"_s, 1e6, 1e6);
    const Run kicked = run({u"monitor"_s, u"--polls"_s, u"2"_s, u"--interval"_s, u"2"_s, u"--kick-dead-codes"_s});
    QCOMPARE(kicked.code, 0);
    for (const auto& [code, mac] :
         {std::pair {codes[0], u"AA:BB:CC:00:00:0A"_s}, std::pair {codes[1], u"AA:BB:CC:00:00:0B"_s}}) {
        QVERIFY2(kicked.out.contains(u"session of voucher %1 on %2 ended"_s.arg(code, mac)), qPrintable(kicked.out));
    }
    const auto sessions = m_fixture->simulator().sessions();
    QCOMPARE(sessions.size(), 2); // the two hotspot users that are not ours stay
    for (const auto& session : sessions) {
        QVERIFY(!codes.contains(session.user));
    }
    Database db;
    QString error;
    QVERIFY(db.open(m_env.value(u"PISONET_DB"_s), &error));
    QCOMPARE(VoucherStore(&db).find(codes[0])->status, Voucher::Status::Used);
}

void TestCli::dbMigrateReportsUnreadableValues()
{
    const QString db = m_dir->filePath(u"legacy.db"_s);
    QVERIFY(QFile::copy(QStringLiteral(PISONET_TEST_DATA_DIR "/db/legacy-python.db"), db));
    QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner);
    const Run result = run({u"db"_s, u"migrate"_s, u"--db"_s, db});
    QCOMPARE(result.code, 0);
    QVERIFY2(result.out.contains(u"Copy of the old file, byte for byte: "_s), qPrintable(result.out));
    for (const QString& expected :
         {u"validity \"1 oras\""_s, u"status \"sira\""_s, u"rate_limit \"fast\""_s, u"PYBAD6"_s, u"PYUNL7"_s}) {
        QVERIFY2(result.out.contains(expected), qPrintable(result.out));
    }
    const Run again = run({u"db"_s, u"migrate"_s, u"--db"_s, db});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(u"is up to date (schema %1)"_s.arg(Database::latestVersion())), qPrintable(again.out));
}

// "data_left": bytes of the user's limit-bytes-total left (as the router counts); null without a cap.
void TestCli::usersJsonShowsDataLeft()
{
    QVERIFY(m_fixture->connectAndWait());
    QVERIFY(m_fixture
                ->run(ApiCommand(u"/ip/hotspot/user/add"_s)
                          .set(u"name"_s, u"CAP123"_s)
                          .set(u"password"_s, QString())
                          .set(u"limit-bytes-total"_s, u"5000000"_s))
                .ok());
    m_fixture->simulator().addSession(u"CAP123"_s, u"AA:BB:CC:00:00:03"_s, u"10.5.50.13"_s, 1e6, 4e6);
    const Run result = run({u"users"_s, u"--json"_s, u"--quick"_s});
    QCOMPARE(result.code, 0);
    const QJsonArray users = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"users"_s).toArray();
    QCOMPARE(users.size(), 3);
    for (const auto value : users) {
        const QJsonObject user = value.toObject();
        QVERIFY2(user.contains(u"data_left"_s), qPrintable(user.value(u"user"_s).toString()));
        if (user.value(u"user"_s).toString() == u"CAP123"_s) {
            QVERIFY(user.value(u"data_left"_s).isDouble());
            const double left = user.value(u"data_left"_s).toDouble();
            const double used = user.value(u"bytes_in"_s).toDouble() + user.value(u"bytes_out"_s).toDouble();
            QVERIFY2(left > 0 && left <= 5e6, qPrintable(QString::number(left)));
            QCOMPARE(left, 5e6 - used);
        } else {
            QVERIFY(user.value(u"data_left"_s).isNull());
        }
    }
}

void TestCli::vouchersSellForScripts()
{
    const Run sold = run({u"vouchers"_s, u"sell"_s, u"--amount"_s, u"10"_s, u"--json"_s});
    QCOMPARE(sold.code, 0);
    const QJsonObject answer = QJsonDocument::fromJson(sold.out.toUtf8()).object();
    QCOMPARE(answer.value(u"success"_s).toBool(), true);
    QCOMPARE(answer.value(u"profile"_s).toString(), u"STANDARD"_s);
    QCOMPARE(answer.value(u"validity"_s).toString(), u"2h"_s);
    QCOMPARE(answer.value(u"price"_s).toDouble(), 10.0);
    const QString code = answer.value(u"code"_s).toString();
    const auto users = m_fixture->simulator().users();
    QVERIFY(std::any_of(users.cbegin(), users.cend(), [&](const auto& user) { return user.name == code; }));

    // By name, with a key: the same key gives the same voucher, a different request with it is refused.
    const QStringList keyed {u"vouchers"_s,          u"sell"_s,      u"--profile"_s, u"basic"_s,
                             u"--idempotency-key"_s, u"box1-0001"_s, u"--json"_s};
    const Run first = run(keyed);
    QCOMPARE(first.code, 0);
    const Run again = run(keyed);
    QCOMPARE(again.code, 0);
    const QString keyedCode = QJsonDocument::fromJson(first.out.toUtf8()).object().value(u"code"_s).toString();
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"code"_s).toString(), keyedCode);
    QCOMPARE(QJsonDocument::fromJson(again.out.toUtf8()).object().value(u"profile"_s).toString(), u"BASIC"_s);
    const Run other = run({u"vouchers"_s, u"sell"_s, u"--amount"_s, u"20"_s, u"--idempotency-key"_s, u"box1-0001"_s});
    QCOMPARE(other.code, 1);
    QVERIFY2(other.err.contains(u"idempotency key"_s), qPrintable(other.err));

    // Bad input: exit 1, nothing made.
    const int before = m_fixture->simulator().users().size();
    const Run noPrice = run({u"vouchers"_s, u"sell"_s, u"--amount"_s, u"7"_s});
    QCOMPARE(noPrice.code, 1);
    QVERIFY2(noPrice.err.contains(u"no profile costs 7"_s), qPrintable(noPrice.err));
    QCOMPARE(run({u"vouchers"_s, u"sell"_s}).code, 1);
    QCOMPARE(run({u"vouchers"_s, u"sell"_s, u"--profile"_s, u"GOLD"_s}).code, 1);
    QCOMPARE(m_fixture->simulator().users().size(), before);

    Database db;
    QString error;
    QVERIFY2(db.open(databasePath(), &error), qPrintable(error));
    QSqlQuery count(db.handle());
    QVERIFY(count.exec(u"SELECT count(*) FROM vouchers WHERE sold_at IS NOT NULL"_s) && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

void TestCli::vouchersSellRouterDownSellsNothing()
{
    m_fixture->simulator().close();
    const Run sold = run({u"vouchers"_s, u"sell"_s, u"--amount"_s, u"10"_s, u"--json"_s});
    QCOMPARE(sold.code, 2);
    QCOMPARE(QJsonDocument::fromJson(sold.out.toUtf8()).object().value(u"success"_s).toBool(true), false);
    Database db;
    QString error;
    QVERIFY2(db.open(databasePath(), &error), qPrintable(error));
    QSqlQuery count(db.handle());
    QVERIFY(count.exec(u"SELECT count(*) FROM vouchers WHERE sold_at IS NOT NULL OR lower(status) <> 'revoked'"_s)
            && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
