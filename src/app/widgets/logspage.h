// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EventLog;
class QLineEdit;
class QPushButton;
class QTreeWidget;

// The program's own log: router problems, every change made on the router and why, operator
// actions — the last day of it also after a restart (from the log file). Searchable.
class LogsPage : public QWidget
{
    Q_OBJECT

public:
    explicit LogsPage(EventLog* log, QWidget* parent = nullptr);
    // Where the log files are, for "Open log folder" (empty: the button is hidden).
    void setLogFolder(const QString& folder);

private:
    void applySearch();

    EventLog* m_log;
    QLineEdit* m_search;
    QTreeWidget* m_list;
    QPushButton* m_openFolder;
    QString m_folder;
};
