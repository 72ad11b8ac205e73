// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/httpresponder.h"

#include "httpapi/httpconnection.h"

HttpResponder::HttpResponder(HttpConnection* connection, quint64 request)
    : m_connection(connection)
    , m_request(request)
{ }

void HttpResponder::respond(const HttpResponse& response) const
{
    if (!m_connection.isNull()) {
        m_connection->respond(m_request, response);
    }
}

bool HttpResponder::isConnected() const
{
    return !m_connection.isNull() && m_connection->isOpen();
}
