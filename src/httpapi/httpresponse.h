// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpapi/httpheaders.h"

#include <QByteArray>

// One HTTP response as a handler builds it. HttpServer adds Content-Length, Connection, Date and its
// default headers (a header set here wins over a default of the same name) when it sends it.
class HttpResponse
{
public:
    int status = 200;
    HttpHeaders headers;
    QByteArray body;

    static HttpResponse json(int status, QByteArray body);

    // The status line and the headers (own, then the defaults not overridden), up to the empty line.
    // Content-Length is the length of the body, also when the body is not sent (HEAD).
    QByteArray head(const HttpHeaders& defaults, const QByteArray& date, bool keepAlive) const;

    static QByteArray reasonPhrase(int status);
};
