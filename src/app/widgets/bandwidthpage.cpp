// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/bandwidthpage.h"

#include "app/appengine.h"
#include "app/charts/trafficchart.h"
#include "app/dialogs/setlimitdialog.h"
#include "app/messagebox.h"
#include "app/models/usertrafficmodel.h"
#include "app/widgets/messagebar.h"
#include "app/widgets/routercombo.h"
#include "core/bandwidth/routerdiagnostics.h"
#include "core/settings/appsettings.h"
#include "core/traffic/trafficformat.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BandwidthPage::BandwidthPage(AppEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new UserTrafficModel(this))
    , m_filter(new UserFilterModel(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_routerFilter(new RouterCombo(engine, tr("All routers"), this))
    , m_refresh(new QPushButton(tr("&Refresh now"), this))
    , m_summary(new QLabel(this))
    , m_countdown(new QLabel(this))
    , m_totalChart(new TrafficChart(tr("All users"), this))
    , m_userChart(new TrafficChart(tr("Selected user"), this))
    , m_tick(new QTimer(this))
    , m_messages(new MessageBar(this))
    , m_diagnostics(new MessageBar(this))
    , m_routerCheck(new QTimer(this))
    , m_setLimit(new QPushButton(tr("Set &limit…"), this))
    , m_removeLimit(new QPushButton(tr("Re&move limit"), this))
{
    m_summaryData.resize(engine->routerCount());
    m_findings.resize(engine->routerCount());
    m_filter->setSourceModel(m_model);
    m_table->setObjectName(u"usersTableView"_s);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    // A stable order by default (the voucher code): rows do not move under the pointer with every
    // refresh, as they would sorted by live speed.
    m_table->sortByColumn(UserTrafficModel::User, Qt::AscendingOrder);
    m_table->setMouseTracking(true);
    m_table->viewport()->installEventFilter(this);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &BandwidthPage::showColumnChooser);
    // A small shop screen (1024×600, 1366×768) shows who, the speeds, the limit and the time left
    // without scrolling sideways; the rest is a right-click on the header away.
    if (const QScreen* screen = QGuiApplication::primaryScreen();
        screen != nullptr && screen->availableGeometry().width() < 1400) {
        for (int column : {UserTrafficModel::Ip, UserTrafficModel::Downloaded, UserTrafficModel::Uploaded,
                           UserTrafficModel::Uptime, UserTrafficModel::DataLeft}) {
            m_table->setColumnHidden(column, true);
        }
    }
    // Which router a customer is on matters only when there are several; then it comes first.
    m_table->setColumnHidden(UserTrafficModel::Router, !m_routerFilter->isShared());
    if (m_routerFilter->isShared()) {
        QHeaderView* header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(UserTrafficModel::Router), 0);
    }
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Online users"));
    m_search->setObjectName(u"searchLineEdit"_s);
    m_search->setPlaceholderText(tr("Search voucher code, MAC or IP"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 48);
    m_search->setAccessibleName(tr("Search users"));
    m_routerFilter->setObjectName(u"routerFilterCombo"_s);
    m_routerFilter->setAccessibleName(tr("Show the users of"));
    m_refresh->setObjectName(u"refreshButton"_s);
    m_countdown->setObjectName(u"countdownLabel"_s);
    // A fixed width, so the buttons beside it do not move every second.
    {
        const QFontMetrics metrics(m_countdown->font());
        int widest = 0;
        for (const QString& sample :
             {tr("Updated %1 · next in %2 s").arg(u"00:00:00"_s, u"300"_s), tr("Reconnecting in %1 s").arg(u"30"_s),
              tr("Not connected · not retrying"), tr("Refreshing…"), tr("Connecting…")}) {
            widest = std::max(widest, metrics.horizontalAdvance(sample));
        }
        m_countdown->setFixedWidth(widest + 8);
        m_countdown->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }

    QPushButton* setLimit = m_setLimit;
    setLimit->setObjectName(u"setLimitButton"_s);
    QPushButton* removeLimit = m_removeLimit;
    removeLimit->setObjectName(u"removeLimitButton"_s);

    // The search box keeps the width of its hint even at 1024 px (in Filipino too): the countdown
    // and Refresh now sit on the summary line below it.
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_routerFilter);
    bar->addWidget(setLimit);
    bar->addWidget(removeLimit);
    auto* summary = new QHBoxLayout;
    summary->addWidget(m_summary, 1);
    summary->addWidget(m_countdown);
    summary->addWidget(m_refresh);

    auto* charts = new QWidget(this);
    auto* chartLayout = new QHBoxLayout(charts);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->addWidget(m_totalChart);
    chartLayout->addWidget(m_userChart);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_diagnostics);
    layout->addWidget(m_messages);
    layout->addLayout(bar);
    layout->addLayout(summary);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &UserFilterModel::setSearch);
    connect(m_search, &QLineEdit::textChanged, this, &BandwidthPage::updateSummary);
    connect(m_routerFilter, &RouterCombo::routerPicked, this, [this] {
        m_filter->setRouter(m_routerFilter->routerName());
        updateSummary();
        updateCharts();
        updateCountdown();
    });
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        for (int router : shownRouters()) {
            m_engine->routers().loop(router).monitor().refreshNow();
        }
    });
    connect(setLimit, &QPushButton::clicked, this, &BandwidthPage::setLimitForSelected);
    connect(removeLimit, &QPushButton::clicked, this, &BandwidthPage::removeLimitForSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BandwidthPage::updateCharts);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &BandwidthPage::updateActions);
    for (int i = 0; i < engine->routerCount(); ++i) {
        ControlLoop& loop = engine->routers().loop(i);
        connect(&loop, &ControlLoop::refreshed, this,
                [this, i](const TrafficSnapshot& snapshot) { applySnapshot(i, snapshot); });
        connect(&loop, &ControlLoop::limitsAdopted, this, [this](const QStringList& names, bool first) {
            if (first) {
                m_messages->showMessage(MessageBar::Kind::Information,
                                        tr("%n speed limit(s) made elsewhere (another program, PC or an earlier "
                                           "install) were found and kept as they are, until those customers leave. "
                                           "The Logs page says which.",
                                           nullptr, int(names.size())));
            }
        });
        connect(&engine->routers().connection(i), &RouterConnection::ready, this, &BandwidthPage::checkRouter);
    }
    connect(m_table, &QTableView::doubleClicked, this, &BandwidthPage::setLimitForSelected);
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        const UserTraffic* user = selectedUser();
        if (user == nullptr) {
            return;
        }
        // Not exec(): the refresh keeps running while the menu is open. Every action reads the
        // selected row when it is chosen.
        auto* menu = new QMenu(this);
        m_menu = menu;
        menu->setAttribute(Qt::WA_DeleteOnClose);
        connect(menu, &QMenu::aboutToHide, this, [this] { m_pointerLeftMs = QDateTime::currentMSecsSinceEpoch(); });
        menu->setObjectName(u"userContextMenu"_s);
        menu->addAction(tr("Set limit…"), this, &BandwidthPage::setLimitForSelected);
        QAction* remove = menu->addAction(tr("Remove limit"), this, &BandwidthPage::removeLimitForSelected);
        remove->setEnabled(user->limit.has_value());
        menu->addSeparator();
        menu->addAction(tr("Kick user"), this, &BandwidthPage::kickSelected);
        menu->addAction(tr("Copy MAC"), this, &BandwidthPage::copySelectedMac);
        menu->popup(m_table->viewport()->mapToGlobal(at));
    });
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &BandwidthPage::updateCountdown);
    connect(m_tick, &QTimer::timeout, this, &BandwidthPage::updateSortFreeze);
    m_tick->start();
    m_diagnostics->setObjectName(u"diagnosticsBar"_s);
    m_diagnostics->setRichText(true);
    m_routerCheck->setInterval(5 * 60 * 1000);
    connect(m_routerCheck, &QTimer::timeout, this, &BandwidthPage::checkRouter);
    m_routerCheck->start();
    // Made again while the routers run (the routers changed in Settings): what they have now.
    for (int i = 0; i < engine->routerCount(); ++i) {
        if (const TrafficSnapshot& now = engine->routers().loop(i).monitor().snapshot(); now.sequence > 0) {
            applySnapshot(i, now);
        }
    }
    updateCharts();
    updateActions();
}

