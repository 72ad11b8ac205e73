// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/trafficsnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

// The online users, one row per device, fed by the monitor's snapshots. Each refresh is applied as
// row removals, insertions and changes, never a reset, so selection, sort and scroll survive it.
// With several routers each router's snapshots change only that router's rows (a device is one row
// per router it is on).
class UserTrafficModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        User,
        Mac,
        Ip,
        Downloaded,
        Uploaded,
        DownRate,
        UpRate,
        Limit,
        Uptime,
        TimeLeft,
        DataLeft,
        Router, // last, so saved column layouts of one-router installs still fit
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // raw numbers for sorting
    static constexpr int MacRole = Qt::UserRole + 2;
    static constexpr int RandomisedMacRole = Qt::UserRole + 3; // bool: a private (random) MAC

    explicit UserTrafficModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A snapshot of the router named (empty: the only router).
    void apply(const TrafficSnapshot& snapshot, const QString& router = {});
    const UserTraffic* user(int row) const;
    // The router of the row (as named in apply()).
    QString router(int row) const;
    // Whether the rows shown are old data (all routers', or this router's).
    bool isStale() const;
    bool isStale(const QString& router) const { return m_stale.value(router); }

private:
    static QString keyOf(const QString& router, const QString& macText) { return router + u'\n' + macText; }
    void rebuildIndex();
    // A new series of snapshots (another router) replaces the router's rows.
    void replaceRows(const TrafficSnapshot& snapshot, const QString& router);

    QList<UserTraffic> m_rows;
    QList<QString> m_routerOfRow; // beside m_rows
    QHash<QString, int> m_rowOf; // keyOf(router, MAC text) -> row
    QHash<QString, bool> m_stale; // per router
    QHash<QString, quint64> m_sequence; // per router: of the last snapshot applied
};

// Filters by voucher code, MAC or IP (the search box) and sorts by the raw values. A MAC matches
// however it is typed: 9491E8, 94-91-E8-… (Windows getmac), 94:91:e8…
// While the sort is frozen (the operator is pointing at or acting on a row) refreshes change the
// rows in place and new rows go to the end; the order catches up when it is unfrozen.
class UserFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UserFilterModel(QObject* parent = nullptr);
    void setSearch(const QString& text);
    QString search() const { return m_search; }
    // Only this router's rows (empty: every router's).
    void setRouter(const QString& router);
    QString router() const { return m_router; }
    void setSortingFrozen(bool frozen);
    bool isSortingFrozen() const { return m_frozen; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    QString m_searchHex; // the search as bare hex digits when it can be (part of) a MAC
    QString m_router;
    bool m_frozen = false;
};
