// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/voucherspage.h"

#include "app/appengine.h"
#include "app/messagebox.h"
#include "app/models/vouchertablemodel.h"
#include "core/settings/appsettings.h"
#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherpusher.h"
#include "print/vouchersheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VouchersPage::VouchersPage(AppEngine* engine, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_model(new VoucherTableModel(this))
    , m_table(new QTableView(this))
    , m_profile(new QComboBox(this))
    , m_count(new QSpinBox(this))
    , m_push(new QCheckBox(tr("Put them on the &router"), this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
{
    auto fillProfiles = [this] {
        m_profile->clear();
        for (const Profile& profile : m_engine->profiles().profiles()) {
            m_profile->addItem(tr("%1 — ₱%2, %3, %4 down")
                                   .arg(profile.name, QLocale().toString(profile.price), profile.validity,
                                        profile.rateDown.toDisplay()),
                               profile.name);
        }
    };
    fillProfiles();
    connect(engine, &AppEngine::profilesChanged, this, fillProfiles);
    m_profile->setObjectName(u"profileComboBox"_s);
    m_profile->setAccessibleName(tr("Voucher profile"));
    m_count->setObjectName(u"countSpinBox"_s);
    m_count->setRange(1, 10000);
    m_count->setValue(10);
    m_count->setAccessibleName(tr("Number of vouchers"));
    m_push->setChecked(true);
    auto* make = new QPushButton(tr("&Generate"), this);
    make->setObjectName(u"generateButton"_s);
    m_status->addItem(tr("All"), QString());
    for (const auto& [name, label] : {std::pair {u"new"_s, tr("New")}, std::pair {u"pushed"_s, tr("On the router")},
                                      std::pair {u"active"_s, tr("In use")}, std::pair {u"used"_s, tr("Used up")},
                                      std::pair {u"revoked"_s, tr("Revoked")}}) {
        m_status->addItem(label, name);
    }
    m_search->setPlaceholderText(tr("Search code or MAC"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(u"vouchersTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* pdf = new QPushButton(tr("Save as &PDF…"), this);
    auto* print = new QPushButton(tr("Pr&int…"), this);
    auto* revoke = new QPushButton(tr("Re&voke"), this);
    auto* activate = new QPushButton(tr("&Log a waiting device in…"), this);

    auto* makeRow = new QHBoxLayout;
    makeRow->addWidget(new QLabel(tr("Make"), this));
    makeRow->addWidget(m_count);
    makeRow->addWidget(m_profile, 1);
    makeRow->addWidget(m_push);
    makeRow->addWidget(make);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(new QLabel(tr("Show"), this));
    findRow->addWidget(m_status);
    findRow->addWidget(m_search, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(pdf);
    actions->addWidget(print);
    actions->addStretch(1);
    actions->addWidget(activate);
    actions->addWidget(revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(makeRow);
    layout->addLayout(findRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(make, &QPushButton::clicked, this, &VouchersPage::generate);
    connect(m_status, &QComboBox::currentIndexChanged, this, &VouchersPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &VouchersPage::reload);
    connect(pdf, &QPushButton::clicked, this, &VouchersPage::printToPdf);
    connect(print, &QPushButton::clicked, this, &VouchersPage::printToPrinter);
    connect(revoke, &QPushButton::clicked, this, &VouchersPage::revokeSelected);
    connect(activate, &QPushButton::clicked, this, &VouchersPage::activateSelected);
    connect(&engine->loop().vouchers(), &VoucherTracker::voucherActivated, this, &VouchersPage::reload);
    connect(&engine->loop().vouchers(), &VoucherTracker::voucherUsedUp, this, &VouchersPage::reload);
    reload();
}

void VouchersPage::reload()
{
    VoucherStore::Filter filter;
    const QString status = m_status->currentData().toString();
    if (!status.isEmpty()) {
        filter.status = Voucher::statusFromName(status);
    }
    filter.search = m_search->text();
    filter.limit = 5000;
    m_model->setVouchers(m_engine->loop().voucherStore().list(filter));
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        m_table->resizeColumnsToContents();
    }
}

void VouchersPage::generate()
{
    const auto profile = m_engine->profiles().find(m_profile->currentData().toString());
    if (!profile) {
        MessageBox::warning(this, tr("Vouchers"), tr("There is no valid profile: check profiles.json (see Logs)."));
        return;
    }
    VoucherStore::GenerateOptions options;
    options.count = m_count->value();
    QString error;
    const auto batch = m_engine->loop().voucherStore().generate(*profile, options, &error);
    if (!batch) {
        MessageBox::warning(this, tr("Vouchers not made"), error);
        return;
    }
    m_engine->log().info(
        tr("Batch %1: %2 %3 vouchers made.").arg(batch->id).arg(batch->codes.size()).arg(profile->name));
    reload();
    if (!m_push->isChecked()) {
        return;
    }
    VoucherStore::Filter filter;
    filter.batchId = batch->id;
    auto* pusher = new VoucherPusher(&m_engine->client(), &m_engine->loop().voucherStore(), this);
    pusher->push(m_engine->loop().voucherStore().list(filter), this,
                 [this, pusher, id = batch->id](const VoucherPusher::Report& report) {
                     pusher->deleteLater();
                     if (report.ok()) {
                         m_engine->log().info(tr("Batch %1 is on the router (%2 added).").arg(id).arg(report.added));
                     } else {
                         const QString why
                             = report.error.isError() ? report.error.message() : report.failures.join(u"\n"_s);
                         m_engine->log().error(tr("Batch %1 could not be put on the router: %2").arg(id).arg(why));
                         MessageBox::warning(this, tr("Not on the router yet"),
                                             tr("The vouchers are saved, but the router said: %1\nThey are put on the "
                                                "router when you generate or push again.")
                                                 .arg(why));
                     }
                     reload();
                 });
}

void VouchersPage::printToPdf()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save vouchers as PDF"), u"vouchers.pdf"_s, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    VoucherSheet::Options options;
    options.hotspotDnsName = m_engine->settings().hotspotDnsName();
    options.shopName = m_engine->settings().shopName();
    QString error;
    if (!VoucherSheet(options).writePdf(m_model->vouchers(), path, &error)) {
        MessageBox::warning(this, tr("Not saved"), error);
    }
}

void VouchersPage::printToPrinter()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    VoucherSheet::Options options;
    options.hotspotDnsName = m_engine->settings().hotspotDnsName();
    options.shopName = m_engine->settings().shopName();
    QString error;
    if (!VoucherSheet(options).paint(&printer, m_model->vouchers(), &error)) {
        MessageBox::warning(this, tr("Not printed"), error);
    }
}

void VouchersPage::revokeSelected()
{
    const Voucher* voucher
        = m_table->currentIndex().isValid() ? m_model->voucher(m_table->currentIndex().row()) : nullptr;
    if (voucher == nullptr) {
        return;
    }
    const QString code = voucher->code;
    if (MessageBox::question(this, tr("Revoke voucher"),
                             tr("Revoke %1? It stops working at once; the record is kept.").arg(code))
        != QMessageBox::Yes) {
        return;
    }
    auto* manager = new VoucherManager(&m_engine->client(), &m_engine->loop().voucherStore(), this);
    manager->revoke(code, this, [this, manager](const VoucherManager::Outcome& outcome) {
        manager->deleteLater();
        m_engine->log().add(outcome.ok() ? EventLog::Severity::Info : EventLog::Severity::Error, outcome.message);
        if (!outcome.ok()) {
            MessageBox::warning(this, tr("Revoke"), outcome.message);
        }
        reload();
    });
}

void VouchersPage::activateSelected()
{
    const Voucher* voucher
        = m_table->currentIndex().isValid() ? m_model->voucher(m_table->currentIndex().row()) : nullptr;
    if (voucher == nullptr) {
        MessageBox::information(this, tr("Log a device in"), tr("Select the voucher to use first."));
        return;
    }
    const QString code = voucher->code;
    bool ok = false;
    const QString mac = QInputDialog::getText(
        this, tr("Log a device in"), tr("MAC address of the device at the login page:"), QLineEdit::Normal, {}, &ok);
    if (!ok) {
        return;
    }
    auto* manager = new VoucherManager(&m_engine->client(), &m_engine->loop().voucherStore(), this);
    manager->activateForDevice(code, mac, this, [this, manager](const VoucherManager::Outcome& outcome) {
        manager->deleteLater();
        if (outcome.ok()) {
            m_engine->log().info(outcome.message);
            m_engine->loop().monitor().refreshNow();
        } else {
            MessageBox::warning(this, tr("Not logged in"), outcome.message);
        }
    });
}
