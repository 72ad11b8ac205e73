// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class Database;

// The bearer token of the local HTTP API: 32 random bytes from the system's cryptographic source,
// base64url, kept in the database (not in a settings file), compared in constant time.
class ApiToken
{
public:
    static QString generate();
    // The stored token, making and storing one first if there is none; empty with *error on failure.
    static QString ensure(Database* database, QString* error);
    static QString renew(Database* database, QString* error);
    static QString stored(const Database* database);
    // Constant-time comparison of an "Authorization" header value against the token.
    static bool matchesHeader(const QByteArray& authorization, const QString& token);
};
