// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The web admin's password, kept only as a salted slow hash: PBKDF2-HMAC-SHA256 with a 16-byte salt
// from the system's cryptographic source, written "pbkdf2-sha256$<iterations>$<salt>$<key>" (base64)
// into the owner-only file "web-admin-password" next to the database (beside "api-token"). The
// password itself is never stored, logged or shown.
class WebPassword
{
public:
    // About half a second per check on a slow PC (Qt's PBKDF2); stored with each hash, so it can grow.
    static constexpr int DefaultIterations = 100000;
    static constexpr int MinimumLength = 8;

    // Empty when the password may be used; otherwise why not (too short, ...).
    static QString problem(const QString& password);
    static QString hash(const QString& password, int iterations = DefaultIterations);
    // Checks a password against a stored hash in constant time; false for a malformed hash. Slow on
    // purpose (the hash's iterations): never call it on a thread that must stay responsive.
    static bool verify(const QString& password, const QString& storedHash);

    // The file for the database at databasePath.
    static QString filePath(const QString& databasePath);
    // The stored hash; empty when no password is set.
    static QString stored(const QString& databasePath);
    static bool isSet(const QString& databasePath) { return !stored(databasePath).isEmpty(); }
    // Checks, hashes and stores a new password; false with *error (nothing changed) otherwise.
    static bool store(const QString& databasePath, const QString& password, QString* error);
    // Stores an already made hash (tests use fewer iterations).
    static bool storeHash(const QString& databasePath, const QString& hash, QString* error);
};
