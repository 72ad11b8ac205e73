// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/voucherscommands.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/localdata.h"
#include "cli/routersession.h"
#include "cli/trafficreport.h"
#include "core/settings/appsettings.h"
#include "core/traffic/trafficformat.h"
#include "core/util/userinput.h"
#include "core/vouchers/voucherjson.h"
#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherpusher.h"
#include "core/vouchers/voucherseller.h"
#include "print/vouchersheet.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("VouchersCommands", text);
}

bool batchOption(CliContext& context, const QCommandLineParser& parser, qint64* batch)
{
    *batch = 0;
    if (!parser.isSet(u"batch"_s)) {
        return true;
    }
    bool ok = false;
    *batch = parser.value(u"batch"_s).toLongLong(&ok);
    if (!ok || *batch < 1) {
        context.err() << tr("error: --batch must be a batch number, like 3") << u'\n';
        return false;
    }
    return true;
}

QJsonObject voucherJson(const Voucher& voucher)
{
    QJsonObject object {
        {u"code"_s, voucher.code},
        {u"profile"_s, voucher.profile},
        {u"price"_s, voucher.price},
        {u"validity"_s, voucher.validity},
        {u"shared_users"_s, voucher.sharedUsers},
        {u"rate_limit_up"_s, voucher.rateUp.toRouterOs()},
        {u"rate_limit_down"_s, voucher.rateDown.toRouterOs()},
        {u"status"_s, Voucher::statusName(voucher.status)},
        {u"created_at"_s, voucher.createdAt.toString(Qt::ISODate)},
        {u"activated_at"_s, voucher.activatedAt.toString(Qt::ISODate)},
        {u"mac"_s, voucher.mac},
        // The router it was put on; null before a push (or pushed by an older version).
        {u"router"_s, voucher.router.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(voucher.router)},
        {u"batch"_s, voucher.batchId},
        {u"developer"_s, voucher.developer},
        {u"bytes_up"_s, double(voucher.bytesUp)},
        {u"bytes_down"_s, double(voucher.bytesDown)},
        {u"used_seconds"_s, voucher.usedSeconds},
        {u"data_left"_s,
         voucher.dataLeft() < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(voucher.dataLeft()))}};
    if (!voucher.problem.isEmpty()) {
        object.insert(u"problem"_s, voucher.problem); // why it is never put on the router
    }
    return object;
}

// Pushes and prints the outcome; shared by "generate --push" and "push".
int pushVouchers(CliContext& context,
                 const QCommandLineParser& parser,
                 LocalData& data,
                 const QList<Voucher>& vouchers,
                 bool json,
                 QJsonObject* result)
{
    RouterSession session;
    if (const int code = session.start(context, parser); code != ExitCode::Success) {
        return code;
    }
    VoucherStore store(&data.database());
    VoucherPusher pusher(&session.client(), &store);
    pusher.setRouterName(session.routerName());
    const auto report = RouterSession::awaitResult<VoucherPusher::Report>(
        [&](std::function<void(const VoucherPusher::Report&)> done) { pusher.push(vouchers, nullptr, done); });
    result->insert(u"pushed"_s, report.added);
    result->insert(u"already_on_router"_s, report.alreadyThere);
    result->insert(u"refused"_s, QJsonArray::fromStringList(report.refused));
    result->insert(u"failed"_s, QJsonArray::fromStringList(report.failures));
    constexpr qsizetype ShownRefusals = 20;
    for (qsizetype i = 0; i < report.refused.size() && i < ShownRefusals; ++i) {
        context.err() << tr("refused: %1").arg(report.refused.at(i)) << u'\n';
    }
    if (report.refused.size() > ShownRefusals) {
        context.err() << tr("refused: %1 more (pisonet-cli vouchers list --status new --json shows them all)")
                             .arg(report.refused.size() - ShownRefusals)
                      << u'\n';
    }
    if (report.error.isError()) {
        // The link went (or never came): one line for the whole push, not one per voucher.
        const QString summary = tr("pushed %1 of %2; run again to finish (%3)")
                                    .arg(report.pushed())
                                    .arg(report.wanted)
                                    .arg(report.error.message());
        result->insert(u"error"_s, summary);
        return RouterSession::report(context, ApiError(report.error.kind(), summary, report.error.category()));
    }
    if (!json) {
        context.out()
            << tr("Pushed to the router: %1 added, %2 already there.").arg(report.added).arg(report.alreadyThere)
            << u'\n';
    }
    for (const QString& failure : std::as_const(report.failures)) {
        context.err() << tr("error: %1").arg(failure) << u'\n';
    }
    if (!report.failures.isEmpty()) {
        return ExitCode::RouterRefused;
    }
    return report.refused.isEmpty() ? ExitCode::Success : ExitCode::BadInput;
}
} // namespace

