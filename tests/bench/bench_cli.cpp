// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// `pisonet-cli users --json` end to end against 10,000 online users, next to a raw client that sends
// the same two commands over loopback and reads the replies without parsing them: how much the
// program costs on top of what the router and the wire cost.
#include "core/routeros/apiencoder.h"
#include "support/threadedsimulator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
constexpr int Users = 10000;
constexpr int Rounds = 5;

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Logs in, sends the hotspot and queue prints the monitor sends (same .proplist), and reads until
// both are done, counting "!done" markers in the raw bytes. Returns the milliseconds, or -1.
qint64 rawFetch(const ConnectionSettings& router, qint64* bytes)
{
    QElapsedTimer timer;
    timer.start();
    QTcpSocket socket;
    socket.connectToHost(router.host, router.port);
    if (!socket.waitForConnected(5000)) {
        return -1;
    }
    socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    socket.write(ApiEncoder::sentence(
        {"/login", "=name=" + router.user.toUtf8(), "=password=" + router.password.toUtf8(), ".tag=login"}));
    QByteArray received;
    while (!received.contains("!done")) {
        if (!socket.waitForReadyRead(5000)) {
            return -1;
        }
        received += socket.readAll();
    }
    socket.write(
        ApiEncoder::sentence({"/ip/hotspot/active/print",
                              "=.proplist=.id,server,user,address,mac-address,uptime,session-time-left,idle-time,"
                              "bytes-in,bytes-out,login-by,comment,limit-bytes-total",
                              ".tag=s"}));
    socket.write(ApiEncoder::sentence(
        {"/queue/simple/print", "=.proplist=.id,name,target,max-limit,rate,bytes,comment,disabled,dynamic", ".tag=q"}));
    *bytes = 0;
    int done = 0;
    QByteArray tail; // the end of the previous read, so a marker split across reads is found
    while (done < 2) {
        if (!socket.waitForReadyRead(20000)) {
            return -1;
        }
        const QByteArray chunk = socket.readAll();
        *bytes += chunk.size();
        const QByteArray window = tail + chunk;
        for (qsizetype at = window.indexOf("!done"); at >= 0; at = window.indexOf("!done", at + 1)) {
            if (at + 5 > tail.size()) { // not counted with the previous read already
                ++done;
            }
        }
        tail = window.right(4);
    }
    return timer.elapsed();
}

qint64 runProgram(const QString& program,
                  const QProcessEnvironment& environment,
                  const QStringList& arguments,
                  qint64* outputBytes)
{
    QElapsedTimer timer;
    timer.start();
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(program, arguments);
    if (!cli.waitForFinished(60000) || cli.exitCode() != 0) {
        return -1;
    }
    const qint64 elapsed = timer.elapsed();
    *outputBytes = cli.readAllStandardOutput().size();
    return elapsed;
}

qint64 runCli(const QProcessEnvironment& environment, const QStringList& arguments, qint64* outputBytes)
{
    return runProgram(QStringLiteral(PISONET_CLI), environment, arguments, outputBytes);
}

// The raw client as a program of its own, so that both sides pay for starting a process.
qint64 runRawClientProcess(const ConnectionSettings& router)
{
    qint64 ignored = 0;
    return runProgram(QCoreApplication::applicationFilePath(), QProcessEnvironment::systemEnvironment(),
                      {u"--raw-client"_s, QString::number(router.port)}, &ignored);
}
} // namespace

class BenchCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usersJsonAgainstRawClient();
};

void BenchCli::usersJsonAgainstRawClient()
{
    // Every user has a queue, so one poll gives every current speed (no second, rate-sampling poll).
    ThreadedSimulator router([](RouterSimulator& simulator) {
        simulator.populate(Users);
        const auto sessions = simulator.sessions();
        for (const RouterSimulator::Session& session : sessions) {
            simulator.addQueue(u"pisonet-"_s + session.macAddress, session.address + u"/32"_s, 512000, 1000000);
        }
    });
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const ConnectionSettings settings = router.settings();
    environment.insert(u"PISONET_ROUTER_HOST"_s, settings.host);
    environment.insert(u"PISONET_ROUTER_PORT"_s, QString::number(settings.port));
    environment.insert(u"PISONET_ROUTER_USER"_s, settings.user);
    environment.insert(u"PISONET_ROUTER_PASSWORD"_s, settings.password);
    environment.insert(u"PISONET_DB"_s, home.filePath(u"pisonet.db"_s));
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));

    qint64 jsonBytes = 0;
    qint64 wireBytes = 0;
    QList<qint64> cli;
    QList<qint64> raw;
    QList<qint64> start;
    QList<qint64> rawProcess;
    QVERIFY(runCli(environment, {u"users"_s, u"--json"_s}, &jsonBytes) >= 0); // creates the database
    // Timed by hand, not inside QBENCHMARK: QtTest runs a benchmark function once more as a warm-up,
    // which printed the figure twice.
    for (int round = 0; round < Rounds; ++round) {
        cli.append(runCli(environment, {u"users"_s, u"--json"_s}, &jsonBytes));
        raw.append(rawFetch(settings, &wireBytes));
        qint64 ignored = 0;
        start.append(runCli(environment, {u"--version"_s}, &ignored));
        rawProcess.append(runRawClientProcess(settings));
        QVERIFY(cli.last() >= 0 && raw.last() >= 0 && start.last() >= 0 && rawProcess.last() >= 0);
    }
    QVERIFY(jsonBytes > Users * 100);
    const qint64 cliMs = median(cli);
    const qint64 rawProcessMs = median(rawProcess);
    const qint64 rawMs = median(raw);
    std::printf("FIGURE users --json, %d users, median of %d rounds: pisonet-cli %lld ms end to end (%.1f MB JSON); "
                "a raw client that reads the same %.1f MB without parsing: %lld ms as its own process, ratio %.2f "
                "(goal <= 1.5); %lld ms in this process, ratio %.2f; the CLI's start-up alone (--version) %lld ms\n",
                Users, Rounds, static_cast<long long>(cliMs), double(jsonBytes) / 1e6, double(wireBytes) / 1e6,
                static_cast<long long>(rawProcessMs), double(cliMs) / double(std::max<qint64>(rawProcessMs, 1)),
                static_cast<long long>(rawMs), double(cliMs) / double(std::max<qint64>(rawMs, 1)),
                static_cast<long long>(median(start)));
}

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--raw-client") == 0) {
        QCoreApplication app(argc, argv);
        ConnectionSettings router;
        router.host = u"127.0.0.1"_s;
        router.port = quint16(QByteArray(argv[2]).toUInt());
        router.user = u"admin"_s;
        router.password = u"pw"_s;
        qint64 bytes = 0;
        return rawFetch(router, &bytes) >= 0 ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    BenchCli bench;
    return QTest::qExec(&bench, argc, argv);
}

#include "bench_cli.moc"
