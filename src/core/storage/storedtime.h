// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QVariant>

// Times in the database, one rule for every reader (tables, reports, the API): we write UTC with
// milliseconds and a "Z". A time without an offset was written by another tool (the earlier Python
// PisoNet Manager writes "2025-01-02 10:00:00" with the shop PC's clock): it is the shop's local
// time. Both ISO forms, with "T" or a space, are read. On PostgreSQL the columns are timestamps with
// time zone (SqlDialect::timeType): they take this text when written and give a QDateTime when read.
class StoredTime
{
public:
    static QString format(const QDateTime& time);
    // Text or a QDateTime; invalid for empty or unreadable text. Always returned in UTC.
    static QDateTime parse(const QVariant& stored);
};
