// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/voucherspage.h"

#include "app/appengine.h"
#include "app/messagebox.h"
#include "app/models/vouchertablemodel.h"
#include "app/widgets/messagebar.h"
#include "core/settings/appsettings.h"
#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherpusher.h"
#include "print/vouchersheet.h"

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
    , m_messages(new MessageBar(this))
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
    auto* make = new QPushButton(tr("&Generate"), this);
    make->setToolTip(tr("New vouchers are put on the router at once, or as soon as it can be reached."));
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
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* pdf = new QPushButton(tr("Save as &PDF…"), this);
    auto* print = new QPushButton(tr("Pr&int…"), this);
    auto* revoke = new QPushButton(tr("Re&voke"), this);
    auto* activate = new QPushButton(tr("&Log a waiting device in…"), this);
    auto* push = new QPushButton(tr("Put on &router"), this);
    push->setObjectName(u"pushButton"_s);
    push->setToolTip(tr("Put the selected vouchers that are not on the router yet there now (with none selected: "
                        "all of them)."));

    auto* makeRow = new QHBoxLayout;
    makeRow->addWidget(new QLabel(tr("Make"), this));
    makeRow->addWidget(m_count);
    makeRow->addWidget(m_profile, 1);
    makeRow->addWidget(make);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(new QLabel(tr("Show"), this));
    findRow->addWidget(m_status);
    findRow->addWidget(m_search, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(pdf);
    actions->addWidget(print);
    actions->addStretch(1);
    actions->addWidget(push);
    actions->addWidget(activate);
    actions->addWidget(revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
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
    connect(push, &QPushButton::clicked, this, &VouchersPage::pushSelected);
    connect(engine, &AppEngine::databaseChanged, this, &VouchersPage::reload);
    connect(&engine->loop(), &ControlLoop::vouchersPushed, this,
            [this](int added, const QStringList& failures, const QString& error) {
                if (!error.isEmpty() || !failures.isEmpty()) {
                    m_messages->showMessage(
                        MessageBar::Kind::Warning,
                        tr("Vouchers not on the router yet: %1. They are tried again when the router answers.")
                            .arg(error.isEmpty() ? failures.mid(0, 3).join(u"; "_s) : error),
                        tr("Try &now"), [this] { pushSelected(); });
                } else if (added > 0) {
                    m_messages->showMessage(MessageBar::Kind::Information,
                                            tr("%n voucher(s) put on the router.", nullptr, added));
                }
                reload();
            });
    connect(&engine->loop(), &ControlLoop::vouchersMissingFromRouter, this, [this](const QStringList& codes) {
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("%n voucher(s) that were on the router are not there any more (was the router "
                                   "reset, or is this another router?).",
                                   nullptr, int(codes.size())),
                                tr("Put them &back"), [this, codes] {
                                    QList<Voucher> vouchers;
                                    for (const QString& code : codes) {
                                        if (const auto voucher = m_engine->loop().voucherStore().find(code)) {
                                            vouchers.append(*voucher);
                                        }
                                    }
                                    m_engine->loop().pushVouchers(vouchers, tr("put back by the operator"));
                                });
    });
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
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("There is no valid profile: check profiles.json (see Logs)."));
        return;
    }
    VoucherStore::GenerateOptions options;
    options.count = m_count->value();
    QString error;
    const auto batch = m_engine->loop().voucherStore().generate(*profile, options, &error);
    if (!batch) {
        m_messages->showMessage(MessageBar::Kind::Error, tr("Vouchers not made: %1").arg(error));
        return;
    }
    m_engine->log().info(
        tr("Batch %1: %2 %3 vouchers made.").arg(batch->id).arg(batch->codes.size()).arg(profile->name));
    m_messages->showMessage(
        MessageBar::Kind::Information,
        tr("Batch %1: %2 vouchers made; putting them on the router…").arg(batch->id).arg(batch->codes.size()));
    reload();
    VoucherStore::Filter filter;
    filter.batchId = batch->id;
    m_engine->loop().pushVouchers(m_engine->loop().voucherStore().list(filter), tr("new batch %1").arg(batch->id));
}

