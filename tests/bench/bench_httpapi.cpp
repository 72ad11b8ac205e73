// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Requests per second of GET /admin/api/user-traffic with 1,000 online users, under wrk (a separate
// process), with latency percentiles and the error count. Skipped where wrk is not installed.
#include "core/monitor/controlloop.h"
#include "core/storage/database.h"
#include "core/vouchers/profilecatalog.h"
#include "httpapi/apiserver.h"
#include "httpapi/apiservice.h"
#include "httpapi/apitoken.h"
#include "support/simulatorfixture.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class BenchHttpApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void userTrafficUnderLoad();
};

void BenchHttpApi::userTrafficUnderLoad()
{
    const QString wrk = QStandardPaths::findExecutable(u"wrk"_s);
    if (wrk.isEmpty()) {
        QSKIP("wrk is not installed (Debian package wrk)");
    }
    SimulatorFixture fixture;
    fixture.simulator().populate(1000);
    QVERIFY(fixture.connectAndWait());
    QTemporaryDir dir;
    Database db;
    QString error;
    QVERIFY(db.open(dir.filePath(u"bench.db"_s), &error));
    const QString token = ApiToken::ensure(&db, &error);
    ControlLoop loop(&fixture.client(), &db);
    ProfileCatalog profiles;
    ApiService service({&loop.monitor(), &loop.bandwidth(), &loop.voucherStore(), &profiles, &fixture.connection()},
                       token);
    ApiServer server(&service);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0, &error));
    QSignalSpy refreshed(&loop, &ControlLoop::refreshed);
    loop.monitor().refreshNow();
    QVERIFY(refreshed.wait(5000));
    QCOMPARE(loop.monitor().snapshot().users.size(), 1000);

    QProcess load;
    load.setProcessChannelMode(QProcess::MergedChannels);
    QBENCHMARK_ONCE
    {
        load.start(wrk,
                   {u"-t1"_s, u"-c16"_s, u"-d8s"_s, u"--latency"_s, u"-H"_s, u"Authorization: Bearer "_s + token,
                    u"http://127.0.0.1:%1/admin/api/user-traffic"_s.arg(server.port())});
        QVERIFY(load.waitForStarted());
        // The server runs on this thread's event loop while wrk hammers it.
        QVERIFY(QTest::qWaitFor([&] { return load.state() == QProcess::NotRunning; }, 60000));
    }
    const QString output = QString::fromUtf8(load.readAll());
    std::printf("%s\n", qPrintable(output));
    const auto requests = QRegularExpression(u"Requests/sec:\\s+([0-9.]+)"_s).match(output);
    const auto p50 = QRegularExpression(u"50%\\s+(\\S+)"_s).match(output);
    const auto p99 = QRegularExpression(u"99%\\s+(\\S+)"_s).match(output);
    const bool errors = output.contains(u"Non-2xx"_s) || output.contains(u"Socket errors"_s);
    std::printf("FIGURE GET /admin/api/user-traffic, 1,000 users, 16 connections: %s requests/s, p50 %s, p99 %s, "
                "errors: %s\n",
                qPrintable(requests.captured(1)), qPrintable(p50.captured(1)), qPrintable(p99.captured(1)),
                errors ? "YES" : "none");
    QVERIFY(requests.hasMatch());
    QVERIFY2(!errors, "wrk saw failed requests");
}

QTEST_GUILESS_MAIN(BenchHttpApi)
#include "bench_httpapi.moc"
