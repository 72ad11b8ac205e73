// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

// A device's hardware address. Accepts "AA:BB:CC:DD:EE:FF", lower case, '-' separators and
// "aabb.ccdd.eeff"; always written as upper case with colons, the form queue names use. Only
// unicast addresses are devices: all-zero, broadcast and multicast addresses are refused.
class MacAddress
{
public:
    MacAddress() = default;

    // Returns nullopt and sets *error (naming the input) when text is not a device's MAC address.
    static std::optional<MacAddress> parse(QStringView text, QString* error = nullptr);

    bool isNull() const { return !m_valid; }
    QString toString() const;
    quint64 toUInt64() const;
    // Locally administered (second-lowest bit of the first octet): a private, random MAC a phone
    // made up for this network, which it may change when it reconnects.
    bool isRandomised() const { return m_valid && (m_bytes[0] & 0x02) != 0; }

    friend bool operator==(const MacAddress& a, const MacAddress& b)
    {
        return a.m_valid == b.m_valid && a.m_bytes == b.m_bytes;
    }
    friend bool operator!=(const MacAddress& a, const MacAddress& b) { return !(a == b); }
    friend bool operator<(const MacAddress& a, const MacAddress& b) { return a.toUInt64() < b.toUInt64(); }
    friend size_t qHash(const MacAddress& mac, size_t seed = 0) { return ::qHash(mac.toUInt64(), seed); }

private:
    std::array<quint8, 6> m_bytes {};
    bool m_valid = false;
};
