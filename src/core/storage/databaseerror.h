// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlError>
#include <QString>

// A database error in words for people: what happened to which file and what to do, never the
// driver's own text ("Unable to fetch row"). Every place that reports a QSqlError goes through here.
namespace DatabaseError
{
enum class Kind
{
    None,
    Busy, // another program holds the lock longer than the busy timeout
    ReadOnly, // the file or its folder cannot be written
    DiskFull,
    Damaged, // not a database, or a damaged one
    Constraint, // a change breaks a rule of the schema (a duplicate code, a trigger)
    Other,
};

Kind kind(const QSqlError& error);
// PostgreSQL broke the transaction off to let another go on (deadlock, serialization failure):
// running it again from its start can succeed.
bool isConflict(const QSqlError& error);
// "the database C:\...\pisonet.db is busy: ..."; path is the database file.
QString describe(const QSqlError& error, const QString& path);
// When the file or its folder is read-only, the sentence that says so; empty otherwise.
QString readOnlyReason(const QString& path);
} // namespace DatabaseError