void BandwidthPage::setColumnsRestored()
{
    m_columnsSized = true;
    const bool wasHidden = m_table->isColumnHidden(UserTrafficModel::Router);
    m_table->setColumnHidden(UserTrafficModel::Router, !m_routerFilter->isShared());
    if (m_routerFilter->isShared() && wasHidden) {
        // Saved while there was one router (a router was just added): first, as on a fresh start.
        QHeaderView* header = m_table->horizontalHeader();
        header->moveSection(header->visualIndex(UserTrafficModel::Router), 0);
        m_table->resizeColumnToContents(UserTrafficModel::Router);
    }
}

void BandwidthPage::checkRouter()
{
    for (int i = 0; i < m_engine->routerCount(); ++i) {
        if (m_engine->routers().connection(i).state() != RouterConnection::State::Ready
            && m_engine->routerCount() > 1) {
            continue; // asked again when it connects
        }
        m_engine->routers().loop(i).bandwidth().diagnose(this, [this, i](const RouterReply<QList<Diagnostic>>& reply) {
            if (reply.ok()) {
                showFindings(i, reply.value);
            }
        });
    }
}

void BandwidthPage::showFindings(int router, const QList<Diagnostic>& findings)
{
    if (router < m_findings.size()) {
        m_findings[router] = findings;
    }
    const bool several = m_engine->routerCount() > 1;
    QStringList lines;
    const Diagnostic* fastTrack = nullptr;
    const Diagnostic* shadowing = nullptr;
    int fastTrackRouter = 0;
    for (int i = 0; i < m_findings.size(); ++i) {
        for (const Diagnostic& finding : std::as_const(m_findings[i])) {
            if (finding.severity == Diagnostic::Severity::Ok) {
                continue;
            }
            const QString where = several ? m_engine->routers().name(i).toHtmlEscaped() + u": "_s : QString();
            lines.append(u"• "_s + where + finding.message.toHtmlEscaped() + u"<br/>&nbsp;&nbsp;<i>"_s
                         + finding.fix.toHtmlEscaped() + u"</i>"_s);
            if (finding.code == u"fasttrack"_s && fastTrack == nullptr) {
                fastTrack = &finding;
                fastTrackRouter = i;
            } else if (finding.code == u"shadowing-queue"_s && shadowing == nullptr) {
                shadowing = &finding;
            }
        }
    }
    if (lines.isEmpty()) {
        m_diagnostics->hide();
        return;
    }
    const QString text = (several ? tr("<b>Speed limits may not work on some routers.</b>")
                                  : tr("<b>Speed limits may not work on this router.</b>"))
        + u"<br/>"_s + lines.join(u"<br/>"_s);
    if (fastTrack != nullptr) {
        m_diagnostics->showMessage(MessageBar::Kind::Warning, text, tr("Turn &FastTrack off…"),
                                   [this, router = m_engine->routers().name(fastTrackRouter),
                                    rule = fastTrack->subject] { turnFastTrackOff(router, rule); });
    } else if (shadowing != nullptr) {
        m_diagnostics->showMessage(MessageBar::Kind::Warning, text, tr("&Show me"),
                                   [this, name = shadowing->subject] { Q_EMIT queueRequested(name); });
    } else {
        m_diagnostics->showMessage(MessageBar::Kind::Warning, text);
    }
}

