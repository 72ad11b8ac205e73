// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/apitoken.h"

#include "core/storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace
{
const QString FileName = u"api-token"_s;
const QString LegacySettingName = u"http_api_token"_s; // where earlier versions kept it
// On Windows Qt's permissions are only the read-only flag: there the data folder in the user's
// profile keeps other users out.
#ifdef Q_OS_UNIX
constexpr bool ModeBits = true;
#else
constexpr bool ModeBits = false;
#endif
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString tr(const char* text)
{
    return QCoreApplication::translate("ApiToken", text);
}

bool write(const QString& path, const QString& token, QString* error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    QSaveFile file(path);
    // Owner-only before the first byte is written (the permissions apply to the temporary file that
    // replaces the old one).
    if (!file.open(QIODevice::WriteOnly) || (!file.setPermissions(OwnerOnly) && ModeBits)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    file.write(token.toLatin1() + '\n');
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

// Empties the database's copy (app_settings has no way to remove a row through Database).
bool forgetLegacy(Database* database, QString* error)
{
    return database->setSetting(LegacySettingName, u""_s, error);
}
} // namespace

QString ApiToken::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ApiToken::filePath(const Database* database)
{
    return QFileInfo(database->path()).absoluteDir().filePath(FileName);
}

QString ApiToken::stored(const Database* database)
{
    QFile file(filePath(database));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromLatin1(file.read(256).trimmed());
}

QString ApiToken::ensure(Database* database, QString* error)
{
    const QString path = filePath(database);
    const QString existing = stored(database);
    if (!existing.isEmpty()) {
        // A copy or a restore may have opened it up: close it again.
        if (ModeBits && (QFile::permissions(path) & Others)) {
            QFile::setPermissions(path, OwnerOnly);
        }
        return existing;
    }
    // Scripts keep working after an upgrade: an older version's token moves into the file.
    const QString legacy = database->setting(LegacySettingName);
    if (!legacy.isEmpty()) {
        if (!write(path, legacy, error) || !forgetLegacy(database, error)) {
            return {};
        }
        return legacy;
    }
    return renew(database, error);
}

QString ApiToken::renew(Database* database, QString* error)
{
    const QString token = generate();
    if (!write(filePath(database), token, error)) {
        return {};
    }
    if (!database->setting(LegacySettingName).isEmpty() && !forgetLegacy(database, error)) {
        return {};
    }
    return token;
}

bool ApiToken::matchesHeader(const QByteArray& authorization, const QString& token)
{
    static const QByteArray Scheme = "Bearer ";
    if (token.isEmpty() || !authorization.startsWith(Scheme)) {
        return false;
    }
    const QByteArray given = authorization.mid(Scheme.size()).trimmed();
    const QByteArray expected = token.toLatin1();
    // Every byte is compared whatever the first difference, so timing tells nothing.
    unsigned difference = unsigned(given.size() ^ expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= unsigned(uchar(expected[i]) ^ uchar(i < given.size() ? given[i] : 0));
    }
    return difference == 0;
}
