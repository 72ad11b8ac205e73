// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/httphandler.h"

HttpHandler::~HttpHandler() = default;

HttpResponse HttpHandler::errorResponse(int status, const QString& message) const
{
    HttpResponse response;
    response.status = status;
    response.headers.append("Content-Type", "text/plain; charset=utf-8");
    response.body = message.toUtf8() + '\n';
    return response;
}
