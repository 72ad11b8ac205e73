// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/routercombo.h"

#include "app/appengine.h"

RouterCombo::RouterCombo(AppEngine* engine, const QString& allText, QWidget* parent)
    : QComboBox(parent)
    , m_engine(engine)
{
    if (!allText.isEmpty()) {
        addItem(allText, -1);
    }
    for (int i = 0; i < engine->routerCount(); ++i) {
        addItem(engine->routers().name(i), i);
    }
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    if (!isShared()) {
        hide();
    }
    connect(this, &QComboBox::currentIndexChanged, this, [this] { Q_EMIT routerPicked(routerIndex()); });
}

QString RouterCombo::routerName() const
{
    const int index = routerIndex();
    return index < 0 ? QString() : m_engine->routers().name(index);
}

bool RouterCombo::isShared() const
{
    return m_engine->routerCount() > 1;
}
