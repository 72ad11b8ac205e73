// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// The program's language: PisoNet Manager's own texts (embedded under :/i18n/), Qt's standard
// texts (our qtbase_fil.qm: Qt ships no Filipino) and the default locale for dates and numbers.
// Used by the window and by pisonet-cli; switching again replaces the previous translators.
class Translator
{
public:
    // "" follows the system; "en", "fil".
    static void apply(const QString& language);
    static QLocale locale(const QString& language);
    // The language in use now ("en" or "fil").
    static QString current();

private:
    static std::unique_ptr<QTranslator>& own();
    static std::unique_ptr<QTranslator>& qt();
    static QString& currentName();
};
