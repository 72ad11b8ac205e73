// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/queuetablemodel.h"

#include "core/traffic/ratelimit.h"
#include "core/traffic/trafficformat.h"
#include "core/traffic/trafficjoiner.h"

#include <QFont>

QueueTableModel::QueueTableModel(QObject* parent)
    : KeyedTableModel(parent)
{ }

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool QueueTableModel::sameRow(const SimpleQueue& a, const SimpleQueue& b) const
{
    return a.name == b.name && a.target == b.target && a.maxLimit == b.maxLimit && a.rate == b.rate
        && a.bytes == b.bytes && a.disabled == b.disabled && a.dynamic == b.dynamic;
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    static const char* const titles[] = {QT_TR_NOOP("Name"),
                                         QT_TR_NOOP("Target"),
                                         QT_TR_NOOP("Limit (down / up)"),
                                         QT_TR_NOOP("Download speed"),
                                         QT_TR_NOOP("Upload speed"),
                                         QT_TR_NOOP("Bytes (down / up)"),
                                         QT_TR_NOOP("Kind")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const
{
    const SimpleQueue* found = index.isValid() ? this->queue(index.row()) : nullptr;
    if (found == nullptr) {
        return {};
    }
    const SimpleQueue& queue = *found;
    const bool ours = queue.name.startsWith(TrafficJoiner::QueuePrefix);
    if (role == Qt::FontRole && ours) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole) {
        // Numbers line up on the right, as on Bandwidth Control.
        return index.column() >= DownRate && index.column() <= Bytes ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    double up = 0;
    double down = 0;
    switch (index.column()) {
    case Name:
        return queue.name;
    case Target:
        return queue.target;
    case MaxLimit: {
        const auto limit = BandwidthLimit::fromMaxLimit(queue.maxLimit);
        return limit ? QString(limit->download.toDisplay() + u" / " + limit->upload.toDisplay()) : queue.maxLimit;
    }
    case DownRate:
        TrafficJoiner::parseRatePair(queue.rate, &up, &down);
        return TrafficFormat::rate(down);
    case UpRate:
        TrafficJoiner::parseRatePair(queue.rate, &up, &down);
        return TrafficFormat::rate(up);
    case Bytes:
        TrafficJoiner::parseRatePair(queue.bytes, &up, &down);
        return QString(TrafficFormat::bytes(quint64(down)) + u" / " + TrafficFormat::bytes(quint64(up)));
    case Kind:
        if (queue.dynamic) {
            return tr("dynamic (made by the router)");
        }
        return ours ? tr("PisoNet") : tr("other");
    default:
        return {};
    }
}
