// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apierror.h"
#include "core/routeros/apirecord.h"

#include <QList>

// Everything one command got back: its rows, the attributes of !done (=ret=), or the error.
struct ApiResult
{
    QList<ApiRecord> rows;
    ApiRecord done;
    ApiError error;

    bool ok() const { return !error.isError(); }
    // =ret= of !done: the new .id after "add", the challenge of the old login.
    QString ret() const { return done.value("ret"); }
};
