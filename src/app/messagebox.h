// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QPointer>

#include <functional>

// Questions to the operator that never block: the box is opened with open() (window-modal), and
// the answer arrives in a callback, so the refresh, the router and the HTTP API keep running while
// it is on screen. Copy what the question is about (MAC, session, code) into the callback before
// asking: the row it came from may have moved by the time the answer comes.
// Tests pre-answer with setNextAnswer(), or find the open box with pending() and click it.
class MessageBox
{
public:
    // onYes runs only when the operator answers Yes.
    static void ask(QWidget* parent, const QString& title, const QString& text, std::function<void()> onYes);
    // Tells something that went wrong, without waiting for the box to be closed.
    static void warning(QWidget* parent, const QString& title, const QString& text);
    // For startup problems only (before any router work): a modal box.
    static void critical(QWidget* parent, const QString& title, const QString& text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The box waiting for an answer, if any.
    static QMessageBox* pending();
    // The text of the last question asked or answered, for tests.
    static QString lastText();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastText;
    static QPointer<QMessageBox> s_pending;
};
