// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/vouchertablemodel.h"

#include "core/traffic/trafficformat.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

VoucherTableModel::VoucherTableModel(QObject* parent)
    : KeyedTableModel(parent)
{ }

int VoucherTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString VoucherTableModel::statusText(Voucher::Status status)
{
    switch (status) {
    case Voucher::Status::New:
        return tr("Not on the router yet");
    case Voucher::Status::Pushed:
        return tr("On the router");
    case Voucher::Status::Active:
        return tr("In use");
    case Voucher::Status::Used:
        return tr("Used up");
    case Voucher::Status::Revoked:
        return tr("Revoked");
    }
    return {};
}

QString VoucherTableModel::deviceHistory(const Voucher& voucher) const
{
    QStringList lines;
    const QList<VoucherStore::Device> devices = m_devices.value(voucher.code);
    if (!devices.isEmpty()) {
        lines.append(tr("Devices that used this code:"));
    }
    for (const VoucherStore::Device& device : devices) {
        const auto mac = MacAddress::parse(device.mac);
        const QString line
            = tr("%1  %2  %3")
                  .arg(QLocale().toString(device.firstSeen.toLocalTime(), QLocale::ShortFormat), device.mac, device.ip);
        lines.append(mac && mac->isRandomised() ? tr("%1 (private MAC)").arg(line) : line);
    }
    if (!voucher.lockedMac.isEmpty()) {
        lines.append(tr("Bound to %1: it works only on that device until you unlock it.").arg(voucher.lockedMac));
    } else if (voucher.lockDevice) {
        lines.append(tr("Its profile binds it to the first device that uses it."));
    }
    return lines.join(u'\n');
}

void VoucherTableModel::setRouters(const QHash<QString, QStringList>& routers)
{
    if (routers == m_routers) {
        return;
    }
    m_routers = routers;
    if (rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Router), index(rowCount() - 1, Router), {Qt::DisplayRole});
    }
}

bool VoucherTableModel::isDead(const Voucher& voucher)
{
    return voucher.status == Voucher::Status::Used || voucher.status == Voucher::Status::Revoked;
}

bool VoucherTableModel::sameRow(const Voucher& a, const Voucher& b) const
{
    return a.status == b.status && a.statusText == b.statusText && a.profile == b.profile && a.price == b.price
        && a.validity == b.validity && a.validitySeconds == b.validitySeconds && a.rateUp == b.rateUp
        && a.rateDown == b.rateDown && a.createdAt == b.createdAt && a.activatedAt == b.activatedAt && a.mac == b.mac
        && a.usedSeconds == b.usedSeconds && a.batchId == b.batchId && a.lockedMac == b.lockedMac
        && a.dataBytes == b.dataBytes && a.bytesUp == b.bytesUp && a.bytesDown == b.bytesDown && a.router == b.router;
}

QVariant VoucherTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[]
        = {QT_TR_NOOP("Code"),      QT_TR_NOOP("Profile"),           QT_TR_NOOP("Price"),
           QT_TR_NOOP("Validity"),  QT_TR_NOOP("Speed (down / up)"), QT_TR_NOOP("Status"),
           QT_TR_NOOP("Made"),      QT_TR_NOOP("First used"),        QT_TR_NOOP("Device"),
           QT_TR_NOOP("Time used"), QT_TR_NOOP("Data left"),         QT_TR_NOOP("Router")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant VoucherTableModel::data(const QModelIndex& index, int role) const
{
    const Voucher* found = index.isValid() ? voucher(index.row()) : nullptr;
    if (found == nullptr) {
        return {};
    }
    const Voucher& v = *found;
    const bool dead = isDead(v);
    switch (role) {
    case Qt::DisplayRole:
        break;
    case Qt::ForegroundRole:
        return dead ? QVariant(QBrush(QPalette().color(QPalette::Disabled, QPalette::Text))) : QVariant();
    case Qt::FontRole:
        if (dead && index.column() == Code) {
            QFont struck;
            struck.setStrikeOut(true);
            return struck;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Mac) {
            return deviceHistory(v);
        }
        if (v.status == Voucher::Status::Revoked) {
            return tr("Revoked: this code no longer works and is never printed.");
        }
        if (v.status == Voucher::Status::Used) {
            return tr("Used up: its time or data is spent; it is never printed again.");
        }
        if (v.status == Voucher::Status::New) {
            return tr("Not on the router yet: a customer cannot log in with it until it is there.");
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    default:
        return {};
    }
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
        return statusText(v.status);
    case Created:
        return QLocale().toString(v.createdAt.toLocalTime(), QLocale::ShortFormat);
    case Activated:
        return v.activatedAt.isValid() ? QLocale().toString(v.activatedAt.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
    case Mac:
        return v.lockedMac.isEmpty() ? v.mac : tr("%1 (locked)").arg(v.lockedMac);
    case Used:
        return v.usedSeconds > 0 ? TrafficFormat::duration(v.usedSeconds) : QString();
    case DataLeft:
        // After the sessions that ended; the Bandwidth Control page shows it live.
        return v.dataBytes == 0
            ? QString()
            : tr("%1 of %2").arg(TrafficFormat::bytes(quint64(v.dataLeft())), TrafficFormat::bytes(v.dataBytes));
    case Router:
        return m_routers.contains(v.code) ? m_routers.value(v.code).join(QStringLiteral(", ")) : v.router;
    default:
        return {};
    }
}
