// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Several routers from pisonet-cli, run in-process against two simulators.
#include "cli/cli.h"
#include "cli/clicontext.h"
#include "core/settings/appsettings.h"
#include "core/storage/database.h"
#include "core/vouchers/voucherstore.h"
#include "keychain/passwordstore.h"
#include "support/simulatorfixture.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCliRouters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void addListRemove();
    void addRefusesBadInputAndChangesNothing_data();
    void addRefusesBadInputAndChangesNothing();
    void addTakesThePasswordFromStandardInput();
    void addWithoutACredentialStore();
    void routerOptionPicksTheRouter();
    void unknownRouterIsAClearError();
    void usersOfAllRoutersNameTheirRouter();
    void aRouterDownLeavesTheOthersRows();
    void monitorWatchesEveryRouter();
    void vouchersAndReportsKnowTheirRouter();
    void removeDeletesThePasswordEntry();
    void revokeReachesEveryRouterOfTheVoucher();
    void revokeWithARouterDownSaysWhich();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList& arguments, const QString& input = {});
    Run add(const QString& name, SimulatorFixture& router);
    static QJsonObject json(const Run& run) { return QJsonDocument::fromJson(run.out.toUtf8()).object(); }
    // A voucher pushed to router a and then put on router b too (as the window's "All" does).
    QString voucherOnBoth();

    std::unique_ptr<SimulatorFixture> m_a;
    std::unique_ptr<SimulatorFixture> m_b;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemoryPasswordStore> m_passwords;
    QProcessEnvironment m_env;
};

void TestCliRouters::init()
{
    m_a = std::make_unique<SimulatorFixture>();
    m_a->simulator().setIdentity(u"Shop-A"_s);
    m_a->simulator().addSession(u"AAAAA1"_s, u"AA:00:00:00:00:01"_s, u"10.5.50.11"_s, 1e6, 2e6);
    m_b = std::make_unique<SimulatorFixture>();
    m_b->simulator().setIdentity(u"Shop-B"_s);
    m_b->simulator().addSession(u"BBBBB1"_s, u"BB:00:00:00:00:01"_s, u"10.6.50.11"_s, 1e6, 2e6);
    m_b->simulator().addSession(u"BBBBB2"_s, u"BB:00:00:00:00:02"_s, u"10.6.50.12"_s, 1e6, 2e6);
    m_dir = std::make_unique<QTemporaryDir>();
    m_passwords = std::make_unique<MemoryPasswordStore>();
    m_env = QProcessEnvironment();
    m_env.insert(u"PISONET_DB"_s, m_dir->filePath(u"cli.db"_s));
    m_env.insert(u"PISONET_SETTINGS"_s, m_dir->filePath(u"settings.ini"_s));
    m_env.insert(u"PISONET_PROFILES"_s, QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"));
}

void TestCliRouters::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_dir.reset();
}

TestCliRouters::Run TestCliRouters::run(const QStringList& arguments, const QString& input)
{
    Run result;
    QString in = input;
    QTextStream outStream(&result.out);
    QTextStream errStream(&result.err);
    QTextStream inStream(&in);
    CliContext context(outStream, errStream, inStream, m_env);
    context.setPasswordStore(m_passwords.get());
    Cli cli;
    result.code = cli.run(context, arguments);
    outStream.flush();
    errStream.flush();
    return result;
}

TestCliRouters::Run TestCliRouters::add(const QString& name, SimulatorFixture& router)
{
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, QString::fromLatin1(SimulatorFixture::Password));
    const Run result
        = run({u"routers"_s, u"add"_s, name, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(router.simulator().port()), u"--user"_s, QString::fromLatin1(SimulatorFixture::User)});
    m_env.remove(u"PISONET_ROUTER_PASSWORD"_s);
    return result;
}

