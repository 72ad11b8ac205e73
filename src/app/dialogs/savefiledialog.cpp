// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/savefiledialog.h"

#include "core/settings/appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

SaveFileDialog::SaveFileDialog(AppSettings* settings,
                               const QString& title,
                               const QString& fileName,
                               const QString& nameFilter,
                               const QString& suffix,
                               QWidget* parent)
    : QFileDialog(parent, title)
{
    setObjectName(u"saveFileDialog"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptMode(QFileDialog::AcceptSave);
    setFileMode(QFileDialog::AnyFile);
    setNameFilter(nameFilter);
    setDefaultSuffix(suffix);
    setDirectory(startFolder(*settings));
    selectFile(fileName);
    connect(this, &QFileDialog::fileSelected, settings,
            [settings](const QString& path) { settings->setLastSaveFolder(QFileInfo(path).absolutePath()); });
}

QString SaveFileDialog::startFolder(const AppSettings& settings)
{
    const QString last = settings.lastSaveFolder();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        return last;
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir()) {
        return documents;
    }
    // A folder that does not exist would make the dialog open in the current folder (the program's).
    return QFileInfo(QDir::homePath()).isDir() ? QDir::homePath() : QDir::rootPath();
}
