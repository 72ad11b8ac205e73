// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databaseerror.h"

#include "core/storage/databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseError", text);
}

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode
{
    Perm = 3,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoError = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    NotADatabase = 26,
};

// PostgreSQL gives a five-character SQLSTATE ("23505"); SQLite a number of at most four digits.
bool isSqlState(const QString& code)
{
    return code.size() == 5;
}

DatabaseError::Kind postgresKind(const QString& state)
{
    if (state.startsWith(u"23"_s)) {
        return DatabaseError::Kind::Constraint;
    }
    if (state.startsWith(u"40"_s) || state == u"55P03"_s || state == u"57014"_s) {
        return DatabaseError::Kind::Busy; // serialization failure, deadlock, lock timeout, statement timeout
    }
    if (state.startsWith(u"53"_s)) {
        return DatabaseError::Kind::DiskFull;
    }
    if (state == u"25006"_s || state == u"42501"_s) {
        return DatabaseError::Kind::ReadOnly;
    }
    return DatabaseError::Kind::Other;
}

int primaryCode(const QSqlError& error)
{
    if (isSqlState(error.nativeErrorCode())) {
        return -1;
    }
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? code & 0xff : -1;
}
} // namespace

namespace DatabaseError
{

bool isConflict(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    return isSqlState(state) && (state == u"40P01"_s || state == u"40001"_s);
}

Kind kind(const QSqlError& error)
{
    if (!error.isValid()) {
        return Kind::None;
    }
    const QString text = error.databaseText();
    if (isSqlState(error.nativeErrorCode())) {
        return postgresKind(error.nativeErrorCode());
    }
    switch (primaryCode(error)) {
    case Busy:
    case Locked:
        return Kind::Busy;
    case Perm:
    case ReadOnly:
        return Kind::ReadOnly;
    case Full:
        return Kind::DiskFull;
    case Corrupt:
    case NotADatabase:
        return Kind::Damaged;
    case Constraint:
        return Kind::Constraint;
    default:
        break;
    }
    // Older drivers give no code: the message still tells.
    if (text.contains(u"locked"_s, Qt::CaseInsensitive) || text.contains(u"busy"_s, Qt::CaseInsensitive)) {
        return Kind::Busy;
    }
    if (text.contains(u"readonly"_s, Qt::CaseInsensitive) || text.contains(u"read-only"_s, Qt::CaseInsensitive)) {
        return Kind::ReadOnly;
    }
    if (text.contains(u"disk is full"_s, Qt::CaseInsensitive)) {
        return Kind::DiskFull;
    }
    if (text.contains(u"malformed"_s, Qt::CaseInsensitive) || text.contains(u"not a database"_s, Qt::CaseInsensitive)) {
        return Kind::Damaged;
    }
    if (text.contains(u"constraint failed"_s, Qt::CaseInsensitive)) {
        return Kind::Constraint;
    }
    return Kind::Other;
}

QString readOnlyReason(const QString& path)
{
    if (DatabaseUrl::isUrl(path)) {
        return {}; // a server's database: no file of ours to look at
    }
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    const QString native = QDir::toNativeSeparators(path);
    if (file.exists() && !file.isWritable()) {
        return tr("cannot write to %1: the file is read-only").arg(native);
    }
    if (!folder.exists() || !folder.isWritable()) {
        return tr("cannot write next to %1: the folder %2 is read-only")
            .arg(native, QDir::toNativeSeparators(folder.absoluteFilePath()));
    }
    return {};
}

QString describe(const QSqlError& error, const QString& path)
{
    const QString native = DatabaseUrl::isUrl(path) ? path : QDir::toNativeSeparators(path);
    const QString sqlite = error.databaseText().trimmed();
    const int code = primaryCode(error);
    switch (kind(error)) {
    case Kind::None:
        return {};
    case Kind::Busy:
        return tr("the database %1 is busy: another program (or another PisoNet Manager) is using it; close it "
                  "or try again in a moment")
            .arg(native);
    case Kind::ReadOnly: {
        const QString reason = readOnlyReason(path);
        return reason.isEmpty() ? tr("cannot write to %1: it is read-only").arg(native) : reason;
    }
    case Kind::DiskFull:
        return tr("cannot write to %1: the disk is full; free some space and try again").arg(native);
    case Kind::Damaged:
        return tr("%1 is not a PisoNet Manager database or it is damaged; restore a backup copy").arg(native);
    case Kind::Constraint: {
        static const QRegularExpression unique(u"UNIQUE constraint failed: ([\\w.]+)"_s);
        static const QRegularExpression notNull(u"NOT NULL constraint failed: ([\\w.]+)"_s);
        if (const auto match = unique.match(sqlite); match.hasMatch()) {
            return tr("%1 already has a row with the same %2; nothing was saved").arg(native, match.captured(1));
        }
        if (const auto match = notNull.match(sqlite); match.hasMatch()) {
            return tr("%1 needs a value for %2; nothing was saved").arg(native, match.captured(1));
        }
        return tr("%1 refused the change (%2); nothing was saved").arg(native, sqlite);
    }
    case Kind::Other:
        break;
    }
    if (code == CantOpen || code == IoError) {
        const QString reason = readOnlyReason(path);
        if (!reason.isEmpty()) {
            return reason;
        }
        return code == CantOpen ? tr("cannot open the database %1 (is the disk or folder there?)").arg(native)
                                : tr("cannot read or write %1: the disk reported an error").arg(native);
    }
    return sqlite.isEmpty() ? tr("the database %1 reported a problem").arg(native)
                            : tr("the database %1 reported a problem: %2").arg(native, sqlite);
}

} // namespace DatabaseError
