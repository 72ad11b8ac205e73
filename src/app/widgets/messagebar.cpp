// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <utility>

using namespace Qt::StringLiterals;

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_fade(new QTimer(this))
{
    setObjectName(u"messageBar"_s);
    setAutoFillBackground(true);
    setFrameShape(QFrame::StyledPanel);
    m_label->setObjectName(u"messageBarLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->setObjectName(u"messageBarAction"_s);
    auto* close = new QToolButton(this);
    close->setObjectName(u"messageBarClose"_s);
    close->setText(u"✕"_s);
    close->setAutoRaise(true);
    close->setToolTip(tr("Close"));
    close->setAccessibleName(tr("Close the message"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_action);
    layout->addWidget(close);
    m_fade->setSingleShot(true);
    m_fade->setInterval(15000);
    connect(m_fade, &QTimer::timeout, this, &QWidget::hide);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, [this] {
        hide();
        // Taken out first: an action that shows the next message replaces m_onAction, which would
        // destroy the running function (and what it captured) under its feet.
        const std::function<void()> action = std::exchange(m_onAction, nullptr);
        if (action) {
            action();
        }
    });
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    showMessage(kind, text, {}, {});
}

void MessageBar::showMessage(Kind kind, const QString& text, const QString& actionText, std::function<void()> action)
{
    m_kind = kind;
    m_label->setText(text);
    m_onAction = std::move(action);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    QPalette colours = palette();
    colours.setColor(QPalette::Window,
                     kind == Kind::Error         ? QColor(0xfd, 0xe2, 0xe1)
                         : kind == Kind::Warning ? QColor(0xff, 0xf4, 0xce)
                                                 : QColor(0xe1, 0xef, 0xfd));
    colours.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(colours);
    show();
    if (kind == Kind::Information && actionText.isEmpty()) {
        m_fade->start();
    } else {
        m_fade->stop();
    }
}

void MessageBar::setRichText(bool rich)
{
    m_label->setTextFormat(rich ? Qt::RichText : Qt::PlainText);
}

QString MessageBar::text() const
{
    return isVisible() || !isHidden() ? m_label->text() : QString();
}
