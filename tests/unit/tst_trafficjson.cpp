// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficjson.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTrafficJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writtenDocumentIsWhatQJsonDocumentWrites_data();
    void writtenDocumentIsWhatQJsonDocumentWrites();
    void severalRoutersWithErrors();
};

namespace
{
UserTraffic row(const QString& name)
{
    UserTraffic user;
    user.sessionId = u"*1A"_s;
    user.user = name;
    user.mac = *MacAddress::parse(u"94:91:E8:00:00:01"_s);
    user.address = u"10.5.50.2"_s;
    user.bytesUp = 123456789;
    user.bytesDown = 9876543210ULL;
    user.rateUp = 512000.7;
    user.rateDown = 2000000;
    user.uptimeSeconds = 3725;
    return user;
}
} // namespace

void TestTrafficJson::writtenDocumentIsWhatQJsonDocumentWrites_data()
{
    QTest::addColumn<TrafficSnapshot>("snapshot");
    QTest::addColumn<QString>("router");

    QTest::newRow("empty") << TrafficSnapshot {} << QString();

    TrafficSnapshot plain;
    plain.users.append(row(u"PISO-1234"_s));
    QTest::newRow("one user") << plain << QString();

    // More than one slice of the streamed writer (256 KB), with a router name on every row.
    TrafficSnapshot many;
    for (int i = 0; i < 3000; ++i) {
        many.users.append(row(u"CODE%1"_s.arg(i)));
    }
    QTest::newRow("thousands") << many << u"upstairs"_s;

    TrafficSnapshot varied;
    UserTraffic capped = row(u"Ñiño ₱5 \"quoted\" back\\slash"_s);
    capped.dataLeftBytes = 499999999;
    capped.timeLeftSeconds = 59;
    capped.limit = BandwidthLimit::fromMaxLimit(u"1M/2M"_s);
    capped.limitSource = LimitSource::Voucher;
    varied.users.append(capped);
    UserTraffic control = row(u"tab\there\nnew line\x01\x1f"_s);
    control.mac = MacAddress();
    control.macText = u"not-a-mac"_s;
    control.limitSource = LimitSource::Adopted;
    control.bytesUp = (1ULL << 60); // beyond 2^53: written as a double
    varied.users.append(control);
    UserTraffic randomised = row(u"emoji 😀"_s);
    randomised.mac = *MacAddress::parse(u"DA:A1:19:00:00:02"_s);
    varied.users.append(randomised);
    varied.stale = true;
    varied.staleReason = u"router at 10.0.0.1:8728 did not answer"_s;
    QTest::newRow("escapes, caps, stale") << varied << u"Ñiño's \"2F\""_s;
}

// `users --json` and the HTTP API write the document directly; integrations parse the same bytes
// QJsonDocument wrote before (key order included).
void TestTrafficJson::writtenDocumentIsWhatQJsonDocumentWrites()
{
    QFETCH(TrafficSnapshot, snapshot);
    QFETCH(QString, router);
    const QByteArray expected = QJsonDocument(TrafficJson::users(snapshot, router)).toJson(QJsonDocument::Compact);
    QCOMPARE(TrafficJson::usersDocument(snapshot, router), expected);
    // Streamed in slices (`users --json`): the same bytes.
    QBuffer streamed;
    QVERIFY(streamed.open(QIODevice::WriteOnly));
    QVERIFY(TrafficJson::UsersDocument::write(&streamed, snapshot, router));
    QCOMPARE(streamed.data(), expected);
}

// Rows of two routers, each named, and a router that could not be read.
void TestTrafficJson::severalRoutersWithErrors()
{
    const QList<UserTraffic> downstairs {row(u"A1"_s), row(u"A2"_s)};
    const QList<UserTraffic> upstairs {row(u"B1"_s)};
    const QJsonArray errors {QJsonObject {{u"router"_s, u"annex"_s}, {u"error"_s, u"timed out"_s}}};

    TrafficJson::UsersDocument document;
    document.addUsers(downstairs, u"main"_s);
    document.addUsers(upstairs, u"upstairs \"2F\""_s);
    document.setErrors(errors);
    document.setStale(u"annex: timed out"_s);

    QJsonArray rows;
    for (const UserTraffic& user : downstairs) {
        rows.append(TrafficJson::user(user, u"main"_s));
    }
    rows.append(TrafficJson::user(upstairs.first(), u"upstairs \"2F\""_s));
    const QJsonObject expected {{u"success"_s, false}, {u"users"_s, rows}, {u"count"_s, 3},
                                {u"errors"_s, errors}, {u"stale"_s, true}, {u"stale_reason"_s, u"annex: timed out"_s}};
    QCOMPARE(document.count(), 3);
    QCOMPARE(document.toJson(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
    QBuffer written;
    QVERIFY(written.open(QIODevice::WriteOnly));
    QVERIFY(document.write(&written));
    QCOMPARE(written.data(), document.toJson());
    QCOMPARE(rows.first().toObject().value(u"router"_s).toString(), u"main"_s);
}

QTEST_GUILESS_MAIN(TestTrafficJson)
#include "tst_trafficjson.moc"
