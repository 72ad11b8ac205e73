// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/settingsdialog.h"

#include "app/appengine.h"
#include "app/dialogs/profilesdialog.h"
#include "app/messagebox.h"
#include "core/routeros/routerclient.h"
#include "core/routeros/routerduration.h"
#include "core/settings/appsettings.h"
#include "core/vouchers/profilecatalog.h"
#include "httpapi/apiserver.h"
#include "httpapi/webpassword.h"
#include "keychain/passwordstore.h"
#include "ui_settingsdialog.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(AppEngine* engine, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_engine(engine)
    , m_routerList(new QComboBox(this))
    , m_routerName(new QLineEdit(this))
    , m_removeRouter(new QPushButton(tr("Remo&ve router…"), this))
{
    m_ui->setupUi(this);
    // The router list above the form: which router the form is about.
    m_routerList->setObjectName(u"routerListCombo"_s);
    m_routerList->setAccessibleName(tr("Router to edit"));
    m_routerName->setObjectName(u"routerNameLineEdit"_s);
    m_routerName->setMaxLength(int(RouterConfig::MaximumNameLength));
    m_removeRouter->setObjectName(u"removeRouterButton"_s);
    auto* listRow = new QHBoxLayout;
    listRow->addWidget(m_routerList, 1);
    listRow->addWidget(m_removeRouter);
    m_ui->routerLayout->insertRow(0, tr("Router"), listRow);
    m_ui->routerLayout->insertRow(1, tr("Name"), m_routerName);
    fitScreen();
    AppSettings& settings = engine->settings();
    const ConnectionSettings router = settings.router();
    m_ui->hostLineEdit->setText(router.host);
    m_ui->portSpinBox->setValue(router.port);
    m_ui->userLineEdit->setText(router.user);
    m_ui->tlsCheckBox->setChecked(router.tls);
    m_ui->verifyCheckBox->setChecked(router.certificatePolicy == ConnectionSettings::CertificatePolicy::Verify);
    m_ui->verifyCheckBox->setEnabled(router.tls);
    if (!router.host.isEmpty() && !engine->isDemo() && engine->connection().settings().host == router.host) {
        m_ui->passwordLineEdit->setText(engine->connection().settings().password);
    }
    m_firstRouter = enteredRouter();
    m_shownRow = -1;
    fillRouterList({});
    connect(m_routerList, &QComboBox::currentIndexChanged, this, &SettingsDialog::showRouter);
    connect(m_removeRouter, &QPushButton::clicked, this, &SettingsDialog::removeRouter);
    showRouter();
    m_ui->refreshSpinBox->setValue(settings.refreshSeconds());
    m_ui->dnsLineEdit->setText(settings.hotspotDnsName());
    m_ui->shopLineEdit->setText(settings.shopName());
    m_ui->languageComboBox->addItem(tr("Same as Windows"), QString());
    m_ui->languageComboBox->addItem(u"English"_s, u"en"_s);
    m_ui->languageComboBox->addItem(u"Filipino"_s, u"fil"_s);
    m_ui->languageComboBox->setCurrentIndex(std::max(0, m_ui->languageComboBox->findData(settings.language())));
    m_ui->apiCheckBox->setChecked(settings.apiEnabled());
    m_ui->listenLineEdit->setText(settings.apiListen());
    m_ui->tokenLineEdit->setText(engine->apiToken().isEmpty() ? tr("made when the API is first enabled")
                                                              : engine->apiToken());
    // Never shown: only a hash is kept. Typing a new one replaces it on Save.
    m_ui->webPasswordLineEdit->setPlaceholderText(
        engine->hasWebPassword()
            ? tr("set (type a new one to change it)")
            : tr("not set: needed to listen beyond this PC (at least %1 characters)").arg(WebPassword::MinimumLength));
    connect(m_ui->tlsCheckBox, &QCheckBox::toggled, m_ui->verifyCheckBox, &QWidget::setEnabled);
    connect(m_ui->testButton, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(m_ui->profilesButton, &QPushButton::clicked, this, &SettingsDialog::editProfiles);
    connect(m_ui->renewTokenButton, &QPushButton::clicked, this,
            [this] { m_ui->tokenLineEdit->setText(m_engine->renewApiToken()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

ConnectionSettings SettingsDialog::enteredRouter() const
{
    ConnectionSettings router;
    router.host = m_ui->hostLineEdit->text().trimmed();
    router.port = quint16(m_ui->portSpinBox->value());
    router.user = m_ui->userLineEdit->text().trimmed();
    router.password = m_ui->passwordLineEdit->text();
    router.tls = m_ui->tlsCheckBox->isChecked();
    router.certificatePolicy = m_ui->verifyCheckBox->isChecked() ? ConnectionSettings::CertificatePolicy::Verify
                                                                 : ConnectionSettings::CertificatePolicy::AcceptRouter;
    return router;
}

QString SettingsDialog::testResult() const
{
    return m_ui->testResultLabel->text();
}

void SettingsDialog::testConnection()
{
    const ConnectionSettings router = enteredRouter();
    if (router.host.isEmpty()) {
        m_ui->testResultLabel->setText(tr("Enter the router's address first."));
        return;
    }
    m_ui->testButton->setEnabled(false);
    m_ui->testResultLabel->setMinimumHeight(m_ui->testResultLabel->fontMetrics().lineSpacing() * 3);
    m_ui->testResultLabel->setText(tr("Connecting to %1…").arg(router.address()));
    m_testConnection = std::make_unique<RouterConnection>();
    m_testConnection->setAutoReconnect(false);
    m_testConnection->setSettings(router);
    m_testClient = std::make_unique<RouterClient>(m_testConnection.get());
    auto timer = std::make_shared<QElapsedTimer>();
    connect(m_testConnection.get(), &RouterConnection::failed, this, [this](const ApiError& error) {
        m_ui->testResultLabel->setText(tr("<b>Not connected:</b> %1").arg(error.message().toHtmlEscaped()));
        m_ui->testButton->setEnabled(true);
    });
    connect(m_testConnection.get(), &RouterConnection::ready, this, [this, timer] {
        timer->start();
        m_testClient->fetchInfo(this, [this, timer](const RouterReply<RouterInfo>& reply) {
            m_ui->testButton->setEnabled(true);
            if (!reply.ok()) {
                m_ui->testResultLabel->setText(
                    tr("<b>Logged in, but:</b> %1").arg(reply.error.message().toHtmlEscaped()));
                return;
            }
            m_ui->testResultLabel->setText(
                tr("<b>Connected</b> to %1 (RouterOS %2, %3, up %4).<br/>Round trip: <b>%5 ms</b>.")
                    .arg(reply.value.identity.toHtmlEscaped(), reply.value.version.toHtmlEscaped(),
                         reply.value.boardName.toHtmlEscaped(), RouterDuration::format(reply.value.uptimeSeconds))
                    .arg(timer->elapsed()));
        });
    });
    m_testConnection->open();
}

void SettingsDialog::editProfiles()
{
    auto* dialog = new ProfilesDialog(ProfileCatalog::activePath(), ProfileCatalog::userPath(),
                                      ProfileCatalog::shippedPath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_engine, [engine = m_engine] { engine->reloadProfiles(); });
    dialog->open();
}

bool SettingsDialog::saveWebAdmin()
{
    // Checked before anything is saved: a refusal changes nothing.
    const QString password = m_ui->webPasswordLineEdit->text();
    QString problem = password.isEmpty() ? QString() : WebPassword::problem(password);
    QHostAddress address;
    quint16 port = 0;
    QString listenError;
    if (problem.isEmpty() && m_ui->apiCheckBox->isChecked()
        && ApiServer::parseListen(m_ui->listenLineEdit->text(), &address, &port, &listenError)) {
        problem = ApiServer::listenRefusal(address, m_engine->hasWebPassword() || !password.isEmpty());
    }
    if (problem.isEmpty() && !password.isEmpty()) {
        m_engine->setWebPassword(password, &problem);
    }
    if (!problem.isEmpty()) {
        m_ui->apiMessageLabel->setText(tr("<b>Not saved:</b> %1").arg(problem.toHtmlEscaped()));
        return false;
    }
    m_ui->webPasswordLineEdit->clear();
    return true;
}

void SettingsDialog::fillRouterList(const QString& current)
{
    const QSignalBlocker quiet(m_routerList);
    m_routerList->clear();
    const QList<RouterConfig> routers = m_engine->settings().routers();
    if (routers.isEmpty()) {
        m_routerList->addItem(QString(RouterConfig::DefaultName), QString(RouterConfig::DefaultName));
    }
    for (const RouterConfig& router : routers) {
        m_routerList->addItem(router.name, router.name);
    }
    if (!routers.isEmpty()) {
        m_routerList->addItem(tr("New router…"), QString()); // another one once the first is set up
    }
    m_routerList->setCurrentIndex(std::max(0, m_routerList->findData(current)));
}

void SettingsDialog::showRouter()
{
    if (m_shownRow == 0) {
        m_firstRouter = enteredRouter(); // what was typed for the first router stays for Save
    }
    const int row = m_routerList->currentIndex();
    m_shownRow = row;
    const QString name = m_routerList->currentData().toString();
    const bool fresh = name.isEmpty();
    m_routerName->setText(name);
    m_routerName->setReadOnly(row == 0 || !fresh); // a router keeps its name
    m_removeRouter->setEnabled(row > 0 && !fresh); // the first one is changed, not removed, here
    m_ui->passwordLineEdit->setPlaceholderText({});
    ConnectionSettings router;
    if (row == 0) {
        router = m_firstRouter;
    } else if (!fresh) {
        if (const auto config = m_engine->settings().findRouter(name)) {
            router = config->connection;
        }
        m_ui->passwordLineEdit->setPlaceholderText(tr("unchanged (kept in the credential store)"));
    }
    m_ui->hostLineEdit->setText(router.host);
    m_ui->portSpinBox->setValue(router.port);
    m_ui->userLineEdit->setText(router.user);
    m_ui->passwordLineEdit->setText(router.password);
    m_ui->tlsCheckBox->setChecked(router.tls);
    m_ui->verifyCheckBox->setChecked(router.certificatePolicy == ConnectionSettings::CertificatePolicy::Verify);
    m_ui->verifyCheckBox->setEnabled(router.tls);
    m_ui->testResultLabel->clear();
}

bool SettingsDialog::saveOtherRouter()
{
    AppSettings& settings = m_engine->settings();
    const QString current = m_routerList->currentData().toString();
    const bool fresh = current.isEmpty();
    RouterConfig router;
    router.name = fresh ? m_routerName->text().trimmed() : current;
    router.connection = enteredRouter();
    const QString password = router.connection.password;
    router.connection.password.clear();
    if (fresh && router.connection.host.isEmpty() && router.name.isEmpty()) {
        return true; // "New router…" left empty: nothing to add
    }
    const std::optional<RouterConfig> before = fresh ? std::nullopt : settings.findRouter(current);
    router.passwordKey = before ? before->passwordKey
                                : PasswordStore::routerKey(router.name, router.connection.host, router.connection.user);
    QString error = RouterConfig::nameError(router.name);
    if (error.isEmpty()) {
        error = RouterConfig::hostError(router.connection.host);
    }
    if (error.isEmpty()) {
        // An edited router stays where it is in the list; a new one goes at the end.
        error = before ? settings.updateRouter(router) : settings.addRouter(router);
    }
    if (!error.isEmpty()) {
        m_ui->testResultLabel->setText(tr("<b>Not saved:</b> %1").arg(error.toHtmlEscaped()));
        return false;
    }
    if (!password.isEmpty() || fresh) {
        m_engine->storePassword(
            PasswordStore::keyOf(router.passwordKey, router.connection.host, router.connection.user), password);
        m_typedPasswords.insert(router.name, password);
    }
    m_engine->log().info(tr("Router %1 saved (%2).").arg(router.name, router.connection.address()));
    return true;
}

void SettingsDialog::removeRouter()
{
    const QString name = m_routerList->currentData().toString();
    if (name.isEmpty() || m_routerList->currentIndex() == 0) {
        return;
    }
    MessageBox::ask(this, tr("Remove router"),
                    tr("Forget the router %1? Nothing on that router changes; its saved password is deleted. "
                       "PisoNet Manager stops watching it at once.")
                        .arg(name),
                    [this, name] {
                        const std::optional<RouterConfig> removed = m_engine->settings().findRouter(name);
                        const QString error = m_engine->settings().removeRouter(name);
                        if (!error.isEmpty()) {
                            m_ui->testResultLabel->setText(tr("<b>Not removed:</b> %1").arg(error.toHtmlEscaped()));
                            return;
                        }
                        m_engine->settings().sync();
                        if (removed) {
                            m_engine->forgetPassword(*removed);
                        }
                        m_engine->log().info(tr("Router %1 removed from the settings.").arg(name));
                        m_engine->applyRouters();
                        m_shownRow = -1;
                        fillRouterList({});
                        showRouter();
                    });
}

void SettingsDialog::save()
{
    if (!saveWebAdmin()) {
        return;
    }
    if (m_routerList->currentIndex() > 0) {
        if (!saveOtherRouter()) {
            return;
        }
    } else {
        m_firstRouter = enteredRouter();
    }
    m_shownRow = -1;
    AppSettings& settings = m_engine->settings();
    settings.setRefreshSeconds(m_ui->refreshSpinBox->value());
    settings.setHotspotDnsName(m_ui->dnsLineEdit->text());
    settings.setShopName(m_ui->shopLineEdit->text());
    settings.setLanguage(m_ui->languageComboBox->currentData().toString());
    const bool apiChanged = settings.apiEnabled() != m_ui->apiCheckBox->isChecked()
        || settings.apiListen() != m_ui->listenLineEdit->text();
    settings.setApiEnabled(m_ui->apiCheckBox->isChecked());
    settings.setApiListen(m_ui->listenLineEdit->text());
    const ConnectionSettings router = m_firstRouter;
    const ConnectionSettings current = m_engine->connection().settings();
    const bool routerChanged = router.host != settings.router().host || router.port != settings.router().port
        || router.user != settings.router().user || router.tls != settings.router().tls
        || router.certificatePolicy != settings.router().certificatePolicy
        || (!router.host.isEmpty() && (m_engine->isDemo() || router.password != current.password));
    // Applied at once: no restart for a router added, changed or removed.
    if (!router.host.isEmpty() && routerChanged) {
        m_engine->useRouter(router, m_typedPasswords); // saves settings and password, reconnects
    } else if (!m_engine->applyRouters(m_typedPasswords) && apiChanged) {
        m_engine->applyApiSettings(); // (applying routers restarts the API too)
    }
    settings.sync();
    accept();
}

void SettingsDialog::fitScreen()
{
    // On a 1024×600 screen the form is taller than the screen: it scrolls, Save and Cancel stay in
    // view. Where the screen has room it shows whole.
    auto* form = new QWidget;
    auto* formLayout = new QVBoxLayout(form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* group : {static_cast<QWidget*>(m_ui->routerGroupBox), static_cast<QWidget*>(m_ui->generalGroupBox),
                           static_cast<QWidget*>(m_ui->apiGroupBox)}) {
        m_ui->mainLayout->removeWidget(group);
        formLayout->addWidget(group);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"settingsScrollArea"_s);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setWidget(form);
    m_ui->mainLayout->insertWidget(0, scroll, 1);
    const QScreen* screen = this->screen();
    const int room = screen != nullptr ? screen->availableGeometry().height() - 120 : 600;
    scroll->setMinimumHeight(std::max(200, std::min(form->sizeHint().height(), room)));
    scroll->setMinimumWidth(form->sizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
}
