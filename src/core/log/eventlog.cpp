// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/eventlog.h"

EventLog::EventLog(qsizetype capacity, QObject* parent)
    : QObject(parent)
    , m_entries(capacity)
{ }

void EventLog::add(Severity severity, const QString& text)
{
    const Entry entry {m_nextId++, QDateTime::currentDateTime(), severity, text};
    m_entries.append(entry);
    Q_EMIT added(entry);
}

QList<EventLog::Entry> EventLog::entriesAfter(quint64 afterId) const
{
    QList<Entry> result;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id > afterId) {
            result.append(m_entries.at(i));
        }
    }
    return result;
}
