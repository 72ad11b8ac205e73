// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileDialog>

class AppSettings;

// Asks where to save a file (voucher PDF, CSV export) without blocking: open it with open(), the
// answer comes in fileSelected(). It starts in the folder used last (kept in the settings) and the
// first time in the user's Documents folder — never in the program's own folder, where a file
// cannot be written or is lost on the next upgrade.
class SaveFileDialog : public QFileDialog
{
    Q_OBJECT

public:
    SaveFileDialog(AppSettings* settings,
                   const QString& title,
                   const QString& fileName,
                   const QString& nameFilter,
                   const QString& suffix,
                   QWidget* parent);

    // The folder the dialog opens in: the last one used if it still exists, else Documents (or
    // the home folder when there is no Documents folder); always a folder that exists.
    static QString startFolder(const AppSettings& settings);
};
