// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/datacommands.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/localdata.h"
#include "cli/trafficreport.h"
#include "core/storage/databasecopy.h"
#include "core/storage/databaseurl.h"
#include "core/traffic/datasize.h"
#include "core/traffic/trafficformat.h"
#include "core/util/userinput.h"
#include "core/vouchers/salesreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("DataCommands", text);
}

void addRangeOptions(QCommandLineParser& parser)
{
    parser.addOption({u"from"_s, tr("First day, YYYY-MM-DD (default: 30 days ago)."), u"date"_s});
    parser.addOption({u"to"_s, tr("Last day, YYYY-MM-DD (default: today)."), u"date"_s});
    parser.addOption({u"csv"_s, tr("Also write the report as CSV to this file."), u"file"_s});
    parser.addOption({u"router"_s,
                      tr("Only this router (shop), by its name in \"pisonet-cli routers list\": vouchers put on it "
                         "and sessions seen on it."),
                      u"name"_s});
    LocalData::addDatabaseOption(parser);
    JsonOutput::addOption(parser);
}

bool readRange(CliContext& context, const QCommandLineParser& parser, QDate* from, QDate* to)
{
    *to = QDate::currentDate();
    *from = to->addDays(-30);
    for (const auto& [option, date] : {std::pair {u"from"_s, from}, std::pair {u"to"_s, to}}) {
        if (parser.isSet(option)) {
            *date = QDate::fromString(parser.value(option), Qt::ISODate);
            if (!date->isValid()) {
                context.err() << tr("error: --%1 must be a date like 2026-11-24, not %2")
                                     .arg(option, UserInput::quote(parser.value(option)))
                              << u'\n';
                return false;
            }
        }
    }
    if (*from > *to) {
        context.err() << tr("error: --from is after --to") << u'\n';
        return false;
    }
    return true;
}

bool writeCsv(CliContext& context, const QCommandLineParser& parser, const QByteArray& csv)
{
    if (!parser.isSet(u"csv"_s)) {
        return true;
    }
    QSaveFile file(parser.value(u"csv"_s));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit()) {
        context.err() << tr("error: cannot write %1: %2").arg(parser.value(u"csv"_s), file.errorString()) << u'\n';
        return false;
    }
    return true;
}
} // namespace

ReportsSalesCommand::ReportsSalesCommand()
    : Command(u"reports sales"_s, tr("Vouchers sold and revenue per day and profile."))
{ }

void ReportsSalesCommand::addOptions(QCommandLineParser& parser)
{
    addRangeOptions(parser);
}

int ReportsSalesCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    QDate from;
    QDate to;
    LocalData data;
    if (!readRange(context, parser, &from, &to) || !data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    SalesReport report(&data.database());
    report.setRouter(parser.value(u"router"_s).trimmed());
    const auto rows = report.sales(from, to);
    if (!writeCsv(context, parser, SalesReport::salesCsv(rows))) {
        return ExitCode::BadInput;
    }
    int sold = 0;
    double revenue = 0;
    QJsonArray list;
    QList<QStringList> table;
    for (const auto& row : rows) {
        sold += row.sold;
        revenue += row.revenue;
        list.append(QJsonObject {{u"date"_s, row.day.toString(Qt::ISODate)},
                                 {u"profile"_s, row.profile},
                                 {u"sold"_s, row.sold},
                                 {u"revenue"_s, row.revenue}});
        table.append({row.day.toString(Qt::ISODate), row.profile, QString::number(row.sold),
                      QString::number(row.revenue, 'f', 2)});
    }
    if (JsonOutput::wanted(parser)) {
        JsonOutput::print(context,
                          QJsonObject {{u"success"_s, true},
                                       {u"from"_s, from.toString(Qt::ISODate)},
                                       {u"to"_s, to.toString(Qt::ISODate)},
                                       {u"rows"_s, list},
                                       {u"total_sold"_s, sold},
                                       {u"total_revenue"_s, revenue}});
        return ExitCode::Success;
    }
    context.out() << tr("Sales from %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) << u'\n';
    if (!table.isEmpty()) {
        TrafficReport::printTable(context.out(), {tr("DATE"), tr("PROFILE"), tr("SOLD"), tr("REVENUE")}, table);
    }
    context.out() << tr("Total: %n voucher(s), revenue %1", nullptr, int(sold)).arg(QString::number(revenue, 'f', 2))
                  << u'\n';
    return ExitCode::Success;
}

ReportsUsageCommand::ReportsUsageCommand()
    : Command(u"reports usage"_s, tr("Data used per day, and the top users."))
{ }

void ReportsUsageCommand::addOptions(QCommandLineParser& parser)
{
    addRangeOptions(parser);
    parser.addOption({u"top"_s, tr("How many top users to list (default 10)."), u"count"_s, u"10"_s});
}

int ReportsUsageCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    QDate from;
    QDate to;
    LocalData data;
    if (!readRange(context, parser, &from, &to) || !data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    SalesReport report(&data.database());
    report.setRouter(parser.value(u"router"_s).trimmed());
    const auto days = report.usage(from, to);
    const auto top = report.topUsers(from, to, std::max(1, parser.value(u"top"_s).toInt()));
    if (!writeCsv(context, parser, SalesReport::usageCsv(days))) {
        return ExitCode::BadInput;
    }
    if (JsonOutput::wanted(parser)) {
        QJsonArray dayList;
        for (const auto& day : days) {
            dayList.append(QJsonObject {{u"date"_s, day.day.toString(Qt::ISODate)},
                                        {u"sessions"_s, day.sessions},
                                        {u"bytes_up"_s, double(day.bytesUp)},
                                        {u"bytes_down"_s, double(day.bytesDown)}});
        }
        QJsonArray topList;
        for (const auto& user : top) {
            topList.append(QJsonObject {{u"code"_s, user.code},
                                        {u"mac"_s, user.mac},
                                        {u"bytes_up"_s, double(user.bytesUp)},
                                        {u"bytes_down"_s, double(user.bytesDown)}});
        }
        JsonOutput::print(context, QJsonObject {{u"success"_s, true}, {u"days"_s, dayList}, {u"top_users"_s, topList}});
        return ExitCode::Success;
    }
    QList<QStringList> table;
    for (const auto& day : days) {
        table.append({day.day.toString(Qt::ISODate), QString::number(day.sessions), TrafficFormat::bytes(day.bytesDown),
                      TrafficFormat::bytes(day.bytesUp)});
    }
    context.out() << tr("Data used from %1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) << u'\n';
    if (!table.isEmpty()) {
        TrafficReport::printTable(context.out(), {tr("DATE"), tr("SESSIONS"), tr("DOWNLOADED"), tr("UPLOADED")}, table);
    }
    table.clear();
    for (const auto& user : top) {
        table.append({user.code, user.mac, TrafficFormat::bytes(user.bytesDown), TrafficFormat::bytes(user.bytesUp)});
    }
    if (!table.isEmpty()) {
        context.out() << u'\n' << tr("Top users") << u'\n';
        TrafficReport::printTable(context.out(), {tr("CODE"), tr("MAC"), tr("DOWNLOADED"), tr("UPLOADED")}, table);
    }
    return ExitCode::Success;
}

DbMigrateCommand::DbMigrateCommand()
    : Command(u"db migrate"_s,
              tr("Bring the database up to date (a byte-for-byte copy is made first; a failure changes nothing)."))
{ }

void DbMigrateCommand::addOptions(QCommandLineParser& parser)
{
    LocalData::addDatabaseOption(parser);
}

int DbMigrateCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    const Database::MigrationReport& report = data.database().lastMigration();
    const QString path = QDir::toNativeSeparators(data.database().path());
    if (report.steps.isEmpty()) {
        context.out() << tr("%1 is up to date (schema %2).").arg(path).arg(report.toVersion) << u'\n';
        return ExitCode::Success;
    }
    context.out() << tr("%1 updated from schema %2 to %3.").arg(path).arg(report.fromVersion).arg(report.toVersion)
                  << u'\n';
    if (!report.backupFile.isEmpty()) {
        context.out() << (report.backupExisted ? tr("Copy of the old file (made by an earlier attempt): %1")
                                               : tr("Copy of the old file, byte for byte: %1"))
                             .arg(QDir::toNativeSeparators(report.backupFile))
                      << u'\n';
    }
    for (const QString& step : report.steps) {
        context.out() << u"  - "_s << step << u'\n';
    }
    for (const QString& note : report.notes) {
        context.out() << tr("Note: %1").arg(note) << u'\n';
    }
    return ExitCode::Success;
}

DbCopyCommand::DbCopyCommand()
    : Command(u"db copy"_s,
              tr("Copy every row of a shop's SQLite file into another database, such as a shared PostgreSQL one "
                 "(the file is not changed)."))
{ }

void DbCopyCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"from"_s, tr("The SQLite file to copy from."), u"path"_s});
    parser.addOption({u"to"_s,
                      tr("The database to copy into: postgresql://USER@HOST[:PORT]/DBNAME (password from PGPASSWORD) "
                         "or a SQLite file."),
                      u"url"_s});
    parser.addOption({u"append"_s, tr("Add to a database that already holds data (refused otherwise).")});
}

int DbCopyCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    if (!parser.isSet(u"from"_s) || !parser.isSet(u"to"_s)) {
        context.err() << tr("error: say where from and where to: db copy --from FILE --to postgresql://...") << u'\n';
        return ExitCode::BadInput;
    }
    DatabaseCopy::Report report;
    QString error;
    if (!DatabaseCopy::copy(parser.value(u"from"_s), parser.value(u"to"_s), parser.isSet(u"append"_s), &report,
                            &error)) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return ExitCode::BadInput;
    }
    QList<QStringList> rows;
    for (const DatabaseCopy::Table& table : std::as_const(report.tables)) {
        rows.append({table.name, QString::number(table.rows)});
    }
    context.out() << tr("Copied %1 into %2; the row counts match.")
                         .arg(QDir::toNativeSeparators(parser.value(u"from"_s)),
                              DatabaseUrl::withoutPassword(parser.value(u"to"_s)))
                  << u'\n';
    TrafficReport::printTable(context.out(), {tr("TABLE"), tr("ROWS")}, rows);
    for (const QString& note : std::as_const(report.notes)) {
        context.out() << tr("Note: %1").arg(note) << u'\n';
    }
    return ExitCode::Success;
}

ProfilesCheckCommand::ProfilesCheckCommand()
    : Command(u"profiles check"_s, tr("Check a profiles.json (default: the one in use) and list its profiles."))
{ }

void ProfilesCheckCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"FILE"_s, tr("The profiles.json to check."));
}

int ProfilesCheckCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const QString path = parser.positionalArguments().value(0, ProfileCatalog::activePath());
    ProfileCatalog catalog;
    QStringList errors;
    if (!catalog.load(path, &errors)) {
        for (const QString& error : std::as_const(errors)) {
            context.err() << tr("error: %1").arg(error) << u'\n';
        }
        return ExitCode::BadInput;
    }
    QList<QStringList> rows;
    for (const Profile& profile : catalog.profiles()) {
        rows.append({profile.name, QString::number(profile.price), profile.validity, QString::number(profile.users),
                     profile.rateUp.toDisplay(), profile.rateDown.toDisplay(),
                     profile.dataBytes > 0 ? DataSize::toRouterOs(profile.dataBytes) : tr("no cap"),
                     profile.lockDevice ? tr("first device") : QString()});
    }
    context.out() << tr("%1 is valid.").arg(QDir::toNativeSeparators(path)) << u'\n';
    TrafficReport::printTable(context.out(),
                              {tr("NAME"), tr("PRICE"), tr("VALIDITY"), tr("DEVICES"), tr("UPLOAD"), tr("DOWNLOAD"),
                               tr("DATA"), tr("LOCKED TO")},
                              rows);
    return ExitCode::Success;
}
