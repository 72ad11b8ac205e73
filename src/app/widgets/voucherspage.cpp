// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/voucherspage.h"

#include "app/appengine.h"
#include "app/dialogs/savefiledialog.h"
#include "app/dialogs/waitingdevicedialog.h"
#include "app/messagebox.h"
#include "app/models/vouchertablemodel.h"
#include "app/widgets/messagebar.h"
#include "app/widgets/routercombo.h"
#include "app/widgets/tablecolumns.h"
#include "core/settings/appsettings.h"
#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherpusher.h"
#include "print/vouchersheet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
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
    , m_printTarget(new QLabel(this))
    , m_paper(new QComboBox(this))
    , m_pushRouter(new RouterCombo(engine, tr("All routers"), this))
    , m_printAfter(new QCheckBox(tr("Print a&fter generating"), this))
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
    m_status->setObjectName(u"statusComboBox"_s);
    m_status->addItem(tr("All"), QString());
    // The same words as the table's Status column.
    for (Voucher::Status status : {Voucher::Status::New, Voucher::Status::Pushed, Voucher::Status::Active,
                                   Voucher::Status::Used, Voucher::Status::Revoked}) {
        m_status->addItem(VoucherTableModel::statusText(status), Voucher::statusName(status));
    }
    m_search->setPlaceholderText(tr("Search code or MAC"));
    m_search->setClearButtonEnabled(true);
    m_table->setObjectName(u"vouchersTableView"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(VoucherTableModel::Router, !m_pushRouter->isShared());
    m_pushRouter->setObjectName(u"pushRouterCombo"_s);
    m_pushRouter->setAccessibleName(tr("Put on router"));
    m_pushRouter->setToolTip(tr("The router \"Put on router\" and new batches put vouchers on: one, or all."));
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    auto* pdf = new QPushButton(tr("Save as &PDF…"), this);
    pdf->setObjectName(u"savePdfButton"_s);
    auto* print = new QPushButton(tr("Pr&int…"), this);
    print->setObjectName(u"printButton"_s);
    for (QPushButton* button : {pdf, print}) {
        button->setToolTip(tr("Cards of the selected vouchers; with none selected, of the newest batch. Used-up and "
                              "revoked codes are never printed."));
    }
    m_printTarget->setObjectName(u"printTargetLabel"_s);
    m_printTarget->setWordWrap(true); // wraps rather than pushing the buttons off a 1024 px screen
    m_paper->setObjectName(u"paperComboBox"_s);
    m_paper->setAccessibleName(tr("Paper"));
    m_paper->setToolTip(tr("What Save as PDF, Print and Print after generating print on: cards on A4 sheets, or "
                           "tickets for a 58 mm or 80 mm roll (thermal) printer."));
    m_paper->addItem(tr("A4 sheet"), VoucherSheet::paperName(VoucherSheet::Paper::A4));
    m_paper->addItem(tr("58 mm roll"), VoucherSheet::paperName(VoucherSheet::Paper::Roll58));
    m_paper->addItem(tr("80 mm roll"), VoucherSheet::paperName(VoucherSheet::Paper::Roll80));
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(m_engine->settings().voucherPaper())));
    m_printAfter->setObjectName(u"printAfterGeneratingCheckBox"_s);
    m_printAfter->setToolTip(tr("A batch made here goes to the printer chosen last in Print… (else the system's "
                                "default printer) at once, without a dialog."));
    m_printAfter->setChecked(m_engine->settings().printAfterGenerating());
    auto* revoke = new QPushButton(tr("Re&voke"), this);
    revoke->setObjectName(u"revokeButton"_s);
    auto* activate = new QPushButton(tr("&Log a waiting device in…"), this);
    activate->setObjectName(u"activateButton"_s);
    activate->setToolTip(tr("Logs a device that waits at the hotspot login page in with the selected voucher."));
    auto* unlock = new QPushButton(tr("&Unlock device"), this);
    unlock->setObjectName(u"unlockButton"_s);
    unlock->setToolTip(tr("Frees the selected voucher from the device it is bound to (profiles with "
                          "\"lock_device\"), so the customer can log in from another device or a new private MAC."));
    auto* push = new QPushButton(tr("Put on &router"), this);
    push->setObjectName(u"pushButton"_s);
    push->setToolTip(tr("Put the selected vouchers that are not on the router yet there now (with none selected: "
                        "all of them)."));

    auto* makeRow = new QHBoxLayout;
    makeRow->addWidget(new QLabel(tr("Make"), this));
    makeRow->addWidget(m_count);
    makeRow->addWidget(m_profile, 1);
    makeRow->addWidget(make);
    makeRow->addWidget(m_printAfter);
    makeRow->addWidget(new QLabel(tr("Paper"), this));
    makeRow->addWidget(m_paper);
    auto* findRow = new QHBoxLayout;
    findRow->addWidget(new QLabel(tr("Show"), this));
    findRow->addWidget(m_status);
    findRow->addWidget(m_search, 1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(pdf);
    actions->addWidget(print);
    actions->addWidget(m_printTarget, 1);
    actions->addWidget(push);
    actions->addWidget(m_pushRouter);
    actions->addWidget(activate);
    actions->addWidget(unlock);
    actions->addWidget(revoke);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(makeRow);
    layout->addLayout(findRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(make, &QPushButton::clicked, this, &VouchersPage::generate);
    connect(m_paper, &QComboBox::currentIndexChanged, this,
            [this] { m_engine->settings().setVoucherPaper(m_paper->currentData().toString()); });
    connect(m_printAfter, &QCheckBox::toggled, this,
            [this](bool checked) { m_engine->settings().setPrintAfterGenerating(checked); });
    connect(m_status, &QComboBox::currentIndexChanged, this, &VouchersPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &VouchersPage::reload);
    connect(pdf, &QPushButton::clicked, this, &VouchersPage::printToPdf);
    connect(print, &QPushButton::clicked, this, &VouchersPage::printToPrinter);
    connect(revoke, &QPushButton::clicked, this, &VouchersPage::revokeSelected);
    connect(activate, &QPushButton::clicked, this, &VouchersPage::activateSelected);
    connect(unlock, &QPushButton::clicked, this, &VouchersPage::unlockSelected);
    connect(push, &QPushButton::clicked, this, &VouchersPage::pushSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VouchersPage::updatePrintTarget);
    connect(engine, &AppEngine::databaseChanged, this, &VouchersPage::reload);
    // Every router's pushes and voucher events; with several, messages say which router.
    auto routerPrefix = [this](int router) {
        return m_engine->routerCount() > 1 ? m_engine->routers().name(router) + u": "_s : QString();
    };
    for (int i = 0; i < engine->routerCount(); ++i) {
        ControlLoop& loop = engine->routers().loop(i);
        connect(
            &loop, &ControlLoop::vouchersPushed, this,
            [this, i, routerPrefix](int added, const QStringList& failures, const QString& error) {
                if (!error.isEmpty() || !failures.isEmpty()) {
                    // The router's own words name what it refused; say which step that was and the fix.
                    QStringList problems;
                    if (!error.isEmpty()) {
                        problems.append(error);
                    }
                    if (!failures.isEmpty()) {
                        QString users
                            = tr("could not add the hotspot user of %n voucher(s): %1", nullptr, int(failures.size()))
                                  .arg(failures.mid(0, 3).join(u"; "_s));
                        if (failures.join(u' ').contains(u"permission"_s, Qt::CaseInsensitive)) {
                            users += tr(" — the router user needs write rights (in Winbox: System > Users > Groups, "
                                        "policy \"write\")");
                        }
                        problems.append(users);
                    }
                    m_messages->showMessage(
                        MessageBar::Kind::Warning,
                        routerPrefix(i)
                            + tr("Vouchers not on the router yet: %1. They are tried again when the router answers.")
                                  .arg(problems.join(u"; "_s)),
                        tr("Try &now"), [this] { pushSelected(); });
                } else if (added > 0 && (m_messages->isHidden() || m_messages->kind() != MessageBar::Kind::Error)) {
                    // Good news does not hide an error still shown (a batch that did not print).
                    m_messages->showMessage(MessageBar::Kind::Information,
                                            routerPrefix(i) + tr("%n voucher(s) put on the router.", nullptr, added));
                }
                reload();
            });
        connect(&loop, &ControlLoop::vouchersMissingFromRouter, this,
                [this, i, routerPrefix](const QStringList& codes) {
                    m_messages->showMessage(
                        MessageBar::Kind::Warning,
                        routerPrefix(i)
                            + tr("%n voucher(s) that were on the router are not there any more (was the router "
                                 "reset, or is this another router?).",
                                 nullptr, int(codes.size())),
                        tr("Put them &back"), [this, i, codes] {
                            QList<Voucher> vouchers;
                            for (const QString& code : codes) {
                                if (const auto voucher = m_engine->loop().voucherStore().find(code)) {
                                    vouchers.append(*voucher);
                                }
                            }
                            m_engine->routers().loop(i).pushVouchers(vouchers, tr("put back by the operator"));
                        });
                });
        connect(&loop.vouchers(), &VoucherTracker::voucherActivated, this, &VouchersPage::reload);
        connect(&loop.vouchers(), &VoucherTracker::voucherUsedUp, this, &VouchersPage::reload);
        connect(&loop.vouchers(), &VoucherTracker::deviceLocked, this, &VouchersPage::reload);
    }
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
    const QList<Voucher> vouchers = m_engine->loop().voucherStore().list(filter);
    QStringList codes;
    for (const Voucher& voucher : vouchers) {
        codes.append(voucher.code);
    }
    m_model->setDevices(m_engine->loop().voucherStore().devices(codes));
    m_model->setVouchers(vouchers); // in place: the selection stays
    m_model->setRouters(m_engine->loop().voucherStore().routersOf(codes));
    if (!m_columnsSized && m_model->rowCount() > 0) {
        m_columnsSized = true;
        m_table->resizeColumnsToContents(); // once; later only wider (first use, device come later)
    }
    TableColumns::grow(m_table);
    updatePrintTarget();
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
    m_lastBatchId = batch->id;
    m_engine->log().info(
        tr("Batch %1: %n %2 voucher(s) made.", nullptr, int(batch->codes.size())).arg(batch->id).arg(profile->name));
    m_table->clearSelection(); // Save as PDF / Print now take the new batch
    reload();
    VoucherStore::Filter filter;
    filter.batchId = batch->id;
    const QList<Voucher> made = m_engine->loop().voucherStore().list(filter);
    const int count = int(batch->codes.size());
    if (!m_printAfter->isChecked()) {
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("Batch %1: %n voucher(s) made; putting them on the router…", nullptr, count).arg(batch->id));
    } else if (QString printError; printNow(made, &printError)) {
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("Batch %1: %n voucher(s) made and sent to the printer; putting them on the router…", nullptr, count)
                .arg(batch->id));
    } else {
        m_engine->log().error(tr("Batch %1 not printed: %2").arg(batch->id).arg(printError));
        m_messages->showMessage(
            MessageBar::Kind::Error,
            tr("Batch %1: %n voucher(s) made, but not printed: %2", nullptr, count).arg(batch->id).arg(printError),
            tr("Print &again…"), [this] { printToPrinter(); });
    }
    pushToRouters(made, tr("new batch %1").arg(batch->id));
}

