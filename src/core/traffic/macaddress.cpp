// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/traffic/macaddress.h"

#include "core/util/userinput.h"

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

} // namespace

std::optional<MacAddress> MacAddress::parse(QStringView text, QString* error)
{
    const QStringView trimmed = text.trimmed();
    MacAddress mac;
    // Positions of the twelve hex digits, and the separator expected between them.
    auto readDigits = [&](std::initializer_list<int> positions) {
        int i = 0;
        for (int position : positions) {
            const int high = hexValue(trimmed[position]);
            const int low = hexValue(trimmed[position + 1]);
            if (high < 0 || low < 0) {
                return false;
            }
            mac.m_bytes[i++] = quint8(high << 4 | low);
        }
        return true;
    };
    bool ok = false;
    if (trimmed.size() == 17) {
        // AA:BB:CC:DD:EE:FF or AA-BB-CC-DD-EE-FF, one separator throughout.
        const QChar separator = trimmed[2];
        ok = separator == u':' || separator == u'-';
        for (int i = 5; ok && i < 17; i += 3) {
            ok = trimmed[i] == separator;
        }
        ok = ok && readDigits({0, 3, 6, 9, 12, 15});
    } else if (trimmed.size() == 14) {
        // aabb.ccdd.eeff (Cisco style)
        ok = trimmed[4] == u'.' && trimmed[9] == u'.' && readDigits({0, 2, 5, 7, 10, 12});
    }
    if (!ok) {
        if (error != nullptr) {
            *error = QCoreApplication::translate("MacAddress",
                                                 "%1 is not a MAC address (expected six pairs of hex digits, "
                                                 "like AA:BB:CC:DD:EE:FF)")
                         .arg(UserInput::quote(text));
        }
        return std::nullopt;
    }
    // A device has a unicast address: a limit or a login for a group address would match no one
    // (or everyone).
    const char* notADevice = nullptr;
    if (mac.m_bytes == std::array<quint8, 6> {}) {
        notADevice = QT_TRANSLATE_NOOP("MacAddress", "%1 is the all-zero address, not a device's address");
    } else if (mac.m_bytes == std::array<quint8, 6> {0xff, 0xff, 0xff, 0xff, 0xff, 0xff}) {
        notADevice = QT_TRANSLATE_NOOP("MacAddress", "%1 is the broadcast address, not a device's address");
    } else if ((mac.m_bytes[0] & 0x01) != 0) {
        notADevice = QT_TRANSLATE_NOOP("MacAddress",
                                       "%1 is a multicast (group) address, not a device's address: a device's "
                                       "first byte is even, like AA:BB:CC:DD:EE:FF");
    }
    if (notADevice != nullptr) {
        if (error != nullptr) {
            mac.m_valid = true;
            *error = QCoreApplication::translate("MacAddress", notADevice).arg(mac.toString());
        }
        return std::nullopt;
    }
    mac.m_valid = true;
    return mac;
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
