// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apisentence.h"

#include <QString>
#include <QStringList>

#include <optional>

// The "=key=value" attributes of one reply sentence (a !re row, or the attributes of !done).
class ApiRecord
{
public:
    ApiRecord() = default;
    explicit ApiRecord(ApiSentence sentence);

    bool has(QByteArrayView key) const { return m_sentence.hasAttribute(key); }
    QByteArrayView raw(QByteArrayView key) const { return m_sentence.attribute(key); }
    QString value(QByteArrayView key, const QString& fallback = {}) const;
    std::optional<quint64> number(QByteArrayView key) const;
    // RouterOS booleans are "true"/"false" (also "yes"/"no").
    bool flag(QByteArrayView key) const;
    QStringList keys() const;
    bool isEmpty() const { return keys().isEmpty(); }
    const ApiSentence& sentence() const { return m_sentence; }

private:
    ApiSentence m_sentence;
};
