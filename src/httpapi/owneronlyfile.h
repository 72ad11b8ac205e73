// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

// A small secret kept in a file that only its owner may read and write (the API token, the web-admin
// password hash): mode 0600 on Unix, set before the first byte is written; on Windows the data folder
// in the user's profile is already closed to other users.
class OwnerOnlyFile
{
public:
    // Replaces the file's contents atomically; false with *error when it cannot.
    static bool write(const QString& path, const QByteArray& contents, QString* error);
    // The contents (at most `maximum` bytes, trimmed); empty when there is no such file. A file that a
    // copy or a restore opened up to others is closed again.
    static QByteArray read(const QString& path, qint64 maximum = 4096);
};
