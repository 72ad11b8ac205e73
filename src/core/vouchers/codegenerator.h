// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

// Voucher codes from the system's cryptographic random source, over an alphabet without
// look-alikes (no 0/O, 1/I/L), so a code read aloud or from paper is typed right.
class CodeGenerator
{
public:
    static constexpr QLatin1StringView Alphabet {"ABCDEFGHJKMNPQRSTUVWXYZ23456789"};
    static constexpr int MinimumLength = 4;
    static constexpr int MaximumLength = 16;

    // Prefix: up to 8 letters/digits from the alphabet (upper-cased). Returns false with a reason.
    static bool validate(int length, const QString& prefix, QString* error);
    // How many different codes there are; capped at 2^62.
    static quint64 capacity(int length);

    CodeGenerator(int length, QString prefix);
    QString next() const;
    // `count` codes, unique among themselves and not in `taken`.
    QStringList batch(int count, const QSet<QString>& taken) const;

private:
    int m_length;
    QString m_prefix;
};