void BandwidthPage::turnFastTrackOff(const QString& router, const QString& ruleId)
{
    MessageBox::ask(
        this, tr("Turn FastTrack off"),
        tr("Disable the router's FastTrack rule %1? Speed limits then work for every customer; the "
           "router's processor does a little more work per connection. You can turn it on again in "
           "Winbox (IP > Firewall > Filter Rules).")
            .arg(ruleId),
        [this, router, ruleId] {
            const int index = routerNamed(router);
            if (index < 0) {
                return;
            }
            RouterClient& client = m_engine->routers().client(index);
            client.setFirewallFilterRuleDisabled(ruleId, true, this, [this, index, ruleId](const ApiError& error) {
                if (error.isError()) {
                    m_messages->showMessage(MessageBar::Kind::Error,
                                            tr("FastTrack is still on: %1").arg(error.message()));
                    return;
                }
                const QString line = tr("Router: disabled firewall filter rule %1 (FastTrack) (why: "
                                        "the operator asked, so speed limits work) [window]")
                                         .arg(ruleId);
                m_engine->log().info(
                    m_engine->routerCount() > 1 ? u'[' + m_engine->routers().name(index) + u"] "_s + line : line);
                m_messages->showMessage(MessageBar::Kind::Information, tr("FastTrack is off: speed limits now apply."));
                checkRouter();
            });
        });
}

