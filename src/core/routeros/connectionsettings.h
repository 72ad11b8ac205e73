// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// Where and how to reach a router. The password lives only in memory: it is never written to a
// settings file or a log (describe() leaves it out).
struct ConnectionSettings
{
    enum class CertificatePolicy
    {
        Verify, // the router's certificate must be valid for the host name
        AcceptRouter, // accept the router's self-signed certificate, or none (anonymous DH)
    };

    static constexpr quint16 ApiPort = 8728;
    static constexpr quint16 ApiSslPort = 8729;

    QString host;
    quint16 port = 0; // 0: the default for the transport
    QString user = QStringLiteral("admin");
    QString password;
    bool tls = false;
    CertificatePolicy certificatePolicy = CertificatePolicy::AcceptRouter;
    QByteArray pinnedSha256; // optional certificate pin (raw digest) for AcceptRouter

    std::chrono::milliseconds connectTimeout {5000};
    std::chrono::milliseconds loginTimeout {5000};
    std::chrono::milliseconds commandTimeout {15000};

    quint16 effectivePort() const { return port != 0 ? port : (tls ? ApiSslPort : ApiPort); }
    // "10.0.0.1:8728" for messages.
    QString address() const { return host + QLatin1Char(':') + QString::number(effectivePort()); }
};
