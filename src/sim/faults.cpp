// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sim/faults.h"

Faults& Faults::dropAfterReplies(int replies)
{
    m_dropAfterReplies = replies;
    return *this;
}

Faults& Faults::delayReplies(int milliseconds)
{
    m_replyDelayMs = milliseconds;
    return *this;
}

Faults& Faults::garbageOnNextCommand()
{
    m_garbageNext = true;
    return *this;
}

Faults& Faults::fatalOnNextCommand(const QString& reason)
{
    m_fatalNext = reason;
    return *this;
}

Faults& Faults::silent(bool on)
{
    m_silent = on;
    return *this;
}

Faults& Faults::readOnly(bool on)
{
    m_readOnly = on;
    return *this;
}

Faults& Faults::hangOpenConnections()
{
    ++m_hangGeneration;
    return *this;
}

Faults& Faults::clear()
{
    const int hangGeneration = m_hangGeneration;
    *this = Faults();
    m_hangGeneration = hangGeneration; // hung connections stay hung
    return *this;
}

bool Faults::allowReply()
{
    if (m_dropAfterReplies < 0) {
        return true;
    }
    if (m_dropAfterReplies == 0) {
        return false;
    }
    --m_dropAfterReplies;
    return true;
}
