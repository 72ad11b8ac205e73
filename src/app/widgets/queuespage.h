// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppEngine;
class MessageBar;
class QTableView;
class QueueTableModel;

// Every simple queue on the router (PisoNet's in bold), with their limits, speeds and bytes.
class QueuesPage : public QWidget
{
    Q_OBJECT

public:
    explicit QueuesPage(AppEngine* engine, QWidget* parent = nullptr);

private:
    void removeSelected();

    AppEngine* m_engine;
    QueueTableModel* m_model;
    QTableView* m_table;
    MessageBar* m_messages;
    bool m_columnsSized = false;
};
