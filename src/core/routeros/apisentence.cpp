// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/apisentence.h"

ApiSentence::ApiSentence(QByteArray buffer, QList<Span> words)
    : m_buffer(std::move(buffer))
    , m_words(std::move(words))
{ }

ApiSentence ApiSentence::fromWords(const QList<QByteArray>& words)
{
    QByteArray buffer;
    QList<Span> spans;
    spans.reserve(words.size());
    for (const QByteArray& word : words) {
        spans.append({buffer.size(), word.size()});
        buffer.append(word);
    }
    return ApiSentence(std::move(buffer), std::move(spans));
}

QByteArrayView ApiSentence::word(qsizetype index) const
{
    const Span& span = m_words.at(index);
    return QByteArrayView(m_buffer.constData() + span.offset, span.length);
}

static QByteArrayView valueAfterPrefix(QByteArrayView word, QByteArrayView lead, QByteArrayView key)
{
    // word == lead + key + '=' + value
    const qsizetype prefix = lead.size() + key.size() + 1;
    if (word.size() < prefix || !word.startsWith(lead) || word.at(prefix - 1) != '='
        || word.sliced(lead.size(), key.size()) != key) {
        return {};
    }
    // A present but empty value must not read as absent.
    return word.size() == prefix ? QByteArrayView("", 0) : word.sliced(prefix);
}

QByteArrayView ApiSentence::attribute(QByteArrayView key) const
{
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        const QByteArrayView value = valueAfterPrefix(word(i), "=", key);
        if (!value.isNull()) {
            return value;
        }
    }
    return {};
}

bool ApiSentence::hasAttribute(QByteArrayView key) const
{
    return !attribute(key).isNull();
}

QByteArrayView ApiSentence::apiAttribute(QByteArrayView key) const
{
    for (qsizetype i = 1; i < m_words.size(); ++i) {
        const QByteArrayView value = valueAfterPrefix(word(i), "", key);
        if (!value.isNull() && !word(i).startsWith('=')) {
            return value;
        }
    }
    return {};
}

QList<QByteArray> ApiSentence::words() const
{
    QList<QByteArray> result;
    result.reserve(m_words.size());
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        result.append(word(i).toByteArray());
    }
    return result;
}
