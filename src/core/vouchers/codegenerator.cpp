// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vouchers/codegenerator.h"

#include "core/util/userinput.h"

#include <QCoreApplication>
#include <QRandomGenerator>

bool CodeGenerator::validate(int length, const QString& prefix, QString* error)
{
    if (length < MinimumLength || length > MaximumLength) {
        *error = QCoreApplication::translate("CodeGenerator", "code length must be from %1 to %2, not %3")
                     .arg(MinimumLength)
                     .arg(MaximumLength)
                     .arg(length);
        return false;
    }
    if (prefix.size() > 8) {
        *error = QCoreApplication::translate("CodeGenerator", "prefix %1 is longer than 8 characters")
                     .arg(UserInput::quote(prefix));
        return false;
    }
    for (QChar c : prefix.toUpper()) {
        if (!Alphabet.contains(c)) {
            *error = QCoreApplication::translate("CodeGenerator", "prefix %1 may only use %2 (no 0, O, 1, I or L)")
                         .arg(UserInput::quote(prefix), Alphabet);
            return false;
        }
    }
    return true;
}

quint64 CodeGenerator::capacity(int length)
{
    quint64 total = 1;
    for (int i = 0; i < length; ++i) {
        if (total > (quint64(1) << 62) / quint64(Alphabet.size())) {
            return quint64(1) << 62;
        }
        total *= quint64(Alphabet.size());
    }
    return total;
}

CodeGenerator::CodeGenerator(int length, QString prefix)
    : m_length(length)
    , m_prefix(prefix.toUpper())
{ }

QString CodeGenerator::next() const
{
    QString code = m_prefix;
    code.reserve(m_prefix.size() + m_length);
    QRandomGenerator* random = QRandomGenerator::system(); // the OS's cryptographic source
    for (int i = 0; i < m_length; ++i) {
        code += Alphabet.at(random->bounded(int(Alphabet.size())));
    }
    return code;
}

QStringList CodeGenerator::batch(int count, const QSet<QString>& taken) const
{
    QStringList codes;
    codes.reserve(count);
    QSet<QString> made;
    made.reserve(count);
    while (codes.size() < count) {
        QString code = next();
        if (!taken.contains(code) && !made.contains(code)) {
            made.insert(code);
            codes.append(std::move(code));
        }
    }
    return codes;
}
