// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/datasize.h"

#include "core/traffic/ratelimit.h"
#include "core/util/userinput.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DataSize
{

std::optional<quint64> parse(QStringView text, const QString& field, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<quint64> {
        if (error != nullptr) {
            *error = QCoreApplication::translate("DataSize", "%1 %2: %3").arg(field, UserInput::quote(text), why);
        }
        return std::nullopt;
    };
    const QString usage = QCoreApplication::translate(
        "DataSize",
        "use bytes with k, M or G as RouterOS does (k = 1000, M = 1000000, G = 1000000000), e.g. 500M or 1G");
    const QStringView value = text.trimmed();
    // Only digits, one optional dot, and one optional unit letter: the speed forms RateLimit also
    // reads ("unlimited", "3 Mbps") are no amount of data.
    qsizetype digits = 0;
    while (digits < value.size() && ((value[digits] >= u'0' && value[digits] <= u'9') || value[digits] == u'.')) {
        ++digits;
    }
    const QStringView unit = value.sliced(digits);
    if (digits == 0 || unit.size() > 1 || (unit.size() == 1 && !QStringView(u"kKMG").contains(unit[0]))) {
        return fail(usage);
    }
    // The same exact decimal arithmetic as speeds: "1.5G" is 1500000000.
    QString why;
    const auto amount = RateLimit::parse(value, {}, &why);
    if (!amount) {
        return fail(why.contains(u"too large"_s) ? QCoreApplication::translate("DataSize", "too large (at most 100G)")
                        : why.contains(u"whole number"_s)
                        ? QCoreApplication::translate("DataSize", "not a whole number of bytes")
                        : usage);
    }
    if (amount->bitsPerSecond() == 0) {
        return fail(QCoreApplication::translate("DataSize", "must be more than 0 (leave \"%1\" out for no data cap)")
                        .arg(field));
    }
    if (amount->bitsPerSecond() > Maximum) {
        return fail(QCoreApplication::translate("DataSize", "too large (at most 100G)"));
    }
    return amount->bitsPerSecond();
}

QString toRouterOs(quint64 bytes)
{
    // The unit arithmetic is the same as a speed's.
    return RateLimit::fromBitsPerSecond(bytes).toRouterOs();
}

} // namespace DataSize
