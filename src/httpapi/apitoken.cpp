// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/apitoken.h"

#include "core/storage/database.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace
{
const QString SettingName = u"http_api_token"_s;
} // namespace

QString ApiToken::generate()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(bytes.data()),
                                         reinterpret_cast<quint32*>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ApiToken::stored(const Database* database)
{
    return database->setting(SettingName);
}

QString ApiToken::ensure(Database* database, QString* error)
{
    const QString existing = stored(database);
    return existing.isEmpty() ? renew(database, error) : existing;
}

QString ApiToken::renew(Database* database, QString* error)
{
    const QString token = generate();
    return database->setSetting(SettingName, token, error) ? token : QString();
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
