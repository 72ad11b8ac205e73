// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/apiencoder.h"

namespace ApiEncoder
{

void appendLength(QByteArray* out, quint32 length)
{
    char bytes[5];
    int size;
    if (length < 0x80) {
        bytes[0] = char(length);
        size = 1;
    } else if (length < 0x4000) {
        length |= 0x8000;
        bytes[0] = char(length >> 8);
        bytes[1] = char(length);
        size = 2;
    } else if (length < 0x200000) {
        length |= 0xC00000;
        bytes[0] = char(length >> 16);
        bytes[1] = char(length >> 8);
        bytes[2] = char(length);
        size = 3;
    } else if (length < 0x10000000) {
        length |= 0xE0000000;
        bytes[0] = char(length >> 24);
        bytes[1] = char(length >> 16);
        bytes[2] = char(length >> 8);
        bytes[3] = char(length);
        size = 4;
    } else {
        bytes[0] = '\xF0'; // a char literal: a cast of the constant would truncate (MSVC C4310)
        bytes[1] = char(length >> 24);
        bytes[2] = char(length >> 16);
        bytes[3] = char(length >> 8);
        bytes[4] = char(length);
        size = 5;
    }
    out->append(bytes, size);
}

void appendWord(QByteArray* out, QByteArrayView word)
{
    appendLength(out, quint32(word.size()));
    out->append(word);
}

void appendSentence(QByteArray* out, const QList<QByteArray>& words)
{
    for (const QByteArray& word : words) {
        appendWord(out, word);
    }
    out->append('\0');
}

QByteArray sentence(const QList<QByteArray>& words)
{
    QByteArray out;
    appendSentence(&out, words);
    return out;
}

} // namespace ApiEncoder
