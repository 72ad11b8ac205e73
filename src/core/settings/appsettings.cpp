// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/appsettings.h"

#include "core/storage/databaseurl.h"
#include "core/util/userinput.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

AppSettings::AppSettings(QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat,
                                             QSettings::UserScope,
                                             QCoreApplication::organizationName(),
                                             QCoreApplication::applicationName()))
{ }

AppSettings::AppSettings(const QString& file, QObject* parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{ }

AppSettings::~AppSettings() = default;

QVariant AppSettings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings->value(key, fallback);
}

void AppSettings::setValue(const QString& key, const QVariant& value)
{
    if (m_settings->value(key) == value) {
        return;
    }
    m_settings->setValue(key, value);
    Q_EMIT changed(key);
}

ConnectionSettings AppSettings::readRouter(const QString& prefix) const
{
    ConnectionSettings router;
    router.host = value(prefix + u"host"_s, QString()).toString().trimmed();
    const uint port = value(prefix + u"port"_s, 0).toUInt();
    router.port = port <= 65535 ? quint16(port) : 0;
    router.user = value(prefix + u"user"_s, u"admin"_s).toString();
    router.tls = value(prefix + u"tls"_s, false).toBool();
    router.certificatePolicy = value(prefix + u"certificate"_s, u"accept-router"_s).toString() == u"verify"_s
        ? ConnectionSettings::CertificatePolicy::Verify
        : ConnectionSettings::CertificatePolicy::AcceptRouter;
    router.pinnedSha256 = QByteArray::fromHex(value(prefix + u"pin"_s, QString()).toString().toLatin1());
    return router;
}

void AppSettings::writeRouter(const QString& prefix, const ConnectionSettings& router)
{
    setValue(prefix + u"host"_s, router.host.trimmed());
    setValue(prefix + u"port"_s, router.port);
    setValue(prefix + u"user"_s, router.user);
    setValue(prefix + u"tls"_s, router.tls);
    setValue(prefix + u"certificate"_s,
             router.certificatePolicy == ConnectionSettings::CertificatePolicy::Verify ? u"verify"_s
                                                                                       : u"accept-router"_s);
    setValue(prefix + u"pin"_s, QString::fromLatin1(router.pinnedSha256.toHex()));
}

ConnectionSettings AppSettings::router() const
{
    return readRouter(u"router/"_s);
}

void AppSettings::setRouter(const ConnectionSettings& router)
{
    writeRouter(u"router/"_s, router);
    // The window saves this router's password under the single-router entry (host and user).
    if (m_settings->contains(u"router/passwordKey"_s)) {
        m_settings->remove(u"router/passwordKey"_s);
        Q_EMIT changed(u"router/passwordKey"_s);
    }
}

// The first router stays where one-router settings kept it (router/...), so older settings are read
// as they are; the others are an array routers/1..n.
QList<RouterConfig> AppSettings::routers() const
{
    QList<RouterConfig> routers;
    RouterConfig first;
    first.connection = router();
    if (!first.connection.host.isEmpty()) {
        first.name = value(u"router/name"_s, QString(RouterConfig::DefaultName)).toString();
        first.passwordKey = value(u"router/passwordKey"_s, QString()).toString();
        routers.append(first);
    }
    const int count = value(u"routers/size"_s, 0).toInt();
    for (int i = 1; i <= count; ++i) {
        const QString prefix = u"routers/%1/"_s.arg(i);
        RouterConfig next;
        next.name = value(prefix + u"name"_s, QString()).toString();
        next.connection = readRouter(prefix);
        next.passwordKey = value(prefix + u"passwordKey"_s, QString()).toString();
        if (!next.connection.host.isEmpty() && !next.name.isEmpty()) {
            routers.append(next);
        }
    }
    return routers;
}

std::optional<RouterConfig> AppSettings::findRouter(const QString& name) const
{
    for (const RouterConfig& router : routers()) {
        if (router.name == name) {
            return router;
        }
    }
    return std::nullopt;
}

void AppSettings::setRouters(const QList<RouterConfig>& routers)
{
    const RouterConfig first = routers.isEmpty() ? RouterConfig() : routers.first();
    writeRouter(u"router/"_s, first.connection);
    if (routers.isEmpty()) {
        m_settings->remove(u"router/name"_s);
        m_settings->remove(u"router/passwordKey"_s);
    } else {
        setValue(u"router/name"_s, first.name);
        if (first.passwordKey.isEmpty()) {
            m_settings->remove(u"router/passwordKey"_s);
        } else {
            setValue(u"router/passwordKey"_s, first.passwordKey);
        }
    }
    m_settings->remove(u"routers"_s);
    for (qsizetype i = 1; i < routers.size(); ++i) {
        const QString prefix = u"routers/%1/"_s.arg(i);
        setValue(prefix + u"name"_s, routers.at(i).name);
        writeRouter(prefix, routers.at(i).connection);
        setValue(prefix + u"passwordKey"_s, routers.at(i).passwordKey);
    }
    if (routers.size() > 1) {
        setValue(u"routers/size"_s, int(routers.size() - 1));
    }
    Q_EMIT changed(u"routers"_s);
}

