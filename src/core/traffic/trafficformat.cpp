// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/trafficformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace TrafficFormat
{

// Decimal units (kB = 1000 bytes), as RouterOS counts and as the speeds are written: a customer's
// "1.5 GB" here is the same number as on the router and on the voucher.
QString bytes(quint64 count, const QLocale& locale)
{
    static const char* const units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    if (count < 1000) {
        return locale.toString(count) + u" B"_s;
    }
    double value = double(count);
    int unit = 0;
    while (value >= 999.95 && unit < 5) {
        value /= 1000.0;
        ++unit;
    }
    return locale.toString(value, 'f', 1) + u' ' + QLatin1StringView(units[unit]);
}

QString rate(double bitsPerSecond, const QLocale& locale)
{
    if (bitsPerSecond < 1000.0) {
        return locale.toString(qint64(bitsPerSecond)) + u" bps"_s;
    }
    static const char* const units[] = {"kbps", "Mbps", "Gbps"};
    double value = bitsPerSecond / 1000.0;
    int unit = 0;
    while (value >= 1000.0 && unit < 2) {
        value /= 1000.0;
        ++unit;
    }
    return locale.toString(value, 'f', 1) + u' ' + QLatin1StringView(units[unit]);
}

QString duration(qint64 seconds)
{
    if (seconds < 0) {
        return QCoreApplication::translate("TrafficFormat", "unlimited");
    }
    const qint64 days = seconds / 86400;
    const qint64 hours = seconds % 86400 / 3600;
    const qint64 minutes = seconds % 3600 / 60;
    const qint64 secs = seconds % 60;
    if (days > 0) {
        return u"%1d %2h"_s.arg(days).arg(hours);
    }
    if (hours > 0) {
        return u"%1h%2m"_s.arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    }
    if (minutes > 0) {
        return u"%1m%2s"_s.arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    }
    return u"%1s"_s.arg(secs);
}

} // namespace TrafficFormat
