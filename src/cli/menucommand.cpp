// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/menucommand.h"

#include "cli/bandwidthcommands.h"
#include "cli/clicontext.h"
#include "cli/exitcode.h"
#include "cli/localdata.h"
#include "cli/routersession.h"
#include "cli/trafficreport.h"
#include "core/bandwidth/bandwidthcontroller.h"
#include "core/routeros/routerduration.h"
#include "core/vouchers/vouchertracker.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("MenuCommand", text);
}

// End of input anywhere in the menu unwinds to the top and leaves.
struct EndOfInput
{ };

class Menu
{
    Q_DECLARE_TR_FUNCTIONS(Menu)
public:
    Menu(CliContext& context, RouterSession& session, LocalData& data)
        : m_context(context)
        , m_out(context.out())
        , m_session(session)
        , m_data(data)
        , m_controller(&session.client(), data.operatorLimits())
        , m_vouchers(&data.database())
    {
        m_controller.setEventLog(&data.events());
        m_controller.setVoucherLimitSource(VoucherTracker::storeLimits(&m_vouchers));
    }

    void run();

private:
    QString ask(const QString& prompt);
    int choose(const QString& title, const QStringList& options, bool zeroIsBack);
    bool confirm(const QString& question);
    // Empty line or 0: back (nullopt).
    std::optional<MacAddress> askMac();
    RateLimit askRate(const QString& field, const QString& example);
    bool connected();

    void routerStatus();
    void onlineUsers();
    void diagnostics();
    void bandwidthControl();
    void setLimit();
    void removeLimit();
    void queues();
    void settingsMenu();
    void showOutcome(const BandwidthController::Outcome& outcome);

    CliContext& m_context;
    QTextStream& m_out;
    RouterSession& m_session;
    LocalData& m_data;
    BandwidthController m_controller;
    VoucherStore m_vouchers;
    QList<UserTraffic> m_lastListed; // for choosing a user by number
};

QString Menu::ask(const QString& prompt)
{
    m_out << prompt;
    m_out.flush();
    QString line;
    if (!m_context.readLine(&line)) {
        m_out << u'\n';
        throw EndOfInput {};
    }
    return line.trimmed();
}

int Menu::choose(const QString& title, const QStringList& options, bool zeroIsBack)
{
    m_out << u'\n' << title << u'\n';
    for (qsizetype i = 0; i < options.size(); ++i) {
        m_out << u"  "_s << (i + 1) << u". "_s << options[i] << u'\n';
    }
    m_out << u"  0. "_s << (zeroIsBack ? tr("Back") : tr("Exit")) << u'\n';
    for (;;) {
        const QString answer = ask(tr("Choose 0-%1: ").arg(options.size()));
        bool ok = false;
        const int choice = answer.toInt(&ok);
        if (ok && choice >= 0 && choice <= options.size()) {
            return choice;
        }
        m_out << tr("Please type a number from 0 to %1.").arg(options.size()) << u'\n';
    }
}

bool Menu::confirm(const QString& question)
{
    for (;;) {
        const QString answer = ask(question + tr(" [y/N]: ")).toLower();
        if (answer.isEmpty() || answer == u"n"_s || answer == u"no"_s) {
            return false;
        }
        if (answer == u"y"_s || answer == u"yes"_s) {
            return true;
        }
        m_out << tr("Please answer y or n.") << u'\n';
    }
}

std::optional<MacAddress> Menu::askMac()
{
    for (;;) {
        const QString answer
            = ask(m_lastListed.isEmpty() ? tr("MAC address (e.g. AA:BB:CC:DD:EE:FF; Enter or 0 to go back): ")
                                         : tr("MAC address, or the user's # from the list (Enter or 0 to go back): "));
        if (answer.isEmpty() || answer == u"0"_s) {
            return std::nullopt;
        }
        bool isNumber = false;
        const int number = answer.toInt(&isNumber);
        if (isNumber && number >= 1 && number <= m_lastListed.size() && !m_lastListed[number - 1].mac.isNull()) {
            return m_lastListed[number - 1].mac;
        }
        QString error;
        if (const auto mac = MacAddress::parse(answer, &error)) {
            return *mac;
        }
        m_out << error << u'\n';
    }
}

