// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/routerduration.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace RouterDuration
{

static bool parseClock(QStringView text, qint64* seconds)
{
    // hh:mm:ss, possibly with a fraction on the seconds.
    const QList<QStringView> parts = text.split(u':');
    if (parts.size() != 3) {
        return false;
    }
    bool ok1 = false;
    bool ok2 = false;
    bool ok3 = false;
    const qint64 hours = parts[0].toLongLong(&ok1);
    const qint64 minutes = parts[1].toLongLong(&ok2);
    const double secs = parts[2].toDouble(&ok3);
    if (!ok1 || !ok2 || !ok3 || hours < 0 || minutes < 0 || minutes > 59 || secs < 0 || secs >= 60) {
        return false;
    }
    *seconds = hours * 3600 + minutes * 60 + qint64(secs);
    return true;
}

bool parseSeconds(QStringView text, qint64* seconds)
{
    text = text.trimmed();
    if (text.isEmpty() || text == u"none"_s) {
        *seconds = Unlimited;
        return true;
    }
    qint64 total = 0;
    qint64 millis = 0;
    qsizetype i = 0;
    bool any = false;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && (text[i].isDigit() || text[i] == u'.')) {
            ++i;
        }
        if (i < text.size() && text[i] == u':') {
            qint64 clock = 0;
            if (!parseClock(text.sliced(start), &clock)) {
                return false;
            }
            *seconds = total + clock;
            return true;
        }
        if (start == i) {
            return false;
        }
        const QStringView digits = text.sliced(start, i - start);
        double value = 0;
        if (digits.size() <= 12 && !digits.contains(u'.')) {
            // Whole numbers (nearly every part the router prints): no general number parser.
            qint64 whole = 0;
            for (const QChar digit : digits) {
                whole = whole * 10 + (digit.unicode() - u'0');
            }
            value = double(whole);
        } else {
            bool ok = false;
            value = digits.toDouble(&ok);
            if (!ok || value < 0 || value > 1e12) {
                return false;
            }
        }
        qsizetype unitEnd = i;
        while (unitEnd < text.size() && text[unitEnd].isLetter()) {
            ++unitEnd;
        }
        const QStringView unit = text.sliced(i, unitEnd - i);
        i = unitEnd;
        if (unit == u"w"_s) {
            total += qint64(value * 7 * 86400);
        } else if (unit == u"d"_s) {
            total += qint64(value * 86400);
        } else if (unit == u"h"_s) {
            total += qint64(value * 3600);
        } else if (unit == u"m"_s) {
            total += qint64(value * 60);
        } else if (unit == u"s"_s || unit.isEmpty()) {
            total += qint64(value);
            millis += qint64((value - double(qint64(value))) * 1000);
        } else if (unit == u"ms"_s) {
            millis += qint64(value);
        } else if (unit == u"us"_s || unit == u"ns"_s) {
            // below our resolution
        } else {
            return false;
        }
        any = true;
    }
    if (!any) {
        return false;
    }
    *seconds = total + millis / 1000;
    return true;
}

QString format(qint64 seconds)
{
    if (seconds <= 0) {
        return u"0s"_s;
    }
    static constexpr struct
    {
        qint64 size;
        char16_t unit;
    } units[] = {{7 * 86400, u'w'}, {86400, u'd'}, {3600, u'h'}, {60, u'm'}, {1, u's'}};
    QString text;
    for (const auto& u : units) {
        if (seconds >= u.size) {
            text += QString::number(seconds / u.size) + QChar(u.unit);
            seconds %= u.size;
        }
    }
    return text;
}

} // namespace RouterDuration