void BandwidthPage::updateActions()
{
    const UserTraffic* user = selectedUser();
    m_setLimit->setEnabled(user != nullptr && !user->mac.isNull());
    m_removeLimit->setEnabled(user != nullptr && !user->mac.isNull() && user->limit.has_value());
}

const UserTraffic* BandwidthPage::selectedUser() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid() || !m_table->selectionModel()->isRowSelected(current.row(), {})) {
        return nullptr;
    }
    return m_model->user(m_filter->mapToSource(current).row());
}

int BandwidthPage::selectedRouter() const
{
    if (selectedUser() == nullptr) {
        return -1;
    }
    const QString name = m_model->router(m_filter->mapToSource(m_table->selectionModel()->currentIndex()).row());
    return std::max(0, m_engine->routers().indexOf(name));
}

int BandwidthPage::routerNamed(const QString& name)
{
    const int index = m_engine->routers().indexOf(name);
    if (index < 0) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("There is no router named %1 any more.").arg(name));
    }
    return index;
}

QList<int> BandwidthPage::shownRouters() const
{
    if (const int picked = m_routerFilter->routerIndex(); picked >= 0) {
        return {picked};
    }
    QList<int> all;
    for (int i = 0; i < m_engine->routerCount(); ++i) {
        all.append(i);
    }
    return all;
}

QString BandwidthPage::selectedMac() const
{
    const UserTraffic* user = selectedUser();
    return user != nullptr ? user->macString() : QString();
}

bool BandwidthPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport()) {
        switch (event->type()) {
        case QEvent::Enter:
        case QEvent::MouseMove:
        case QEvent::MouseButtonPress:
            if (!m_pointerInside) {
                m_pointerInside = true;
                updateSortFreeze();
            }
            break;
        case QEvent::Leave:
            m_pointerInside = false;
            m_pointerLeftMs = QDateTime::currentMSecsSinceEpoch();
            break;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BandwidthPage::updateSortFreeze()
{
    const bool recentlyPointed
        = m_pointerLeftMs >= 0 && QDateTime::currentMSecsSinceEpoch() - m_pointerLeftMs < SettleMs;
    const bool busy = m_pointerInside || recentlyPointed || !m_menu.isNull() || !m_dialog.isNull()
        || MessageBox::pending() != nullptr;
    m_filter->setSortingFrozen(busy);
}

void BandwidthPage::fitColumns()
{
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (header->isSectionHidden(column) || column == header->count() - 1) {
            continue; // the last section stretches
        }
        const int before = header->sectionSize(column);
        m_table->resizeColumnToContents(column); // contents or header, whichever is wider
        if (header->sectionSize(column) < before) {
            header->resizeSection(column, before); // never narrower than the operator made it
        }
    }
}

void BandwidthPage::showColumnChooser(const QPoint& at)
{
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setObjectName(u"columnsMenu"_s);
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        toggle->setEnabled(column != UserTrafficModel::User); // who it is stays visible
        connect(toggle, &QAction::toggled, this, [this, column](bool shown) {
            m_table->setColumnHidden(column, !shown);
            fitColumns();
        });
    }
    menu->popup(header->viewport()->mapToGlobal(at));
}

void BandwidthPage::applySnapshot(int router, const TrafficSnapshot& snapshot)
{
    updateSortFreeze(); // decided at the moment rows change, not up to a second later
    m_model->apply(snapshot, m_engine->routers().name(router));
    if (!snapshot.added.isEmpty() || (!m_columnsSized && m_model->rowCount() > 0)) {
        if (!m_columnsSized) {
            m_columnsSized = true;
        }
        fitColumns();
    }
    if (router < m_summaryData.size()) {
        m_summaryData[router]
            = {int(snapshot.users.size()), snapshot.totalRateDown, snapshot.totalRateUp, snapshot.stale,
               snapshot.staleReason,       snapshot.takenAt};
    }
    updateSummary();
    updateCharts();
    updateCountdown();
    updateActions();
}

