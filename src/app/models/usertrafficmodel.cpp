// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/usertrafficmodel.h"

#include "core/traffic/trafficformat.h"

#include <QApplication>
#include <QBrush>
#include <QHostAddress>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <limits>

UserTrafficModel::UserTrafficModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

int UserTrafficModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UserTrafficModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const UserTraffic* UserTrafficModel::user(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

QString UserTrafficModel::router(int row) const
{
    return row >= 0 && row < m_routerOfRow.size() ? m_routerOfRow[row] : QString();
}

bool UserTrafficModel::isStale() const
{
    if (m_stale.isEmpty()) {
        return false;
    }
    for (bool stale : m_stale) {
        if (!stale) {
            return false;
        }
    }
    return true;
}

QVariant UserTrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case User:
        return tr("User (voucher)");
    case Mac:
        return tr("MAC");
    case Ip:
        return tr("IP");
    case Downloaded:
        return tr("Downloaded");
    case Uploaded:
        return tr("Uploaded");
    case DownRate:
        return tr("Download speed");
    case UpRate:
        return tr("Upload speed");
    case Limit:
        return tr("Limit (down / up)");
    case Uptime:
        return tr("Uptime");
    case TimeLeft:
        return tr("Time left");
    case DataLeft:
        return tr("Data left");
    case Router:
        return tr("Router");
    default:
        return {};
    }
}

QVariant UserTrafficModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const UserTraffic& row = m_rows[index.row()];
    if (role == MacRole) {
        return row.macString();
    }
    if (role == RandomisedMacRole) {
        return row.mac.isRandomised();
    }
    if (index.column() == Mac && row.mac.isRandomised()) {
        // A small marker (circling arrows: it may change) and the reason, so the owner knows why a
        // customer shows up with another MAC after reconnecting.
        if (role == Qt::DecorationRole) {
            return QApplication::style()->standardIcon(QStyle::SP_BrowserReload);
        }
        if (role == Qt::ToolTipRole) {
            return tr("This phone uses a private (random) MAC address; it can change when it reconnects");
        }
    }
    if (role == Qt::ForegroundRole && m_stale.value(m_routerOfRow[index.row()])) {
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= Downloaded && index.column() <= UpRate ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                        : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && index.column() == Limit) {
        switch (row.limitSource) {
        case LimitSource::Adopted:
            return tr("Made elsewhere (another program, PC or an earlier install). Kept as it is until the device "
                      "leaves; set a limit to replace it.");
        case LimitSource::Voucher:
            return tr("The speed of the voucher %1.").arg(row.user);
        case LimitSource::Operator:
            return tr("Set by the operator.");
        case LimitSource::None:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != SortRole) {
        return {};
    }
    const bool sort = role == SortRole;
    switch (index.column()) {
    case User:
        return row.user;
    case Mac:
        return row.macString();
    case Ip:
        return sort ? QVariant(QHostAddress(row.address).toIPv4Address()) : QVariant(row.address);
    case Downloaded:
        return sort ? QVariant(row.bytesDown) : QVariant(TrafficFormat::bytes(row.bytesDown));
    case Uploaded:
        return sort ? QVariant(row.bytesUp) : QVariant(TrafficFormat::bytes(row.bytesUp));
    case DownRate:
        if (!row.rateKnown) {
            return sort ? QVariant(-1.0) : QVariant(QStringLiteral("—")); // measured from the next refresh on
        }
        return sort ? QVariant(row.rateDown) : QVariant(TrafficFormat::rate(row.rateDown));
    case UpRate:
        if (!row.rateKnown) {
            return sort ? QVariant(-1.0) : QVariant(QStringLiteral("—"));
        }
        return sort ? QVariant(row.rateUp) : QVariant(TrafficFormat::rate(row.rateUp));
    case Limit:
        if (sort) {
            return row.limit ? QVariant(row.limit->download.bitsPerSecond()) : QVariant(0);
        }
        if (!row.limit) {
            return tr("none");
        }
        // A queue made elsewhere that we keep as it is: say so, the operator did not set it here.
        return QString(row.limit->download.toDisplay() + u" / " + row.limit->upload.toDisplay()
                       + (row.limitSource == LimitSource::Adopted ? tr(" · adopted") : QString()));
    case Uptime:
        return sort ? QVariant(row.uptimeSeconds) : QVariant(TrafficFormat::duration(row.uptimeSeconds));
    case TimeLeft:
        return sort ? QVariant(row.timeLeftSeconds) : QVariant(TrafficFormat::duration(row.timeLeftSeconds));
    case DataLeft:
        if (sort) {
            return row.dataLeftBytes < 0 ? QVariant(std::numeric_limits<qint64>::max()) : QVariant(row.dataLeftBytes);
        }
        return row.dataLeftBytes < 0 ? tr("no data cap") : TrafficFormat::bytes(quint64(row.dataLeftBytes));
    case Router:
        return m_routerOfRow[index.row()];
    default:
        return {};
    }
}

void UserTrafficModel::rebuildIndex()
{
    m_rowOf.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowOf.insert(keyOf(m_routerOfRow[i], m_rows[i].macString()), i);
    }
}

