// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/ratelimit.h"

#include "core/util/userinput.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("RateLimit", text);
}

QString formatScaled(quint64 bits, quint64 unit)
{
    // Exact when whole; otherwise up to three decimals without trailing zeros.
    if (bits % unit == 0) {
        return QString::number(bits / unit);
    }
    QString text = QString::number(double(bits) / double(unit), 'f', 3);
    while (text.endsWith(u'0')) {
        text.chop(1);
    }
    if (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}
} // namespace

std::optional<RateLimit> RateLimit::parse(QStringView text, const QString& field, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<RateLimit> {
        if (error != nullptr) {
            *error = tr("%1 %2: %3").arg(field, UserInput::quote(text), why);
        }
        return std::nullopt;
    };
    const QStringView value = text.trimmed();
    if (value.isEmpty()) {
        return fail(tr("empty (use bits/s with k, M or G, e.g. 512k or 2M; 0 for no limit)"));
    }
    if (value.compare(u"unlimited"_s, Qt::CaseInsensitive) == 0) {
        return RateLimit(0);
    }
    if (value.startsWith(u'-')) {
        return fail(tr("a speed cannot be negative"));
    }
    // ASCII digits only: other scripts' digits (full-width "１２") are not numbers RouterOS reads.
    auto isAsciiDigit = [](QChar c) { return c >= u'0' && c <= u'9'; };
    qsizetype digitsEnd = 0;
    while (digitsEnd < value.size() && (isAsciiDigit(value[digitsEnd]) || value[digitsEnd] == u'.')) {
        ++digitsEnd;
    }
    const QStringView number = value.first(digitsEnd);
    // What shop owners type works too: "3 Mbps", "3mbps", "768 kbps" (bits per second, decimal).
    QStringView unit = value.sliced(digitsEnd).trimmed();
    if (unit.size() >= 3 && unit.endsWith(QStringView(u"bps"), Qt::CaseInsensitive)) {
        unit.chop(3);
        // Spelled out with "bps", the case of the prefix does not matter: "mbps" is megabits.
        if (unit.size() == 1) {
            const char16_t prefix = unit[0].toLower().unicode();
            if (prefix == u'k') {
                unit = QStringView(u"k");
            } else if (prefix == u'm') {
                unit = QStringView(u"M");
            } else if (prefix == u'g') {
                unit = QStringView(u"G");
            }
        }
    }
    if (number.isEmpty()) {
        return fail(tr("not a number (use bits/s with k, M or G, e.g. 512k or 2M)"));
    }
    quint64 multiplier = 1;
    if (unit.isEmpty()) {
        multiplier = 1;
    } else if (unit == u"k"_s || unit == u"K"_s) {
        multiplier = 1000;
    } else if (unit == u"M"_s) {
        multiplier = 1000000;
    } else if (unit == u"G"_s) {
        multiplier = 1000000000;
    } else {
        return fail(tr("unknown unit %1 (use k, M or G, e.g. 512k, 2M or 3 Mbps)").arg(UserInput::quote(unit)));
    }
    // Exact decimal arithmetic: "1.5M" is 1500000, not 1499999.99.
    const qsizetype dot = number.indexOf(u'.');
    if (number.count(u'.') > 1 || number == u"."_s) {
        return fail(tr("not a number (use bits/s with k, M or G, e.g. 512k or 2M)"));
    }
    const QStringView whole = dot < 0 ? number : number.first(dot);
    QStringView fraction = dot < 0 ? QStringView() : number.sliced(dot + 1);
    while (fraction.endsWith(u'0')) {
        fraction.chop(1);
    }
    bool ok = true;
    const quint64 wholeValue = whole.isEmpty() ? 0 : whole.toULongLong(&ok);
    // Checked before multiplying: "18446744074G" must not wrap around to a small speed.
    if (whole.size() > 12 || !ok || wholeValue > Maximum / multiplier) {
        return fail(tr("too large (at most 100G)"));
    }
    quint64 bits = wholeValue * multiplier;
    quint64 scale = multiplier;
    for (QChar digit : fraction) {
        if (scale % 10 != 0) {
            return fail(tr("not a whole number of bits per second"));
        }
        scale /= 10;
        bits += quint64(digit.digitValue()) * scale;
    }
    if (bits > Maximum) {
        return fail(tr("too large (at most 100G)"));
    }
    return RateLimit(bits);
}

QString RateLimit::toRouterOs() const
{
    if (m_bits == 0) {
        return u"0"_s;
    }
    if (m_bits % 1000000000 == 0) {
        return QString::number(m_bits / 1000000000) + u'G';
    }
    if (m_bits % 1000000 == 0) {
        return QString::number(m_bits / 1000000) + u'M';
    }
    if (m_bits % 1000 == 0) {
        return QString::number(m_bits / 1000) + u'k';
    }
    return QString::number(m_bits);
}

QString RateLimit::toDisplay() const
{
    if (m_bits == 0) {
        return tr("unlimited");
    }
    if (m_bits >= 1000000000) {
        return formatScaled(m_bits, 1000000000) + u" Gbps"_s;
    }
    if (m_bits >= 1000000) {
        return formatScaled(m_bits, 1000000) + u" Mbps"_s;
    }
    if (m_bits >= 1000) {
        return formatScaled(m_bits, 1000) + u" kbps"_s;
    }
    return QString::number(m_bits) + u" bps"_s;
}

QString BandwidthLimit::toDisplay() const
{
    // Download first, everywhere people read it (the window, messages, logs); RouterOS writes
    // upload/download, which only toMaxLimit() uses.
    return tr("%1 down / %2 up").arg(download.toDisplay(), upload.toDisplay());
}

std::optional<BandwidthLimit> BandwidthLimit::fromMaxLimit(QStringView text)
{
    const qsizetype slash = text.indexOf(u'/');
    if (slash < 0) {
        return std::nullopt;
    }
    const auto upload = RateLimit::parse(text.first(slash), u"upload"_s);
    const auto download = RateLimit::parse(text.sliced(slash + 1), u"download"_s);
    if (!upload || !download) {
        return std::nullopt;
    }
    return BandwidthLimit {*upload, *download};
}
