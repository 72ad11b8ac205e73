// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/owneronlyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace
{
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
    return QCoreApplication::translate("OwnerOnlyFile", text);
}
} // namespace

bool OwnerOnlyFile::write(const QString& path, const QByteArray& contents, QString* error)
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
    file.write(contents + '\n');
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QByteArray OwnerOnlyFile::read(const QString& path, qint64 maximum)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    if (ModeBits && (file.permissions() & Others)) {
        file.setPermissions(OwnerOnly);
    }
    return file.read(maximum).trimmed();
}
