// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QString>

// A table whose rows have a stable key (a voucher code, a queue's .id). applyRows() turns a fresh
// list into row removals, moves, insertions and changes — never a reset — so the selection and
// the scroll position survive every reload and refresh.
template <typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Row* row(int index) const { return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr; }
    const QList<Row>& rows() const { return m_rows; }

protected:
    virtual QString keyOf(const Row& row) const = 0;
    // False when anything shown of the row differs.
    virtual bool sameRow(const Row& a, const Row& b) const = 0;

    void applyRows(const QList<Row>& fresh)
    {
        QSet<QString> freshKeys;
        freshKeys.reserve(fresh.size());
        for (const Row& row : fresh) {
            freshKeys.insert(keyOf(row));
        }
        if (freshKeys.size() != fresh.size()) { // keys that are not unique cannot be followed
            beginResetModel();
            m_rows = fresh;
            endResetModel();
            return;
        }
        // Removals, bottom-up, one signal per run of rows.
        for (int i = int(m_rows.size()) - 1; i >= 0;) {
            if (freshKeys.contains(keyOf(m_rows[i]))) {
                --i;
                continue;
            }
            const int last = i;
            while (i >= 0 && !freshKeys.contains(keyOf(m_rows[i]))) {
                --i;
            }
            beginRemoveRows({}, i + 1, last);
            m_rows.remove(i + 1, last - i);
            endRemoveRows();
        }
        QSet<QString> kept;
        kept.reserve(m_rows.size());
        for (const Row& row : std::as_const(m_rows)) {
            kept.insert(keyOf(row));
        }
        // Rows [0, i) now equal fresh[0, i): keep, move up, or insert what comes next.
        QList<int> changed;
        for (int i = 0; i < fresh.size();) {
            const QString key = keyOf(fresh[i]);
            if (i < m_rows.size() && keyOf(m_rows[i]) == key) {
                if (!sameRow(m_rows[i], fresh[i])) {
                    m_rows[i] = fresh[i];
                    changed.append(i);
                }
                ++i;
            } else if (!kept.contains(key)) {
                int end = i + 1;
                while (end < fresh.size() && !kept.contains(keyOf(fresh[end]))) {
                    ++end;
                }
                beginInsertRows({}, i, end - 1);
                for (int j = i; j < end; ++j) {
                    m_rows.insert(j, fresh[j]);
                }
                endInsertRows();
                i = end;
            } else {
                int from = i + 1;
                while (from < m_rows.size() && keyOf(m_rows[from]) != key) {
                    ++from;
                }
                if (from == m_rows.size()) { // a duplicate of an earlier row: cannot happen with unique keys
                    break;
                }
                beginMoveRows({}, from, from, {}, i);
                m_rows.move(from, i);
                endMoveRows();
            }
        }
        if (m_rows.size() > fresh.size()) { // old duplicates left at the end
            beginRemoveRows({}, int(fresh.size()), int(m_rows.size()) - 1);
            m_rows.resize(fresh.size());
            endRemoveRows();
        }
        if (changed.size() * 2 > m_rows.size()) {
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1));
            return;
        }
        for (int first = 0; first < changed.size();) {
            int last = first;
            while (last + 1 < changed.size() && changed[last + 1] == changed[last] + 1) {
                ++last;
            }
            Q_EMIT dataChanged(index(changed[first], 0), index(changed[last], columnCount() - 1));
            first = last + 1;
        }
    }

    QList<Row> m_rows;
};