QList<Voucher> VouchersPage::selectedVouchers() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        rows.append(index.row());
    }
    std::sort(rows.begin(), rows.end()); // table order, not the order of the clicks
    QList<Voucher> vouchers;
    for (int row : std::as_const(rows)) {
        if (const Voucher* voucher = m_model->voucher(row)) {
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
    pushToRouters(vouchers, tr("the operator asked"));
}

void VouchersPage::pushToRouters(const QList<Voucher>& vouchers, const QString& why)
{
    const int picked = m_pushRouter->routerIndex();
    for (int i = 0; i < m_engine->routerCount(); ++i) {
        if (picked < 0 || picked == i) {
            m_engine->routers().loop(i).pushVouchers(vouchers, why);
        }
    }
}

VoucherManager* VouchersPage::newManager()
{
    QList<VoucherManager::Router> routers;
    for (int i = 0; i < m_engine->routerCount(); ++i) {
        routers.append({m_engine->routers().name(i), &m_engine->routers().client(i)});
    }
    return new VoucherManager(routers, &m_engine->loop().voucherStore(), this);
}

VouchersPage::PrintJob VouchersPage::printJob() const
{
    PrintJob job;
    const QList<Voucher> selected = selectedVouchers();
    if (!selected.isEmpty()) {
        for (const Voucher& voucher : selected) {
            job.codes.append(voucher.code);
        }
        job.source = tr("the %n selected voucher(s)", nullptr, int(selected.size()));
        return job;
    }
    VoucherStore& store = m_engine->loop().voucherStore();
    job.batchId = m_lastBatchId;
    if (job.batchId <= 0) {
        const QList<VoucherStore::Batch> batches = store.batches(); // newest first
        job.batchId = batches.isEmpty() ? 0 : batches.first().id;
    }
    if (job.batchId > 0) {
        VoucherStore::Filter filter;
        filter.batchId = job.batchId;
        for (const Voucher& voucher : store.list(filter)) {
            job.codes.append(voucher.code);
        }
        job.source = tr("batch %1").arg(job.batchId);
    }
    return job;
}

QStringList VouchersPage::printCodes() const
{
    int skipped = 0;
    QStringList codes;
    for (const Voucher& voucher : printable(printJob().codes, &skipped)) {
        codes.append(voucher.code);
    }
    return codes;
}

QList<Voucher> VouchersPage::printable(const QStringList& codes, int* skipped) const
{
    // As stored now: a code revoked or used up since it was selected is left out too.
    const QHash<QString, Voucher> stored = m_engine->loop().voucherStore().findMany(codes);
    QList<Voucher> vouchers;
    *skipped = 0;
    for (const QString& code : codes) {
        const auto it = stored.constFind(code);
        if (it == stored.cend() || VoucherTableModel::isDead(*it)) {
            ++*skipped;
        } else {
            vouchers.append(*it);
        }
    }
    return vouchers;
}

bool VouchersPage::checkPrintable(const PrintJob& job)
{
    if (job.codes.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Nothing to print: make a batch, or select the vouchers to print."));
        return false;
    }
    int skipped = 0;
    if (printable(job.codes, &skipped).isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Nothing to print: every code of %1 is used up or revoked.").arg(job.source));
        return false;
    }
    return true;
}

void VouchersPage::updatePrintTarget()
{
    int selected = 0;
    int dead = 0;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        ++selected;
        if (const Voucher* voucher = m_model->voucher(index.row());
            voucher != nullptr && VoucherTableModel::isDead(*voucher)) {
            ++dead;
        }
    }
    if (selected > 0) {
        m_printTarget->setText(
            dead == 0 ? tr("Selected to print: %1").arg(selected)
                      : tr("Selected to print: %1 (%2 used up or revoked: left out)").arg(selected - dead).arg(dead));
        return;
    }
    const PrintJob job = printJob();
    m_printTarget->setText(job.batchId > 0 ? tr("Nothing selected: prints batch %1").arg(job.batchId) : QString());
}

