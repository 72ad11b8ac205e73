// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/bandwidthcommands.h"

#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/jsonoutput.h"
#include "cli/localdata.h"
#include "cli/routersession.h"
#include "core/util/userinput.h"
#include "core/vouchers/vouchertracker.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("BandwidthCommands", text);
}

QString statusName(BandwidthController::Outcome::Status status)
{
    using Status = BandwidthController::Outcome::Status;
    switch (status) {
    case Status::Changed:
        return u"changed"_s;
    case Status::Unchanged:
        return u"unchanged"_s;
    case Status::Remembered:
        return u"remembered"_s;
    case Status::BadInput:
        return u"bad-input"_s;
    case Status::RouterError:
        return u"router-error"_s;
    case Status::DatabaseError:
        return u"database-error"_s;
    }
    return {};
}

// The one positional argument, a MAC address; prints why and returns nullopt when it is not.
std::optional<MacAddress> macArgument(CliContext& context, const QCommandLineParser& parser, const QString& example)
{
    const auto given = Command::onlyArgument(context, parser, tr("give exactly one MAC address, e.g. %1").arg(example));
    if (!given) {
        return std::nullopt;
    }
    QString error;
    const auto mac = MacAddress::parse(*given, &error);
    if (!mac) {
        context.err() << tr("error: %1").arg(error) << u'\n';
    }
    return mac;
}

// Connects, runs one operator action on the router and prints its outcome; returns the exit code.
// keepWhenUnreachable: a router that cannot be reached now does not stop the action (a remembered
// limit is kept for when it is back).
template <typename Action>
int runBandwidthAction(
    CliContext& context, const QCommandLineParser& parser, LocalData& data, bool keepWhenUnreachable, Action action)
{
    RouterSession session;
    if (keepWhenUnreachable) {
        if (const int code = session.configure(context, parser); code != ExitCode::Success) {
            return code;
        }
        session.connection().open();
        RouterSession::waitUntil([&] {
            return session.connection().isReady() || session.connection().state() == RouterConnection::State::Failed;
        });
    } else if (const int code = session.start(context, parser); code != ExitCode::Success) {
        return code;
    }
    BandwidthController controller(&session.client(), data.operatorLimits());
    controller.setEventLog(&data.events());
    VoucherStore vouchers(&data.database());
    controller.setVoucherLimitSource(VoucherTracker::storeLimits(&vouchers));
    const auto outcome = RouterSession::awaitResult<BandwidthController::Outcome>(
        [&](BandwidthController::OutcomeCallback done) { action(controller, done); });
    return BandwidthAction::printOutcome(context, session, outcome, JsonOutput::wanted(parser));
}
} // namespace

int BandwidthAction::printOutcome(CliContext& context,
                                  const RouterSession& session,
                                  const BandwidthController::Outcome& outcome,
                                  bool json)
{
    using Status = BandwidthController::Outcome::Status;
    if (outcome.status == Status::RouterError && outcome.error.isError()) {
        return session.fail(context, ApiError(outcome.error.kind(), outcome.message, outcome.error.category()));
    }
    if (!outcome.ok()) {
        // Bad input (nothing changed), or the local database could not save what the router now has.
        context.err() << tr("error: %1").arg(outcome.message) << u'\n';
        if (json) {
            JsonOutput::printError(context, outcome.message);
        }
        // A database that cannot be written is the operator's side, not the router's: exit 1.
        return outcome.status == Status::RouterError ? ExitCode::RouterProblem : ExitCode::BadInput;
    }
    if (json) {
        QJsonArray actions;
        for (const QueueAction& action : outcome.actions) {
            actions.append(action.describe());
        }
        JsonOutput::print(context,
                          QJsonObject {{u"success"_s, true},
                                       {u"status"_s, statusName(outcome.status)},
                                       {u"changed"_s, outcome.status != Status::Unchanged},
                                       {u"message"_s, outcome.message},
                                       {u"actions"_s, actions}});
    } else {
        context.out() << outcome.message << u'\n';
    }
    return ExitCode::Success;
}

SetBandwidthCommand::SetBandwidthCommand()
    : Command(u"set-bandwidth"_s, tr("Limit a device's speed (a pisonet-<MAC> simple queue)."))
{ }

void SetBandwidthCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"MAC"_s, tr("The device, e.g. AA:BB:CC:DD:EE:FF."));
    parser.addOption({u"upload"_s, tr("Upload limit, e.g. 512k or 1M (bits/s)."), u"rate"_s});
    parser.addOption({u"download"_s, tr("Download limit, e.g. 1M or 2M (bits/s)."), u"rate"_s});
    parser.addOption({u"profile"_s, tr("Use the rates of a profile from profiles.json, e.g. BASIC."), u"name"_s});
    parser.addOption({u"remember"_s, tr("If the device is not online now, apply the limit when it logs in.")});
    parser.addOption({u"remember-for-code"_s,
                      tr("Keep the limit for the voucher code the device is logged in with: it follows the code to "
                         "any device (a phone that changes its MAC).")});
    RouterSession::addOptions(parser);
    LocalData::addDatabaseOption(parser);
    LocalData::addProfilesOption(parser);
    JsonOutput::addOption(parser);
}

int SetBandwidthCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    // Every input is checked before anything touches the router or the database.
    const auto mac = macArgument(context, parser,
                                 u"pisonet-cli set-bandwidth AA:BB:CC:DD:EE:FF --upload 1M "
                                 "--download 2M"_s);
    if (!mac) {
        return ExitCode::BadInput;
    }
    const bool byProfile = parser.isSet(u"profile"_s);
    const bool byRates = parser.isSet(u"upload"_s) || parser.isSet(u"download"_s);
    if (byProfile == byRates) {
        context.err() << tr("error: give either --upload and --download, or --profile") << u'\n';
        return ExitCode::BadInput;
    }
    LocalData data;
    BandwidthLimit limit;
    if (byProfile) {
        if (!data.loadProfiles(context, parser)) {
            return ExitCode::BadInput;
        }
        const auto profile = data.profiles().find(parser.value(u"profile"_s));
        if (!profile) {
            context.err() << tr("error: no profile %1 (profiles: %2)")
                                 .arg(UserInput::quote(parser.value(u"profile"_s)),
                                      data.profiles().names().join(u", "_s))
                          << u'\n';
            return ExitCode::BadInput;
        }
        limit = profile->limit();
    } else {
        if (!parser.isSet(u"upload"_s) || !parser.isSet(u"download"_s)) {
            context.err() << tr("error: give both --upload and --download (0 means no limit)") << u'\n';
            return ExitCode::BadInput;
        }
        QString error;
        const auto upload = RateLimit::parse(parser.value(u"upload"_s), tr("upload rate"), &error);
        const auto download
            = upload ? RateLimit::parse(parser.value(u"download"_s), tr("download rate"), &error) : std::nullopt;
        if (!upload || !download) {
            context.err() << tr("error: %1").arg(error) << u'\n';
            return ExitCode::BadInput;
        }
        limit = {*upload, *download};
    }
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    BandwidthController::ChangeRequest request;
    request.remember = parser.isSet(u"remember"_s);
    request.rememberForCode = parser.isSet(u"remember-for-code"_s);
    request.origin = u"cli"_s;
    return runBandwidthAction(context, parser, data, request.remember, [&](BandwidthController& controller, auto done) {
        controller.setLimit(*mac, limit, request, nullptr, done);
    });
}

RemoveBandwidthCommand::RemoveBandwidthCommand()
    : Command(u"remove-bandwidth"_s, tr("Remove a device's speed limit (its pisonet-<MAC> queue)."))
{ }

void RemoveBandwidthCommand::addOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"MAC"_s, tr("The device, e.g. AA:BB:CC:DD:EE:FF."));
    RouterSession::addOptions(parser);
    LocalData::addDatabaseOption(parser);
    JsonOutput::addOption(parser);
}

int RemoveBandwidthCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    const auto mac = macArgument(context, parser, u"pisonet-cli remove-bandwidth AA:BB:CC:DD:EE:FF"_s);
    if (!mac) {
        return ExitCode::BadInput;
    }
    LocalData data;
    if (!data.openDatabase(context, parser)) {
        return ExitCode::BadInput;
    }
    BandwidthController::ChangeRequest request;
    request.origin = u"cli"_s;
    return runBandwidthAction(context, parser, data, false, [&](BandwidthController& controller, auto done) {
        controller.removeLimit(*mac, request, nullptr, done);
    });
}