RateLimit Menu::askRate(const QString& field, const QString& example)
{
    for (;;) {
        QString error;
        if (const auto rate
            = RateLimit::parse(ask(tr("%1 (e.g. %2, 0 = no limit): ").arg(field, example)), field, &error)) {
            return *rate;
        }
        m_out << error << u'\n';
    }
}

bool Menu::connected()
{
    if (m_session.ensureOpen(m_context) == ExitCode::Success) {
        return true;
    }
    m_out << tr("Cannot reach the router. Check Settings > Test Router Connection.") << u'\n';
    return false;
}

void Menu::run()
{
    const ConnectionSettings& settings = m_session.settings();
    m_out << tr("PisoNet Manager") << u" — "_s << settings.address()
          << (m_session.isDemo() ? tr(" (built-in demo router)") : QString()) << u'\n';
    try {
        for (;;) {
            switch (choose(
                tr("Main menu"),
                {tr("Online Users"), tr("Router Status"), tr("Diagnostics"), tr("Bandwidth Control"), tr("Settings")},
                false)) {
            case 0:
                m_out << tr("Bye.") << u'\n';
                return;
            case 1:
                onlineUsers();
                break;
            case 2:
                routerStatus();
                break;
            case 3:
                diagnostics();
                break;
            case 4:
                bandwidthControl();
                break;
            case 5:
                settingsMenu();
                break;
            }
        }
    } catch (const EndOfInput&) {
        m_out << tr("Bye.") << u'\n';
    }
}

void Menu::routerStatus()
{
    if (!connected()) {
        return;
    }
    const auto info
        = RouterSession::await<RouterInfo>([&](auto callback) { m_session.client().fetchInfo(nullptr, callback); });
    if (!info.ok()) {
        RouterSession::report(m_context, info.error);
        return;
    }
    m_out << tr("Router:   %1 (%2)").arg(info.value.identity, m_session.settings().address()) << u'\n'
          << tr("RouterOS: %1").arg(info.value.version) << u'\n' << tr("Board:    %1").arg(info.value.boardName)
          << u'\n' << tr("Uptime:   %1").arg(RouterDuration::format(info.value.uptimeSeconds)) << u'\n';
}

void Menu::onlineUsers()
{
    if (!connected()) {
        return;
    }
    const RouterReply<TrafficSnapshot> snapshot = m_session.takeSnapshot(true);
    if (!snapshot.ok()) {
        RouterSession::report(m_context, snapshot.error);
        return;
    }
    m_lastListed = snapshot.value.users;
    TrafficReport::printUsers(m_out, snapshot.value, true);
}

void Menu::diagnostics()
{
    if (!connected()) {
        return;
    }
    const auto findings
        = RouterSession::await<QList<Diagnostic>>([&](auto callback) { m_controller.diagnose(nullptr, callback); });
    if (!findings.ok()) {
        RouterSession::report(m_context, findings.error);
        return;
    }
    TrafficReport::printDiagnostics(m_out, findings.value);
}

void Menu::bandwidthControl()
{
    for (;;) {
        switch (choose(
            tr("Bandwidth Control"),
            {tr("View users with traffic stats"), tr("Set a limit"), tr("Remove a limit"), tr("View all queues")},
            true)) {
        case 0:
            return;
        case 1:
            onlineUsers();
            break;
        case 2:
            setLimit();
            break;
        case 3:
            removeLimit();
            break;
        case 4:
            queues();
            break;
        }
    }
}

void Menu::setLimit()
{
    const auto chosen = askMac();
    if (!chosen) {
        return;
    }
    const MacAddress mac = *chosen;
    QStringList presets;
    for (const Profile& profile : m_data.profiles().profiles()) {
        presets.append(u"%1 — %2"_s.arg(profile.name, profile.limit().toDisplay()));
    }
    presets.append(tr("Custom rates"));
    const int choice = choose(tr("Speed for %1").arg(mac.toString()), presets, true);
    if (choice == 0) {
        return;
    }
    BandwidthLimit limit;
    if (choice <= m_data.profiles().profiles().size()) {
        limit = m_data.profiles().profiles().at(choice - 1).limit();
    } else {
        limit.upload = askRate(tr("Upload"), u"512k"_s);
        limit.download = askRate(tr("Download"), u"2M"_s);
    }
    if (!confirm(tr("Limit %1 to %2?").arg(mac.toString(), limit.toDisplay()))) {
        m_out << tr("Nothing changed.") << u'\n';
        return;
    }
    if (!connected()) {
        return;
    }
    auto run = [&](bool remember) {
        return RouterSession::awaitResult<BandwidthController::Outcome>([&](BandwidthController::OutcomeCallback done) {
            BandwidthController::ChangeRequest request;
            request.remember = remember;
            request.origin = u"cli menu"_s;
            m_controller.setLimit(mac, limit, request, nullptr, done);
        });
    };
    BandwidthController::Outcome outcome = run(false);
    if (outcome.status == BandwidthController::Outcome::Status::BadInput
        && confirm(tr("%1 is not online. Apply the limit when it logs in?").arg(mac.toString()))) {
        outcome = run(true);
    }
    showOutcome(outcome);
}

