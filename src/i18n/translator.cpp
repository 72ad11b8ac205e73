// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace Qt::StringLiterals;

std::unique_ptr<QTranslator>& Translator::own()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& Translator::qt()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString& Translator::currentName()
{
    static QString name = u"en"_s;
    return name;
}

QLocale Translator::locale(const QString& language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

QString Translator::current()
{
    return currentName();
}

void Translator::apply(const QString& language)
{
    const QLocale wanted = locale(language);
    for (auto* slot : {&own(), &qt()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(slot->get());
            slot->reset();
        }
    }
    auto ownTranslator = std::make_unique<QTranslator>();
    const bool filipino = ownTranslator->load(wanted, u"pisonet"_s, u"_"_s, u":/i18n"_s)
        && ownTranslator->language().startsWith(u"fil"_s);
    if (!filipino) {
        // English is the source text; its catalogue carries only the plural forms ("1 voucher").
        ownTranslator = std::make_unique<QTranslator>();
        if (!ownTranslator->load(u":/i18n/pisonet_en.qm"_s)) {
            ownTranslator.reset();
        }
    }
    if (ownTranslator) {
        QCoreApplication::installTranslator(ownTranslator.get());
        own() = std::move(ownTranslator);
    }
    currentName() = filipino ? u"fil"_s : u"en"_s;
    // Qt's own texts (standard buttons, context menus, file and print dialogs) in the same language.
    // Qt ships no Filipino catalogue, so ours is embedded; English needs none.
    if (filipino) {
        auto qtTranslator = std::make_unique<QTranslator>();
        if (qtTranslator->load(u":/i18n/qtbase_fil.qm"_s)) {
            QCoreApplication::installTranslator(qtTranslator.get());
            qt() = std::move(qtTranslator);
        }
    }
    // Dates and numbers in the same language as the words.
    QLocale::setDefault(filipino ? QLocale(u"fil"_s) : wanted);
}
