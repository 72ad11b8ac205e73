// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/voucher.h"
#include "print/vouchersheet.h"

#include <QWidget>

#include <functional>
#include <memory>

class AppEngine;
class MessageBar;
class QCheckBox;
class QComboBox;
class QPrinter;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;
class RouterCombo;
class VoucherManager;
class VoucherTableModel;

// Make, find, print, revoke and hand out vouchers.
class VouchersPage : public QWidget
{
    Q_OBJECT

public:
    explicit VouchersPage(AppEngine* engine, QWidget* parent = nullptr);

    MessageBar* messageBar() const { return m_messages; }
    QTableView* table() const { return m_table; }
    VoucherTableModel* model() const { return m_model; }
    // The codes Save as PDF / Print would print now, in order: the selected vouchers, or with
    // none selected the current batch (the last one made here, else the newest); never used-up
    // or revoked ones.
    QStringList printCodes() const;

    // Makes the printer "Print after generating" prints to, or nullptr with the reason. By default
    // the printer chosen last in the Print dialog, else the system's default printer; tests give a
    // PDF printer.
    using PrinterFactory = std::function<std::unique_ptr<QPrinter>(QString* error)>;
    void setPrinterFactory(PrinterFactory factory) { m_printerFactory = std::move(factory); }

public Q_SLOTS:
    void reload();
    void generate();
    // Puts the selected vouchers that are not on the router yet (or, with none selected, every
    // such voucher) on the router.
    void pushSelected();
    // Ask where to save (non-blocking), then write the cards of printCodes() as it was at the click.
    void printToPdf();
    void printToPrinter();
    void revokeSelected();
    // Offers the devices waiting at the login page for the current voucher (non-blocking).
    void activateSelected();
    // Frees a "lock_device" voucher from its device (router and record).
    void unlockSelected();

private:
    // Puts these vouchers on the router picked beside "Put on router" (or on every router).
    void pushToRouters(const QList<Voucher>& vouchers, const QString& why);
    // A manager for revoke, unlock and log-in that knows every router (deletes itself when asked).
    VoucherManager* newManager();
    struct PrintJob
    {
        QStringList codes; // selected or the batch, in table order
        QString source; // "the 3 selected vouchers", "batch 12"
        qint64 batchId = 0; // when printing a batch
    };
    PrintJob printJob() const;
    // The vouchers of these codes as stored now, without dead ones; counts the dead ones.
    QList<Voucher> printable(const QStringList& codes, int* skipped) const;
    // False (and says why) when there is nothing to print.
    bool checkPrintable(const PrintJob& job);
    // Says what was printed, what was left out, and offers to put codes not on the router there.
    void reportPrinted(const QList<Voucher>& printed, int skipped, const QString& done);
    void updatePrintTarget();
    VoucherSheet::Options sheetOptions() const; // from the settings: hotspot name, shop name, paper
    std::unique_ptr<QPrinter> voucherPrinter(QString* error) const;
    // Prints on the voucher printer without a dialog; false with the reason.
    bool printNow(const QList<Voucher>& vouchers, QString* error);
    QList<Voucher> selectedVouchers() const;

    AppEngine* m_engine;
    VoucherTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_profile;
    QSpinBox* m_count;
    MessageBar* m_messages;
    QComboBox* m_status;
    QLineEdit* m_search;
    QLabel* m_printTarget;
    QComboBox* m_paper;
    RouterCombo* m_pushRouter;
    QCheckBox* m_printAfter;
    PrinterFactory m_printerFactory;
    qint64 m_lastBatchId = 0; // made in this session
    bool m_columnsSized = false;
};
