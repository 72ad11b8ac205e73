// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/settingsdialog.h"

#include "app/appengine.h"
#include "app/dialogs/profilesdialog.h"
#include "core/routeros/routerclient.h"
#include "core/routeros/routerduration.h"
#include "core/settings/appsettings.h"
#include "core/vouchers/profilecatalog.h"
#include "httpapi/apiserver.h"
#include "httpapi/webpassword.h"
#include "ui_settingsdialog.h"

#include <QElapsedTimer>
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
{
    m_ui->setupUi(this);
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

void SettingsDialog::save()
{
    if (!saveWebAdmin()) {
        return;
    }
    AppSettings& settings = m_engine->settings();
    settings.setRefreshSeconds(m_ui->refreshSpinBox->value());
    settings.setHotspotDnsName(m_ui->dnsLineEdit->text());
    settings.setShopName(m_ui->shopLineEdit->text());
    settings.setLanguage(m_ui->languageComboBox->currentData().toString());
    const bool apiChanged = settings.apiEnabled() != m_ui->apiCheckBox->isChecked()
        || settings.apiListen() != m_ui->listenLineEdit->text();
    settings.setApiEnabled(m_ui->apiCheckBox->isChecked());
    settings.setApiListen(m_ui->listenLineEdit->text());
    const ConnectionSettings router = enteredRouter();
    const ConnectionSettings current = m_engine->connection().settings();
    const bool routerChanged = router.host != settings.router().host || router.port != settings.router().port
        || router.user != settings.router().user || router.tls != settings.router().tls
        || router.certificatePolicy != settings.router().certificatePolicy
        || (!router.host.isEmpty() && (m_engine->isDemo() || router.password != current.password));
    if (!router.host.isEmpty() && routerChanged) {
        m_engine->useRouter(router); // saves settings and password, reconnects
    } else if (apiChanged) {
        m_engine->applyApiSettings();
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
