// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// pisonet-cli as separate processes on one database, as a shop runs it: two generate or push runs at
// once (two windows, a script, a second PC on a shared folder), and a database nobody may write.
#include "core/routeros/routerclient.h"
#include "core/routeros/routerconnection.h"
#include "core/storage/database.h"
#include "core/vouchers/voucherstore.h"
#include "support/simulatorfixture.h"
#include "support/testdatabase.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

class TestCliProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void parallelGenerateRunsAllSucceed_data();
    void parallelGenerateRunsAllSucceed();
    void parallelPushesAddEachVoucherOnce();
    void readOnlyIsSaidSo_data();
    void readOnlyIsSaidSo();
    void simulateOneRouterSaysWhereItListens();
    void simulateTwoRoutersOnConsecutivePorts();
    void usersJsonOnStdoutIsOneCompactDocument();

private:
    // A pisonet-cli child on the test database; started, not waited for.
    std::unique_ptr<QProcess> start(const QStringList& arguments, bool unprivileged = false);
    static QByteArray bytesOf(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QProcessEnvironment m_env;
};

void TestCliProcesses::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"PISONET_DB"_s, m_dir->filePath(u"shop.db"_s));
    m_env.insert(u"PISONET_PROFILES"_s, QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"));
    m_env.insert(u"HOME"_s, m_dir->path());
    for (const QString& name :
         {u"PISONET_ROUTER_HOST"_s, u"PISONET_ROUTER_PORT"_s, u"PISONET_ROUTER_USER"_s, u"PISONET_ROUTER_PASSWORD"_s}) {
        m_env.remove(name);
    }
}

std::unique_ptr<QProcess> TestCliProcesses::start(const QStringList& arguments, bool unprivileged)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_env);
#ifdef Q_OS_UNIX
    if (unprivileged && ::geteuid() == 0) {
        // root may write anywhere: run as "nobody" so file permissions count, as for a shop's user.
        process->setChildProcessModifier([] {
            const gid_t nobody = 65534;
            if (::setgroups(0, nullptr) != 0 || ::setgid(nobody) != 0 || ::setuid(nobody) != 0) {
                ::_exit(99);
            }
        });
    }
#else
    Q_UNUSED(unprivileged)
#endif
    process->start(QStringLiteral(PISONET_CLI), arguments);
    return process;
}

// users --json writes its rows to stdout in slices (256 KB): a real process, several slices, and
// the text is exactly what QJsonDocument writes for the same document.
void TestCliProcesses::usersJsonOnStdoutIsOneCompactDocument()
{
    SimulatorFixture fixture;
    constexpr int Users = 800;
    fixture.simulator().populate(Users);
    m_env.insert(u"PISONET_ROUTER_HOST"_s, u"127.0.0.1"_s);
    m_env.insert(u"PISONET_ROUTER_PORT"_s, QString::number(fixture.simulator().port()));
    m_env.insert(u"PISONET_ROUTER_USER"_s, QString::fromLatin1(SimulatorFixture::User));
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, QString::fromLatin1(SimulatorFixture::Password));
    auto users = start({u"users"_s, u"--json"_s, u"--quick"_s});
    QByteArray out;
    connect(users.get(), &QProcess::readyReadStandardOutput, this, [&] { out += users->readAllStandardOutput(); });
    QTRY_VERIFY_WITH_TIMEOUT(users->state() == QProcess::NotRunning, 30000);
    out += users->readAllStandardOutput();
    QCOMPARE(users->exitCode(), 0);
    QVERIFY2(out.size() > 300 * 1024, QByteArray::number(out.size()).constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(document.object().value(u"count"_s).toInt(), Users);
    QCOMPARE(document.object().value(u"users"_s).toArray().size(), Users);
    QCOMPARE(out, document.toJson(QJsonDocument::Compact) + '\n');
}

QByteArray TestCliProcesses::bytesOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestCliProcesses::parallelGenerateRunsAllSucceed_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<int>("rounds");
    QTest::addColumn<int>("count");
    QTest::newRow("sqlite") << false << 3 << 20000;
    // Two shop PCs on one shared database; the first round also races to create the schema.
    QTest::newRow("postgresql") << true << 2 << 3000;
}

