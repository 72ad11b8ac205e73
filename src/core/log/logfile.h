// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

// The log that survives a restart: the operator's event log and every warning, one line each
// (time, severity, category, message), appended to <folder>/pisonet.log and rotated at 1 MiB into
// pisonet.log.1 … pisonet.log.4. Several programs (the window, pisonet-cli) may append to it.
// Known secrets and anything that looks like a password or token are blanked before writing.
// Safe to call from any thread.
class LogFile
{
public:
    static constexpr qint64 MaximumBytes = 1024 * 1024;
    static constexpr int Files = 5;

    struct Line
    {
        QDateTime time; // local
        QString severity; // "info", "warning", "error"
        QString category; // "event", "pisonet.routeros", ...
        QString message;
    };

    explicit LogFile(const QString& folder);
    ~LogFile();
    Q_DISABLE_COPY_MOVE(LogFile)

    // <folder of the database>/logs: the data that the log belongs to.
    static QString folderFor(const QString& databasePath);

    QString folder() const { return m_folder; }
    QString path() const;
    void write(const QString& severity, const QString& category, const QString& message);
    // Lines written at or after `since`, oldest first, from every file of the set.
    QList<Line> readSince(const QDateTime& since) const;

    // Values never to be written (router password, API token): blanked wherever they appear.
    void addSecret(const QString& secret);
    QString redact(QString text) const;

    // Sends warnings and worse of every category here too (Qt's message handler); the previous
    // handler still runs. The latest installed file receives; uninstalled when destroyed.
    void installMessageHandler();

private:
    void rotateIfNeeded(qint64 incoming);

    QString m_folder;
    mutable QMutex m_mutex;
    QStringList m_secrets;
};
