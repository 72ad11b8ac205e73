// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/logspage.h"

#include "core/log/eventlog.h"

#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

LogsPage::LogsPage(EventLog* log, QWidget* parent)
    : QWidget(parent)
    , m_log(log)
    , m_search(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_openFolder(new QPushButton(tr("Open log &folder"), this))
{
    m_openFolder->setObjectName(u"openLogFolderButton"_s);
    m_openFolder->hide();
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    m_search->setPlaceholderText(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_list->setObjectName(u"logTreeWidget"_s);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Time"), tr("What happened")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_openFolder);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    auto add = [this](const EventLog::Entry& entry) {
        auto* item = new QTreeWidgetItem({QLocale().toString(entry.time, QLocale::ShortFormat), entry.text});
        const QStyle::StandardPixmap icon = entry.severity == EventLog::Severity::Error ? QStyle::SP_MessageBoxCritical
            : entry.severity == EventLog::Severity::Warning                             ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation;
        item->setIcon(0, style()->standardIcon(icon));
        m_list->insertTopLevelItem(0, item); // newest first
        if (m_list->topLevelItemCount() > 5000) {
            delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
        }
        item->setHidden(!m_search->text().isEmpty() && !entry.text.contains(m_search->text(), Qt::CaseInsensitive));
    };
    for (const EventLog::Entry& entry : log->entries()) {
        add(entry);
    }
    connect(log, &EventLog::added, this, add);
    connect(m_search, &QLineEdit::textChanged, this, &LogsPage::applySearch);
}

void LogsPage::setLogFolder(const QString& folder)
{
    m_folder = folder;
    m_openFolder->setVisible(!folder.isEmpty());
    m_openFolder->setToolTip(folder);
}

void LogsPage::applySearch()
{
    const QString text = m_search->text();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        item->setHidden(!text.isEmpty() && !item->text(1).contains(text, Qt::CaseInsensitive));
    }
}
