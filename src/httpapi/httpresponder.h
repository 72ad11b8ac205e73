// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>

class HttpConnection;
class HttpResponse;

// Where the answer to one request goes. A small value that may be copied into callbacks and kept
// while the router works: it refers to its connection weakly, so an answer for a connection that
// was closed, or whose server was destroyed, is dropped instead of written to freed memory.
class HttpResponder
{
public:
    HttpResponder() = default;
    HttpResponder(HttpConnection* connection, quint64 request);

    // Sends the response (once; later calls are ignored). Pipelined answers go out in order.
    void respond(const HttpResponse& response) const;
    bool isConnected() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_request = 0;
};