void TestCliRouters::addListRemove()
{
    QCOMPARE(add(u"downstairs"_s, *m_a).code, 0);
    const Run second = add(u"upstairs"_s, *m_b);
    QCOMPARE(second.code, 0);
    QVERIFY2(second.out.contains(u"upstairs"_s), qPrintable(second.out));

    const Run list = run({u"routers"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.code, 0);
    const QJsonArray routers = json(list).value(u"routers"_s).toArray();
    QCOMPARE(routers.size(), 2);
    QCOMPARE(routers.at(0).toObject().value(u"name"_s).toString(), u"downstairs"_s);
    QCOMPARE(routers.at(1).toObject().value(u"name"_s).toString(), u"upstairs"_s);
    QCOMPARE(routers.at(1).toObject().value(u"port"_s).toInt(), int(m_b->simulator().port()));
    QCOMPARE(routers.at(1).toObject().value(u"user"_s).toString(), QString::fromLatin1(SimulatorFixture::User));
    const QString secret = QString::fromLatin1(SimulatorFixture::Password);
    QVERIFY(!list.out.contains(secret));
    const Run plain = run({u"routers"_s, u"list"_s});
    QCOMPARE(plain.code, 0);
    QVERIFY(plain.out.contains(u"downstairs"_s) && plain.out.contains(u"upstairs"_s));
    QVERIFY(!plain.out.contains(secret));
    QFile settings(m_env.value(u"PISONET_SETTINGS"_s));
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(SimulatorFixture::Password));
    // Each router's password under its own entry; the first one where the window keeps it.
    QString stored;
    m_passwords->read(PasswordStore::key(u"127.0.0.1"_s, QString::fromLatin1(SimulatorFixture::User)),
                      [&](const QString& password, const QString&) { stored = password; });
    QCOMPARE(stored, secret);
    m_passwords->read(
        PasswordStore::routerKey(u"upstairs"_s, u"127.0.0.1"_s, QString::fromLatin1(SimulatorFixture::User)),
        [&](const QString& password, const QString&) { stored = password; });
    QCOMPARE(stored, secret);

    QCOMPARE(run({u"routers"_s, u"remove"_s, u"downstairs"_s}).code, 0);
    const Run after = run({u"routers"_s, u"list"_s, u"--json"_s});
    QCOMPARE(json(after).value(u"count"_s).toInt(), 1);
    QCOMPARE(json(after).value(u"routers"_s).toArray().at(0).toObject().value(u"name"_s).toString(), u"upstairs"_s);
    const Run missing = run({u"routers"_s, u"remove"_s, u"downstairs"_s});
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(u"no router named"_s), qPrintable(missing.err));
    // The router that moved up still reaches its router with its own password.
    const Run test = run({u"router"_s, u"test"_s});
    QCOMPARE(test.code, 0);
    QVERIFY2(test.out.contains(u"Shop-B"_s), qPrintable(test.out + test.err));
}

void TestCliRouters::addRefusesBadInputAndChangesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("duplicate") << QStringList {u"MAIN"_s, u"--host"_s, u"10.0.0.2"_s} << u"already a router"_s;
    QTest::newRow("bad name") << QStringList {u"two words"_s, u"--host"_s, u"10.0.0.2"_s} << u"not a router name"_s;
    QTest::newRow("no host") << QStringList {u"b"_s} << u"needs an address"_s;
    QTest::newRow("bad host") << QStringList {u"b"_s, u"--host"_s, u"10.0.0.2;x"_s} << u"not a router address"_s;
    QTest::newRow("bad port") << QStringList {u"b"_s, u"--host"_s, u"10.0.0.2"_s, u"--port"_s, u"70000"_s}
                              << u"port must be"_s;
    QTest::newRow("no name") << QStringList {u"--host"_s, u"10.0.0.2"_s} << u"one router name"_s;
}

