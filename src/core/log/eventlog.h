// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/ringbuffer.h"

#include <QDateTime>
#include <QList>
#include <QObject>

// What the operator should know happened: router lost/back, queues changed, vouchers activated,
// operator actions. Bounded (the newest entries stay), each with an id for incremental readers.
class LogFile;

class EventLog : public QObject
{
    Q_OBJECT

public:
    enum class Severity
    {
        Info,
        Warning,
        Error
    };
    Q_ENUM(Severity)

    struct Entry
    {
        quint64 id = 0;
        QDateTime time;
        Severity severity = Severity::Info;
        QString text;
    };

    explicit EventLog(qsizetype capacity = 5000, QObject* parent = nullptr);

    void add(Severity severity, const QString& text);
    // Every new entry is also appended to this file (not owned; nullptr: none).
    void setFile(LogFile* file) { m_file = file; }
    LogFile* file() const { return m_file; }
    // Fills the log with what the file kept from earlier runs (the last `days` days).
    void loadHistory(int days = 1);
    void info(const QString& text) { add(Severity::Info, text); }
    void warning(const QString& text) { add(Severity::Warning, text); }
    void error(const QString& text) { add(Severity::Error, text); }

    QList<Entry> entries() const { return m_entries.toList(); }
    static QString severityName(Severity severity);
    // Entries newer than afterId, oldest first.
    QList<Entry> entriesAfter(quint64 afterId) const;

Q_SIGNALS:
    void added(const EventLog::Entry& entry);

private:
    RingBuffer<Entry> m_entries;
    quint64 m_nextId = 1;
    LogFile* m_file = nullptr;
};
