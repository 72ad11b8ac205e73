// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/log/eventlog.h"

#include "core/log/logfile.h"
#include "core/util/clock.h"

using namespace Qt::StringLiterals;

EventLog::EventLog(qsizetype capacity, QObject* parent)
    : QObject(parent)
    , m_entries(capacity)
{ }

QString EventLog::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    case Severity::Info:
        break;
    }
    return u"info"_s;
}

void EventLog::add(Severity severity, const QString& text)
{
    const Entry entry {m_nextId++, Clock::currentUtc().toLocalTime(), severity, text};
    m_entries.append(entry);
    if (m_file != nullptr) {
        m_file->write(severityName(severity), u"event"_s, text);
    }
    Q_EMIT added(entry);
}

void EventLog::loadHistory(int days)
{
    if (m_file == nullptr) {
        return;
    }
    for (const LogFile::Line& line : m_file->readSince(Clock::currentUtc().addDays(-days))) {
        const Severity severity = line.severity == u"error"_s ? Severity::Error
            : line.severity == u"warning"_s                   ? Severity::Warning
                                                              : Severity::Info;
        const QString text = line.category == u"event"_s ? line.message : line.category + u": "_s + line.message;
        const Entry entry {m_nextId++, line.time, severity, text};
        m_entries.append(entry);
        Q_EMIT added(entry);
    }
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