void TestCliRouters::addRefusesBadInputAndChangesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QCOMPARE(add(u"main"_s, *m_a).code, 0);
    QFile file(m_env.value(u"PISONET_SETTINGS"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, u"x"_s);
    const Run refused = run(QStringList {u"routers"_s, u"add"_s} + arguments);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(message), qPrintable(refused.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(AppSettings(m_env.value(u"PISONET_SETTINGS"_s)).routers().size(), 1);
}

void TestCliRouters::addTakesThePasswordFromStandardInput()
{
    const Run added
        = run({u"routers"_s, u"add"_s, u"a"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(m_a->simulator().port()), u"--user"_s, QString::fromLatin1(SimulatorFixture::User)},
              QString::fromLatin1(SimulatorFixture::Password) + u"\nignored\n"_s);
    QCOMPARE(added.code, 0);
    QCOMPARE(run({u"router"_s, u"test"_s, u"--router"_s, u"a"_s}).code, 0);
    const Run none = run({u"routers"_s, u"add"_s, u"b"_s, u"--host"_s, u"127.0.0.1"_s});
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(u"PISONET_ROUTER_PASSWORD"_s), qPrintable(none.err));
    QCOMPARE(AppSettings(m_env.value(u"PISONET_SETTINGS"_s)).routers().size(), 1);
}

namespace
{
// A machine where no credential store answers (Linux without a Secret Service).
class UnavailablePasswordStore : public MemoryPasswordStore
{
public:
    void read(const QString&, ReadCallback callback) override { callback({}, u"no Secret Service"_s); }
    void write(const QString&, const QString&, WriteCallback callback) override { callback(u"no Secret Service"_s); }
};
} // namespace

void TestCliRouters::addWithoutACredentialStore()
{
    m_passwords = std::make_unique<UnavailablePasswordStore>();
    // A password that cannot be kept: refused with the way out, nothing added.
    const Run refused = add(u"upstairs"_s, *m_b);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(u"no Secret Service"_s) && refused.err.contains(u"PISONET_ROUTER_PASSWORD"_s),
             qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QString::fromLatin1(SimulatorFixture::Password)));
    QCOMPARE(json(run({u"routers"_s, u"list"_s, u"--json"_s})).value(u"routers"_s).toArray().size(), 0);

    // No password: nothing to keep, so the router is added and used.
    m_b->simulator().setCredentials(QString::fromLatin1(SimulatorFixture::User), QString());
    const Run added
        = run({u"routers"_s, u"add"_s, u"upstairs"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
               QString::number(m_b->simulator().port()), u"--user"_s, QString::fromLatin1(SimulatorFixture::User)},
              u"\n"_s);
    QCOMPARE(added.code, 0);
    QVERIFY2(added.err.contains(u"nothing to keep"_s), qPrintable(added.err));
    const Run users = run({u"users"_s, u"--json"_s, u"--router"_s, u"upstairs"_s});
    QCOMPARE(users.code, 0);
    QCOMPARE(json(users).value(u"users"_s).toArray().size(), 2);
}

void TestCliRouters::routerOptionPicksTheRouter()
{
    QCOMPARE(add(u"a"_s, *m_a).code, 0);
    QCOMPARE(add(u"b"_s, *m_b).code, 0);
    const Run first = run({u"router"_s, u"test"_s});
    QVERIFY2(first.out.contains(u"Shop-A"_s), qPrintable(first.out + first.err));
    const Run second = run({u"router"_s, u"test"_s, u"--router"_s, u"b"_s});
    QVERIFY2(second.out.contains(u"Shop-B"_s), qPrintable(second.out + second.err));
    const Run users = run({u"users"_s, u"--json"_s, u"--quick"_s, u"--router"_s, u"b"_s});
    QCOMPARE(users.code, 0);
    const QJsonArray rows = json(users).value(u"users"_s).toArray();
    QCOMPARE(rows.size(), 2);
    for (const auto row : rows) {
        QCOMPARE(row.toObject().value(u"router"_s).toString(), u"b"_s);
    }
    const Run plain = run({u"users"_s, u"--json"_s, u"--quick"_s});
    QCOMPARE(json(plain).value(u"users"_s).toArray().at(0).toObject().value(u"router"_s).toString(), u"a"_s);
}

void TestCliRouters::unknownRouterIsAClearError()
{
    QCOMPARE(add(u"a"_s, *m_a).code, 0);
    const Run unknown = run({u"users"_s, u"--router"_s, u"nope"_s});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(u"no router named \"nope\""_s), qPrintable(unknown.err));
    const Run json = run({u"users"_s, u"--json"_s, u"--router"_s, u"nope"_s});
    QCOMPARE(json.code, 1);
    QCOMPARE(TestCliRouters::json(json).value(u"success"_s).toBool(true), false);
}