VouchersGenerateCommand::VouchersGenerateCommand()
    : Command(u"vouchers generate"_s, tr("Make a batch of voucher codes of one profile (one transaction)."))
{ }

void VouchersGenerateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"profile"_s, tr("Profile from profiles.json, e.g. BASIC."), u"name"_s});
    parser.addOption({u"count"_s, tr("How many vouchers (1 to 100000)."), u"number"_s});
    parser.addOption({u"length"_s, tr("Code length, 4 to 16 (default 6)."), u"length"_s, u"6"_s});
    parser.addOption({u"prefix"_s, tr("Text every code starts with (letters/digits, no 0/O/1/I/L)."), u"text"_s});
    parser.addOption({u"developer"_s, tr("Developer codes: no time limit, still speed-limited.")});
    parser.addOption({u"note"_s, tr("A note kept with the batch."), u"text"_s});
    parser.addOption({u"push"_s, tr("Also put them on the router as hotspot users.")});
    LocalData::addDatabaseOption(parser);
    LocalData::addProfilesOption(parser);
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int VouchersGenerateCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    if (!parser.isSet(u"profile"_s) || !parser.isSet(u"count"_s)) {
        context.err() << tr("error: give --profile and --count, e.g. vouchers generate --profile BASIC --count 50")
                      << u'\n';
        return ExitCode::BadInput;
    }
    bool ok = false;
    VoucherStore::GenerateOptions options;
    options.count = parser.value(u"count"_s).toInt(&ok);
    if (!ok || options.count < 1 || options.count > VoucherStore::MaximumBatch) {
        context.err() << tr("error: --count must be a number from 1 to %1").arg(VoucherStore::MaximumBatch) << u'\n';
        return ExitCode::BadInput;
    }
    options.length = parser.value(u"length"_s).toInt(&ok);
    if (!ok) {
        context.err() << tr("error: --length must be a number") << u'\n';
        return ExitCode::BadInput;
    }
    options.prefix = parser.value(u"prefix"_s);
    options.developer = parser.isSet(u"developer"_s);
    options.note = parser.value(u"note"_s);
    LocalData data;
    if (!data.loadProfiles(context, parser)) {
        return ExitCode::BadInput;
    }
    const auto profile = data.profiles().find(parser.value(u"profile"_s));
    if (!profile) {
        context.err() << tr("error: no profile %1 (profiles: %2)")
                             .arg(UserInput::quote(parser.value(u"profile"_s)), data.profiles().names().join(u", "_s))
                      << u'\n';
        return ExitCode::BadInput;
    }
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    VoucherStore store(&data.database());
    QString error;
    const auto batch = store.generate(*profile, options, &error);
    if (!batch) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return ExitCode::BadInput;
    }
    const bool json = JsonOutput::wanted(parser);
    QJsonObject result {{u"success"_s, true},
                        {u"batch"_s, batch->id},
                        {u"profile"_s, profile->name},
                        {u"codes"_s, QJsonArray::fromStringList(batch->codes)}};
    if (!json) {
        context.out() << tr("Batch %1: %n %2 voucher(s) (%3, %4, %5).", nullptr, int(batch->codes.size()))
                             .arg(batch->id)
                             .arg(profile->name, options.developer ? tr("no time limit") : profile->validity,
                                  profile->limit().toDisplay(), QString::number(profile->price))
                      << u'\n';
        for (const QString& code : batch->codes) {
            context.out() << code << u'\n';
        }
    }
    int code = ExitCode::Success;
    if (parser.isSet(u"push"_s)) {
        VoucherStore::Filter filter;
        filter.batchId = batch->id;
        code = pushVouchers(context, parser, data, store.list(filter), json, &result);
        if (code != ExitCode::Success) {
            context.err() << tr("The vouchers are saved; push them later with: pisonet-cli vouchers push --batch %1")
                                 .arg(batch->id)
                          << u'\n';
        }
    }
    if (json) {
        result.insert(u"success"_s, code == ExitCode::Success);
        JsonOutput::print(context, result);
    }
    return code;
}

