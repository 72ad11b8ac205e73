// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/ringbuffer.h"

#include <QDateTime>
#include <QList>
#include <QObject>

// What the operator should know happened: router lost/back, queues changed, vouchers activated,
// operator actions. Bounded (the newest entries stay), each with an id for incremental readers.
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
    void info(const QString& text) { add(Severity::Info, text); }
    void warning(const QString& text) { add(Severity::Warning, text); }
    void error(const QString& text) { add(Severity::Error, text); }

    QList<Entry> entries() const { return m_entries.toList(); }
    // Entries newer than afterId, oldest first.
    QList<Entry> entriesAfter(quint64 afterId) const;

Q_SIGNALS:
    void added(const EventLog::Entry& entry);

private:
    RingBuffer<Entry> m_entries;
    quint64 m_nextId = 1;
};
