// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

// What went wrong talking to a router, as a value with a message a shop operator can read.
class ApiError
{
public:
    enum class Kind
    {
        None,
        Unreachable, // TCP connect failed or timed out
        LoginRefused, // wrong user name or password, or no API permission
        ConnectionLost, // the socket closed while we were using it
        Timeout, // the router did not answer in time
        Fatal, // the router sent !fatal and closed the session
        Trap, // the router refused the command (!trap)
        Protocol, // the peer does not speak the RouterOS API (garbage)
        Tls, // TLS handshake or certificate problem
        Cancelled, // cancelled by us
        NotConnected, // command issued while no connection is open
    };

    ApiError() = default;
    ApiError(Kind kind, QString message, int category = -1);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // RouterOS !trap category (0-7), or -1.
    int category() const { return m_category; }
    // True for errors about the link itself (unreachable, lost, login) rather than one command.
    bool isConnectionError() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    int m_category = -1;
};

Q_DECLARE_METATYPE(ApiError)