QString AppSettings::addRouter(const RouterConfig& router)
{
    if (QString error = RouterConfig::nameError(router.name); !error.isEmpty()) {
        return error;
    }
    if (QString error = RouterConfig::hostError(router.connection.host); !error.isEmpty()) {
        return error;
    }
    QList<RouterConfig> all = routers();
    for (const RouterConfig& existing : std::as_const(all)) {
        if (existing.name.compare(router.name, Qt::CaseInsensitive) == 0) {
            return tr("there is already a router named %1").arg(existing.name);
        }
    }
    all.append(router);
    setRouters(all);
    return {};
}

QString AppSettings::removeRouter(const QString& name)
{
    QList<RouterConfig> all = routers();
    const qsizetype before = all.size();
    all.removeIf([&](const RouterConfig& router) { return router.name == name; });
    if (all.size() == before) {
        return tr("there is no router named %1").arg(UserInput::quote(name));
    }
    setRouters(all);
    return {};
}

QString AppSettings::updateRouter(const RouterConfig& router)
{
    if (QString error = RouterConfig::hostError(router.connection.host); !error.isEmpty()) {
        return error;
    }
    QList<RouterConfig> all = routers();
    const auto found = std::find_if(all.begin(), all.end(),
                                    [&](const RouterConfig& existing) { return existing.name == router.name; });
    if (found == all.end()) {
        return tr("there is no router named %1").arg(UserInput::quote(router.name));
    }
    *found = router;
    setRouters(all);
    return {};
}

int AppSettings::refreshSeconds() const
{
    return std::clamp(value(u"monitor/refreshSeconds"_s, 10).toInt(), 2, 300);
}

void AppSettings::setRefreshSeconds(int seconds)
{
    setValue(u"monitor/refreshSeconds"_s, std::clamp(seconds, 2, 300));
}

QString AppSettings::hotspotDnsName() const
{
    return value(u"vouchers/hotspotDnsName"_s, u"10.5.50.1"_s).toString();
}

void AppSettings::setHotspotDnsName(const QString& name)
{
    setValue(u"vouchers/hotspotDnsName"_s, name.trimmed());
}

QString AppSettings::shopName() const
{
    return value(u"vouchers/shopName"_s, u"PisoWiFi"_s).toString();
}

void AppSettings::setShopName(const QString& name)
{
    setValue(u"vouchers/shopName"_s, name.trimmed());
}

QString AppSettings::voucherPaper() const
{
    return value(u"vouchers/paper"_s, u"a4"_s).toString();
}

void AppSettings::setVoucherPaper(const QString& paper)
{
    setValue(u"vouchers/paper"_s, paper);
}

bool AppSettings::printAfterGenerating() const
{
    return value(u"vouchers/printAfterGenerating"_s, false).toBool();
}

void AppSettings::setPrintAfterGenerating(bool print)
{
    setValue(u"vouchers/printAfterGenerating"_s, print);
}

QString AppSettings::voucherPrinter() const
{
    return value(u"vouchers/printer"_s, QString()).toString();
}

void AppSettings::setVoucherPrinter(const QString& printer)
{
    setValue(u"vouchers/printer"_s, printer);
}

QString AppSettings::language() const
{
    return value(u"ui/language"_s, QString()).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    setValue(u"ui/language"_s, language);
}

bool AppSettings::apiEnabled() const
{
    return value(u"api/enabled"_s, false).toBool();
}

void AppSettings::setApiEnabled(bool enabled)
{
    setValue(u"api/enabled"_s, enabled);
}

QString AppSettings::apiListen() const
{
    return value(u"api/listen"_s, u"127.0.0.1:5000"_s).toString();
}

void AppSettings::setApiListen(const QString& listen)
{
    setValue(u"api/listen"_s, listen.trimmed());
}

QString AppSettings::databasePath() const
{
    return value(u"storage/database"_s, QString()).toString();
}

void AppSettings::setDatabasePath(const QString& path)
{
    setValue(u"storage/database"_s, DatabaseUrl::withoutPassword(path)); // a password stays out of the file
}

QByteArray AppSettings::windowGeometry() const
{
    return value(u"ui/geometry"_s, QByteArray()).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    setValue(u"ui/geometry"_s, geometry);
}

QByteArray AppSettings::tableState() const
{
    return value(u"ui/usersTable"_s, QByteArray()).toByteArray();
}

void AppSettings::setTableState(const QByteArray& state)
{
    setValue(u"ui/usersTable"_s, state);
}

QString AppSettings::lastSaveFolder() const
{
    return value(u"ui/lastSaveFolder"_s, QString()).toString();
}

void AppSettings::setLastSaveFolder(const QString& folder)
{
    setValue(u"ui/lastSaveFolder"_s, folder);
}

bool AppSettings::sync(QString* error)
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError) {
        if (error != nullptr) {
            *error = tr("cannot save the settings to %1").arg(m_settings->fileName());
        }
        return false;
    }
    return true;
}
