// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/apitoken.h"

#include "core/storage/database.h"
#include "httpapi/owneronlyfile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace
{
const QString FileName = u"api-token"_s;
const QString LegacySettingName = u"http_api_token"_s; // where earlier versions kept it

bool write(const QString& path, const QString& token, QString* error)
{
    return OwnerOnlyFile::write(path, token.toLatin1(), error);
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
    // A copy or a restore may have opened the file up: reading closes it again.
    return QString::fromLatin1(OwnerOnlyFile::read(filePath(database), 256));
}

QString ApiToken::ensure(Database* database, QString* error)
{
    const QString path = filePath(database);
    const QString existing = stored(database);
    if (!existing.isEmpty()) {
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
    return equalSecrets(authorization.mid(Scheme.size()).trimmed(), token.toLatin1());
}

bool ApiToken::equalSecrets(QByteArrayView given, QByteArrayView expected)
{
    // Every byte is compared whatever the first difference, so timing tells nothing.
    unsigned difference = unsigned(given.size() ^ expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        difference |= unsigned(uchar(expected[i]) ^ uchar(i < given.size() ? given[i] : 0));
    }
    return difference == 0;
}
