// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpapi/httpheaders.h"

#include <QByteArray>
#include <QHostAddress>
#include <QUrl>

// One HTTP/1.x request as HttpServer parsed it. Handlers first see the head alone (body empty);
// the body is read only after the handler admitted the request.
class HttpRequest
{
public:
    QByteArray method; // as sent, e.g. "GET", "HEAD"
    QByteArray target; // the request-target as sent: "/admin/api/vouchers?status=new"
    QUrl url; // target parsed; path() is percent-decoded
    int minorVersion = 1; // HTTP/1.<minorVersion>
    HttpHeaders headers;
    qint64 contentLength = 0; // the declared length (Content-Length); 0 for none or chunked
    bool chunked = false; // Transfer-Encoding: chunked
    QByteArray body;
    QHostAddress peer; // the client's address (for per-client limits such as sign-in tries)

    bool isHead() const { return method == "HEAD"; }
    bool announcesBody() const { return chunked || contentLength > 0; }
    // The path, and for a query "?query" appended (the query still percent-encoded).
    QString pathAndQuery() const;
    // HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with "keep-alive".
    bool wantsKeepAlive() const;
};