void TestCliRouters::usersOfAllRoutersNameTheirRouter()
{
    QCOMPARE(add(u"a"_s, *m_a).code, 0);
    QCOMPARE(add(u"b"_s, *m_b).code, 0);
    const Run users = run({u"users"_s, u"--json"_s, u"--quick"_s, u"--all-routers"_s});
    QCOMPARE(users.code, 0);
    const QJsonObject object = json(users);
    QCOMPARE(object.value(u"success"_s).toBool(), true);
    QCOMPARE(object.value(u"count"_s).toInt(), 3);
    QMap<QString, QString> routerOf;
    for (const auto row : object.value(u"users"_s).toArray()) {
        routerOf.insert(row.toObject().value(u"user"_s).toString(), row.toObject().value(u"router"_s).toString());
    }
    QCOMPARE(routerOf.value(u"AAAAA1"_s), u"a"_s);
    QCOMPARE(routerOf.value(u"BBBBB1"_s), u"b"_s);
    QCOMPARE(routerOf.value(u"BBBBB2"_s), u"b"_s);
    const Run text = run({u"users"_s, u"--quick"_s, u"--all-routers"_s});
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(u"Router a:"_s) && text.out.contains(u"Router b:"_s));
    const Run both = run({u"users"_s, u"--all-routers"_s, u"--router"_s, u"a"_s});
    QCOMPARE(both.code, 1);
}

void TestCliRouters::aRouterDownLeavesTheOthersRows()
{
    QCOMPARE(add(u"a"_s, *m_a).code, 0);
    QCOMPARE(add(u"b"_s, *m_b).code, 0);
    m_a->simulator().close(); // the first router is down
    const Run users = run({u"users"_s, u"--json"_s, u"--quick"_s, u"--all-routers"_s, u"--timeout"_s, u"2"_s});
    QCOMPARE(users.code, 2);
    QVERIFY2(users.err.contains(u"error:"_s) && users.err.contains(u"router a left out"_s), qPrintable(users.err));
    const QJsonObject object = json(users);
    QCOMPARE(object.value(u"success"_s).toBool(true), false);
    QCOMPARE(object.value(u"count"_s).toInt(), 2);
    QCOMPARE(object.value(u"errors"_s).toArray().at(0).toObject().value(u"router"_s).toString(), u"a"_s);
    for (const auto row : object.value(u"users"_s).toArray()) {
        QCOMPARE(row.toObject().value(u"router"_s).toString(), u"b"_s);
    }
}

void TestCliRouters::monitorWatchesEveryRouter()
{
    QCOMPARE(add(u"a"_s, *m_a).code, 0);
    QCOMPARE(add(u"b"_s, *m_b).code, 0);
    const Run both = run({u"monitor"_s, u"--polls"_s, u"1"_s, u"--interval"_s, u"2"_s});
    QCOMPARE(both.code, 0);
    QVERIFY2(both.out.contains(QRegularExpression(u"\\[a\\] 1 online"_s)), qPrintable(both.out + both.err));
    QVERIFY2(both.out.contains(QRegularExpression(u"\\[b\\] 2 online"_s)), qPrintable(both.out + both.err));
    // A router that is down is reported; the other is watched as usual.
    m_a->simulator().close();
    const Run oneDown = run({u"monitor"_s, u"--polls"_s, u"1"_s, u"--interval"_s, u"2"_s, u"--timeout"_s, u"2"_s});
    QCOMPARE(oneDown.code, 0);
    QVERIFY2(oneDown.out.contains(u"[a] router problem"_s), qPrintable(oneDown.out + oneDown.err));
    QVERIFY2(oneDown.out.contains(u"[b] 2 online"_s), qPrintable(oneDown.out + oneDown.err));
    // --router picks one: its lines carry no label.
    const Run one = run({u"monitor"_s, u"--polls"_s, u"1"_s, u"--interval"_s, u"2"_s, u"--router"_s, u"b"_s});
    QCOMPARE(one.code, 0);
    QVERIFY2(one.out.contains(u"  2 online"_s) && !one.out.contains(u"[b]"_s), qPrintable(one.out + one.err));
}

