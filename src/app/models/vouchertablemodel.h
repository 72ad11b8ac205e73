// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/vouchers/voucher.h"

#include <QAbstractTableModel>

// Vouchers from the database, reloaded on request (filter change, generate, revoke).
class VoucherTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Code,
        Profile,
        Price,
        Validity,
        Speed,
        Status,
        Created,
        Activated,
        Mac,
        Used,
        ColumnCount
    };
    explicit VoucherTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setVouchers(const QList<Voucher>& vouchers);
    const Voucher* voucher(int row) const;
    const QList<Voucher>& vouchers() const { return m_vouchers; }

private:
    QList<Voucher> m_vouchers;
};