void TestCliProcesses::parallelGenerateRunsAllSucceed()
{
    QFETCH(bool, postgres);
    QFETCH(int, rounds);
    QFETCH(int, count);
    TestDatabase shared(postgres ? TestDatabase::Engine::Postgres : TestDatabase::Engine::Sqlite);
    if (postgres) {
        if (!shared.isReady()) {
            QSKIP(qPrintable(shared.error()));
        }
        m_env.insert(u"PISONET_DB"_s, shared.location());
    } else {
        // The file exists (and is current) before the two race for it.
        Database db;
        QString error;
        QVERIFY2(db.open(m_env.value(u"PISONET_DB"_s), &error), qPrintable(error));
    }
    // Big batches of short codes: two runs at once draw many of the same codes.
    const QStringList generate {u"vouchers"_s, u"generate"_s,          u"--profile"_s, u"BASIC"_s,
                                u"--count"_s,  QString::number(count), u"--length"_s,  u"5"_s};
    for (int round = 0; round < rounds; ++round) {
        auto first = start(generate);
        auto second = start(generate);
        for (QProcess* process : {first.get(), second.get()}) {
            QVERIFY(process->waitForFinished(120000));
            const QString err = QString::fromUtf8(process->readAllStandardError());
            QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(err));
            QVERIFY2(!err.contains(u"UNIQUE"_s) && !err.contains(u"Unable to"_s), qPrintable(err));
        }
    }
    Database db;
    QString error;
    QVERIFY2(db.open(m_env.value(u"PISONET_DB"_s), &error), qPrintable(error));
    QSqlQuery query(db.handle());
    QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT code) FROM vouchers"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), rounds * 2 * count);
    QCOMPARE(query.value(1).toInt(), rounds * 2 * count);
    QVERIFY(query.exec(u"SELECT count(*), sum(voucher_count) FROM batches"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), rounds * 2);
    QCOMPARE(query.value(1).toInt(), rounds * 2 * count);
}

void TestCliProcesses::parallelPushesAddEachVoucherOnce()
{
    SimulatorFixture fixture;
    // Slow answers: both runs read the router's (empty) user list before either adds a user.
    fixture.simulator().faults().delayReplies(300);
    m_env.insert(u"PISONET_ROUTER_HOST"_s, u"127.0.0.1"_s);
    m_env.insert(u"PISONET_ROUTER_PORT"_s, QString::number(fixture.simulator().port()));
    m_env.insert(u"PISONET_ROUTER_USER"_s, QString::fromLatin1(SimulatorFixture::User));
    m_env.insert(u"PISONET_ROUTER_PASSWORD"_s, QString::fromLatin1(SimulatorFixture::Password));
    constexpr int Count = 300;
    auto made = start({u"vouchers"_s, u"generate"_s, u"--profile"_s, u"BASIC"_s, u"--count"_s, QString::number(Count)});
    QVERIFY(made->waitForFinished(60000));
    QCOMPARE(made->exitCode(), 0);

    auto first = start({u"vouchers"_s, u"push"_s});
    auto second = start({u"vouchers"_s, u"push"_s});
    // The simulator lives in this thread: keep its event loop running while they work.
    QTRY_VERIFY_WITH_TIMEOUT(first->state() == QProcess::NotRunning && second->state() == QProcess::NotRunning, 120000);
    for (QProcess* process : {first.get(), second.get()}) {
        const QString err = QString::fromUtf8(process->readAllStandardError());
        QVERIFY2(process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0, qPrintable(err));
        QVERIFY2(!err.contains(u"already have"_s), qPrintable(err)); // "already there" is not an error
    }
    QSet<QString> names;
    for (const auto& user : fixture.simulator().users()) {
        names.insert(user.name);
    }
    QCOMPARE(fixture.simulator().users().size(), Count);
    QCOMPARE(names.size(), Count);
    Database db;
    QString error;
    QVERIFY(db.open(m_env.value(u"PISONET_DB"_s), &error));
    VoucherStore::Filter pushed;
    pushed.status = Voucher::Status::Pushed;
    QCOMPARE(VoucherStore(&db).list(pushed).size(), Count);
}

