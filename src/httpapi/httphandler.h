// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpapi/httpresponder.h"
#include "httpapi/httpresponse.h"

#include <QString>

#include <optional>

class HttpRequest;

// What HttpServer asks about each request. The server core knows nothing of paths or tokens:
// routes, authentication and response headers of a kind of page are all decided here, so new pages
// (another handler in front of this one) need no change to the server.
class HttpHandler
{
public:
    virtual ~HttpHandler();

    // The head is complete and not one byte of the body has been read. A response refuses the
    // request with it: the body is never read and, if one was announced, the connection closes.
    virtual std::optional<HttpResponse> admit(const HttpRequest& head) = 0;
    // The whole request, body included (within the server's limit). Answer once through
    // responder, now or later; a late answer for a connection that is gone is dropped.
    virtual void handle(const HttpRequest& request, const HttpResponder& responder) = 0;
    // The answer to a fault the server finds itself (400, 408, 413, 431, 501, 503, ...).
    virtual HttpResponse errorResponse(int status, const QString& message) const;
};
