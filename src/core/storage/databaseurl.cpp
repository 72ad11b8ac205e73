// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databaseurl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseUrl", text);
}
} // namespace

bool DatabaseUrl::isUrl(const QString& location)
{
    return location.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || location.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& location, QString* error)
{
    const QUrl url(location.trimmed(), QUrl::StrictMode);
    const QString shown = withoutPassword(location);
    auto refuse = [&](const QString& why) {
        *error = tr("the database address %1 is not usable: %2 (write postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME)")
                     .arg(shown, why);
        return std::nullopt;
    };
    if (!isUrl(location) || !url.isValid()) {
        return refuse(tr("it is not a valid URL"));
    }
    DatabaseUrl result;
    result.m_user = url.userName(QUrl::FullyDecoded);
    result.m_password = url.password(QUrl::FullyDecoded);
    result.m_host = url.host(QUrl::FullyDecoded);
    result.m_port = url.port(DefaultPort);
    result.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    if (result.m_user.isEmpty()) {
        return refuse(tr("it names no user"));
    }
    if (result.m_host.isEmpty()) {
        return refuse(tr("it names no server"));
    }
    static const QRegularExpression name(u"^[A-Za-z0-9_.-]{1,63}$"_s);
    if (!name.match(result.m_databaseName).hasMatch()) {
        return refuse(tr("it names no database (letters, digits, _ . - after the last /)"));
    }
    if (url.hasQuery() || url.hasFragment()) {
        return refuse(tr("options after ? or # are not supported"));
    }
    if (result.m_password.isEmpty()) {
        result.m_password = qEnvironmentVariable("PGPASSWORD");
    }
    return result;
}

QString DatabaseUrl::withoutPassword(const QString& location)
{
    if (!isUrl(location)) {
        return location;
    }
    // Cut "user:secret@" to "user@" by hand: a URL that QUrl refuses may still hold a password.
    // The last "@" before the path: a password may itself hold an unencoded "@".
    const qsizetype start = location.indexOf(u"://"_s) + 3;
    const qsizetype slash = location.indexOf(u'/', start);
    const qsizetype at = location.lastIndexOf(u'@', slash < 0 ? -1 : slash);
    if (at < start) {
        return location;
    }
    const qsizetype colon = location.indexOf(u':', start);
    if (colon < 0 || colon > at) {
        return location;
    }
    return location.left(colon) + location.mid(at);
}

QString DatabaseUrl::localFile(const QString& location)
{
    if (!isUrl(location)) {
        return location;
    }
    QString error;
    const auto url = parse(location, &error);
    QString name = url ? u"%1_%2_%3"_s.arg(url->host()).arg(url->port()).arg(url->databaseName()) : u"postgresql"_s;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_.-]"_s);
    name.replace(unsafe, u"_"_s);
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/shared-"_s + name;
}

QString DatabaseUrl::display() const
{
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_databaseName);
}