void VouchersPage::reportPrinted(const QList<Voucher>& printed, int skipped, const QString& done)
{
    QStringList text {done};
    if (skipped > 0) {
        text.append(tr("%n used-up or revoked code(s) left out.", nullptr, skipped));
    }
    QList<Voucher> notOnRouter;
    for (const Voucher& voucher : printed) {
        if (voucher.status == Voucher::Status::New) {
            notOnRouter.append(voucher);
        }
    }
    if (notOnRouter.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Information, text.join(u' '));
        return;
    }
    text.append(tr("%n of these code(s) is not on the router yet: a customer cannot log in with it until it is.",
                   nullptr, int(notOnRouter.size())));
    m_messages->showMessage(
        MessageBar::Kind::Warning, text.join(u' '), tr("Put them on the &router"), [this, notOnRouter] {
            m_messages->showMessage(MessageBar::Kind::Information,
                                    tr("Putting %n voucher(s) on the router…", nullptr, int(notOnRouter.size())));
            pushToRouters(notOnRouter, tr("printed, the operator asked"));
        });
}

VoucherSheet::Options VouchersPage::sheetOptions() const
{
    VoucherSheet::Options options;
    options.hotspotDnsName = m_engine->settings().hotspotDnsName();
    options.shopName = m_engine->settings().shopName();
    options.paper = VoucherSheet::paperFromName(m_engine->settings().voucherPaper()).value_or(VoucherSheet::Paper::A4);
    return options;
}

