// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/macaddress.h"

#include <QCoreApplication>

namespace
{
int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9') {
        return u - u'0';
    }
    if (u >= u'a' && u <= u'f') {
        return u - u'a' + 10;
    }
    if (u >= u'A' && u <= u'F') {
        return u - u'A' + 10;
    }
    return -1;
}

bool readHex(QStringView digits, std::array<quint8, 6>* bytes)
{
    if (digits.size() != 12) {
        return false;
    }
    for (int i = 0; i < 6; ++i) {
        const int high = hexValue(digits[2 * i]);
        const int low = hexValue(digits[2 * i + 1]);
        if (high < 0 || low < 0) {
            return false;
        }
        (*bytes)[i] = quint8(high << 4 | low);
    }
    return true;
}
} // namespace

std::optional<MacAddress> MacAddress::parse(QStringView text, QString* error)
{
    const QStringView trimmed = text.trimmed();
    QString digits;
    bool wellFormed = false;
    if (trimmed.size() == 17) {
        // AA:BB:CC:DD:EE:FF or AA-BB-CC-DD-EE-FF, one separator throughout.
        const QChar separator = trimmed[2];
        wellFormed = separator == u':' || separator == u'-';
        for (int i = 0; i < 17 && wellFormed; ++i) {
            if (i % 3 == 2) {
                wellFormed = trimmed[i] == separator;
            } else {
                digits += trimmed[i];
            }
        }
    } else if (trimmed.size() == 14) {
        // aabb.ccdd.eeff (Cisco style)
        wellFormed = trimmed[4] == u'.' && trimmed[9] == u'.';
        digits = trimmed.first(4).toString() + trimmed.sliced(5, 4) + trimmed.sliced(10, 4);
    }
    MacAddress mac;
    if (wellFormed && readHex(digits, &mac.m_bytes)) {
        mac.m_valid = true;
        return mac;
    }
    if (error != nullptr) {
        *error = QCoreApplication::translate("MacAddress",
                                             "\"%1\" is not a MAC address (expected six pairs of hex digits, "
                                             "like AA:BB:CC:DD:EE:FF)")
                     .arg(text.toString());
    }
    return std::nullopt;
}

QString MacAddress::toString() const
{
    if (!m_valid) {
        return {};
    }
    QString text;
    text.reserve(17);
    static constexpr char16_t hex[] = u"0123456789ABCDEF";
    for (int i = 0; i < 6; ++i) {
        if (i > 0) {
            text += u':';
        }
        text += QChar(hex[m_bytes[i] >> 4]);
        text += QChar(hex[m_bytes[i] & 0xF]);
    }
    return text;
}

quint64 MacAddress::toUInt64() const
{
    quint64 value = 0;
    for (quint8 byte : m_bytes) {
        value = value << 8 | byte;
    }
    return value;
}
