// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

// One row of a print reply, in the router's field order; keys are string literals.
using SimRow = QList<std::pair<QByteArrayView, QByteArray>>;

// One API command as the simulated router sees it, and what the router makes of it.
struct SimCommand
{
    QByteArray menu; // "/queue/simple"
    QByteArray verb; // "add"
    QHash<QByteArray, QByteArray> attributes; // =name=value
    QList<QByteArray> queries; // ?... words, without the '?'

    bool isPrint() const { return verb == "print" || verb == "getall"; }

    struct Result
    {
        QString error; // non-empty: answered with !trap
        QByteArray ret; // =ret= of the !done (the new item's id for add)
        std::optional<QList<SimRow>> rows; // set: a print, answered with !re rows
        bool changed = false; // something on the router changed
    };
};
