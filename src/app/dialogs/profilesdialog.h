// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/profile.h"

#include <QDialog>

#include <memory>

namespace Ui
{
class ProfilesDialog;
}

// Edits the speed/price profiles as a table. The profiles shipped with the program stay read-only
// (under Program Files on Windows); Save writes the user's copy in the data folder, which then
// wins (ProfileCatalog::activePath()). What is entered is checked exactly as `pisonet-cli profiles
// check` checks a file: a problem is shown with its field and nothing is saved.
class ProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // Shows the profiles in readPath; Save writes savePath; Restore Defaults shows defaultsPath.
    ProfilesDialog(const QString& readPath,
                   const QString& savePath,
                   const QString& defaultsPath,
                   QWidget* parent = nullptr);
    ~ProfilesDialog() override;

    // The table as profiles.json text (cells that are not numbers stay text, so the check names them).
    QByteArray enteredJson() const;
    QString errorText() const;

public Q_SLOTS:
    // Writes savePath and closes when everything is valid; otherwise shows why and stays open.
    bool save();

private:
    void showFile(const QString& path);
    void showProfiles(const QList<Profile>& profiles);
    void addRow(const QStringList& cells);

    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    QString m_savePath;
    QString m_defaultsPath;
};
