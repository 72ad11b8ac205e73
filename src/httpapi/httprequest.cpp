// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/httprequest.h"

QString HttpRequest::pathAndQuery() const
{
    QString path = url.path();
    if (url.hasQuery()) {
        path += u'?' + url.query(QUrl::FullyEncoded);
    }
    return path;
}

bool HttpRequest::wantsKeepAlive() const
{
    if (minorVersion == 0) {
        return headers.hasToken("Connection", "keep-alive");
    }
    return !headers.hasToken("Connection", "close");
}
