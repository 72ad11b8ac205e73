// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/vouchertablemodel.h"

#include "core/traffic/trafficformat.h"

#include <QLocale>

VoucherTableModel::VoucherTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int VoucherTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_vouchers.size());
}

int VoucherTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Voucher* VoucherTableModel::voucher(int row) const
{
    return row >= 0 && row < m_vouchers.size() ? &m_vouchers[row] : nullptr;
}

void VoucherTableModel::setVouchers(const QList<Voucher>& vouchers)
{
    beginResetModel();
    m_vouchers = vouchers;
    endResetModel();
}

QVariant VoucherTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Code"),     QT_TR_NOOP("Profile"),           QT_TR_NOOP("Price"),
                                         QT_TR_NOOP("Validity"), QT_TR_NOOP("Speed (down / up)"), QT_TR_NOOP("Status"),
                                         QT_TR_NOOP("Made"),     QT_TR_NOOP("First used"),        QT_TR_NOOP("Device"),
                                         QT_TR_NOOP("Time used")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant VoucherTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_vouchers.size() || role != Qt::DisplayRole) {
        return {};
    }
    const Voucher& v = m_vouchers[index.row()];
    switch (index.column()) {
    case Code:
        return v.code;
    case Profile:
        return v.profile;
    case Price:
        return QString(u"₱" + QLocale().toString(v.price, 'f', v.price == double(qint64(v.price)) ? 0 : 2));
    case Validity:
        return v.validitySeconds < 0 ? tr("no time limit") : v.validity;
    case Speed:
        return QString(v.rateDown.toDisplay() + u" / " + v.rateUp.toDisplay());
    case Status:
        return Voucher::statusName(v.status);
    case Created:
        return QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Activated:
        return v.activatedAt.isValid() ? QLocale().toString(v.activatedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case Mac:
        return v.mac;
    case Used:
        return v.usedSeconds > 0 ? TrafficFormat::duration(v.usedSeconds) : QString();
    default:
        return {};
    }
}