VouchersSellCommand::VouchersSellCommand()
    : Command(u"vouchers sell"_s,
              tr("Sell one voucher now (a coin slot, a shop script): made, put on the router, counted as sold."))
{ }

void VouchersSellCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"amount"_s, tr("The price paid, in pesos: the profile with this price."), u"pesos"_s});
    parser.addOption({u"profile"_s, tr("Or the profile by name, e.g. STANDARD."), u"name"_s});
    parser.addOption({u"idempotency-key"_s,
                      tr("A key for this sale: run again with the same key, the same voucher comes back."), u"key"_s});
    LocalData::addDatabaseOption(parser);
    LocalData::addProfilesOption(parser);
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int VouchersSellCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const bool json = JsonOutput::wanted(parser);
    auto badInput = [&](const QString& message) {
        context.err() << tr("error: %1").arg(message) << u'\n';
        if (json) {
            JsonOutput::print(context, QJsonObject {{u"success"_s, false}, {u"error"_s, message}});
        }
        return ExitCode::BadInput;
    };
    VoucherSeller::Request request;
    request.origin = u"cli"_s;
    request.idempotencyKey = parser.value(u"idempotency-key"_s).trimmed();
    if (parser.isSet(u"idempotency-key"_s) && request.idempotencyKey.isEmpty()) {
        return badInput(tr("--idempotency-key is empty"));
    }
    if (parser.isSet(u"amount"_s) == parser.isSet(u"profile"_s)) {
        return badInput(tr("give --amount or --profile, e.g. vouchers sell --amount 10"));
    }
    if (parser.isSet(u"amount"_s)) {
        bool ok = false;
        const double amount = QLocale::c().toDouble(parser.value(u"amount"_s).trimmed(), &ok);
        if (!ok || !(amount > 0)) {
            return badInput(tr("--amount must be the price in pesos, like 10, not %1")
                                .arg(UserInput::quote(parser.value(u"amount"_s))));
        }
        request.amount = amount;
    } else {
        request.profile = parser.value(u"profile"_s);
    }
    LocalData data;
    if (!data.loadProfiles(context, parser)) {
        return ExitCode::BadInput;
    }
    QString error;
    if (!VoucherSeller::pickProfile(data.profiles().profiles(), request, &error)) {
        return badInput(error); // before the router or the database is touched
    }
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    RouterSession session;
    if (const int code = session.start(context, parser); code != ExitCode::Success) {
        return code;
    }
    VoucherStore store(&data.database());
    VoucherSeller seller(&session.client(), &store);
    seller.setRouters({{session.routerName(), &session.client()}}); // the voucher records where it went
    const auto sale = RouterSession::awaitResult<VoucherSeller::Sale>(
        [&](VoucherSeller::Callback done) { seller.sell(data.profiles().profiles(), request, nullptr, done); });
    using Result = VoucherSeller::Sale::Result;
    switch (sale.result) {
    case Result::Sold:
        break;
    case Result::BadInput:
    case Result::Conflict:
        return badInput(sale.message);
    case Result::RouterProblem:
        return session.fail(context, ApiError(sale.routerError.kind(), sale.message, sale.routerError.category()));
    case Result::DatabaseError:
        context.err() << tr("error: %1").arg(sale.message) << u'\n';
        if (json) {
            JsonOutput::print(context, QJsonObject {{u"success"_s, false}, {u"error"_s, sale.message}});
        }
        return ExitCode::BadInput;
    }
    if (json) {
        JsonOutput::print(context, sale.answer);
    } else {
        const QJsonObject& a = sale.answer;
        context.out() << tr("Sold: %1 (%2, %3, %4, %5 pesos)%6.")
                             .arg(sale.code(), a.value(u"profile"_s).toString(), a.value(u"validity"_s).toString(),
                                  a.value(u"speeds"_s).toString(), QString::number(a.value(u"price"_s).toDouble()),
                                  sale.repeated ? tr(", sold before with this key") : QString())
                      << u'\n';
    }
    return ExitCode::Success;
}

