// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void oneRouterSettingsBecomeTheFirstRouter();
    void noRouterMeansAnEmptyList();
    void addedRoutersFollowTheFirst();
    void firstAddedRouterTakesTheOldPlace();
    void badOrDuplicateRoutersChangeNothing();
    void removingTheFirstMovesTheNextUp();
    void windowEditOfTheFirstRouterKeepsTheOthers();

private:
    QString file() const { return m_dir.filePath(u"settings.ini"_s); }
    static RouterConfig config(const QString& name, const QString& host, quint16 port = 0)
    {
        RouterConfig router;
        router.name = name;
        router.connection.host = host;
        router.connection.port = port;
        router.passwordKey = u"PisoNet/routers/"_s + name;
        return router;
    }

    QTemporaryDir m_dir;
};

void TestAppSettings::init()
{
    QFile::remove(file());
}

void TestAppSettings::oneRouterSettingsBecomeTheFirstRouter()
{
    {
        // Settings as a single-router version wrote them.
        QSettings old(file(), QSettings::IniFormat);
        old.setValue(u"router/host"_s, u"10.0.0.1"_s);
        old.setValue(u"router/port"_s, 8729);
        old.setValue(u"router/user"_s, u"api"_s);
        old.setValue(u"router/tls"_s, true);
        old.setValue(u"router/certificate"_s, u"verify"_s);
    }
    AppSettings settings(file());
    const QList<RouterConfig> routers = settings.routers();
    QCOMPARE(routers.size(), 1);
    QCOMPARE(routers.first().name, u"main"_s);
    QCOMPARE(routers.first().connection.host, u"10.0.0.1"_s);
    QCOMPARE(routers.first().connection.port, quint16(8729));
    QCOMPARE(routers.first().connection.user, u"api"_s);
    QVERIFY(routers.first().connection.tls);
    QCOMPARE(routers.first().connection.certificatePolicy, ConnectionSettings::CertificatePolicy::Verify);
    QVERIFY(routers.first().passwordKey.isEmpty()); // today's credential-store entry
    QVERIFY(settings.findRouter(u"main"_s).has_value());
}

void TestAppSettings::noRouterMeansAnEmptyList()
{
    AppSettings settings(file());
    QVERIFY(settings.routers().isEmpty());
    QVERIFY(!settings.findRouter(u"main"_s).has_value());
}

void TestAppSettings::addedRoutersFollowTheFirst()
{
    AppSettings settings(file());
    ConnectionSettings first;
    first.host = u"10.0.0.1"_s;
    settings.setRouter(first);
    RouterConfig upstairs = config(u"upstairs"_s, u"10.0.1.1"_s, 8740);
    upstairs.connection.user = u"shop"_s;
    upstairs.connection.tls = true;
    QCOMPARE(settings.addRouter(upstairs), QString());
    QCOMPARE(settings.addRouter(config(u"branch-2"_s, u"router.example.ph"_s)), QString());
    QVERIFY(settings.sync());

    AppSettings reread(file());
    const QList<RouterConfig> routers = reread.routers();
    QCOMPARE(routers.size(), 3);
    QCOMPARE(routers.at(0).name, u"main"_s);
    QCOMPARE(routers.at(0).connection.host, u"10.0.0.1"_s);
    QCOMPARE(routers.at(1).name, u"upstairs"_s);
    QCOMPARE(routers.at(1).connection.port, quint16(8740));
    QCOMPARE(routers.at(1).connection.user, u"shop"_s);
    QVERIFY(routers.at(1).connection.tls);
    QCOMPARE(routers.at(1).passwordKey, u"PisoNet/routers/upstairs"_s);
    QCOMPARE(routers.at(2).connection.host, u"router.example.ph"_s);
    // The first router is where the window reads it.
    QCOMPARE(reread.router().host, u"10.0.0.1"_s);
    // No password anywhere in the file.
    QFile raw(file());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QVERIFY(!raw.readAll().contains("password="));
}

