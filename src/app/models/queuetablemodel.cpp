// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/queuetablemodel.h"

#include "core/traffic/ratelimit.h"
#include "core/traffic/trafficformat.h"
#include "core/traffic/trafficjoiner.h"

#include <QFont>

QueueTableModel::QueueTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int QueueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_queues.size());
}

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const SimpleQueue* QueueTableModel::queue(int row) const
{
    return row >= 0 && row < m_queues.size() ? &m_queues[row] : nullptr;
}

void QueueTableModel::setQueues(const QList<SimpleQueue>& queues)
{
    beginResetModel();
    m_queues = queues;
    endResetModel();
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
    if (!index.isValid() || index.row() >= m_queues.size()) {
        return {};
    }
    const SimpleQueue& queue = m_queues[index.row()];
    const bool ours = queue.name.startsWith(TrafficJoiner::QueuePrefix);
    if (role == Qt::FontRole && ours) {
        QFont bold;
        bold.setBold(true);
        return bold;
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
