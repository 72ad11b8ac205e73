// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Moves a shop's SQLite data into another database (the shared PostgreSQL one): every table's rows,
// in one transaction, with the row counts checked. The source file is never opened for writing:
// it is copied (with its -wal) to a temporary folder, brought up to the current schema there, and
// read from the copy. A target that already holds data is refused unless appending is asked for.
class DatabaseCopy
{
public:
    struct Table
    {
        QString name;
        qint64 rows = 0;
    };
    struct Report
    {
        QList<Table> tables;
        QStringList notes; // tables or columns of other tools that have no place in the target
    };

    static bool copy(const QString& sqlitePath, const QString& target, bool append, Report* report, QString* error);
};
