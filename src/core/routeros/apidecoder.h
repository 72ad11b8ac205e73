// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apisentence.h"

#include <QString>

// Incremental decoder of the RouterOS API word stream. Accepts any chunking (one byte at a time,
// many sentences at once); sentences it returns are views into the received chunks, not copies.
class ApiDecoder
{
public:
    // Longer words are treated as a broken stream rather than buffered without end.
    static constexpr qsizetype MaxWordLength = 16 * 1024 * 1024;

    void feed(const QByteArray& chunk);
    // Returns true and sets *sentence when a whole sentence is available.
    bool next(ApiSentence* sentence);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buffer.size() - m_sentenceStart; }
    void reset();

private:
    QByteArray m_buffer;
    qsizetype m_sentenceStart = 0; // first byte of the sentence being decoded
    qsizetype m_position = 0; // first byte not yet decoded
    QList<ApiSentence::Span> m_words;
    QString m_error;
};
