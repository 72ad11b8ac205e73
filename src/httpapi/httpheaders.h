// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <initializer_list>
#include <utility>

// The header fields of a request or a response, in order, names as written. Lookups ignore the case
// of names, as HTTP does. (QHttpHeaders is Qt 6.7+.)
class HttpHeaders
{
public:
    using Field = std::pair<QByteArray, QByteArray>;

    HttpHeaders() = default;
    HttpHeaders(std::initializer_list<Field> fields)
        : m_fields(fields)
    { }

    void append(const QByteArray& name, const QByteArray& value) { m_fields.append({name, value}); }
    // Replaces every field of that name with one.
    void set(const QByteArray& name, const QByteArray& value);
    bool contains(QByteArrayView name) const;
    // The first value of that name; empty when absent.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    // Whether a comma-separated field holds token, e.g. "Connection: keep-alive, Upgrade".
    bool hasToken(QByteArrayView name, QByteArrayView token) const;

    qsizetype size() const { return m_fields.size(); }
    QList<Field>::const_iterator begin() const { return m_fields.cbegin(); }
    QList<Field>::const_iterator end() const { return m_fields.cend(); }

private:
    QList<Field> m_fields;
};