VouchersListCommand::VouchersListCommand()
    : Command(u"vouchers list"_s, tr("List vouchers with their status."))
{ }

void VouchersListCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"status"_s, tr("Only new, pushed, active, used or revoked vouchers."), u"status"_s});
    parser.addOption({u"search"_s, tr("Part of a code or MAC address."), u"text"_s});
    parser.addOption({u"batch"_s, tr("Only this batch."), u"id"_s});
    parser.addOption({u"limit"_s, tr("At most this many (newest first)."), u"count"_s});
    LocalData::addDatabaseOption(parser);
    JsonOutput::addOption(parser);
}

int VouchersListCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    VoucherStore::Filter filter;
    if (parser.isSet(u"status"_s)) {
        const QString status = parser.value(u"status"_s).trimmed().toLower();
        static const QStringList valid {u"new"_s, u"pushed"_s, u"active"_s, u"used"_s, u"revoked"_s};
        if (!valid.contains(status)) {
            context.err() << tr("error: --status must be one of %1, not %2")
                                 .arg(valid.join(u", "_s), UserInput::quote(parser.value(u"status"_s)))
                          << u'\n';
            return ExitCode::BadInput;
        }
        filter.status = Voucher::statusFromName(status);
    }
    if (!batchOption(context, parser, &filter.batchId)) {
        return ExitCode::BadInput;
    }
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 1) {
            context.err() << tr("error: --limit must be a number of at least 1") << u'\n';
            return ExitCode::BadInput;
        }
    }
    filter.search = parser.value(u"search"_s);
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    const QList<Voucher> vouchers = VoucherStore(&data.database()).list(filter);
    if (JsonOutput::wanted(parser)) {
        QStringList codes;
        for (const Voucher& voucher : vouchers) {
            codes.append(voucher.code);
        }
        const auto devices = VoucherStore(&data.database()).devices(codes);
        const auto routers = VoucherStore(&data.database()).routersOf(codes);
        QJsonArray list;
        for (const Voucher& voucher : vouchers) {
            QJsonObject object = voucherJson(voucher);
            VoucherJson::addDevices(object, voucher, devices.value(voucher.code));
            // Every router it was put on, the first one ("router") first.
            object.insert(u"routers"_s, QJsonArray::fromStringList(routers.value(voucher.code)));
            list.append(object);
        }
        JsonOutput::print(context,
                          QJsonObject {{u"success"_s, true}, {u"count"_s, list.size()}, {u"vouchers"_s, list}});
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const Voucher& voucher : vouchers) {
        rows.append({voucher.code, voucher.profile, QString::number(voucher.price), voucher.validity,
                     voucher.limit().toDisplay(), Voucher::statusName(voucher.status),
                     voucher.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                     voucher.activatedAt.isValid() ? voucher.activatedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s)
                                                   : QString(),
                     voucher.mac, TrafficFormat::duration(voucher.usedSeconds)});
    }
    if (rows.isEmpty()) {
        context.out() << tr("No vouchers match.") << u'\n';
        return ExitCode::Success;
    }
    TrafficReport::printTable(context.out(),
                              {tr("CODE"), tr("PROFILE"), tr("PRICE"), tr("VALIDITY"), tr("SPEED"), tr("STATUS"),
                               tr("CREATED"), tr("ACTIVATED"), tr("MAC"), tr("USED")},
                              rows);
    context.out() << tr("%n voucher(s).", nullptr, int(rows.size())) << u'\n';
    for (const Voucher& voucher : vouchers) {
        if (!voucher.isDead() && !voucher.pushRefusal().isEmpty()) {
            context.out() << tr("Never put on the router: %1: %2").arg(voucher.code, voucher.pushRefusal()) << u'\n';
        }
    }
    return ExitCode::Success;
}

