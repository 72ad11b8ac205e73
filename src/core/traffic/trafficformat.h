// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

// Byte counts and speeds for people, one style everywhere: "15.2 MB", "1.5 Mbps".
namespace TrafficFormat
{
// Powers of 1024 with the familiar short names (B, KB, MB, GB, TB), one decimal, locale-aware.
QString bytes(quint64 count, const QLocale& locale = QLocale());
// Bits per second in powers of 1000 (kbps, Mbps, Gbps), one decimal, locale-aware.
QString rate(double bitsPerSecond, const QLocale& locale = QLocale());
// "1h05m", "12m30s", "45s"; "unlimited" for a negative value.
QString duration(qint64 seconds);
} // namespace TrafficFormat
