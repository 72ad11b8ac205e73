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
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text, const char* comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("DatabaseCopy", text, comment, n);
}

QStringList codesInBoth(QSqlDatabase& source, QSqlDatabase& target)
{
    QSet<QString> theirs;
    QSqlQuery query(target);
    query.setForwardOnly(true);
    query.exec(u"SELECT code FROM vouchers"_s);
    while (query.next()) {
        theirs.insert(query.value(0).toString());
    }
    QStringList both;
    QSqlQuery ours(source);
    ours.setForwardOnly(true);
    ours.exec(u"SELECT code FROM vouchers ORDER BY code"_s);
    while (ours.next()) {
        if (theirs.contains(ours.value(0).toString())) {
            both.append(ours.value(0).toString());
        }
    }
    return both;
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
    // Batches before the vouchers that name them (appended batches get new numbers).
    std::stable_partition(tables.begin(), tables.end(), [](const QString& table) { return table == u"batches"_s; });
    const QStringList known = destination.handle().tables();
    QList<Table> copied;
    QHash<qint64, qint64> newBatchIds; // appending: a source batch's number → its number in the target
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
    if (append && tables.contains(u"vouchers"_s)) {
        // Two shops that made the same code cannot share one database: say which, copy nothing.
        const QStringList both = codesInBoth(source.handle(), destination.handle());
        if (!both.isEmpty()) {
            constexpr qsizetype Shown = 8;
            const QString some = both.size() <= Shown
                ? both.join(u", "_s)
                : tr("%1 and %2 more").arg(both.first(Shown).join(u", "_s)).arg(both.size() - Shown);
            *error = tr("%n voucher code(s) are in both databases (%1); nothing was copied. A code must be "
                        "unique in the shared database: revoke or rename them in one shop first",
                        nullptr, int(both.size()))
                         .arg(some);
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
                // Appended rows get the target's next numbers (the target's own rows have these ids);
                // a row whose key the target already has (a setting, a device's limit) keeps the target's.
                const qsizetype idColumn = columns.indexOf(u"id"_s);
                const qsizetype batchColumn = columns.indexOf(u"batch_id"_s);
                QStringList written = columns;
                if (append && idColumn >= 0) {
                    written.removeAt(idColumn);
                }
                QSqlQuery write(destination.handle());
                write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(
                    table, written.join(u", "_s), QStringList(written.size(), u"?"_s).join(u", "_s),
                    append && idColumn < 0 ? u" ON CONFLICT DO NOTHING"_s : QString()));
                qint64 rows = 0;
                qint64 kept = 0;
                while (read.next()) {
                    for (int i = 0; i < columns.size(); ++i) {
                        if (append && i == idColumn) {
                            continue;
                        }
                        QVariant value = read.value(i);
                        if (i == batchColumn && !value.isNull() && newBatchIds.contains(value.toLongLong())) {
                            value = newBatchIds.value(value.toLongLong());
                        }
                        if (!isTime[i] || read.isNull(i)) {
                            write.addBindValue(value);
                            continue;
                        }
                        const QDateTime time = StoredTime::parse(value);
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
                    if (append && idColumn >= 0 && table == u"batches"_s) {
                        newBatchIds.insert(read.value(idColumn).toLongLong(), write.lastInsertId().toLongLong());
                    }
                    if (write.numRowsAffected() == 0) {
                        ++kept;
                    }
                    ++rows;
                }
                const qint64 after = countOf(destination.handle(), table);
                const qint64 expected = countOf(source.handle(), table);
                if (rows != expected || after - before != expected - kept) {
                    *e = tr("table %1: %2 rows in the source, %3 arrived").arg(table).arg(expected).arg(after - before);
                    return false;
                }
                if (kept > 0) {
                    report->notes.append(
                        tr("table %1: %n row(s) with a key the target already has were left as the target has them",
                           nullptr, int(kept))
                            .arg(table));
                }
                // The copied rows keep their ids: new rows get the next ones.
                if (!append && columns.contains(u"id"_s)) {
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
                copied.append({table, rows - kept});
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
