// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/webpassword.h"

#include "core/storage/databaseurl.h"
#include "httpapi/apitoken.h"
#include "httpapi/owneronlyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPasswordDigestor>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace
{
const QString FileName = u"web-admin-password"_s;
const QByteArray Scheme = "pbkdf2-sha256";
constexpr int SaltBytes = 16;
constexpr int KeyBytes = 32;
constexpr int MaximumIterations = 10000000;

QString tr(const char* text)
{
    return QCoreApplication::translate("WebPassword", text);
}

QByteArray derive(const QString& password, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations,
                                              KeyBytes);
}
} // namespace

QString WebPassword::problem(const QString& password)
{
    if (password.size() < MinimumLength) {
        return tr("the web-admin password must have at least %1 characters").arg(MinimumLength);
    }
    if (password.trimmed() != password) {
        return tr("the web-admin password must not begin or end with a space");
    }
    return {};
}

QString WebPassword::hash(const QString& password, int iterations)
{
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(salt.data()),
                                         reinterpret_cast<quint32*>(salt.data() + salt.size()));
    const QByteArray key = derive(password, salt, iterations);
    return QString::fromLatin1(Scheme + '$' + QByteArray::number(iterations) + '$' + salt.toBase64() + '$'
                               + key.toBase64());
}

bool WebPassword::verify(const QString& password, const QString& storedHash)
{
    const QList<QByteArray> parts = storedHash.toLatin1().split('$');
    if (parts.size() != 4 || parts[0] != Scheme) {
        return false;
    }
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    const auto salt = QByteArray::fromBase64Encoding(parts[2], QByteArray::AbortOnBase64DecodingErrors);
    const auto key = QByteArray::fromBase64Encoding(parts[3], QByteArray::AbortOnBase64DecodingErrors);
    if (!ok || iterations < 1 || iterations > MaximumIterations || !salt || !key || key.decoded.size() != KeyBytes) {
        return false;
    }
    return ApiToken::equalSecrets(derive(password, *salt, iterations), *key);
}

QString WebPassword::filePath(const QString& databasePath)
{
    return QFileInfo(DatabaseUrl::localFile(databasePath)).absoluteDir().filePath(FileName);
}

QString WebPassword::stored(const QString& databasePath)
{
    return QString::fromLatin1(OwnerOnlyFile::read(filePath(databasePath), 1024));
}

bool WebPassword::store(const QString& databasePath, const QString& password, QString* error)
{
    if (const QString reason = problem(password); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    return storeHash(databasePath, hash(password), error);
}

bool WebPassword::storeHash(const QString& databasePath, const QString& hash, QString* error)
{
    return OwnerOnlyFile::write(filePath(databasePath), hash.toLatin1(), error);
}
