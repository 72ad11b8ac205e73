// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routertypes.h"

#include <QList>
#include <QString>

// Router settings that make per-user limits silently fail, explained for the operator.
struct Diagnostic
{
    enum class Severity
    {
        Ok,
        Warning,
        Problem
    };
    Severity severity = Severity::Ok;
    QString code; // "fasttrack", "shadowing-queue", "profile-rate-limit", "ok"
    QString message;
    QString fix;
    // What it is about: the firewall rule's .id (fasttrack), the queue's name (shadowing-queue),
    // the profile's name (profile-rate-limit).
    QString subject;
};

class RouterDiagnostics
{
public:
    static QList<Diagnostic> analyze(const QList<FirewallRule>& filterRules,
                                     const QList<SimpleQueue>& queues,
                                     const QList<HotspotUserProfile>& profiles);
    static QString severityName(Diagnostic::Severity severity);
};
