// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/trafficreport.h"

#include "core/traffic/trafficformat.h"
#include "core/traffic/trafficjoiner.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TrafficReport
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("TrafficReport", text);
}

QString rateText(const QString& pair, bool upload)
{
    double up = 0;
    double down = 0;
    if (!TrafficJoiner::parseRatePair(pair, &up, &down)) {
        return {};
    }
    return TrafficFormat::rate(upload ? up : down);
}
} // namespace

QJsonObject queuesJson(const QList<SimpleQueue>& queues)
{
    QJsonArray list;
    for (const SimpleQueue& queue : queues) {
        list.append(QJsonObject {{u"id"_s, queue.id},
                                 {u"name"_s, queue.name},
                                 {u"target"_s, queue.target},
                                 {u"max_limit"_s, queue.maxLimit},
                                 {u"rate"_s, queue.rate},
                                 {u"bytes"_s, queue.bytes},
                                 {u"comment"_s, queue.comment},
                                 {u"disabled"_s, queue.disabled},
                                 {u"dynamic"_s, queue.dynamic},
                                 {u"pisonet"_s, queue.name.startsWith(TrafficJoiner::QueuePrefix)}});
    }
    return QJsonObject {{u"success"_s, true}, {u"queues"_s, list}};
}

QJsonObject diagnosticsJson(const QList<Diagnostic>& findings)
{
    QJsonArray list;
    for (const Diagnostic& finding : findings) {
        list.append(QJsonObject {{u"severity"_s, RouterDiagnostics::severityName(finding.severity).toLower()},
                                 {u"code"_s, finding.code},
                                 {u"message"_s, finding.message},
                                 {u"fix"_s, finding.fix}});
    }
    return QJsonObject {{u"success"_s, true}, {u"findings"_s, list}};
}

void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& title : header) {
        widths.append(title.size());
    }
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i) {
            widths[i] = std::max(widths[i], row[i].size());
        }
    }
    auto printRow = [&](const QStringList& row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        }
        out << line << u'\n';
    };
    printRow(header);
    for (const QStringList& row : rows) {
        printRow(row);
    }
}

void printUsers(QTextStream& out, const TrafficSnapshot& snapshot, bool numbered)
{
    if (snapshot.stale) {
        out << tr("(stale: %1)").arg(snapshot.staleReason) << u'\n';
    }
    if (snapshot.users.isEmpty()) {
        out << tr("No users online.") << u'\n';
        return;
    }
    QStringList header {tr("USER"),     tr("MAC"),       tr("IP"),      tr("DOWNLOADED"),
                        tr("UPLOADED"), tr("DOWN RATE"), tr("UP RATE"), tr("LIMIT (DOWN/UP)"),
                        tr("UPTIME"),   tr("TIME LEFT")};
    if (numbered) {
        header.prepend(u"#"_s);
    }
    QList<QStringList> rows;
    int number = 0;
    for (const UserTraffic& user : snapshot.users) {
        QStringList row {user.user,
                         user.macString(),
                         user.address,
                         TrafficFormat::bytes(user.bytesDown),
                         TrafficFormat::bytes(user.bytesUp),
                         TrafficFormat::rate(user.rateDown),
                         TrafficFormat::rate(user.rateUp),
                         user.limit ? user.limit->download.toDisplay() + u" / "_s + user.limit->upload.toDisplay()
                                 + (user.limitSource == LimitSource::Adopted ? tr(" (adopted)") : QString())
                                    : tr("none"),
                         TrafficFormat::duration(user.uptimeSeconds),
                         TrafficFormat::duration(user.timeLeftSeconds)};
        if (numbered) {
            row.prepend(QString::number(++number));
        }
        rows.append(row);
    }
    printTable(out, header, rows);
    out << QCoreApplication::translate("TrafficReport", "%n user(s) online, downloading %1, uploading %2.", nullptr,
                                       int(snapshot.users.size()))
               .arg(TrafficFormat::rate(snapshot.totalRateDown), TrafficFormat::rate(snapshot.totalRateUp))
        << u'\n';
}

void printQueues(QTextStream& out, const QList<SimpleQueue>& queues)
{
    if (queues.isEmpty()) {
        out << tr("The router has no simple queues.") << u'\n';
        return;
    }
    QList<QStringList> rows;
    for (const SimpleQueue& queue : queues) {
        const auto limit = BandwidthLimit::fromMaxLimit(queue.maxLimit);
        QStringList flags;
        if (queue.name.startsWith(TrafficJoiner::QueuePrefix)) {
            flags.append(tr("ours"));
        }
        if (queue.dynamic) {
            flags.append(tr("dynamic"));
        }
        if (queue.disabled) {
            flags.append(tr("disabled"));
        }
        double bytesUp = 0;
        double bytesDown = 0;
        TrafficJoiner::parseRatePair(queue.bytes, &bytesUp, &bytesDown);
        rows.append({queue.name, queue.target,
                     limit ? limit->download.toDisplay() + u" / "_s + limit->upload.toDisplay() : queue.maxLimit,
                     rateText(queue.rate, false), rateText(queue.rate, true),
                     TrafficFormat::bytes(quint64(bytesDown)) + u" / "_s + TrafficFormat::bytes(quint64(bytesUp)),
                     flags.join(u", "_s)});
    }
    printTable(out,
               {tr("NAME"), tr("TARGET"), tr("MAX LIMIT (DOWN/UP)"), tr("DOWN RATE"), tr("UP RATE"),
                tr("BYTES (DOWN/UP)"), QString()},
               rows);
}

void printDiagnostics(QTextStream& out, const QList<Diagnostic>& findings)
{
    for (const Diagnostic& finding : findings) {
        out << u"["_s << RouterDiagnostics::severityName(finding.severity) << u"] "_s << finding.message << u'\n';
        if (!finding.fix.isEmpty()) {
            out << u"    "_s << tr("Fix:") << u' ' << finding.fix << u'\n';
        }
    }
}

} // namespace TrafficReport
