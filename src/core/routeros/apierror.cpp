// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/routeros/apierror.h"

ApiError::ApiError(Kind kind, QString message, int category)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_category(category)
{ }

bool ApiError::isConnectionError() const
{
    switch (m_kind) {
    case Kind::Unreachable:
    case Kind::LoginRefused:
    case Kind::ConnectionLost:
    case Kind::Fatal:
    case Kind::Protocol:
    case Kind::Tls:
    case Kind::NotConnected:
        return true;
    case Kind::None:
    case Kind::Timeout:
    case Kind::Trap:
    case Kind::Cancelled:
        return false;
    }
    return false;
}
