// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/voucher.h"

#include <QWidget>

class AppEngine;
class MessageBar;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTableView;
class VoucherTableModel;

// Make, find, print, revoke and hand out vouchers.
class VouchersPage : public QWidget
{
    Q_OBJECT

public:
    explicit VouchersPage(AppEngine* engine, QWidget* parent = nullptr);

    MessageBar* messageBar() const { return m_messages; }

public Q_SLOTS:
    void reload();
    void generate();
    // Puts the selected vouchers that are not on the router yet (or, with none selected, every
    // such voucher) on the router.
    void pushSelected();

private:
    void printToPdf();
    void printToPrinter();
    void revokeSelected();
    void activateSelected();
    QList<Voucher> selectedVouchers() const;

    AppEngine* m_engine;
    VoucherTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_profile;
    QSpinBox* m_count;
    MessageBar* m_messages;
    QComboBox* m_status;
    QLineEdit* m_search;
    bool m_columnsSized = false;
};
