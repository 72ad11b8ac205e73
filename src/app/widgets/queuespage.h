// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppEngine;
class MessageBar;
class QTableView;
class QueueTableModel;
class RouterCombo;
struct TrafficSnapshot;

// Every simple queue on the router (PisoNet's in bold), with their limits, speeds and bytes; with
// several routers, of the router picked.
class QueuesPage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuesPage(AppEngine* engine, QWidget* parent = nullptr);
    RouterCombo* routerPicker() const { return m_router; }

private:
    void removeSelected();
    void showQueues(const TrafficSnapshot& snapshot);

    AppEngine* m_engine;
    QueueTableModel* m_model;
    QTableView* m_table;
    RouterCombo* m_router;
    MessageBar* m_messages;
    bool m_columnsSized = false;
};
