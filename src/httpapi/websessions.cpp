// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/websessions.h"

#include "core/util/clock.h"
#include "httpapi/apitoken.h"

#include <algorithm>

namespace
{
constexpr qint64 IdleMs = std::chrono::duration_cast<std::chrono::milliseconds>(WebSessions::IdleExpiry).count();
} // namespace

QByteArray WebSessions::randomToken()
{
    return ApiToken::generate().toLatin1();
}

WebSessions::Session WebSessions::create(const QString& credential)
{
    const qint64 now = Clock::currentSteadyMs();
    dropExpired(now);
    while (m_sessions.size() >= MaximumSessions) {
        const auto oldest
            = std::min_element(m_sessions.cbegin(), m_sessions.cend(),
                               [](const Session& a, const Session& b) { return a.lastUsedMs < b.lastUsedMs; });
        m_sessions.erase(oldest);
    }
    Session session {randomToken(), randomToken(), now, credential};
    m_sessions.insert(session.id, session);
    return session;
}

std::optional<WebSessions::Session> WebSessions::use(QByteArrayView id)
{
    const qint64 now = Clock::currentSteadyMs();
    const auto found = m_sessions.find(id.toByteArray());
    if (found == m_sessions.end()) {
        return std::nullopt;
    }
    if (now - found->lastUsedMs >= IdleMs) {
        m_sessions.erase(found);
        return std::nullopt;
    }
    found->lastUsedMs = now;
    return *found;
}

void WebSessions::remove(QByteArrayView id)
{
    m_sessions.remove(id.toByteArray());
}

void WebSessions::dropExpired(qint64 now)
{
    m_sessions.removeIf([now](const auto& entry) { return now - entry.value().lastUsedMs >= IdleMs; });
}
