// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/apirecord.h"

ApiRecord::ApiRecord(ApiSentence sentence)
    : m_sentence(std::move(sentence))
{ }

QString ApiRecord::value(QByteArrayView key, const QString& fallback) const
{
    const QByteArrayView data = raw(key);
    return data.isNull() ? fallback : QString::fromUtf8(data);
}

std::optional<quint64> ApiRecord::number(QByteArrayView key) const
{
    const QByteArrayView data = raw(key);
    if (data.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const quint64 result = data.toULongLong(&ok);
    return ok ? std::optional<quint64>(result) : std::nullopt;
}

bool ApiRecord::flag(QByteArrayView key) const
{
    const QByteArrayView data = raw(key);
    return data == "true" || data == "yes";
}

QStringList ApiRecord::keys() const
{
    QStringList result;
    for (qsizetype i = 1; i < m_sentence.size(); ++i) {
        const QByteArrayView word = m_sentence.word(i);
        if (word.size() > 1 && word.at(0) == '=') {
            const qsizetype equals = word.indexOf('=', 1);
            result.append(QString::fromUtf8(word.sliced(1, (equals < 0 ? word.size() : equals) - 1)));
        }
    }
    return result;
}
