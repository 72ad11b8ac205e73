// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/databasecopy.h"

#include "core/storage/database.h"
#include "core/storage/databaseurl.h"
#include "core/storage/sqldialect.h"
#include "core/storage/storedtime.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseCopy", text);
}

qint64 countOf(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    return query.exec(u"SELECT count(*) FROM %1"_s.arg(table)) && query.next() ? query.value(0).toLongLong() : -1;
}
} // namespace

bool DatabaseCopy::copy(const QString& sqlitePath, const QString& target, bool append, Report* report, QString* error)
{
    if (DatabaseUrl::isUrl(sqlitePath) || !QFileInfo(sqlitePath).isFile()) {
        *error = tr("the source must be a SQLite file, and %1 is none").arg(DatabaseUrl::withoutPassword(sqlitePath));
        return false;
    }
    // Read from a copy: the shop's file is not opened at all, so nothing in it can change.
    QTemporaryDir scratch;
    const QString copyPath = scratch.filePath(u"source.db"_s);
    const QString wal = sqlitePath + u"-wal"_s;
    if (!scratch.isValid() || !QFile::copy(sqlitePath, copyPath)
        || (QFileInfo::exists(wal) && !QFile::copy(wal, copyPath + u"-wal"_s))) {
        *error
            = tr("cannot read %1 into a temporary copy (is the disk full?)").arg(QDir::toNativeSeparators(sqlitePath));
        return false;
    }
    Database source;
    if (!source.open(copyPath, error)) {
        error->replace(copyPath, QDir::toNativeSeparators(sqlitePath));
        return false;
    }
    Database destination;
    if (!destination.open(target, error)) {
        return false;
    }
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(sqlitePath).absoluteFilePath()) {
        *error = tr("the source and the target are the same file");
        return false;
    }
    QStringList tables;
    {
        QSqlQuery list(source.handle());
        list.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s);
        while (list.next()) {
            tables.append(list.value(0).toString());
        }
    }
    const QStringList known = destination.handle().tables();
    QList<Table> copied;
    for (const QString& table : std::as_const(tables)) {
        if (!known.contains(table.toLower())) {
            report->notes.append(tr("table %1 (not PisoNet Manager's) was not copied").arg(table));
        } else if (!append && countOf(destination.handle(), table) != 0) {
            *error = tr("%1 already holds data (table %2); nothing was copied. Copy into an empty database, or "
                        "add to it with --append")
                         .arg(destination.path(), table);
            return false;
        }
    }
    const bool ok = destination.transaction(
        [&](QString* e) {
            for (const QString& table : std::as_const(tables)) {
                if (!known.contains(table.toLower())) {
                    continue;
                }
                const QStringList theirs = SqlDialect::columnsOf(destination.handle(), table);
                QStringList columns;
                for (const QString& column : SqlDialect::columnsOf(source.handle(), table)) {
                    if (theirs.contains(column)) {
                        columns.append(column);
                    } else {
                        report->notes.append(
                            tr("column %1.%2 (not PisoNet Manager's) was not copied").arg(table, column));
                    }
                }
                // SQLite keeps times as text, some without an offset (the shop's local time); a
                // timestamp column gets each one read by StoredTime's rule, not by the server's.
                const QSqlRecord target = destination.handle().record(table);
                QList<bool> isTime;
                for (const QString& column : std::as_const(columns)) {
                    isTime.append(target.field(column).metaType().id() == QMetaType::QDateTime);
                }
                int unreadable = 0;
                const qint64 before = countOf(destination.handle(), table);
                QSqlQuery read(source.handle());
                read.setForwardOnly(true);
                if (!read.exec(u"SELECT %1 FROM %2"_s.arg(columns.join(u", "_s), table))) {
                    *e = source.errorText(read.lastError());
                    return false;
                }
                QSqlQuery write(destination.handle());
                write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                    table, columns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s)));
                qint64 rows = 0;
                while (read.next()) {
                    for (int i = 0; i < columns.size(); ++i) {
                        if (!isTime[i] || read.isNull(i)) {
                            write.addBindValue(read.value(i));
                            continue;
                        }
                        const QDateTime time = StoredTime::parse(read.value(i));
                        unreadable += time.isValid() ? 0 : 1;
                        write.addBindValue(time.isValid() ? QVariant(StoredTime::format(time))
                                                          : QVariant(QMetaType::fromType<QString>()));
                    }
                    if (!write.exec()) {
                        *e = tr("row %1 of table %2: %3")
                                 .arg(rows + 1)
                                 .arg(table, destination.errorText(write.lastError()));
                        return false;
                    }
                    ++rows;
                }
                const qint64 after = countOf(destination.handle(), table);
                const qint64 expected = countOf(source.handle(), table);
                if (rows != expected || after - before != expected) {
                    *e = tr("table %1: %2 rows in the source, %3 arrived").arg(table).arg(expected).arg(after - before);
                    return false;
                }
                // The copied rows keep their ids: new rows get the next ones.
                if (columns.contains(u"id"_s)) {
                    for (const QString& statement : destination.dialect().afterExplicitIds(table, u"id"_s)) {
                        QSqlQuery next(destination.handle());
                        if (!next.exec(statement)) {
                            *e = destination.errorText(next.lastError());
                            return false;
                        }
                    }
                }
                if (unreadable > 0) {
                    report->notes.append(
                        tr("table %1: %2 times that could not be read were left empty").arg(table).arg(unreadable));
                }
                copied.append({table, rows});
            }
            return true;
        },
        error);
    if (!ok) {
        *error = tr("copying into %1 failed, nothing was copied: %2").arg(destination.path(), *error);
        return false;
    }
    report->tables = copied;
    return true;
}
