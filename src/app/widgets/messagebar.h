// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

// A line at the top of a page that tells the result of an action without stopping anything: no
// modal box, the refresh goes on. An optional button offers the next step ("Put them on the
// router"). Information fades after a while; warnings and errors stay until closed or replaced.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showMessage(Kind kind, const QString& text, const QString& actionText, std::function<void()> action);
    QString text() const;
    // Messages are plain text (names like pisonet-<MAC> show as typed); a bar made for formatted
    // text (its caller escapes what came from the router) can switch to rich text.
    void setRichText(bool rich);
    Kind kind() const { return m_kind; }

private:
    QLabel* m_label;
    QPushButton* m_action;
    QTimer* m_fade;
    Kind m_kind = Kind::Information;
    std::function<void()> m_onAction;
};
