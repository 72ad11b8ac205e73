// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/messagebox.h"

#include <QPushButton>

QMessageBox::StandardButton MessageBox::s_nextAnswer = QMessageBox::NoButton;
QString MessageBox::s_lastText;
QPointer<QMessageBox> MessageBox::s_pending;

void MessageBox::ask(QWidget* parent, const QString& title, const QString& text, std::function<void()> onYes)
{
    s_lastText = text;
    if (s_nextAnswer != QMessageBox::NoButton) {
        if (std::exchange(s_nextAnswer, QMessageBox::NoButton) == QMessageBox::Yes) {
            onYes();
        }
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, parent);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, box, [box, onYes = std::move(onYes)] {
        if (box->clickedButton() == box->button(QMessageBox::Yes)) {
            onYes();
        }
    });
    s_pending = box;
    box->open();
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (std::exchange(s_nextAnswer, QMessageBox::NoButton) != QMessageBox::NoButton) {
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    s_lastText = text;
    if (std::exchange(s_nextAnswer, QMessageBox::NoButton) != QMessageBox::NoButton) {
        return;
    }
    QMessageBox::critical(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    s_nextAnswer = answer;
}

QMessageBox* MessageBox::pending()
{
    return s_pending.data();
}

QString MessageBox::lastText()
{
    return s_lastText;
}