void TestCliRouters::vouchersAndReportsKnowTheirRouter()
{
    QCOMPARE(add(u"a"_s, *m_a).code, 0);
    QCOMPARE(add(u"b"_s, *m_b).code, 0);
    const Run made = run({u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, u"1"_s, u"--json"_s});
    QCOMPARE(made.code, 0);
    const QString code = json(made).value(u"codes"_s).toArray().at(0).toString();
    const Run listed = run({u"vouchers"_s, u"list"_s, u"--json"_s});
    QVERIFY(json(listed).value(u"vouchers"_s).toArray().at(0).toObject().value(u"router"_s).isNull());
    const Run pushed = run({u"vouchers"_s, u"push"_s, u"--router"_s, u"b"_s});
    QVERIFY2(pushed.code == 0, qPrintable(pushed.out + pushed.err));
    const Run after = run({u"vouchers"_s, u"list"_s, u"--json"_s});
    const QJsonObject voucher = json(after).value(u"vouchers"_s).toArray().at(0).toObject();
    QCOMPARE(voucher.value(u"code"_s).toString(), code);
    QCOMPARE(voucher.value(u"router"_s).toString(), u"b"_s);
    // The customer logs in on router b; the monitor sees it there.
    m_b->simulator().addSession(code, u"AA:00:00:00:00:42"_s, u"10.6.50.42"_s, 1e6, 2e6);
    QCOMPARE(run({u"monitor"_s, u"--polls"_s, u"1"_s, u"--interval"_s, u"2"_s}).code, 0);
    auto total = [&](const QString& router) {
        QStringList arguments {u"reports"_s, u"sales"_s, u"--json"_s};
        if (!router.isEmpty()) {
            arguments << u"--router"_s << router;
        }
        return json(run(arguments)).value(u"total_sold"_s).toInt(-1);
    };
    QCOMPARE(total({}), 1);
    QCOMPARE(total(u"b"_s), 1);
    QCOMPARE(total(u"a"_s), 0);
    auto sessions = [&](const QString& router) {
        const QJsonArray days
            = json(run({u"reports"_s, u"usage"_s, u"--json"_s, u"--router"_s, router})).value(u"days"_s).toArray();
        int count = 0;
        for (const auto day : days) {
            count += day.toObject().value(u"sessions"_s).toInt();
        }
        return count;
    };
    QCOMPARE(sessions(u"b"_s), 1);
    QCOMPARE(sessions(u"a"_s), 0);
}

void TestCliRouters::removeDeletesThePasswordEntry()
{
    QCOMPARE(add(u"a"_s, *m_a).code, 0);
    QCOMPARE(add(u"b"_s, *m_b).code, 0);
    const QString user = QString::fromLatin1(SimulatorFixture::User);
    const QString firstEntry = PasswordStore::key(u"127.0.0.1"_s, user);
    const QString secondEntry = PasswordStore::routerKey(u"b"_s, u"127.0.0.1"_s, user);
    QVERIFY(m_passwords->contains(firstEntry));
    QVERIFY(m_passwords->contains(secondEntry));
    const Run removed = run({u"routers"_s, u"remove"_s, u"b"_s});
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    QVERIFY(!m_passwords->contains(secondEntry));
    // The first router still reads its own (the window's) entry.
    QVERIFY(m_passwords->contains(firstEntry));
    // Added again under the same name: a new entry, and the first router's stays until it goes.
    QCOMPARE(add(u"b"_s, *m_b).code, 0);
    QVERIFY(m_passwords->contains(secondEntry));
    QCOMPARE(run({u"routers"_s, u"remove"_s, u"a"_s}).code, 0);
    QVERIFY(!m_passwords->contains(firstEntry));
    QVERIFY(m_passwords->contains(secondEntry));
    QCOMPARE(run({u"routers"_s, u"remove"_s, u"b"_s}).code, 0);
    QVERIFY(!m_passwords->contains(secondEntry));
}