void UserTrafficModel::replaceRows(const TrafficSnapshot& snapshot, const QString& router)
{
    m_sequence.insert(router, snapshot.sequence);
    if (std::all_of(m_routerOfRow.cbegin(), m_routerOfRow.cend(), [&](const QString& r) { return r == router; })) {
        // Nothing of another router here: the only reset.
        beginResetModel();
        m_rows = snapshot.users;
        m_routerOfRow = QList<QString>(m_rows.size(), router);
        rebuildIndex();
        endResetModel();
        return;
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_routerOfRow[row] == router) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_routerOfRow.removeAt(row);
            endRemoveRows();
        }
    }
    if (!snapshot.users.isEmpty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(snapshot.users.size()) - 1);
        m_rows.append(snapshot.users);
        m_routerOfRow.append(QList<QString>(snapshot.users.size(), router));
        endInsertRows();
    }
    rebuildIndex();
}

void UserTrafficModel::apply(const TrafficSnapshot& snapshot, const QString& router)
{
    const bool staleChanged = m_stale.value(router) != snapshot.stale;
    m_stale.insert(router, snapshot.stale);
    QList<int> routerRows;
    for (int i = 0; i < m_routerOfRow.size(); ++i) {
        if (m_routerOfRow[i] == router) {
            routerRows.append(i);
        }
    }
    if (snapshot.stale) {
        if (staleChanged && !routerRows.isEmpty() && routerRows.size() == m_rows.size()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::ForegroundRole});
        } else if (staleChanged) {
            for (int row : std::as_const(routerRows)) {
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1), {Qt::ForegroundRole});
            }
        }
        return; // the rows stay as they were, greyed out
    }
    // A new series of snapshots (another router): nothing of the old one stays.
    if (snapshot.sequence <= m_sequence.value(router)) {
        replaceRows(snapshot, router);
        return;
    }
    m_sequence.insert(router, snapshot.sequence);
    // Removals, from the bottom so the rows above keep their numbers.
    QList<int> gone;
    for (const QString& key : snapshot.removed) {
        const auto it = m_rowOf.constFind(keyOf(router, key));
        if (it != m_rowOf.cend()) {
            gone.append(*it);
        }
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        m_routerOfRow.removeAt(row);
        endRemoveRows();
    }
    if (!gone.isEmpty()) {
        rebuildIndex();
    }
    // Changes in place; one ranged signal when most rows changed (cheaper for the view).
    QHash<QString, const UserTraffic*> fresh;
    fresh.reserve(snapshot.users.size());
    for (const UserTraffic& user : snapshot.users) {
        fresh.insert(user.macString(), &user);
    }
    QList<int> changedRows;
    for (const QString& key : snapshot.updated) {
        const auto at = m_rowOf.constFind(keyOf(router, key));
        const auto now = fresh.constFind(key);
        if (at == m_rowOf.cend() || now == fresh.cend()) {
            continue;
        }
        m_rows[*at] = **now;
        changedRows.append(*at);
    }
    if (staleChanged || changedRows.size() * 2 > m_rows.size()) {
        if (!m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        }
    } else {
        for (int row : std::as_const(changedRows)) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    // Insertions at the end, in one block.
    QList<const UserTraffic*> added;
    for (const QString& key : snapshot.added) {
        const auto now = fresh.constFind(key);
        if (now != fresh.cend() && !m_rowOf.contains(keyOf(router, key))) {
            added.append(*now);
        }
    }
    if (!added.isEmpty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (const UserTraffic* user : std::as_const(added)) {
            m_rowOf.insert(keyOf(router, user->macString()), int(m_rows.size()));
            m_rows.append(*user);
            m_routerOfRow.append(router);
        }
        endInsertRows();
    }
}

UserFilterModel::UserFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(UserTrafficModel::SortRole);
    setDynamicSortFilter(true);
}

namespace
{
// "94-91-E8", "94:91:e8", "9491.E8" -> "9491E8"; empty when the text cannot be part of a MAC.
QString macDigits(const QString& text)
{
    QString digits;
    for (QChar c : text) {
        if (c == u':' || c == u'-' || c == u'.' || c == u' ') {
            continue;
        }
        if (!c.isDigit() && !(c.toUpper() >= u'A' && c.toUpper() <= u'F')) {
            return {};
        }
        digits.append(c.toUpper());
    }
    return digits.size() >= 2 ? digits : QString();
}
} // namespace

void UserFilterModel::setSearch(const QString& text)
{
    m_search = text.trimmed();
    m_searchHex = macDigits(m_search);
    invalidateFilter();
}

void UserFilterModel::setRouter(const QString& router)
{
    m_router = router;
    invalidateFilter();
}

void UserFilterModel::setSortingFrozen(bool frozen)
{
    if (frozen == m_frozen) {
        return;
    }
    m_frozen = frozen;
    setDynamicSortFilter(!frozen);
    if (!frozen && sortColumn() >= 0) {
        sort(sortColumn(), sortOrder()); // catch up with what changed meanwhile
    }
}

bool UserFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_router.isEmpty()
        && sourceModel()->index(sourceRow, UserTrafficModel::Router, sourceParent).data().toString() != m_router) {
        return false;
    }
    if (m_search.isEmpty()) {
        return true;
    }
    for (int column : {UserTrafficModel::User, UserTrafficModel::Mac, UserTrafficModel::Ip}) {
        if (sourceModel()
                ->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_search, Qt::CaseInsensitive)) {
            return true;
        }
    }
    if (!m_searchHex.isEmpty()) {
        const QString mac = sourceModel()->index(sourceRow, UserTrafficModel::Mac, sourceParent).data().toString();
        return macDigits(mac).contains(m_searchHex);
    }
    return false;
}
