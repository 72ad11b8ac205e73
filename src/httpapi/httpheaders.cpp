// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/httpheaders.h"

namespace
{
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

void HttpHeaders::set(const QByteArray& name, const QByteArray& value)
{
    m_fields.removeIf([&](const Field& field) { return sameName(field.first, name); });
    m_fields.append({name, value});
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(),
                       [name](const Field& field) { return sameName(field.first, name); });
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Field& field : m_fields) {
        if (sameName(field.first, name)) {
            return field.second;
        }
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> found;
    for (const Field& field : m_fields) {
        if (sameName(field.first, name)) {
            found.append(field.second);
        }
    }
    return found;
}

bool HttpHeaders::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const Field& field : m_fields) {
        if (!sameName(field.first, name)) {
            continue;
        }
        for (const QByteArray& part : field.second.split(',')) {
            if (sameName(part.trimmed(), token)) {
                return true;
            }
        }
    }
    return false;
}
