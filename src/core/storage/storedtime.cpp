// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/storedtime.h"

QString StoredTime::format(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime StoredTime::parse(const QVariant& stored)
{
    if (stored.isNull()) {
        return {};
    }
    if (stored.metaType().id() == QMetaType::QDateTime) {
        // A timestamp with time zone (PostgreSQL): the instant itself.
        const QDateTime time = stored.toDateTime();
        return time.isValid() ? time.toUTC() : QDateTime();
    }
    QString text = stored.toString().trimmed();
    // "2025-01-02 10:00:00" (SQLite's and Python's form) is ISO with a space for the "T".
    if (text.size() > 10 && text[10] == u' ') {
        text[10] = u'T';
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(text, Qt::ISODate);
    }
    // No offset: the shop PC's local time (Qt reads it as LocalTime already).
    return time.isValid() ? time.toUTC() : QDateTime();
}
