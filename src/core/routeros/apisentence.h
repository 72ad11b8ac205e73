// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// One RouterOS API sentence: a list of words that are views into a shared receive buffer.
// Copying a sentence copies only the word table; the bytes stay where the decoder put them.
class ApiSentence
{
public:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    ApiSentence() = default;
    ApiSentence(QByteArray buffer, QList<Span> words);
    static ApiSentence fromWords(const QList<QByteArray>& words);

    qsizetype size() const { return m_words.size(); }
    bool isEmpty() const { return m_words.isEmpty(); }
    QByteArrayView word(qsizetype index) const;

    // The first word: "!re", "!done", "!trap", "!fatal", "!empty" in replies, the command path in requests.
    QByteArrayView command() const { return isEmpty() ? QByteArrayView() : word(0); }

    // Value of an "=key=value" attribute word; isNull() when absent.
    QByteArrayView attribute(QByteArrayView key) const;
    bool hasAttribute(QByteArrayView key) const;
    // Value of an API attribute word such as ".tag=5"; isNull() when absent.
    QByteArrayView apiAttribute(QByteArrayView key) const;
    QByteArrayView tag() const { return apiAttribute(".tag"); }

    QList<QByteArray> words() const;

private:
    QByteArray m_buffer;
    QList<Span> m_words;
};
