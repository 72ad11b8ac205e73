// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/models/usertrafficmodel.h"

#include "core/traffic/trafficformat.h"

#include <QApplication>
#include <QBrush>
#include <QHostAddress>
#include <QPalette>
#include <QStyle>

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
    if (role == Qt::ForegroundRole && m_stale) {
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
    default:
        return {};
    }
}

void UserTrafficModel::apply(const TrafficSnapshot& snapshot)
{
    const bool staleChanged = m_stale != snapshot.stale;
    m_stale = snapshot.stale;
    if (snapshot.stale) {
        if (staleChanged && !m_rows.isEmpty()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {Qt::ForegroundRole});
        }
        return; // the rows stay as they were, greyed out
    }
    // A new series of snapshots (another router): nothing of the old one stays. The only reset.
    if (snapshot.sequence <= m_sequence) {
        beginResetModel();
        m_rows = snapshot.users;
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rowOf.insert(m_rows[i].macString(), i);
        }
        m_sequence = snapshot.sequence;
        endResetModel();
        return;
    }
    m_sequence = snapshot.sequence;
    // Removals, from the bottom so the rows above keep their numbers.
    QList<int> gone;
    for (const QString& key : snapshot.removed) {
        const auto it = m_rowOf.constFind(key);
        if (it != m_rowOf.cend()) {
            gone.append(*it);
        }
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!gone.isEmpty()) {
        m_rowOf.clear();
        for (int i = 0; i < m_rows.size(); ++i) {
            m_rowOf.insert(m_rows[i].macString(), i);
        }
    }
    // Changes in place; one ranged signal when most rows changed (cheaper for the view).
    QHash<QString, const UserTraffic*> fresh;
    fresh.reserve(snapshot.users.size());
    for (const UserTraffic& user : snapshot.users) {
        fresh.insert(user.macString(), &user);
    }
    int first = int(m_rows.size());
    int last = -1;
    QList<int> changedRows;
    for (const QString& key : snapshot.updated) {
        const auto at = m_rowOf.constFind(key);
        const auto now = fresh.constFind(key);
        if (at == m_rowOf.cend() || now == fresh.cend()) {
            continue;
        }
        m_rows[*at] = **now;
        changedRows.append(*at);
        first = std::min(first, *at);
        last = std::max(last, *at);
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
        if (now != fresh.cend() && !m_rowOf.contains(key)) {
            added.append(*now);
        }
    }
    if (!added.isEmpty()) {
        const int start = int(m_rows.size());
        beginInsertRows({}, start, start + int(added.size()) - 1);
        for (const UserTraffic* user : std::as_const(added)) {
            m_rowOf.insert(user->macString(), int(m_rows.size()));
            m_rows.append(*user);
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
