// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <memory>

class AppEngine;
class MainWindow;
class SingleInstance;

// Keeps the main window: shows it, brings it to the front when a second start asks, and builds it
// again in the new language the moment the operator chooses one in Settings (every text of the
// window and its pages is then in that language, without a restart). The engine, the router and
// the refresh go on underneath; the page shown and the window's place stay.
class WindowShell : public QObject
{
    Q_OBJECT

public:
    explicit WindowShell(AppEngine* engine, QObject* parent = nullptr);
    ~WindowShell() override;

    MainWindow* window() const { return m_window.get(); }
    void show();
    void raise();

Q_SIGNALS:
    void windowRebuilt();

private:
    void languageChanged();
    void build(int page);

    AppEngine* m_engine;
    std::unique_ptr<MainWindow> m_window;
};
