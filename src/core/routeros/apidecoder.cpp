// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/apidecoder.h"

#include <QCoreApplication>

namespace
{
enum class LengthStatus
{
    Complete,
    Incomplete,
    ControlByte
};

// Decodes the length prefix at data[0..available). Sets *headerSize and *length when complete.
inline LengthStatus decodeLength(const uchar* data, qsizetype available, qsizetype* headerSize, quint64* length)
{
    const uchar first = data[0];
    if (first < 0x80) {
        *headerSize = 1;
        *length = first;
        return LengthStatus::Complete;
    }
    qsizetype size;
    quint64 value;
    if (first < 0xC0) {
        size = 2;
        value = first & 0x3F;
    } else if (first < 0xE0) {
        size = 3;
        value = first & 0x1F;
    } else if (first < 0xF0) {
        size = 4;
        value = first & 0x0F;
    } else if (first < 0xF8) {
        size = 5; // 0xF0 form: the four following bytes are the length
        value = 0;
    } else {
        return LengthStatus::ControlByte;
    }
    if (available < size) {
        return LengthStatus::Incomplete;
    }
    for (qsizetype i = 1; i < size; ++i) {
        value = (value << 8) | data[i];
    }
    *headerSize = size;
    *length = value;
    return LengthStatus::Complete;
}
} // namespace

void ApiDecoder::feed(const QByteArray& chunk)
{
    if (hasError() || chunk.isEmpty()) {
        return;
    }
    if (m_sentenceStart == m_buffer.size()) {
        // Nothing pending: adopt the chunk itself (shared, not copied).
        m_buffer = chunk;
        m_sentenceStart = m_position = 0;
        m_words.clear();
        return;
    }
    if (m_sentenceStart > 0) {
        // Drop what was already decoded. While earlier sentences still share the buffer, start a fresh
        // one holding only the unfinished sentence instead of letting append() copy everything.
        const qsizetype shift = m_sentenceStart;
        if (m_buffer.isDetached()) {
            m_buffer.remove(0, shift);
        } else {
            QByteArray rest;
            rest.reserve(m_buffer.size() - shift + chunk.size());
            rest.append(QByteArrayView(m_buffer).sliced(shift));
            m_buffer = std::move(rest);
        }
        for (ApiSentence::Span& span : m_words) {
            span.offset -= shift;
        }
        m_position -= shift;
        m_sentenceStart = 0;
    }
    m_buffer.append(chunk);
}

bool ApiDecoder::next(ApiSentence* sentence)
{
    if (hasError()) {
        return false;
    }
    const auto* data = reinterpret_cast<const uchar*>(m_buffer.constData());
    const qsizetype end = m_buffer.size();
    qsizetype pos = m_position;
    while (pos < end) {
        qsizetype header = 0;
        quint64 length = 0;
        const LengthStatus status = decodeLength(data + pos, end - pos, &header, &length);
        if (status == LengthStatus::Incomplete) {
            break;
        }
        if (status == LengthStatus::ControlByte) {
            m_error = QCoreApplication::translate("ApiDecoder", "reserved control byte 0x%1 in the API stream")
                          .arg(data[pos], 2, 16, QLatin1Char('0'));
            return false;
        }
        if (length > quint64(MaxWordLength)) {
            m_error
                = QCoreApplication::translate("ApiDecoder", "API word of %1 bytes is longer than allowed").arg(length);
            return false;
        }
        if (length == 0) {
            pos += header;
            m_position = pos;
            if (m_words.isEmpty()) {
                // An empty sentence carries nothing; skip it.
                m_sentenceStart = pos;
                continue;
            }
            *sentence = ApiSentence(m_buffer, std::move(m_words));
            m_words = {};
            m_words.reserve(16);
            m_sentenceStart = pos;
            if (m_sentenceStart == end) {
                m_buffer = {};
                m_sentenceStart = m_position = 0;
            }
            return true;
        }
        if (qsizetype(length) > end - pos - header) {
            break;
        }
        m_words.append({pos + header, qsizetype(length)});
        pos += header + qsizetype(length);
        m_position = pos;
    }
    return false;
}

void ApiDecoder::reset()
{
    *this = ApiDecoder();
}
