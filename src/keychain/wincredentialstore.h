// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Windows only: secrets in the Windows Credential Manager, called directly (CredReadW, CredWriteW,
// CredDeleteW from advapi32, part of every Windows) instead of through QtKeychain — nothing to build
// or ship. One generic credential per key, for the logged-in user, kept on this PC (not roamed).
// Synchronous: the Credential Manager is local and answers at once. Errors never name the secret.
class WinCredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(WinCredentialStore)

public:
    // The secret stored under key; an empty string and no error when there is none.
    static QString read(const QString& key, QString* error);
    // Stores password under key; an empty password removes the entry.
    static bool write(const QString& key, const QString& password, QString* error);
    // Removes the entry; succeeds when there was none.
    static bool remove(const QString& key, QString* error);
};