void BandwidthPage::updateSummary()
{
    // The routers shown added up; old data only when every one of them is stale (the banner names
    // the routers that are down).
    Summary snapshot;
    snapshot.stale = true;
    for (int router : shownRouters()) {
        const Summary& one = m_summaryData.value(router);
        snapshot.online += one.online;
        if (!one.stale) {
            snapshot.totalRateDown += one.totalRateDown;
            snapshot.totalRateUp += one.totalRateUp;
            snapshot.stale = false;
        } else if (snapshot.stale && (!snapshot.takenAt.isValid() || one.takenAt > snapshot.takenAt)) {
            snapshot.staleReason = one.staleReason;
            snapshot.takenAt = one.takenAt;
        }
    }
    const int online = snapshot.online;
    if (!m_filter->search().isEmpty() && m_filter->rowCount() == 0 && online > 0) {
        m_summary->setText(
            tr("No customer matches \"%1\" (searched codes, MACs in any spelling, and IPs).").arg(m_filter->search()));
        return;
    }
    m_summary->setText(
        snapshot.stale
            ? tr("Showing the data of %1: %2")
                  .arg(QLocale().toString(snapshot.takenAt.toLocalTime().time(), QLocale::ShortFormat),
                       snapshot.staleReason)
            : tr("%n user(s) online · downloading %1 · uploading %2", nullptr, online)
                  .arg(TrafficFormat::rate(snapshot.totalRateDown), TrafficFormat::rate(snapshot.totalRateUp)));
}

void BandwidthPage::updateCharts()
{
    QList<QList<TrafficHistory::Sample>> totals;
    for (int router : shownRouters()) {
        totals.append(m_engine->routers().loop(router).monitor().history().total());
    }
    m_totalChart->setSamples(TrafficChart::sum(totals, m_engine->settings().refreshSeconds() * qint64(1000)));
    const UserTraffic* user = selectedUser();
    if (user == nullptr) {
        m_userChart->setTitle(tr("Select a user to see their speed"));
        m_userChart->setLimit(std::nullopt);
        m_userChart->setSamples({});
        return;
    }
    m_userChart->setTitle(tr("%1 (%2)").arg(user->user, user->macString()));
    m_userChart->setLimit(user->limit);
    m_userChart->setSamples(m_engine->routers().loop(selectedRouter()).monitor().history().user(user->macString()));
}

void BandwidthPage::updateCountdown()
{
    // Of the router shown; with all shown, of the next one to poll (or to reconnect when none is
    // connected).
    const QList<int> shown = shownRouters();
    int router = shown.first();
    qint64 soonest = -1;
    for (int i : shown) {
        const RouterConnection& connection = m_engine->routers().connection(i);
        const qint64 left = m_engine->routers().loop(i).monitor().msUntilNextPoll();
        if (connection.state() == RouterConnection::State::Ready && (soonest < 0 || left < soonest)) {
            router = i;
            soonest = left;
        }
    }
    const auto& monitor = m_engine->routers().loop(router).monitor();
    const RouterConnection& connection = m_engine->routers().connection(router);
    const QDateTime taken = monitor.snapshot().takenAt;
    const QString last = taken.isValid() ? taken.toLocalTime().time().toString(u"HH:mm:ss"_s) : tr("never");
    if (connection.state() == RouterConnection::State::Failed) {
        const qint64 reconnect = connection.msUntilReconnect();
        m_countdown->setText(reconnect < 0 ? tr("Not connected · not retrying")
                                           : tr("Reconnecting in %1 s").arg((reconnect + 999) / 1000));
        return;
    }
    if (connection.state() != RouterConnection::State::Ready) {
        m_countdown->setText(tr("Connecting…"));
        return;
    }
    const qint64 left = monitor.msUntilNextPoll();
    m_countdown->setText(left < 0 ? tr("Refreshing…")
                                  : tr("Updated %1 · next in %2 s").arg(last).arg((left + 999) / 1000));
}

