// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// A RouterOS API command: path, attributes, queries and property list, encoded with a .tag.
class ApiCommand
{
public:
    ApiCommand() = default;
    explicit ApiCommand(QString path);

    ApiCommand& set(const QString& key, const QString& value);
    // A raw query word without the leading '?', e.g. "name=pisonet-AA" or "#|".
    ApiCommand& query(const QString& word);
    ApiCommand& proplist(const QStringList& properties);

    QString path() const { return m_path; }
    QString attribute(const QString& key) const;
    // The words as sent, with ".tag=<tag>" when tag is not empty.
    QList<QByteArray> words(const QByteArray& tag = {}) const;
    QByteArray encode(const QByteArray& tag = {}) const;
    // The command for messages: the path and any name/.id, never a password.
    QString describe() const;

private:
    QString m_path;
    QList<std::pair<QString, QString>> m_attributes;
    QStringList m_queries;
};
