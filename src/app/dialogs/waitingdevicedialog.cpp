// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/waitingdevicedialog.h"

#include "core/routeros/routerclient.h"
#include "core/traffic/trafficformat.h"
#include "ui_waitingdevicedialog.h"

#include <QHeaderView>
#include <QPushButton>

using namespace Qt::StringLiterals;

WaitingDeviceDialog::WaitingDeviceDialog(RouterClient* client, const QString& code, QWidget* parent)
    : WaitingDeviceDialog(QList<VoucherManager::Router> {{QString(), client}}, code, parent)
{ }

WaitingDeviceDialog::WaitingDeviceDialog(const QList<VoucherManager::Router>& routers,
                                         const QString& code,
                                         QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WaitingDeviceDialog>())
    , m_routers(routers)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Log a device in with voucher <b>%1</b>. These devices are at the hotspot login page now; pick the "
           "customer's (their phone's Wi-Fi settings show its MAC address).")
            .arg(code.toHtmlEscaped()));
    const bool several = m_routers.size() > 1;
    m_ui->waitingTable->setColumnCount(several ? 4 : 3);
    m_ui->waitingTable->setHorizontalHeaderLabels(
        several ? QStringList {tr("MAC address"), tr("IP address"), tr("Waiting for"), tr("Router")}
                : QStringList {tr("MAC address"), tr("IP address"), tr("Waiting for")});
    m_ui->waitingTable->verticalHeader()->hide();
    m_ui->waitingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->waitingTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->waitingTable->verticalHeader()->setDefaultSectionSize(m_ui->waitingTable->fontMetrics().height() + 8);
    QPushButton* login = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    login->setText(tr("&Log in"));
    login->setDefault(true);
    // Room for a line of explanation from the start: the buttons never move.
    m_ui->reasonLabel->setMinimumHeight(m_ui->reasonLabel->fontMetrics().lineSpacing() + 4);
    connect(m_ui->waitingTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QList<QTableWidgetItem*> selected = m_ui->waitingTable->selectedItems();
        if (!selected.isEmpty()) {
            m_ui->macLineEdit->setText(m_ui->waitingTable->item(selected.first()->row(), 0)->text());
        }
    });
    connect(m_ui->waitingTable, &QTableWidget::cellDoubleClicked, this, [this] {
        if (!m_mac.isNull()) {
            accept();
        }
    });
    connect(m_ui->macLineEdit, &QLineEdit::textChanged, this, &WaitingDeviceDialog::validate);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &WaitingDeviceDialog::lookAgain);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (!m_mac.isNull()) {
            accept();
        }
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, 380);
    validate();
    lookAgain();
}

WaitingDeviceDialog::~WaitingDeviceDialog() = default;

int WaitingDeviceDialog::waitingCount() const
{
    return m_ui->waitingTable->rowCount();
}

QString WaitingDeviceDialog::status() const
{
    return m_ui->statusLabel->text();
}

QString WaitingDeviceDialog::router() const
{
    for (int row = 0; row < m_ui->waitingTable->rowCount() && row < m_rowRouters.size(); ++row) {
        if (MacAddress::parse(m_ui->waitingTable->item(row, 0)->text()) == m_mac) {
            return m_rowRouters.at(row);
        }
    }
    return m_routers.first().name;
}

void WaitingDeviceDialog::lookAgain()
{
    struct Lookup
    {
        QList<Waiting> hosts;
        QStringList errors;
        int outstanding = 0;
    };
    const quint64 lookup = ++m_lookup;
    auto state = std::make_shared<Lookup>();
    state->outstanding = int(m_routers.size());
    m_ui->statusLabel->setText(tr("Looking for devices at the login page…"));
    m_ui->refreshButton->setEnabled(false);
    for (const VoucherManager::Router& router : std::as_const(m_routers)) {
        router.client->fetchHotspotHosts(
            this, [this, lookup, state, name = router.name](const RouterReply<QList<HotspotHost>>& reply) {
                if (lookup != m_lookup) {
                    return;
                }
                if (reply.ok()) {
                    for (const HotspotHost& host : reply.value) {
                        state->hosts.append({name, host});
                    }
                } else {
                    state->errors.append(m_routers.size() > 1 ? name + u": "_s + reply.error.message()
                                                              : reply.error.message());
                }
                if (--state->outstanding > 0) {
                    return;
                }
                m_ui->refreshButton->setEnabled(true);
                if (state->errors.size() == m_routers.size()) {
                    m_ui->statusLabel->setText(
                        tr("Cannot read the waiting devices: %1. You can still type the MAC address.")
                            .arg(state->errors.join(u"; "_s)));
                    return;
                }
                showHosts(state->hosts);
                if (!state->errors.isEmpty()) {
                    m_ui->statusLabel->setText(m_ui->statusLabel->text() + u' '
                                               + tr("Not read: %1.").arg(state->errors.join(u"; "_s)));
                }
            });
    }
}

void WaitingDeviceDialog::showHosts(QList<Waiting> hosts)
{
    QList<Waiting> waiting;
    for (const Waiting& entry : hosts) {
        const HotspotHost& host = entry.host;
        if (!host.authorized && !host.bypassed && MacAddress::parse(host.macAddress)) {
            waiting.append(entry);
        }
    }
    // The newest arrival first: usually the customer standing at the counter. Unknown times last.
    std::stable_sort(waiting.begin(), waiting.end(), [](const Waiting& a, const Waiting& b) {
        return quint64(a.host.uptimeSeconds) < quint64(b.host.uptimeSeconds);
    });
    const QString typed = m_ui->macLineEdit->text();
    const bool several = m_routers.size() > 1;
    m_ui->waitingTable->setRowCount(int(waiting.size()));
    m_rowRouters.clear();
    for (int row = 0; row < waiting.size(); ++row) {
        const HotspotHost& host = waiting[row].host;
        m_rowRouters.append(waiting[row].router);
        m_ui->waitingTable->setItem(row, 0, new QTableWidgetItem(MacAddress::parse(host.macAddress)->toString()));
        m_ui->waitingTable->setItem(row, 1, new QTableWidgetItem(host.address));
        m_ui->waitingTable->setItem(row, 2,
                                    new QTableWidgetItem(host.uptimeSeconds >= 0
                                                             ? TrafficFormat::duration(host.uptimeSeconds)
                                                             : tr("unknown")));
        if (several) {
            m_ui->waitingTable->setItem(row, 3, new QTableWidgetItem(waiting[row].router));
        }
    }
    m_ui->macLineEdit->setText(typed); // filling the table must not replace what the operator typed
    m_ui->statusLabel->setText(waiting.isEmpty()
                                   ? tr("No device is waiting at the login page. Ask the customer to connect to the "
                                        "Wi-Fi and open a web page, then look again.")
                                   : tr("%n device(s) waiting.", nullptr, int(waiting.size())));
}

void WaitingDeviceDialog::validate()
{
    const QString text = m_ui->macLineEdit->text().trimmed();
    QString error;
    const auto mac = text.isEmpty() ? std::nullopt : MacAddress::parse(text, &error);
    m_mac = mac.value_or(MacAddress());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(mac.has_value());
    m_ui->reasonLabel->setText(text.isEmpty() || mac ? QString() : error);
}
