// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>

// What goes wrong on the simulated router, for tests: every fault hook in one place. Setters chain,
// e.g. `simulator.faults().dropAfterReplies(5)`; `clear()` makes the router healthy again.
class Faults
{
public:
    // The connection drops after this many more replies (counted across connections); -1: never.
    Faults& dropAfterReplies(int replies);
    // Every reply waits this long before it is sent; 0: at once.
    Faults& delayReplies(int milliseconds);
    // The next command is answered with bytes that are no API sentence.
    Faults& garbageOnNextCommand();
    // The next command is answered with !fatal and the connection closes.
    Faults& fatalOnNextCommand(const QString& reason);
    // Connections are accepted but nothing is ever answered.
    Faults& silent(bool on = true);
    // A router user without the write policy: every command that would change something is refused.
    Faults& readOnly(bool on = true);
    // The connections open now stop answering (their sockets stay open); new ones work.
    Faults& hangOpenConnections();
    Faults& clear();

    // For the wire server.
    int replyDelayMs() const { return m_replyDelayMs; }
    bool isSilent() const { return m_silent; }
    bool isReadOnly() const { return m_readOnly; }
    // Replies go out sentence by sentence when a fault may strike between two of them.
    bool splitsReplies() const { return m_dropAfterReplies >= 0 || m_replyDelayMs > 0; }
    // Counts one reply; false when the connection must drop instead of sending it.
    bool allowReply();
    bool takeGarbage() { return std::exchange(m_garbageNext, false); }
    QString takeFatal() { return std::exchange(m_fatalNext, {}); }
    // Connections opened before the latest hangOpenConnections() have this generation or lower.
    int hangGeneration() const { return m_hangGeneration; }

private:
    int m_dropAfterReplies = -1;
    int m_replyDelayMs = 0;
    bool m_garbageNext = false;
    QString m_fatalNext;
    bool m_silent = false;
    bool m_readOnly = false;
    int m_hangGeneration = 0;
};