void TestAppSettings::firstAddedRouterTakesTheOldPlace()
{
    AppSettings settings(file());
    QCOMPARE(settings.addRouter(config(u"shop1"_s, u"192.168.88.1"_s)), QString());
    QCOMPARE(settings.router().host, u"192.168.88.1"_s);
    QVERIFY(settings.hasRouter());
    QCOMPARE(settings.routers().first().name, u"shop1"_s);
}

void TestAppSettings::badOrDuplicateRoutersChangeNothing()
{
    AppSettings settings(file());
    QCOMPARE(settings.addRouter(config(u"main"_s, u"10.0.0.1"_s)), QString());
    QVERIFY(settings.addRouter(config(u"MAIN"_s, u"10.0.0.2"_s)).contains(u"already"_s));
    QVERIFY(settings.addRouter(config(u"two words"_s, u"10.0.0.2"_s)).contains(u"not a router name"_s));
    QVERIFY(settings.addRouter(config(QString(40, u'a'), u"10.0.0.2"_s)).contains(u"not a router name"_s));
    QVERIFY(settings.addRouter(config(u"-x"_s, u"10.0.0.2"_s)).contains(u"not a router name"_s));
    QVERIFY(settings.addRouter(config(u"b"_s, u"10.0.0.2; rm"_s)).contains(u"not a router address"_s));
    QVERIFY(settings.addRouter(config(u"b"_s, u"host_name"_s)).contains(u"not a router address"_s));
    QVERIFY(settings.addRouter(config(u"b"_s, QString())).contains(u"address"_s));
    QCOMPARE(settings.addRouter(config(u"v6"_s, u"fe80::1"_s)), QString());
    QCOMPARE(settings.routers().size(), 2);
}

void TestAppSettings::removingTheFirstMovesTheNextUp()
{
    AppSettings settings(file());
    QCOMPARE(settings.addRouter(config(u"a"_s, u"10.0.0.1"_s)), QString());
    QCOMPARE(settings.addRouter(config(u"b"_s, u"10.0.0.2"_s)), QString());
    QCOMPARE(settings.addRouter(config(u"c"_s, u"10.0.0.3"_s)), QString());
    QVERIFY(settings.removeRouter(u"nope"_s).contains(u"no router named"_s));
    QCOMPARE(settings.routers().size(), 3);
    QCOMPARE(settings.removeRouter(u"a"_s), QString());
    QList<RouterConfig> routers = settings.routers();
    QCOMPARE(routers.size(), 2);
    QCOMPARE(routers.at(0).name, u"b"_s);
    QCOMPARE(routers.at(0).passwordKey, u"PisoNet/routers/b"_s); // its password stays where it was
    QCOMPARE(settings.router().host, u"10.0.0.2"_s);
    QCOMPARE(settings.removeRouter(u"c"_s), QString());
    QCOMPARE(settings.removeRouter(u"b"_s), QString());
    QVERIFY(settings.routers().isEmpty());
    QVERIFY(!settings.hasRouter());
}

void TestAppSettings::windowEditOfTheFirstRouterKeepsTheOthers()
{
    AppSettings settings(file());
    QCOMPARE(settings.addRouter(config(u"a"_s, u"10.0.0.1"_s)), QString());
    QCOMPARE(settings.addRouter(config(u"b"_s, u"10.0.0.2"_s)), QString());
    ConnectionSettings edited = settings.router();
    edited.host = u"10.9.9.9"_s;
    settings.setRouter(edited);
    const QList<RouterConfig> routers = settings.routers();
    QCOMPARE(routers.size(), 2);
    QCOMPARE(routers.at(0).name, u"a"_s);
    QCOMPARE(routers.at(0).connection.host, u"10.9.9.9"_s);
    QVERIFY(routers.at(0).passwordKey.isEmpty()); // the window saves it under host and user
    QCOMPARE(routers.at(1).connection.host, u"10.0.0.2"_s);
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
