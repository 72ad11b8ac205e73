// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// RouterOS durations: "1w4d1h16m55s", "500ms", "6w6d18:33:07" (older routers). "none" and an empty
// value mean unlimited.
namespace RouterDuration
{
constexpr qint64 Unlimited = -1;

// Whole seconds (fractions dropped), Unlimited for "none"/empty; false when the text is not a duration.
bool parseSeconds(QStringView text, qint64* seconds);
// "1h5m", "45s", "2d3h"; "0s" for zero.
QString format(qint64 seconds);
} // namespace RouterDuration