VouchersPushCommand::VouchersPushCommand()
    : Command(u"vouchers push"_s,
              tr("Put new vouchers on the router as hotspot users (safe to run again after a failure)."))
{ }

void VouchersPushCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"batch"_s, tr("Only this batch."), u"id"_s});
    LocalData::addDatabaseOption(parser);
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int VouchersPushCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    VoucherStore::Filter filter;
    filter.status = Voucher::Status::New;
    if (!batchOption(context, parser, &filter.batchId)) {
        return ExitCode::BadInput;
    }
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    const QList<Voucher> vouchers = VoucherStore(&data.database()).list(filter);
    const bool json = JsonOutput::wanted(parser);
    QJsonObject result {{u"success"_s, true}};
    if (vouchers.isEmpty()) {
        if (json) {
            result.insert(u"pushed"_s, 0);
            JsonOutput::print(context, result);
        } else {
            context.out() << tr("No new vouchers to push.") << u'\n';
        }
        return ExitCode::Success;
    }
    const int code = pushVouchers(context, parser, data, vouchers, json, &result);
    if (json) {
        result.insert(u"success"_s, code == ExitCode::Success);
        JsonOutput::print(context, result);
    }
    return code;
}

namespace
{
// Revoke and unlock reach every router the voucher is on, unless --router, --host or --demo names one.
bool everyRouter(CliContext& context, const QCommandLineParser& parser)
{
    return !parser.isSet(u"router"_s) && !parser.isSet(u"host"_s) && !parser.isSet(u"demo"_s)
        && context.env(u"PISONET_ROUTER_HOST"_s).trimmed().isEmpty() && context.settings().routers().size() > 1;
}

// Shared by revoke, unlock and activate: runs a VoucherManager action and prints its outcome.
// allRouters: a session for every router set up, each opened without waiting (one that is down
// fails its own part only); else the one router the options name.
int runVoucherAction(CliContext& context,
                     const QCommandLineParser& parser,
                     bool allRouters,
                     const std::function<void(VoucherManager&, VoucherManager::Callback)>& action)
{
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    std::vector<std::unique_ptr<RouterSession>> sessions;
    QList<VoucherManager::Router> routers;
    if (allRouters) {
        for (const RouterConfig& config : context.settings().routers()) {
            auto session = std::make_unique<RouterSession>();
            if (const int code = session->configure(context, parser, config.name); code != ExitCode::Success) {
                return code;
            }
            session->connection().open();
            routers.append({config.name, &session->client()});
            sessions.push_back(std::move(session));
        }
    } else {
        sessions.push_back(std::make_unique<RouterSession>());
        if (const int code = sessions.front()->start(context, parser); code != ExitCode::Success) {
            return code;
        }
        routers.append({QString(), &sessions.front()->client()});
    }
    VoucherStore store(&data.database());
    VoucherManager manager(routers, &store);
    manager.setEventLog(&data.events());
    const auto outcome = RouterSession::awaitResult<VoucherManager::Outcome>(
        [&](VoucherManager::Callback done) { action(manager, done); });
    if (outcome.badInput) {
        context.err() << tr("error: %1").arg(outcome.message) << u'\n';
        return ExitCode::BadInput;
    }
    if (JsonOutput::wanted(parser)) {
        QJsonObject result {{u"success"_s, !outcome.error.isError()}, {u"message"_s, outcome.message}};
        if (outcome.error.isError()) {
            result.insert(u"error"_s, outcome.message);
        }
        if (!outcome.routers.isEmpty()) {
            result.insert(u"routers"_s, VoucherJson::routerOutcomes(outcome.routers));
        }
        JsonOutput::print(context, result);
    }
    if (outcome.error.isError()) {
        // Which router failed is in the message; the exit code says a link problem (2) or a refusal (3).
        return RouterSession::report(context,
                                     ApiError(outcome.error.kind(), outcome.message, outcome.error.category()));
    }
    if (!JsonOutput::wanted(parser)) {
        context.out() << outcome.message << u'\n';
    }
    return ExitCode::Success;
}

QString singleCode(CliContext& context, const QCommandLineParser& parser)
{
    return Command::onlyArgument(context, parser, tr("give exactly one voucher code")).value_or(QString()).toUpper();
}
} // namespace

