// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <chrono>
#include <optional>

// The web admin's signed-in browsers, kept only in memory (a restart signs everyone out). Each
// session has a random id (the cookie) and a random CSRF token the page sends back with every
// change; it ends after 12 hours without a request, or when its browser signs out. Time comes from
// Clock, so tests move it by hand.
class WebSessions
{
public:
    static constexpr std::chrono::hours IdleExpiry {12};
    static constexpr int MaximumSessions = 64; // the one used longest ago goes first

    struct Session
    {
        QByteArray id;
        QByteArray csrfToken;
        qint64 lastUsedMs = 0; // Clock::currentSteadyMs()
        QString credential; // the password hash it signed in with: a new password ends the session
    };

    Session create(const QString& credential = {});
    // The session with this id, if it has not expired; its idle time starts again.
    std::optional<Session> use(QByteArrayView id);
    void remove(QByteArrayView id);
    int count() const { return int(m_sessions.size()); }

    // 32 random bytes from the system's cryptographic source, base64url.
    static QByteArray randomToken();

private:
    void dropExpired(qint64 now);

    QHash<QByteArray, Session> m_sessions;
};