void TestCliProcesses::readOnlyIsSaidSo_data()
{
    QTest::addColumn<QString>("fixture"); // empty: a current PisoNet database
    QTest::addColumn<bool>("folderReadOnly");
    QTest::addColumn<QString>("message");
    QTest::newRow("current database, read-only folder") << QString() << true << u"cannot write next to"_s;
    QTest::newRow("legacy database, read-only folder") << u"legacy-python.db"_s << true << u"cannot write next to"_s;
    QTest::newRow("legacy database, read-only file") << u"legacy-python.db"_s << false << u"the file is read-only"_s;
}

void TestCliProcesses::readOnlyIsSaidSo()
{
#ifndef Q_OS_UNIX
    QSKIP("file modes are a Unix test; Windows shows the same messages from its own read-only flag");
#else
    QFETCH(QString, fixture);
    QFETCH(bool, folderReadOnly);
    QFETCH(QString, message);
    const QString folder = m_dir->filePath(u"shop"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + u"/pisonet.db"_s;
    if (fixture.isEmpty()) {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY(db.setSetting(u"shop"_s, u"Aling Nena"_s, &error));
    } else {
        QVERIFY(QFile::copy(QStringLiteral(PISONET_TEST_DATA_DIR "/db/") + fixture, path));
    }
    const QByteArray before = bytesOf(path);
    constexpr auto ReadAll = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
    constexpr auto Enter = QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    constexpr auto WriteAll = QFile::WriteOwner | QFile::WriteGroup | QFile::WriteOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), ReadAll | Enter | QFile::WriteOwner));
    QVERIFY(QFile::setPermissions(path, folderReadOnly ? ReadAll | WriteAll : ReadAll));
    QVERIFY(QFile::setPermissions(folder, folderReadOnly ? ReadAll | Enter : ReadAll | Enter | WriteAll));

    auto cli = start({u"vouchers"_s, u"list"_s, u"--db"_s, path}, true);
    QVERIFY(cli->waitForFinished(30000));
    const QString err = QString::fromUtf8(cli->readAllStandardError());
    QVERIFY(QFile::setPermissions(folder, ReadAll | Enter | WriteAll)); // let cleanup remove it
    QCOMPARE(cli->exitCode(), 1);
    QVERIFY2(err.contains(message) && err.contains(u"read-only"_s), qPrintable(err));
    QVERIFY2(!err.contains(u"damaged"_s), qPrintable(err));
    QVERIFY2(err.contains(QDir::toNativeSeparators(path)) || err.contains(QDir::toNativeSeparators(folder)),
             qPrintable(err));
    QCOMPARE(bytesOf(path), before);
    QCOMPARE(QDir(folder).entryList({u"*.backup-*"_s}).size(), 0);
#endif
}

namespace
{
// Waits (bounded) until `lines` lines are out, then returns what came.
QStringList outputLines(QProcess& process, int lines)
{
    QByteArray out;
    [[maybe_unused]] const bool complete
        = QTest::qWaitFor([&] { return (out += process.readAllStandardOutput()).count('\n') >= lines; }, 20000);
    return QString::fromUtf8(out).split(u'\n', Qt::SkipEmptyParts);
}

// The identity and the online addresses of the router at `port`, through our own client.
std::pair<QString, QStringList> identityAndAddresses(quint16 port, const QString& user)
{
    ConnectionSettings settings;
    settings.host = u"127.0.0.1"_s;
    settings.port = port;
    settings.user = user;
    settings.password = u"pw"_s;
    RouterConnection connection;
    connection.setSettings(settings);
    connection.open();
    if (!QTest::qWaitFor([&] { return connection.isReady(); }, 10000)) {
        return {};
    }
    RouterClient client(&connection);
    QString identity;
    QStringList addresses;
    int done = 0;
    connection.send(ApiCommand(u"/system/identity/print"_s), nullptr, [&](const ApiResult& result) {
        identity = result.rows.value(0).value("name");
        ++done;
    });
    client.fetchHotspotSessions(nullptr, [&](const RouterReply<QList<HotspotSession>>& reply) {
        for (const HotspotSession& session : reply.value) {
            addresses.append(session.address);
        }
        ++done;
    });
    if (!QTest::qWaitFor([&] { return done == 2; }, 10000)) {
        return {};
    }
    return {identity, addresses};
}
} // namespace

