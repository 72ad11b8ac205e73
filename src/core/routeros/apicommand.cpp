// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/apicommand.h"

#include "core/routeros/apiencoder.h"

using namespace Qt::StringLiterals;

ApiCommand::ApiCommand(QString path)
    : m_path(std::move(path))
{ }

ApiCommand& ApiCommand::set(const QString& key, const QString& value)
{
    for (auto& attribute : m_attributes) {
        if (attribute.first == key) {
            attribute.second = value;
            return *this;
        }
    }
    m_attributes.append({key, value});
    return *this;
}

ApiCommand& ApiCommand::query(const QString& word)
{
    m_queries.append(word);
    return *this;
}

ApiCommand& ApiCommand::proplist(const QStringList& properties)
{
    return set(u".proplist"_s, properties.join(u','));
}

QString ApiCommand::attribute(const QString& key) const
{
    for (const auto& attribute : m_attributes) {
        if (attribute.first == key) {
            return attribute.second;
        }
    }
    return {};
}

QList<QByteArray> ApiCommand::words(const QByteArray& tag) const
{
    QList<QByteArray> result;
    result.reserve(1 + m_attributes.size() + m_queries.size() + 1);
    result.append(m_path.toUtf8());
    for (const auto& [key, value] : m_attributes) {
        result.append('=' + key.toUtf8() + '=' + value.toUtf8());
    }
    for (const QString& word : m_queries) {
        result.append('?' + word.toUtf8());
    }
    if (!tag.isEmpty()) {
        result.append(".tag=" + tag);
    }
    return result;
}

QByteArray ApiCommand::encode(const QByteArray& tag) const
{
    return ApiEncoder::sentence(words(tag));
}

QString ApiCommand::describe() const
{
    QString text = m_path;
    for (const auto& [key, value] : m_attributes) {
        if (key == u"name"_s || key == u".id"_s || key == u"numbers"_s) {
            text += u' ' + key + u'=' + value;
        }
    }
    return text;
}
