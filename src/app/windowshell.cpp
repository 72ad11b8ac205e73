// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/windowshell.h"

#include "app/appengine.h"
#include "app/mainwindow.h"
#include "core/settings/appsettings.h"
#include "i18n/translator.h"

#include <QTimer>

using namespace Qt::StringLiterals;

WindowShell::WindowShell(AppEngine* engine, QObject* parent)
    : QObject(parent)
    , m_engine(engine)
{
    Translator::apply(engine->settings().language());
    build(0);
    connect(&engine->settings(), &AppSettings::changed, this, [this](const QString& key) {
        if (key == u"ui/language"_s) {
            // Not from inside the Settings dialog's own call (it belongs to the old window).
            QTimer::singleShot(0, this, &WindowShell::languageChanged);
        }
    });
}

WindowShell::~WindowShell() = default;

void WindowShell::build(int page)
{
    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->showPage(page);
}

void WindowShell::show()
{
    m_window->show();
}

void WindowShell::raise()
{
    m_window->setWindowState((m_window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void WindowShell::languageChanged()
{
    Translator::apply(m_engine->settings().language());
    const int page = m_window->currentPage();
    const QByteArray geometry = m_window->saveGeometry();
    const bool visible = m_window->isVisible();
    m_window->saveState();
    m_window.reset();
    build(page);
    m_window->restoreGeometry(geometry);
    if (visible) {
        m_window->show();
    }
    Q_EMIT windowRebuilt();
}
