// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

// Turns SIGINT/SIGTERM (Ctrl-C, Ctrl-Break on Windows) into a Qt signal, so long-running
// commands (simulate, monitor, serve) stop cleanly through the event loop.
class StopSignal : public QObject
{
    Q_OBJECT

public:
    explicit StopSignal(QObject* parent = nullptr);
    ~StopSignal() override;

    static bool requested();
    // For tests: behave as if the user pressed Ctrl-C.
    static void request();

Q_SIGNALS:
    void stopRequested();

private:
    QTimer m_poll;
};
