// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/profile.h"

#include <QList>
#include <QStringList>

#include <optional>

// The speed/price tiers. The file shipped next to the program is the default; a copy in the data
// folder, once the operator edits profiles, wins. Every problem in a file is reported with the
// file, the profile (index and name) and the field; a broken file never replaces a good catalog.
class ProfileCatalog
{
public:
    // Parses and validates; on any problem returns nullopt with one message per problem.
    static std::optional<QList<Profile>> parse(const QByteArray& json, const QString& fileName, QStringList* errors);
    // A validity as profiles.json writes it: "30m", "1h", "2h", "1d", "1w", combinations like
    // "1h30m", or "unlimited" (-1). False for anything else (also zero).
    static bool parseValidity(const QString& text, qint64* seconds);

    // Loads a file; on failure keeps the profiles it had and returns false with the messages.
    bool load(const QString& path, QStringList* errors);
    // PISONET_PROFILES, else the data-folder copy, else the shipped file.
    static QString activePath();
    static QString shippedPath();
    static QString userPath();
    // Checks the text exactly as load() does and writes it atomically only when it is valid (the
    // folder is made when missing); otherwise false with the messages, and nothing is written.
    static bool save(const QString& path, const QByteArray& json, QStringList* errors);

    const QList<Profile>& profiles() const { return m_profiles; }
    QString path() const { return m_path; }
    // Case-insensitive by name.
    std::optional<Profile> find(const QString& name) const;
    QStringList names() const;

private:
    QList<Profile> m_profiles;
    QString m_path;
};
