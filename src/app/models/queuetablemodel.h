// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/routertypes.h"

#include <QAbstractTableModel>

// All simple queues on the router (ours marked), refreshed as a whole with each poll.
class QueueTableModel : public QAbstractTableModel
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setQueues(const QList<SimpleQueue>& queues);
    const SimpleQueue* queue(int row) const;

private:
    QList<SimpleQueue> m_queues;
};
