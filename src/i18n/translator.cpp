// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
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
    // Qt's own texts (standard buttons, dialogs): next to the program on Windows, else Qt's folder.
    auto qtTranslator = std::make_unique<QTranslator>();
    const QString besideProgram = QCoreApplication::applicationDirPath() + u"/translations"_s;
    if (qtTranslator->load(wanted, u"qtbase"_s, u"_"_s, besideProgram)
        || qtTranslator->load(wanted, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator.get());
        qt() = std::move(qtTranslator);
    }
    auto ownTranslator = std::make_unique<QTranslator>();
    if (ownTranslator->load(wanted, u"pisonet"_s, u"_"_s, u":/i18n"_s)
        && ownTranslator->language().startsWith(u"fil"_s)) {
        QCoreApplication::installTranslator(ownTranslator.get());
        own() = std::move(ownTranslator);
        currentName() = u"fil"_s;
    } else {
        currentName() = u"en"_s;
    }
    // Dates and numbers in the same language as the words.
    QLocale::setDefault(currentName() == u"fil"_s ? QLocale(u"fil"_s) : wanted);
}
