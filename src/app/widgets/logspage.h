// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EventLog;
class QLineEdit;
class QTreeWidget;

// The program's own log: router problems, what the reconciler did, operator actions. Searchable.
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogsPage(EventLog* log, QWidget* parent = nullptr);

private:
    void applySearch();

    EventLog* m_log;
    QLineEdit* m_search;
    QTreeWidget* m_list;
};
