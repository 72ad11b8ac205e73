// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/appsettings.h"

#include "core/storage/databaseurl.h"

#include <QCoreApplication>

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

ConnectionSettings AppSettings::router() const
{
    ConnectionSettings router;
    router.host = value(u"router/host"_s, QString()).toString().trimmed();
    const uint port = value(u"router/port"_s, 0).toUInt();
    router.port = port <= 65535 ? quint16(port) : 0;
    router.user = value(u"router/user"_s, u"admin"_s).toString();
    router.tls = value(u"router/tls"_s, false).toBool();
    router.certificatePolicy = value(u"router/certificate"_s, u"accept-router"_s).toString() == u"verify"_s
        ? ConnectionSettings::CertificatePolicy::Verify
        : ConnectionSettings::CertificatePolicy::AcceptRouter;
    router.pinnedSha256 = QByteArray::fromHex(value(u"router/pin"_s, QString()).toString().toLatin1());
    return router;
}

void AppSettings::setRouter(const ConnectionSettings& router)
{
    setValue(u"router/host"_s, router.host.trimmed());
    setValue(u"router/port"_s, router.port);
    setValue(u"router/user"_s, router.user);
    setValue(u"router/tls"_s, router.tls);
    setValue(u"router/certificate"_s,
             router.certificatePolicy == ConnectionSettings::CertificatePolicy::Verify ? u"verify"_s
                                                                                       : u"accept-router"_s);
    setValue(u"router/pin"_s, QString::fromLatin1(router.pinnedSha256.toHex()));
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
