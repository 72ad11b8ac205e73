// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class Database;

// The bearer token of the local HTTP API: 32 random bytes from the system's cryptographic source,
// base64url, compared in constant time. It is kept in the file "api-token" next to the database
// (the user's data folder by default), readable and writable by its owner only: mode 0600 on Unix;
// on Windows the data folder in the user's profile is already closed to other users. A token that
// an earlier version kept in the database is moved into that file and removed from the database.
class ApiToken
{
public:
    static QString generate();
    // The stored token, making and storing one first if there is none; empty with *error on failure.
    static QString ensure(Database* database, QString* error);
    static QString renew(Database* database, QString* error);
    // Empty when there is none (or it cannot be read).
    static QString stored(const Database* database);
    static QString filePath(const Database* database);
    // Constant-time comparison of an "Authorization" header value against the token.
    static bool matchesHeader(const QByteArray& authorization, const QString& token);
    // Compares two secrets in time that depends only on their lengths, not on where they differ.
    static bool equalSecrets(QByteArrayView given, QByteArrayView expected);
};
