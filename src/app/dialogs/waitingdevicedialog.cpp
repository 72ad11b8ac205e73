// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/dialogs/waitingdevicedialog.h"

#include "core/routeros/routerclient.h"
#include "core/traffic/trafficformat.h"
#include "ui_waitingdevicedialog.h"

#include <QHeaderView>
#include <QPushButton>

WaitingDeviceDialog::WaitingDeviceDialog(RouterClient* client, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::WaitingDeviceDialog>())
    , m_client(client)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("Log a device in with voucher <b>%1</b>. These devices are at the hotspot login page now; pick the "
           "customer's (their phone's Wi-Fi settings show its MAC address).")
            .arg(code.toHtmlEscaped()));
    m_ui->waitingTable->setColumnCount(3);
    m_ui->waitingTable->setHorizontalHeaderLabels({tr("MAC address"), tr("IP address"), tr("Waiting for")});
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

void WaitingDeviceDialog::lookAgain()
{
    const quint64 lookup = ++m_lookup;
    m_ui->statusLabel->setText(tr("Looking for devices at the login page…"));
    m_ui->refreshButton->setEnabled(false);
    m_client->fetchHotspotHosts(this, [this, lookup](const RouterReply<QList<HotspotHost>>& reply) {
        if (lookup != m_lookup) {
            return;
        }
        m_ui->refreshButton->setEnabled(true);
        if (!reply.ok()) {
            m_ui->statusLabel->setText(tr("Cannot read the waiting devices: %1. You can still type the MAC address.")
                                           .arg(reply.error.message()));
            return;
        }
        showHosts(reply.value);
    });
}

void WaitingDeviceDialog::showHosts(const QList<HotspotHost>& hosts)
{
    QList<HotspotHost> waiting;
    for (const HotspotHost& host : hosts) {
        if (!host.authorized && !host.bypassed && MacAddress::parse(host.macAddress)) {
            waiting.append(host);
        }
    }
    // The newest arrival first: usually the customer standing at the counter. Unknown times last.
    std::stable_sort(waiting.begin(), waiting.end(), [](const HotspotHost& a, const HotspotHost& b) {
        return quint64(a.uptimeSeconds) < quint64(b.uptimeSeconds);
    });
    const QString typed = m_ui->macLineEdit->text();
    m_ui->waitingTable->setRowCount(int(waiting.size()));
    for (int row = 0; row < waiting.size(); ++row) {
        const HotspotHost& host = waiting[row];
        m_ui->waitingTable->setItem(row, 0, new QTableWidgetItem(MacAddress::parse(host.macAddress)->toString()));
        m_ui->waitingTable->setItem(row, 1, new QTableWidgetItem(host.address));
        m_ui->waitingTable->setItem(row, 2,
                                    new QTableWidgetItem(host.uptimeSeconds >= 0
                                                             ? TrafficFormat::duration(host.uptimeSeconds)
                                                             : tr("unknown")));
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