void BandwidthPage::setLimitForSelected()
{
    const UserTraffic* user = selectedUser();
    if (user == nullptr || user->mac.isNull()) {
        m_messages->showMessage(MessageBar::Kind::Information, tr("Select a user in the table first."));
        return;
    }
    // Who this is about, copied now: the next refresh may move or drop the row.
    const MacAddress mac = user->mac;
    const QString who = user->user;
    const QString router = m_engine->routers().name(selectedRouter());
    auto* dialog = new SetLimitDialog(mac, who, user->limit, m_engine->profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    updateSortFreeze();
    connect(dialog, &QDialog::accepted, this, [this, dialog, router, mac, who] {
        applyLimit(router, mac, who, dialog->limit(), dialog->remember(), dialog->rememberForCode());
    });
    dialog->open();
}

void BandwidthPage::applyLimit(const QString& router,
                               const MacAddress& mac,
                               const QString& who,
                               const BandwidthLimit& limit,
                               bool remember,
                               bool rememberForCode)
{
    const int index = routerNamed(router);
    if (index < 0) {
        return;
    }
    BandwidthController::ChangeRequest request;
    request.remember = remember;
    request.rememberForCode = rememberForCode;
    request.origin = tr("window");
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("Setting the limit of %1 (%2) to %3…").arg(who, mac.toString(), limit.toDisplay()));
    m_engine->routers().loop(index).bandwidth().setLimit(
        mac, limit, request, this,
        [this](const BandwidthController::Outcome& outcome) { showOutcome(outcome, tr("Limit not set")); });
}

void BandwidthPage::showOutcome(const BandwidthController::Outcome& outcome, const QString& failureTitle)
{
    using Status = BandwidthController::Outcome::Status;
    if (outcome.ok()) {
        m_messages->showMessage(outcome.status == Status::Remembered ? MessageBar::Kind::Warning
                                                                     : MessageBar::Kind::Information,
                                outcome.message);
    } else {
        m_engine->log().error(outcome.message);
        m_messages->showMessage(MessageBar::Kind::Error, tr("%1: %2").arg(failureTitle, outcome.message));
    }
}

void BandwidthPage::removeLimitForSelected()
{
    const UserTraffic* user = selectedUser();
    if (user == nullptr || user->mac.isNull() || !user->limit) {
        return;
    }
    const MacAddress mac = user->mac;
    const QString who = user->user;
    const QString router = m_engine->routers().name(selectedRouter());
    const QString question = user->limitSource == LimitSource::Voucher
        ? tr("Remove the speed limit of %1 (%2)? This removes the voucher's speed limit for this customer until you "
             "set one again.")
              .arg(who, mac.toString())
        : tr("Remove the speed limit of %1 (%2)?").arg(who, mac.toString());
    MessageBox::ask(this, tr("Remove limit"), question, [this, router, mac] {
        const int index = routerNamed(router);
        if (index < 0) {
            return;
        }
        BandwidthController::ChangeRequest request;
        request.origin = tr("window");
        m_engine->routers().loop(index).bandwidth().removeLimit(
            mac, request, this,
            [this](const BandwidthController::Outcome& outcome) { showOutcome(outcome, tr("Limit not removed")); });
    });
}

void BandwidthPage::kickSelected()
{
    const UserTraffic* user = selectedUser();
    if (user == nullptr) {
        return;
    }
    // The session itself, not the row: a refresh may put another customer where this one was.
    const QString who = user->user;
    const QString sessionId = user->sessionId;
    const QString mac = user->macString();
    const QString router = m_engine->routers().name(selectedRouter());
    MessageBox::ask(
        this, tr("Kick user"),
        tr("Log %1 (%2) out now? They can log in again while their voucher has time.").arg(who, mac),
        [this, router, who, sessionId, mac] {
            const int index = routerNamed(router);
            if (index < 0) {
                return;
            }
            m_engine->routers().client(index).kickSession(
                sessionId, this, [this, index, who, mac](const ApiError& error) {
                    if (error.isError()) {
                        m_messages->showMessage(MessageBar::Kind::Error,
                                                tr("%1 was not logged out: %2").arg(who, error.message()));
                    } else {
                        const QString line
                            = tr("Router: logged %1 (%2) out (why: the operator kicked them) [window]").arg(who, mac);
                        m_engine->log().info(m_engine->routerCount() > 1
                                                 ? u'[' + m_engine->routers().name(index) + u"] "_s + line
                                                 : line);
                        m_messages->showMessage(MessageBar::Kind::Information, tr("%1 was logged out.").arg(who));
                        m_engine->routers().loop(index).monitor().refreshNow();
                    }
                });
        });
}

void BandwidthPage::copySelectedMac()
{
    const QString mac = selectedMac();
    if (!mac.isEmpty()) {
        QApplication::clipboard()->setText(mac);
    }
}
