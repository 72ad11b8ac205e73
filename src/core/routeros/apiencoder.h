// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Encoding side of the RouterOS API word format.
namespace ApiEncoder
{
void appendLength(QByteArray* out, quint32 length);
void appendWord(QByteArray* out, QByteArrayView word);
// Appends the words and the empty word that ends a sentence.
void appendSentence(QByteArray* out, const QList<QByteArray>& words);
QByteArray sentence(const QList<QByteArray>& words);
} // namespace ApiEncoder