VouchersRevokeCommand::VouchersRevokeCommand()
    : Command(u"vouchers revoke"_s,
              tr("Withdraw a voucher: remove it from every router it is on (or the one --router names) and end its "
                 "sessions."))
{ }

void VouchersRevokeCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"CODE"_s, tr("The voucher code."));
    LocalData::addDatabaseOption(parser);
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int VouchersRevokeCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const QString code = singleCode(context, parser);
    if (code.isEmpty()) {
        return ExitCode::BadInput;
    }
    return runVoucherAction(
        context, parser, everyRouter(context, parser),
        [&](VoucherManager& manager, VoucherManager::Callback done) { manager.revoke(code, nullptr, done); });
}

VouchersActivateCommand::VouchersActivateCommand()
    : Command(u"vouchers activate"_s, tr("Log a device that waits at the hotspot login page in with a voucher."))
{ }

void VouchersActivateCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"CODE"_s, tr("The voucher code."));
    parser.addOption({u"mac"_s, tr("The waiting device's MAC address."), u"MAC"_s});
    LocalData::addDatabaseOption(parser);
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int VouchersActivateCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const QString code = singleCode(context, parser);
    if (code.isEmpty()) {
        return ExitCode::BadInput;
    }
    if (!parser.isSet(u"mac"_s)) {
        context.err() << tr("error: give the device with --mac") << u'\n';
        return ExitCode::BadInput;
    }
    QString macError;
    if (!MacAddress::parse(parser.value(u"mac"_s), &macError)) {
        context.err() << tr("error: %1").arg(macError) << u'\n';
        return ExitCode::BadInput;
    }
    // The device waits at one router: the one --router names, else the first (as every router command).
    return runVoucherAction(context, parser, false, [&](VoucherManager& manager, VoucherManager::Callback done) {
        manager.activateForDevice(code, parser.value(u"mac"_s), nullptr, done);
    });
}

VouchersShowCommand::VouchersShowCommand()
    : Command(u"vouchers show"_s, tr("Show one voucher and every device that used it (phones may change their MAC)."))
{ }

void VouchersShowCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"CODE"_s, tr("The voucher code."));
    LocalData::addDatabaseOption(parser);
    JsonOutput::addOption(parser);
}

int VouchersShowCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const QString code = singleCode(context, parser);
    if (code.isEmpty()) {
        return ExitCode::BadInput;
    }
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    VoucherStore store(&data.database());
    const auto voucher = store.find(code);
    if (!voucher) {
        context.err() << tr("error: no voucher with code %1").arg(code) << u'\n';
        return ExitCode::BadInput;
    }
    const QList<VoucherStore::Device> devices = store.devices({voucher->code}).value(voucher->code);
    if (JsonOutput::wanted(parser)) {
        QJsonObject object = voucherJson(*voucher);
        VoucherJson::addDevices(object, *voucher, devices);
        JsonOutput::print(context, QJsonObject {{u"success"_s, true}, {u"voucher"_s, object}});
        return ExitCode::Success;
    }
    QTextStream& out = context.out();
    out << tr("Voucher %1: %2, %3, %4, %5")
               .arg(voucher->code, voucher->profile, voucher->validity, voucher->limit().toDisplay(),
                    Voucher::statusName(voucher->status))
        << u'\n';
    if (voucher->lockDevice) {
        out << (voucher->lockedMac.isEmpty()
                    ? tr("Locked to the first device that uses it; not bound now.")
                    : tr("Bound to device %1 (vouchers unlock %2 frees it).").arg(voucher->lockedMac, voucher->code))
            << u'\n';
    }
    if (devices.isEmpty()) {
        out << tr("Not used by any device yet.") << u'\n';
        return ExitCode::Success;
    }
    QList<QStringList> rows;
    for (const VoucherStore::Device& device : devices) {
        const auto mac = MacAddress::parse(device.mac);
        rows.append({device.firstSeen.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s), device.mac, device.ip,
                     mac && mac->isRandomised() ? tr("private (random)") : QString()});
    }
    TrafficReport::printTable(out, {tr("FIRST SEEN"), tr("MAC"), tr("IP"), tr("MAC KIND")}, rows);
    return ExitCode::Success;
}

