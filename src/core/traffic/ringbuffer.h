// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

// Fixed-capacity buffer that overwrites its oldest element: memory stays flat however long it runs.
template <typename T>
class RingBuffer
{
public:
    explicit RingBuffer(qsizetype capacity = 0) { reset(capacity); }

    void reset(qsizetype capacity)
    {
        m_items = QList<T>(std::max<qsizetype>(capacity, 1));
        m_start = 0;
        m_size = 0;
    }
    void append(const T& item)
    {
        const qsizetype capacity = m_items.size();
        m_items[(m_start + m_size) % capacity] = item;
        if (m_size < capacity) {
            ++m_size;
        } else {
            m_start = (m_start + 1) % capacity;
        }
    }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_items.size(); }
    bool isEmpty() const { return m_size == 0; }
    // 0 is the oldest.
    const T& at(qsizetype index) const { return m_items.at((m_start + index) % m_items.size()); }
    const T& last() const { return at(m_size - 1); }
    T& last() { return m_items[(m_start + m_size - 1) % m_items.size()]; }
    QList<T> toList() const
    {
        QList<T> list;
        list.reserve(m_size);
        for (qsizetype i = 0; i < m_size; ++i) {
            list.append(at(i));
        }
        return list;
    }

private:
    QList<T> m_items;
    qsizetype m_start = 0;
    qsizetype m_size = 0;
};
