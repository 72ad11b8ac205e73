// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

// Text a user typed, quoted for an error message: "like this". Control characters become '?' (no
// terminal tricks) and anything over MaximumLength characters is cut with "…", so a pasted page
// never floods a message or a log line.
namespace UserInput
{
constexpr qsizetype MaximumLength = 80;

QString quote(QStringView text);
} // namespace UserInput