std::unique_ptr<QPrinter> VouchersPage::voucherPrinter(QString* error) const
{
    QString name = m_engine->settings().voucherPrinter();
    if (!name.isEmpty() && QPrinterInfo::printerInfo(name).isNull()) {
        *error = tr("the printer %1 is not there (switched off or removed?)").arg(name);
        return nullptr;
    }
    if (name.isEmpty()) {
        name = QPrinterInfo::defaultPrinterName();
    }
    if (name.isEmpty()) {
        *error = tr("no printer chosen: choose one once with Print…, or set a default printer in the system");
        return nullptr;
    }
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setPrinterName(name);
    printer->setDocName(tr("Vouchers"));
    return printer;
}

bool VouchersPage::printNow(const QList<Voucher>& vouchers, QString* error)
{
    std::unique_ptr<QPrinter> printer = m_printerFactory ? m_printerFactory(error) : voucherPrinter(error);
    if (!printer) {
        return false;
    }
    return VoucherSheet(sheetOptions()).paint(printer.get(), vouchers, error);
}

void VouchersPage::printToPdf()
{
    const PrintJob job = printJob();
    if (!checkPrintable(job)) {
        return;
    }
    const QString name = job.batchId > 0 ? u"vouchers-batch-%1.pdf"_s.arg(job.batchId) : u"vouchers.pdf"_s;
    auto* dialog = new SaveFileDialog(&m_engine->settings(), tr("Save vouchers as PDF"), name, tr("PDF files (*.pdf)"),
                                      u"pdf"_s, this);
    connect(dialog, &QFileDialog::fileSelected, this, [this, job](const QString& path) {
        int skipped = 0;
        const QList<Voucher> vouchers = printable(job.codes, &skipped);
        QString error;
        if (!VoucherSheet(sheetOptions()).writePdf(vouchers, path, &error)) {
            m_messages->showMessage(MessageBar::Kind::Error, tr("Not saved: %1").arg(error));
            return;
        }
        reportPrinted(
            vouchers, skipped,
            tr("%n voucher card(s) saved to %1.", nullptr, int(vouchers.size())).arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

void VouchersPage::printToPrinter()
{
    const PrintJob job = printJob();
    if (!checkPrintable(job)) {
        return;
    }
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    if (const QString chosen = m_engine->settings().voucherPrinter();
        !chosen.isEmpty() && !QPrinterInfo::printerInfo(chosen).isNull()) {
        printer->setPrinterName(chosen); // the voucher printer chosen last
    }
    auto* dialog = new QPrintDialog(printer.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, job, printer] {
        if (printer->outputFormat() == QPrinter::NativeFormat && !printer->printerName().isEmpty()) {
            m_engine->settings().setVoucherPrinter(printer->printerName()); // for Print after generating
        }
        int skipped = 0;
        const QList<Voucher> vouchers = printable(job.codes, &skipped);
        QString error;
        if (!VoucherSheet(sheetOptions()).paint(printer.get(), vouchers, &error)) {
            m_messages->showMessage(MessageBar::Kind::Error, tr("Not printed: %1").arg(error));
            return;
        }
        reportPrinted(vouchers, skipped, tr("%n voucher card(s) sent to the printer.", nullptr, int(vouchers.size())));
    });
    dialog->open();
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
                        auto* manager = newManager();
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

void VouchersPage::unlockSelected()
{
    const Voucher* voucher
        = m_table->currentIndex().isValid() ? m_model->voucher(m_table->currentIndex().row()) : nullptr;
    if (voucher == nullptr) {
        m_messages->showMessage(MessageBar::Kind::Information, tr("Select the voucher to unlock first."));
        return;
    }
    if (voucher->lockedMac.isEmpty()) {
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("%1 is not bound to a device; nothing to unlock.").arg(voucher->code));
        return;
    }
    // Copied now: the next refresh may move or replace the row.
    const QString code = voucher->code;
    const QString mac = voucher->lockedMac;
    MessageBox::ask(this, tr("Unlock device"),
                    tr("Unlock %1 from %2? The customer can then log in with it from another device.").arg(code, mac),
                    [this, code] {
                        auto* manager = newManager();
                        manager->setEventLog(&m_engine->log());
                        manager->unlock(code, tr("window"), this,
                                        [this, manager, code](const VoucherManager::Outcome& outcome) {
                                            manager->deleteLater();
                                            if (outcome.ok()) {
                                                m_messages->showMessage(MessageBar::Kind::Information, outcome.message);
                                            } else {
                                                m_engine->log().error(outcome.message);
                                                m_messages->showMessage(MessageBar::Kind::Error, outcome.message);
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
        m_messages->showMessage(MessageBar::Kind::Information,
                                tr("Select the voucher to use first, then pick the device."));
        return;
    }
    const QString code = voucher->code;
    if (VoucherTableModel::isDead(*voucher)) {
        m_messages->showMessage(
            MessageBar::Kind::Information,
            tr("%1 is %2: pick another voucher.").arg(code, VoucherTableModel::statusText(voucher->status).toLower()));
        return;
    }
    if (voucher->status == Voucher::Status::New) {
        const Voucher copy = *voucher;
        m_messages->showMessage(
            MessageBar::Kind::Warning,
            tr("%1 is not on the router yet: put it there first, then log the device in.").arg(code),
            tr("Put it on the &router"), [this, copy] { pushToRouters({copy}, tr("the operator asked")); });
        return;
    }
    // The devices waiting at every router the voucher is on; the one picked is logged in where it waits.
    VoucherManager* lookup = newManager();
    auto* dialog = new WaitingDeviceDialog(lookup->routersOf(code), code, this);
    lookup->deleteLater();
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, code] {
        const QString mac = dialog->mac().toString();
        const QString router = dialog->router();
        auto* manager = newManager();
        manager->activateForDevice(
            code, mac, this,
            [this, manager, router](const VoucherManager::Outcome& outcome) {
                manager->deleteLater();
                if (outcome.ok()) {
                    m_engine->log().info(tr("%1 [window]").arg(outcome.message));
                    m_messages->showMessage(MessageBar::Kind::Information, outcome.message);
                    const int index = m_engine->routers().indexOf(router);
                    (index >= 0 ? m_engine->routers().loop(index) : m_engine->loop()).monitor().refreshNow();
                } else {
                    m_messages->showMessage(MessageBar::Kind::Error, tr("Not logged in: %1").arg(outcome.message));
                }
            },
            router);
    });
    dialog->open();
}
