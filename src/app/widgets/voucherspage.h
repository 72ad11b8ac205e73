// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AppEngine;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QCheckBox;
class QTableView;
class VoucherTableModel;

// Make, find, print, revoke and hand out vouchers.
class VouchersPage : public QWidget
{
    Q_OBJECT

public:
    explicit VouchersPage(AppEngine* engine, QWidget* parent = nullptr);

public Q_SLOTS:
    void reload();
    void generate();

private:
    void printToPdf();
    void printToPrinter();
    void revokeSelected();
    void activateSelected();

    AppEngine* m_engine;
    VoucherTableModel* m_model;
    QTableView* m_table;
    QComboBox* m_profile;
    QSpinBox* m_count;
    QCheckBox* m_push;
    QComboBox* m_status;
    QLineEdit* m_search;
    bool m_columnsSized = false;
};
