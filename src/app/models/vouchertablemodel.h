// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/keyedtablemodel.h"
#include "core/vouchers/voucher.h"
#include "core/vouchers/voucherstore.h"

// Vouchers from the database, reloaded on request (filter change, generate, revoke, a voucher
// activated or used up) and applied in place, keyed by code: the selection survives a reload.
// Used-up and revoked codes are greyed out and struck through.
class VoucherTableModel : public KeyedTableModel<Voucher>
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
        DataLeft,
        Router, // the router it was put on (shown with several routers)
        ColumnCount
    };
    explicit VoucherTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setVouchers(const QList<Voucher>& vouchers) { applyRows(vouchers); }
    // Every device each code was used from: the MAC column's tooltip (a phone with a private MAC
    // may have used a code under several addresses).
    void setDevices(const QHash<QString, QList<VoucherStore::Device>>& devices) { m_devices = devices; }
    // Every router each voucher was put on, first one first (VoucherStore::routersOf).
    void setRouters(const QHash<QString, QStringList>& routers);
    const Voucher* voucher(int row) const { return KeyedTableModel::row(row); }
    const QList<Voucher>& vouchers() const { return rows(); }

    // The word for a status, the same in the table and in the page's Show filter.
    static QString statusText(Voucher::Status status);
    // Used up or revoked: such a code is never printed or put on the router again.
    static bool isDead(const Voucher& voucher);

protected:
    QString keyOf(const Voucher& voucher) const override { return voucher.code; }
    bool sameRow(const Voucher& a, const Voucher& b) const override;

private:
    QString deviceHistory(const Voucher& voucher) const;

    QHash<QString, QList<VoucherStore::Device>> m_devices;
    QHash<QString, QStringList> m_routers;
};
