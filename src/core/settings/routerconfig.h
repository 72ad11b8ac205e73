// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/connectionsettings.h"

#include <QCoreApplication>
#include <QString>

// One router of the shop as the settings keep it: a name the operator picks ("main", "upstairs"),
// how to reach it, and the credential-store entry of its password (the password itself is never
// in the settings).
struct RouterConfig
{
    Q_DECLARE_TR_FUNCTIONS(RouterConfig)

public:
    // The name the router of older settings (one router) gets.
    static constexpr QLatin1StringView DefaultName {"main"};
    static constexpr qsizetype MaximumNameLength = 32;

    QString name;
    ConnectionSettings connection;
    // The credential-store entry of the password; empty: the entry of a single-router install
    // (PasswordStore::key(host, user)), so an upgrade asks nothing again.
    QString passwordKey;

    // Empty when fine, else why not: letters, digits, '.', '_', '-'; at most 32 characters.
    static QString nameError(const QString& name);
    // Empty when fine: an IP address or a host name, no spaces or other odd characters.
    static QString hostError(const QString& host);
};
