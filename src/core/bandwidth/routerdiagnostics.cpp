// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/bandwidth/routerdiagnostics.h"

#include "core/traffic/trafficjoiner.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("RouterDiagnostics", text);
}

// Does a queue target ("10.5.50.0/24", "10.5.50.2", "" = everything) cover this address?
bool covers(const QString& target, const QHostAddress& address)
{
    if (target.isEmpty()) {
        return true;
    }
    for (const QString& part : target.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        const auto subnet = QHostAddress::parseSubnet(trimmed.contains(u'/') ? trimmed : trimmed + u"/32"_s);
        if (!subnet.first.isNull() && address.isInSubnet(subnet)) {
            return true;
        }
    }
    return false;
}
} // namespace

QString RouterDiagnostics::severityName(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Ok:
        return tr("OK");
    case Diagnostic::Severity::Warning:
        return tr("Warning");
    case Diagnostic::Severity::Problem:
        return tr("Problem");
    }
    return {};
}

QList<Diagnostic> RouterDiagnostics::analyze(const QList<FirewallRule>& filterRules,
                                             const QList<SimpleQueue>& queues,
                                             const QList<HotspotUserProfile>& profiles)
{
    QList<Diagnostic> findings;
    for (const FirewallRule& rule : filterRules) {
        if (rule.action == u"fasttrack-connection"_s && !rule.disabled) {
            findings.append({Diagnostic::Severity::Problem, u"fasttrack"_s,
                             tr("FastTrack is on (firewall filter rule %1, chain %2): fast-tracked traffic skips "
                                "simple queues, so speed limits do nothing.")
                                 .arg(rule.id, rule.chain),
                             tr("In Winbox: IP > Firewall > Filter Rules, disable the \"fasttrack connection\" rule. "
                                "Or in the terminal: /ip firewall filter disable [find action=fasttrack-connection]"),
                             rule.id});
        }
    }
    for (qsizetype i = 0; i < queues.size(); ++i) {
        const SimpleQueue& ours = queues[i];
        if (!ours.name.startsWith(TrafficJoiner::QueuePrefix)) {
            continue;
        }
        const QHostAddress address(ours.target.section(u'/', 0, 0));
        if (address.isNull()) {
            continue;
        }
        for (qsizetype j = 0; j < i; ++j) {
            const SimpleQueue& above = queues[j];
            if (above.disabled || above.name.startsWith(TrafficJoiner::QueuePrefix) || !covers(above.target, address)) {
                continue;
            }
            findings.append({Diagnostic::Severity::Warning, u"shadowing-queue"_s,
                             tr("Queue \"%1\" (target %2) is above \"%3\" and also matches %4: the first matching "
                                "queue wins, so the PisoNet limit may not apply.")
                                 .arg(above.name, above.target.isEmpty() ? tr("everything") : above.target, ours.name,
                                      address.toString()),
                             above.dynamic ? tr("It is a dynamic queue made by the hotspot: remove the rate-limit "
                                                "from the hotspot user profile.")
                                           : tr("In Winbox: Queues > Simple Queues, drag \"%1\" below the "
                                                "pisonet- queues, or disable it.")
                                                 .arg(above.name),
                             above.name});
            break;
        }
    }
    for (const HotspotUserProfile& profile : profiles) {
        if (!profile.rateLimit.isEmpty()) {
            findings.append({Diagnostic::Severity::Warning, u"profile-rate-limit"_s,
                             tr("Hotspot user profile \"%1\" has rate-limit %2: RouterOS adds its own queue for each "
                                "user at the top of the list, which limits on top of PisoNet Manager's.")
                                 .arg(profile.name, profile.rateLimit),
                             tr("In Winbox: IP > Hotspot > User Profiles > %1, clear Rate Limit.").arg(profile.name),
                             profile.name});
        }
    }
    if (findings.isEmpty()) {
        findings.append({Diagnostic::Severity::Ok,
                         u"ok"_s,
                         tr("No problems found: FastTrack is off, no queue shadows PisoNet's, no hotspot profile "
                            "has its own rate limit."),
                         {},
                         {}});
    }
    return findings;
}
