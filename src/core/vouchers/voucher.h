// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/traffic/ratelimit.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

// One voucher as stored: what it was sold as (copied from its profile when it was made) and what
// happened to it since.
struct Voucher
{
    enum class Status
    {
        New, // made, not yet on the router
        Pushed, // a hotspot user on the router, not used yet
        Active, // logged in at least once, validity left
        Used, // validity spent
        Revoked, // withdrawn by the operator
    };

    QString code;
    QString profile;
    double price = 0;
    QString validity; // "1h", "unlimited"
    qint64 validitySeconds = -1; // -1: unlimited
    int sharedUsers = 1;
    RateLimit rateUp;
    RateLimit rateDown;
    quint64 dataBytes = 0; // limit-bytes-total; 0: no data cap
    Status status = Status::New;
    QString statusText; // as stored, for statuses of other tools
    QDateTime createdAt;
    QDateTime pushedAt;
    QDateTime activatedAt;
    QDateTime expiredAt;
    QDateTime soldAt; // sold at a coin slot (vouchers sell): the day the reports count it
    QString mac;
    QString ip;
    qint64 batchId = 0;
    bool developer = false;
    quint64 bytesUp = 0;
    quint64 bytesDown = 0;
    qint64 usedSeconds = 0;
    QString problem; // why it may not be used (a value from another tool that could not be read)
    bool lockDevice = false; // bound to the first device that uses it (profile "lock_device")
    QString lockedMac; // the device it is bound to; empty when not (yet) bound or unlocked
    QString router; // the router it was put on (its name in the settings); empty before a push

    BandwidthLimit limit() const { return {rateUp, rateDown}; }
    // Seconds of validity left; -1 when unlimited.
    // Bytes of the data cap left after the closed sessions; -1 when there is no cap.
    qint64 dataLeft() const
    {
        return dataBytes == 0 ? -1 : qint64(dataBytes - std::min<quint64>(dataBytes, bytesUp + bytesDown));
    }
    qint64 secondsLeft() const { return validitySeconds < 0 ? -1 : std::max<qint64>(0, validitySeconds - usedSeconds); }

    // Why this voucher must not be put on the router; empty when it may. Only a developer code
    // is without a time limit.
    QString pushRefusal() const;
    // Used up or withdrawn: a login with it should not happen.
    bool isDead() const { return status == Status::Used || status == Status::Revoked; }

    static QString statusName(Status status);
    // Reads our names and the words other tools write ("unused", "expired", "in use", ...);
    // nullopt for a word nobody maps.
    static std::optional<Status> statusFromWord(const QString& word);
    // statusFromWord(), New for an unknown word.
    static Status statusFromName(const QString& name);
    // Every stored word (lower case) that means this status, ours first.
    static QStringList wordsFor(Status status);
};