VouchersUnlockCommand::VouchersUnlockCommand()
    : Command(u"vouchers unlock"_s,
              tr("Free a voucher bound to its first device (profile \"lock_device\") so another device can use it."))
{ }

void VouchersUnlockCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"CODE"_s, tr("The voucher code."));
    LocalData::addDatabaseOption(parser);
    RouterSession::addOptions(parser);
    JsonOutput::addOption(parser);
}

int VouchersUnlockCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const QString code = singleCode(context, parser);
    if (code.isEmpty()) {
        return ExitCode::BadInput;
    }
    return runVoucherAction(
        context, parser, everyRouter(context, parser),
        [&](VoucherManager& manager, VoucherManager::Callback done) { manager.unlock(code, u"cli"_s, nullptr, done); });
}

VouchersPrintCommand::VouchersPrintCommand()
    : Command(u"vouchers print"_s, tr("Print voucher cards with QR codes to a PDF file."))
{ }

void VouchersPrintCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption({u"pdf"_s, tr("The PDF file to write."), u"file"_s});
    parser.addOption({u"batch"_s, tr("Only this batch (default: every voucher not used yet)."), u"id"_s});
    parser.addOption(
        {u"hotspot-dns"_s, tr("The hotspot's DNS name for the QR login link (or PISONET_HOTSPOT_DNS)."), u"name"_s});
    parser.addOption({u"shop"_s, tr("Shop name on the cards."), u"name"_s});
    parser.addOption({u"paper"_s,
                      tr("a4 (cards on A4 sheets, the default), 58mm or 80mm (tickets for a thermal roll printer)."),
                      u"paper"_s, u"a4"_s});
    LocalData::addDatabaseOption(parser);
}

int VouchersPrintCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    if (!parser.isSet(u"pdf"_s)) {
        context.err() << tr("error: give the file to write with --pdf FILE") << u'\n';
        return ExitCode::BadInput;
    }
    const auto paper = VoucherSheet::paperFromName(parser.value(u"paper"_s));
    if (!paper) {
        context.err() << tr("error: --paper is one of %1, not \"%2\"")
                             .arg(VoucherSheet::paperNames().join(u", "_s), parser.value(u"paper"_s))
                      << u'\n';
        return ExitCode::BadInput;
    }
    VoucherStore::Filter filter;
    if (!batchOption(context, parser, &filter.batchId)) {
        return ExitCode::BadInput;
    }
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    QList<Voucher> vouchers = VoucherStore(&data.database()).list(filter);
    if (filter.batchId == 0) {
        vouchers.removeIf(
            [](const Voucher& v) { return v.status != Voucher::Status::New && v.status != Voucher::Status::Pushed; });
    }
    // A batch's used-up and revoked codes are never printed either (as in the window).
    const qsizetype dead = vouchers.removeIf([](const Voucher& v) { return v.isDead(); });
    std::sort(vouchers.begin(), vouchers.end(), [](const Voucher& a, const Voucher& b) { return a.code < b.code; });
    VoucherSheet::Options options;
    options.paper = *paper;
    const QString dns
        = parser.isSet(u"hotspot-dns"_s) ? parser.value(u"hotspot-dns"_s) : context.env(u"PISONET_HOTSPOT_DNS"_s);
    if (!dns.isEmpty()) {
        options.hotspotDnsName = dns;
    }
    if (parser.isSet(u"shop"_s)) {
        options.shopName = parser.value(u"shop"_s);
    }
    QString error;
    if (!VoucherSheet(options).writePdf(vouchers, parser.value(u"pdf"_s), &error)) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return ExitCode::BadInput;
    }
    context.out() << tr("%n voucher(s) written to %1.", nullptr, int(vouchers.size()))
                         .arg(QDir::toNativeSeparators(parser.value(u"pdf"_s)))
                  << u'\n';
    if (dead > 0) {
        context.out() << tr("%n used-up or revoked code(s) left out.", nullptr, int(dead)) << u'\n';
    }
    return ExitCode::Success;
}
