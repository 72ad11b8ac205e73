// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/models/keyedtablemodel.h"
#include "core/routeros/routertypes.h"

// All simple queues on the router (ours marked), in the router's order. Each poll is applied in
// place, keyed by the queue's .id (rows added, removed, moved, changed; never a reset), so the
// scroll position and the selection stay where the operator left them.
class QueueTableModel : public KeyedTableModel<SimpleQueue>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Target,
        MaxLimit,
        DownRate,
        UpRate,
        Bytes,
        Kind,
        ColumnCount
    };
    explicit QueueTableModel(QObject* parent = nullptr);

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueues(const QList<SimpleQueue>& queues) { applyRows(queues); }
    const SimpleQueue* queue(int row) const { return KeyedTableModel::row(row); }

protected:
    QString keyOf(const SimpleQueue& queue) const override { return queue.id; }
    bool sameRow(const SimpleQueue& a, const SimpleQueue& b) const override;
};