void Menu::removeLimit()
{
    const auto chosen = askMac();
    if (!chosen) {
        return;
    }
    const MacAddress mac = *chosen;
    if (!confirm(tr("Remove the limit of %1?").arg(mac.toString()))) {
        m_out << tr("Nothing changed.") << u'\n';
        return;
    }
    if (!connected()) {
        return;
    }
    const auto outcome
        = RouterSession::awaitResult<BandwidthController::Outcome>([&](BandwidthController::OutcomeCallback done) {
              BandwidthController::ChangeRequest request;
              request.origin = u"cli menu"_s;
              m_controller.removeLimit(mac, request, nullptr, done);
          });
    showOutcome(outcome);
}

void Menu::showOutcome(const BandwidthController::Outcome& outcome)
{
    if (outcome.ok()) {
        m_out << outcome.message << u'\n';
    } else {
        m_out << tr("Not done: %1").arg(outcome.message) << u'\n';
    }
}

void Menu::queues()
{
    if (!connected()) {
        return;
    }
    const auto queues = RouterSession::await<QList<SimpleQueue>>(
        [&](auto callback) { m_session.client().fetchSimpleQueues(nullptr, callback); });
    if (!queues.ok()) {
        RouterSession::report(m_context, queues.error);
        return;
    }
    TrafficReport::printQueues(m_out, queues.value);
}

void Menu::settingsMenu()
{
    for (;;) {
        switch (choose(tr("Settings"), {tr("Test Router Connection"), tr("Show connection settings")}, true)) {
        case 0:
            return;
        case 1:
            m_session.connection().close();
            if (m_session.open(m_context) == ExitCode::Success) {
                m_out << tr("Connected and logged in.") << u'\n';
                routerStatus();
            } else {
                m_out << tr("Check the address, the API service (/ip service enable api) and the user's "
                            "api/read/write policies.")
                      << u'\n';
            }
            break;
        case 2: {
            const ConnectionSettings& settings = m_session.settings();
            m_out << tr("Router:   %1").arg(settings.address()) << (m_session.isDemo() ? tr(" (demo)") : QString())
                  << u'\n' << tr("User:     %1").arg(settings.user) << u'\n'
                  << tr("Password: %1").arg(settings.password.isEmpty() ? tr("not set") : tr("set (hidden)")) << u'\n'
                  << tr("API-SSL:  %1").arg(settings.tls ? tr("on") : tr("off")) << u'\n'
                  << tr("Change them with --host/--port/--user/--tls or PISONET_ROUTER_HOST, PISONET_ROUTER_PORT, "
                        "PISONET_ROUTER_USER, PISONET_ROUTER_PASSWORD.")
                  << u'\n';
            break;
        }
        }
    }
}
} // namespace

MenuCommand::MenuCommand()
    : Command(u"menu"_s, tr("Interactive menu (the default on a terminal)."))
{ }

void MenuCommand::addOptions(QCommandLineParser& parser)
{
    RouterSession::addOptions(parser);
    LocalData::addDatabaseOption(parser);
    LocalData::addProfilesOption(parser);
}

int MenuCommand::execute(CliContext& context, QCommandLineParser& parser)
{
    LocalData data;
    if (!data.openDatabase(context, parser) || !data.loadProfiles(context, parser)) {
        return ExitCode::BadInput;
    }
    RouterSession session;
    if (const int code = session.configure(context, parser); code != ExitCode::Success) {
        return code;
    }
    session.open(context); // a router that is down now still gets the menu (and Settings to test it)
    Menu menu(context, session, data);
    menu.run();
    return ExitCode::Success;
}