QList<Voucher> VouchersPage::selectedVouchers() const
{
    QList<Voucher> vouchers;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (const Voucher* voucher = m_model->voucher(index.row())) {
            vouchers.append(*voucher);
        }
    }
    return vouchers;
}

void VouchersPage::pushSelected()
{
    QList<Voucher> vouchers;
    const QList<Voucher> selected = selectedVouchers();
    if (selected.isEmpty()) {
        VoucherStore::Filter waiting;
        waiting.status = Voucher::Status::New;
        vouchers = m_engine->loop().voucherStore().list(waiting);
    } else {
        for (const Voucher& voucher : selected) {
            if (voucher.status == Voucher::Status::New || voucher.status == Voucher::Status::Pushed) {
                vouchers.append(voucher);
            }
        }
    }
    if (vouchers.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Every voucher is on the router already (used and revoked ones are not put "
                                   "back)."));
        return;
    }
    m_messages->showMessage(MessageBar::Kind::Information,
                            tr("Putting %n voucher(s) on the router…", nullptr, int(vouchers.size())));
    m_engine->loop().pushVouchers(vouchers, tr("the operator asked"));
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
        m_messages->showMessage(MessageBar::Kind::Error, tr("Not saved: %1").arg(error));
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
        m_messages->showMessage(MessageBar::Kind::Error, tr("Not printed: %1").arg(error));
    }
}

void VouchersPage::revokeSelected()
{
    const Voucher* voucher
        = m_table->currentIndex().isValid() ? m_model->voucher(m_table->currentIndex().row()) : nullptr;
    if (voucher == nullptr) {
        m_messages->showMessage(MessageBar::Kind::Information, tr("Select the voucher to revoke first."));
        return;
    }
    const QString code = voucher->code;
    MessageBox::ask(this, tr("Revoke voucher"),
                    tr("Revoke %1? It stops working at once; the record is kept.").arg(code), [this, code] {
                        auto* manager = new VoucherManager(&m_engine->client(), &m_engine->loop().voucherStore(), this);
                        manager->revoke(code, this, [this, manager, code](const VoucherManager::Outcome& outcome) {
                            manager->deleteLater();
                            if (outcome.ok()) {
                                m_engine->log().info(
                                    tr("%1 (why: the operator revoked %2) [window]").arg(outcome.message, code));
                                m_messages->showMessage(MessageBar::Kind::Information, outcome.message);
                            } else {
                                m_engine->log().error(outcome.message);
                                m_messages->showMessage(MessageBar::Kind::Error,
                                                        tr("%1 not revoked: %2").arg(code, outcome.message));
                            }
                            reload();
                        });
                    });
}

void VouchersPage::activateSelected()
{
    const Voucher* voucher
        = m_table->currentIndex().isValid() ? m_model->voucher(m_table->currentIndex().row()) : nullptr;
    if (voucher == nullptr) {
        m_messages->showMessage(MessageBar::Kind::Information, tr("Select the voucher to use first."));
        return;
    }
    const QString code = voucher->code;
    auto* input = new QInputDialog(this);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Log a device in"));
    input->setLabelText(tr("MAC address of the device at the login page, for voucher %1:").arg(code));
    connect(input, &QInputDialog::textValueSelected, this, [this, code](const QString& mac) {
        auto* manager = new VoucherManager(&m_engine->client(), &m_engine->loop().voucherStore(), this);
        manager->activateForDevice(code, mac, this, [this, manager](const VoucherManager::Outcome& outcome) {
            manager->deleteLater();
            if (outcome.ok()) {
                m_engine->log().info(tr("%1 [window]").arg(outcome.message));
                m_messages->showMessage(MessageBar::Kind::Information, outcome.message);
                m_engine->loop().monitor().refreshNow();
            } else {
                m_messages->showMessage(MessageBar::Kind::Error, tr("Not logged in: %1").arg(outcome.message));
            }
        });
    });
    input->open();
}
