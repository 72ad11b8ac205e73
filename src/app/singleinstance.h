// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLocalServer;

// One window per database: a second start of the window finds the first through a local socket
// named after the database and asks it to come to the front, then quits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when a running window answered and was asked to come to the front.
    bool activateRunning(int timeoutMs = 1000);
    // Starts answering later starts; false (with the reason) when it cannot.
    bool listen(QString* error = nullptr);
    QString serverName() const { return m_name; }

Q_SIGNALS:
    // Another start asked this window to come to the front.
    void activationRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};
