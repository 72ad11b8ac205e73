// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sim/simcommand.h"

// The print side of the API: `?` queries, `.proplist` and `=count-only=` over the rows of a menu.
class QueryEvaluator
{
public:
    QueryEvaluator(const QList<QByteArray>& queries, const QByteArray& proplist);

    // RouterOS query words: ?name=value, ?name, ?-name, ?<name=value, ?>name=value and ?#operations,
    // evaluated on a stack; whatever is left on the stack must all be true.
    bool matches(const SimRow& row) const;
    // The !re sentence of a row, with only the .proplist fields when one was given.
    QByteArray encode(const SimRow& row, const QByteArray& tag) const;

    static QByteArrayView fieldValue(const SimRow& row, QByteArrayView key, bool* found);

private:
    QList<QByteArray> m_queries;
    QList<QByteArray> m_wanted;
};