QString TestCliRouters::voucherOnBoth()
{
    [&] {
        QCOMPARE(add(u"a"_s, *m_a).code, 0);
        QCOMPARE(add(u"b"_s, *m_b).code, 0);
    }();
    const Run made = run({u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, u"1"_s, u"--json"_s});
    const QString code = json(made).value(u"codes"_s).toArray().at(0).toString();
    const Run pushed = run({u"vouchers"_s, u"push"_s, u"--router"_s, u"a"_s});
    if (pushed.code != 0 || code.isEmpty()) {
        return {};
    }
    // Put on router b as well: the hotspot user there, and the record of it.
    m_b->simulator().addUser(code, QString(), u"pisonet-1"_s);
    Database db;
    QString error;
    if (!db.open(m_env.value(u"PISONET_DB"_s), &error) || !VoucherStore(&db).markPushed({code}, &error, u"b"_s)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return code;
}

void TestCliRouters::revokeReachesEveryRouterOfTheVoucher()
{
    const QString code = voucherOnBoth();
    QVERIFY(!code.isEmpty());
    const Run listed = run({u"vouchers"_s, u"list"_s, u"--json"_s});
    const QJsonObject voucher = json(listed).value(u"vouchers"_s).toArray().at(0).toObject();
    QCOMPARE(voucher.value(u"router"_s).toString(), u"a"_s);
    QCOMPARE(voucher.value(u"routers"_s).toArray(), (QJsonArray {u"a"_s, u"b"_s}));
    m_a->simulator().addUser(u"WINBOX1"_s, u"x"_s);
    m_b->simulator().addUser(u"WINBOX1"_s, u"x"_s);
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, QString::fromLatin1(SimulatorFixture::Password));
    const Run revoked = run({u"vouchers"_s, u"revoke"_s, code, u"--json"_s});
    QVERIFY2(revoked.code == 0, qPrintable(revoked.out + revoked.err));
    const QJsonArray routers = json(revoked).value(u"routers"_s).toArray();
    QCOMPARE(routers.size(), 2);
    QVERIFY(routers.at(0).toObject().value(u"updated"_s).toBool());
    QVERIFY(routers.at(1).toObject().value(u"updated"_s).toBool());
    for (SimulatorFixture* router : {m_a.get(), m_b.get()}) {
        const auto users = router->simulator().users();
        QVERIFY(
            std::none_of(users.cbegin(), users.cend(), [&](const RouterSimulator::User& u) { return u.name == code; }));
        QVERIFY(std::any_of(users.cbegin(), users.cend(),
                            [&](const RouterSimulator::User& u) { return u.name == u"WINBOX1"_s; }));
    }
}

void TestCliRouters::revokeWithARouterDownSaysWhich()
{
    const QString code = voucherOnBoth();
    QVERIFY(!code.isEmpty());
    m_b->simulator().close();
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, QString::fromLatin1(SimulatorFixture::Password));
    const Run revoked = run({u"vouchers"_s, u"revoke"_s, code, u"--timeout"_s, u"2"_s});
    QCOMPARE(revoked.code, 2);
    QVERIFY2(revoked.err.contains(u"b: not updated"_s), qPrintable(revoked.err));
    QVERIFY2(revoked.err.contains(u"a: hotspot user removed: 1"_s), qPrintable(revoked.err));
    const auto users = m_a->simulator().users();
    QVERIFY(std::none_of(users.cbegin(), users.cend(), [&](const RouterSimulator::User& u) { return u.name == code; }));
    // Only router a, as asked: nothing to do on b.
    const Run onlyA = run({u"vouchers"_s, u"revoke"_s, code, u"--router"_s, u"a"_s});
    QVERIFY2(onlyA.code == 0, qPrintable(onlyA.out + onlyA.err));
}

QTEST_GUILESS_MAIN(TestCliRouters)
#include "tst_clirouters.moc"
