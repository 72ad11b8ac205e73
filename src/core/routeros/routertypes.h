// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/routeros/apierror.h"

#include <QList>
#include <QString>

// Values read from a router, named as RouterOS names them. Rates and limits stay in RouterOS
// text form ("512000/1000000") here; traffic/ turns them into numbers.

struct RouterInfo
{
    QString identity;
    QString version;
    QString boardName;
    QString architecture;
    qint64 uptimeSeconds = 0;
    int cpuLoad = 0;
    quint64 freeMemory = 0;
    quint64 totalMemory = 0;
};

struct HotspotSession
{
    QString id;
    QString server;
    QString user;
    QString address;
    QString macAddress;
    qint64 uptimeSeconds = 0;
    qint64 sessionTimeLeftSeconds = -1; // -1: no limit
    // The session's limit-bytes-total: the user's cap less earlier sessions' bytes; -1: no cap.
    qint64 limitBytesTotal = -1;
    qint64 idleTimeSeconds = 0;
    quint64 bytesIn = 0; // received from the user: the user's upload
    quint64 bytesOut = 0; // sent to the user: the user's download
    QString loginBy;
    QString comment;
};

struct HotspotHost
{
    QString id;
    QString macAddress;
    QString address;
    QString toAddress;
    QString server;
    qint64 uptimeSeconds = -1; // how long the router has known the device; -1: not told
    bool authorized = false;
    bool bypassed = false;
};

struct SimpleQueue
{
    QString id;
    QString name;
    QString target;
    QString maxLimit; // "upload/download"
    QString rate; // current "upload/download" bits/s
    QString bytes; // "upload/download"
    QString comment;
    bool disabled = false;
    bool dynamic = false;
};

struct HotspotUser
{
    QString id;
    QString name;
    QString password;
    QString profile;
    QString limitUptime; // RouterOS duration text, empty: none
    quint64 limitBytesTotal = 0;
    QString macAddress;
    QString comment;
    bool disabled = false;
    qint64 uptimeSeconds = 0;
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
};

struct HotspotUserProfile
{
    QString id;
    QString name;
    int sharedUsers = 1;
    QString rateLimit; // empty: none
};

struct FirewallRule
{
    QString id;
    QString chain;
    QString action;
    QString comment;
    bool disabled = false;
    bool dynamic = false;
};

// What one poll reads: who is online and every simple queue, fetched at the same moment.
struct HotspotState
{
    QList<HotspotSession> sessions;
    QList<SimpleQueue> queues;
};

// A typed answer: a value, or why there is none.
template <typename T>
struct RouterReply
{
    T value {};
    ApiError error;

    bool ok() const { return !error.isError(); }
};
