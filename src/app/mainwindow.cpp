// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/appengine.h"
#include "app/dialogs/settingsdialog.h"
#include "app/widgets/bandwidthpage.h"
#include "app/widgets/logspage.h"
#include "app/widgets/queuespage.h"
#include "app/widgets/reportspage.h"
#include "app/widgets/routercombo.h"
#include "app/widgets/voucherspage.h"
#include "core/routeros/routerduration.h"
#include "core/settings/appsettings.h"
#include "version.h"

#include <QAction>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppEngine* engine, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_bandwidth(nullptr)
    , m_banner(new QLabel(this))
    , m_bannerButton(new QPushButton(this))
    , m_retryButton(new QPushButton(tr("&Try again"), this))
    , m_bannerBox(new QWidget(this))
    , m_routerLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
{
    setWindowTitle(tr("PisoNet Manager"));
    setObjectName(u"MainWindow"_s);

    auto* logs = new LogsPage(&engine->log(), this);
    if (engine->logFile() != nullptr) {
        logs->setLogFolder(engine->logFile()->folder());
    }
    // The first three are made by buildRouterPages().
    const QList<std::pair<QString, QWidget*>> pages {{tr("Bandwidth Control"), nullptr},
                                                     {tr("Vouchers"), nullptr},
                                                     {tr("Queues"), nullptr},
                                                     {tr("Reports"), new ReportsPage(engine, this)},
                                                     {tr("Logs"), logs}};
    for (const auto& [title, page] : pages) {
        m_navigation->addItem(title);
        if (page != nullptr) {
            m_pages->addWidget(page);
        }
    }
    m_navigation->setObjectName(u"navigationList"_s);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    m_navigation->setCurrentRow(0);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_banner->setObjectName(u"bannerLabel"_s);
    m_banner->setWordWrap(true);
    m_bannerButton->setObjectName(u"bannerButton"_s);
    m_bannerBox->setAutoFillBackground(true);
    auto* bannerLayout = new QHBoxLayout(m_bannerBox);
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_retryButton);
    bannerLayout->addWidget(m_bannerButton);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_retryButton->hide();
    connect(m_bannerButton, &QPushButton::clicked, this, &MainWindow::openSettings);
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_engine->routerCount(); ++i) {
            if (m_engine->routerCount() == 1
                || m_engine->routers().connection(i).state() == RouterConnection::State::Failed) {
                m_engine->routers().connection(i).retryNow();
                m_engine->routers().loop(i).monitor().refreshNow();
            }
        }
    });

    auto* central = new QWidget(this);
    auto* body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_bannerBox);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* settings = file->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(u"settingsAction"_s);
    settings->setShortcut(QKeySequence::Preferences);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(tr("&Refresh now"), this, [this] {
        for (int i = 0; i < m_engine->routerCount(); ++i) {
            m_engine->routers().loop(i).monitor().refreshNow();
        }
    });
    refresh->setObjectName(u"refreshAction"_s);
    refresh->setShortcut(QKeySequence::Refresh);
    for (int i = 0; i < pages.size(); ++i) {
        QAction* go = view->addAction(pages[i].first, this, [this, i] { showPage(i); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    menuBar()->addMenu(tr("&Help"))->addAction(tr("&About PisoNet Manager"), this, &MainWindow::showAbout);

    statusBar()->addWidget(m_routerLabel, 1);
    m_stateLabel->setObjectName(u"connectionStateLabel"_s);
    statusBar()->addPermanentWidget(m_stateLabel);

    connect(engine, &AppEngine::routerChanged, this, [this] {
        updateRouterStatus();
        updateBanner();
    });
    m_bannerTick = new QTimer(this);
    m_bannerTick->setInterval(1000);
    connect(m_bannerTick, &QTimer::timeout, this, [this] { updateBanner(); });
    // Routers added, changed or removed in Settings show at once.
    connect(engine, &AppEngine::routersAboutToChange, this, &MainWindow::dropRouterPages);
    connect(engine, &AppEngine::routersChanged, this, [this] {
        buildRouterPages();
        updateRouterStatus();
        updateBanner();
    });
    buildRouterPages();

    const QByteArray geometry = engine->settings().windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1180, 760);
    }
    updateRouterStatus();
    updateBanner();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildRouterPages()
{
    const int shown = std::max(0, m_navigation->currentRow());
    m_bandwidth = new BandwidthPage(m_engine, this);
    m_pages->insertWidget(0, m_bandwidth);
    m_pages->insertWidget(1, new VouchersPage(m_engine, this));
    m_pages->insertWidget(2, new QueuesPage(m_engine, this));
    m_pages->setCurrentIndex(shown);
    const QByteArray columns = m_engine->settings().tableState();
    if (!columns.isEmpty() && m_bandwidth->table()->horizontalHeader()->restoreState(columns)) {
        m_bandwidth->setColumnsRestored();
    }
    m_bandwidth->findChild<QLineEdit*>(u"searchLineEdit"_s)->setText(m_keptSearch);
    if (const int picked = m_bandwidth->routerFilter()->findText(m_keptRouter); !m_keptRouter.isEmpty() && picked > 0) {
        m_bandwidth->routerFilter()->setCurrentIndex(picked);
    }
    connect(m_bandwidth, &BandwidthPage::queueRequested, this, [this] { showPage(2); });

    m_routerWiring = new QObject(this);
    for (int i = 0; i < m_engine->routerCount(); ++i) {
        connect(&m_engine->routers().connection(i), &RouterConnection::stateChanged, m_routerWiring, [this] {
            updateRouterStatus();
            updateBanner();
        });
        connect(&m_engine->routers().loop(i), &ControlLoop::refreshed, m_routerWiring,
                [this, i](const TrafficSnapshot& snapshot) {
                    updateBanner(i == 0 ? &snapshot : nullptr);
                    updateRouterStatus();
                });
    }
    if (m_engine->routerCount() > 1) {
        m_bannerTick->start();
    } else {
        m_bannerTick->stop();
    }
}

void MainWindow::dropRouterPages()
{
    if (m_bandwidth == nullptr) {
        return;
    }
    saveState();
    m_keptSearch = m_bandwidth->findChild<QLineEdit*>(u"searchLineEdit"_s)->text();
    m_keptRouter = m_bandwidth->routerFilter()->routerName();
    m_bannerTick->stop();
    delete m_routerWiring;
    m_routerWiring = nullptr;
    // Deleted now, not later: nothing may reach a router through them once the set changes.
    for (int page = 2; page >= 0; --page) {
        QWidget* widget = m_pages->widget(page);
        m_pages->removeWidget(widget);
        delete widget;
    }
    m_bandwidth = nullptr;
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

QString MainWindow::bannerText() const
{
    return m_bannerBox->isVisible() || !m_bannerBox->isHidden() ? m_banner->text() : QString();
}

void MainWindow::updateBanner(const TrafficSnapshot* snapshot)
{
    if (m_engine->routerCount() > 1) {
        updateBannerOfRouters();
        return;
    }
    QPalette palette = m_bannerBox->palette();
    const auto& current = m_engine->loop().monitor().snapshot();
    const TrafficSnapshot& shown = snapshot != nullptr ? *snapshot : current;
    const ApiError& problem = m_engine->connection().lastError();
    const bool refused = m_engine->connection().state() == RouterConnection::State::Failed
        && problem.kind() == ApiError::Kind::LoginRefused;
    m_retryButton->setVisible(refused);
    if (refused) {
        // Not "cannot be reached": the router answered and said no. Not retried by itself.
        m_banner->setText(tr("<b>The router refused the user name or password.</b> %1 Check them in Settings "
                             "(the router user needs the api, read and write policies). PisoNet Manager does not "
                             "try again by itself, so the router does not lock the user out.")
                              .arg(problem.message().toHtmlEscaped()));
        m_bannerButton->setText(tr("Router &settings…"));
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
        m_bannerBox->setPalette(palette);
        m_bannerBox->show();
    } else if (shown.stale) {
        const QString since = shown.takenAt.isValid()
            ? tr("Showing the data of %1.")
                  .arg(QLocale().toString(shown.takenAt.toLocalTime().time(), QLocale::ShortFormat))
            : QString();
        m_banner->setText(tr("<b>The router cannot be reached.</b> %1 %2 Retrying by itself.")
                              .arg(shown.staleReason.toHtmlEscaped(), since));
        m_bannerButton->setText(tr("Router &settings…"));
        palette.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
        m_bannerBox->setPalette(palette);
        m_bannerBox->show();
    } else if (m_engine->isDemo()) {
        showDemoBanner();
    } else {
        m_bannerBox->hide();
    }
}

void MainWindow::showDemoBanner()
{
    m_banner->setText(m_engine->routerCount() > 1
                          ? tr("<b>Demo routers.</b> No router is set up yet, so the two routers, their customers and "
                               "their traffic here are simulated. Nothing is changed on a real router.")
                          : tr("<b>Demo router.</b> No router is set up yet, so the customers and their traffic "
                               "here are simulated. Nothing is changed on a real router."));
    m_bannerButton->setText(tr("&Set up my router…"));
    QPalette palette = m_bannerBox->palette();
    palette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    m_bannerBox->setPalette(palette);
    m_bannerBox->show();
}

void MainWindow::updateBannerOfRouters()
{
    // One line per router that is down; the other routers keep updating below it.
    QStringList lines;
    bool refused = false;
    for (int i = 0; i < m_engine->routerCount(); ++i) {
        const RouterConnection& connection = m_engine->routers().connection(i);
        const TrafficSnapshot& snapshot = m_engine->routers().loop(i).monitor().snapshot();
        const QString router = m_engine->routerTitle(i).toHtmlEscaped();
        const ApiError& problem = connection.lastError();
        if (connection.state() == RouterConnection::State::Failed && problem.kind() == ApiError::Kind::LoginRefused) {
            refused = true;
            lines.append(tr("<b>%1 refused the user name or password.</b> %2 Not retried by itself, so the router "
                            "does not lock the user out.")
                             .arg(router, problem.message().toHtmlEscaped()));
        } else if (snapshot.stale || (connection.state() != RouterConnection::State::Ready && problem.isError())) {
            // Failed, or trying again after a failure (the error stays until it is connected).
            // Every router reconnects by itself (a refused login is the case above); right after a
            // failure the next try is not scheduled yet.
            const qint64 reconnect = connection.msUntilReconnect();
            const QString when = connection.state() == RouterConnection::State::Failed && reconnect >= 0
                ? tr("retrying in %1 s").arg((reconnect + 999) / 1000)
                : tr("reconnecting");
            lines.append(tr("<b>%1 is not reachable</b> — %2").arg(router, when));
        }
    }
    m_retryButton->setVisible(refused);
    if (lines.isEmpty() && m_engine->isDemo()) {
        showDemoBanner();
        return;
    }
    if (lines.isEmpty()) {
        m_bannerBox->hide();
        return;
    }
    m_banner->setText(lines.join(u"<br/>"_s));
    m_bannerButton->setText(tr("Router &settings…"));
    QPalette palette = m_bannerBox->palette();
    palette.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    m_bannerBox->setPalette(palette);
    m_bannerBox->show();
}

void MainWindow::updateRouterStatus()
{
    if (m_engine->routerCount() > 1) {
        QStringList names;
        int connected = 0;
        for (int i = 0; i < m_engine->routerCount(); ++i) {
            names.append(m_engine->routers().name(i));
            connected += m_engine->routers().connection(i).state() == RouterConnection::State::Ready
                    && !m_engine->routers().loop(i).monitor().snapshot().stale
                ? 1
                : 0;
        }
        m_routerLabel->setText(m_engine->isDemo()
                                   ? tr("Demo routers: %1").arg(names.join(u", "_s))
                                   : tr("%n router(s): %1", nullptr, int(names.size())).arg(names.join(u", "_s)));
        m_stateLabel->setText(tr("%1 of %2 connected").arg(connected).arg(names.size()));
        return;
    }
    const RouterInfo& info = m_engine->routerInfo();
    const QString address = m_engine->connection().settings().address();
    QString router = m_engine->isDemo() ? tr("Demo router") : (info.identity.isEmpty() ? address : info.identity);
    if (!m_engine->isDemo() && !info.identity.isEmpty()) {
        router += u" ("_s + address + u')';
    }
    if (!info.version.isEmpty()) {
        router += tr(" · RouterOS %1 · %2").arg(info.version, info.boardName);
    }
    m_routerLabel->setText(router);
    QString state;
    const RouterConnection& connection = m_engine->connection();
    const bool stale = m_engine->loop().monitor().snapshot().stale;
    switch (connection.state()) {
    case RouterConnection::State::Ready:
        // Never "Connected" under a red banner: connected again, but not refreshed yet.
        state = stale ? tr("Reconnected, refreshing…") : tr("Connected");
        break;
    case RouterConnection::State::Connecting:
    case RouterConnection::State::LoggingIn:
        state = tr("Connecting…");
        break;
    case RouterConnection::State::Failed:
        state
            = connection.lastError().kind() == ApiError::Kind::LoginRefused ? tr("Login refused") : tr("Not connected");
        break;
    case RouterConnection::State::Disconnected:
        state = tr("Offline");
        break;
    }
    const QDateTime last = m_engine->loop().monitor().snapshot().takenAt;
    if (last.isValid()) {
        state += tr(" · last refresh %1").arg(last.toLocalTime().time().toString(u"HH:mm:ss"_s));
    }
    m_stateLabel->setText(state);
}

void MainWindow::openSettings()
{
    // open(), not exec(): the refresh and the router keep running behind the dialog.
    auto* dialog = new SettingsDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this] {
        updateRouterStatus();
        updateBanner();
    });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PisoNet Manager"),
                       tr("<h3>PisoNet Manager %1</h3><p>Vouchers, live bandwidth and per-user speed limits for "
                          "PisoWiFi and PisoNet shops on MikroTik routers.</p><p>Data folder: %2</p>")
                           .arg(QStringLiteral(PISONET_VERSION), m_engine->database().path().toHtmlEscaped()));
}

int MainWindow::currentPage() const
{
    return m_navigation->currentRow();
}

void MainWindow::saveState()
{
    m_engine->settings().setWindowGeometry(saveGeometry());
    if (m_bandwidth != nullptr) {
        m_engine->settings().setTableState(m_bandwidth->table()->horizontalHeader()->saveState());
    }
    m_engine->settings().sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}
