// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

// A speed in bits per second as RouterOS writes it: "2000000", "512k"/"512K", "1M", "1.5M", "1G";
// "0" and "unlimited" mean no limit.
class RateLimit
{
public:
    static constexpr quint64 Maximum = 100'000'000'000ULL; // 100 Gbit/s: beyond any hotspot

    RateLimit() = default;
    static RateLimit fromBitsPerSecond(quint64 bits) { return RateLimit(bits); }
    static RateLimit unlimited() { return RateLimit(0); }

    // field names what is being parsed ("upload rate") in the error message.
    static std::optional<RateLimit> parse(QStringView text, const QString& field, QString* error = nullptr);

    quint64 bitsPerSecond() const { return m_bits; }
    bool isUnlimited() const { return m_bits == 0; }
    // "512k", "1M", "1500k", "0" — what RouterOS accepts.
    QString toRouterOs() const;
    // "1 Mbps", "512 kbps", "1.5 Mbps", "unlimited" — for people.
    QString toDisplay() const;

    friend bool operator==(RateLimit a, RateLimit b) { return a.m_bits == b.m_bits; }
    friend bool operator!=(RateLimit a, RateLimit b) { return a.m_bits != b.m_bits; }

private:
    explicit RateLimit(quint64 bits)
        : m_bits(bits)
    { }
    quint64 m_bits = 0;
};

// An upload/download pair, written "upload/download" as RouterOS max-limit is.
struct BandwidthLimit
{
    Q_DECLARE_TR_FUNCTIONS(BandwidthLimit)

public:
    RateLimit upload;
    RateLimit download;

    // "512k/1M"
    QString toMaxLimit() const { return upload.toRouterOs() + QLatin1Char('/') + download.toRouterOs(); }
    // "1 Mbps down / 512 kbps up"
    QString toDisplay() const;
    bool isUnlimited() const { return upload.isUnlimited() && download.isUnlimited(); }
    // Reads a max-limit as the router prints it ("512000/1000000"); nullopt when malformed.
    static std::optional<BandwidthLimit> fromMaxLimit(QStringView text);

    friend bool operator==(const BandwidthLimit& a, const BandwidthLimit& b)
    {
        return a.upload == b.upload && a.download == b.download;
    }
    friend bool operator!=(const BandwidthLimit& a, const BandwidthLimit& b) { return !(a == b); }
};