void TestCliProcesses::simulateOneRouterSaysWhereItListens()
{
    // The third-party client test and scripts read this line: one router keeps it as it was.
    const auto process = start({u"simulate"_s, u"--port"_s, u"0"_s, u"--users"_s, u"2"_s, u"--password"_s, u"pw"_s});
    const QStringList lines = outputLines(*process, 1);
    QCOMPARE(lines.size(), 1);
    const QRegularExpression line(
        uR"re(^Simulated RouterOS API listening on 127\.0\.0\.1:(\d+) \(user "admin", 2 online )re"
        uR"re(user(?:s|\(s\))\)\. Ctrl-C stops it\.$)re"_s);
    const QRegularExpressionMatch match = line.match(lines.first());
    QVERIFY2(match.hasMatch(), qPrintable(lines.first()));
    const auto [identity, addresses] = identityAndAddresses(quint16(match.captured(1).toUInt()), u"admin"_s);
    QCOMPARE(identity, u"PisoNet-Demo"_s);
    QCOMPARE(addresses.size(), 2);
    process->terminate();
    QVERIFY(process->waitForFinished(10000));
}

void TestCliProcesses::simulateTwoRoutersOnConsecutivePorts()
{
    // Two free consecutive ports: one the system gives, if the next one is free too.
    quint16 first = 0;
    for (int attempt = 0; attempt < 20 && first == 0; ++attempt) {
        QTcpServer a;
        QTcpServer b;
        if (a.listen(QHostAddress::LocalHost, 0) && a.serverPort() < 65535
            && b.listen(QHostAddress::LocalHost, a.serverPort() + 1)) {
            first = a.serverPort();
        }
    }
    QVERIFY(first != 0);
    const auto process = start({u"simulate"_s, u"--routers"_s, u"2"_s, u"--port"_s, QString::number(first),
                                u"--users"_s, u"3"_s, u"--password"_s, u"pw"_s});
    const QStringList lines = outputLines(*process, 3);
    QCOMPARE(lines.size(), 3);
    const QRegularExpression line(
        uR"re(^Simulated router (\d) "([^"]+)" listening on 127\.0\.0\.1:(\d+) \(user "([^"]+)", )re"
        uR"re(addresses 10\.(\d+)\.x\.x, 3 online user(?:s|\(s\))\)\.$)re"_s);
    QSet<QString> allAddresses;
    QSet<QString> identities;
    for (int i = 0; i < 2; ++i) {
        const QRegularExpressionMatch match = line.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        QCOMPARE(match.captured(1).toInt(), i + 1);
        QCOMPARE(match.captured(3).toUInt(), uint(first + i));
        QCOMPARE(match.captured(4), i == 0 ? u"admin"_s : u"admin2"_s);
        const auto [identity, addresses] = identityAndAddresses(quint16(match.captured(3).toUInt()), match.captured(4));
        QCOMPARE(identity, match.captured(2));
        identities.insert(identity);
        QCOMPARE(addresses.size(), 3);
        for (const QString& address : addresses) {
            QVERIFY(address.startsWith(u"10.%1."_s.arg(match.captured(5))));
            allAddresses.insert(address);
        }
    }
    QCOMPARE(identities.size(), 2);
    QCOMPARE(allAddresses.size(), 6);
    QCOMPARE(lines.at(2), u"Ctrl-C stops them."_s);
    process->terminate();
    QVERIFY(process->waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCliProcesses)
#include "tst_cliprocesses.moc"
