// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class AppEngine;

// Picks one of the routers watched, or (when given a text for it, e.g. "All routers") all of
// them. Hidden while only one router is set up: there is nothing to pick.
class RouterCombo : public QComboBox
{
    Q_OBJECT

public:
    RouterCombo(AppEngine* engine, const QString& allText, QWidget* parent = nullptr);

    // The router picked by its index in the engine's routers, or -1 for all of them.
    int routerIndex() const { return currentData().toInt(); }
    // Its name, or empty for all.
    QString routerName() const;
    bool isShared() const;

Q_SIGNALS:
    void routerPicked(int index);

private:
    AppEngine* m_engine;
};
