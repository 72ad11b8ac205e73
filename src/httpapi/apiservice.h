// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <optional>

class BandwidthController;
class EventLog;
class MacAddress;
class ProfileCatalog;
class RouterConnection;
class SessionMonitor;
class VoucherManager;
class VoucherSeller;
class VoucherStore;

// The local JSON API's endpoints, independent of the HTTP server that carries them. Reads are
// answered at once from the monitor's latest snapshot and the database, so they never wait on the
// router; changes go through the same BandwidthController as the GUI and the CLI.
class ApiService : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaximumBody = 64 * 1024;

    struct Response
    {
        int status = 200;
        QJsonObject body;
        QByteArray json; // already serialised body; used instead of `body` when set

        QByteArray bytes() const;
    };
    using Reply = std::function<void(const Response&)>;

    struct Services
    {
        SessionMonitor* monitor = nullptr;
        BandwidthController* bandwidth = nullptr;
        VoucherStore* vouchers = nullptr;
        const ProfileCatalog* profiles = nullptr;
        RouterConnection* connection = nullptr;
        EventLog* log = nullptr; // vouchers made and revoked (optional)
    };
    // One router of several: its name in the settings and its loop's parts.
    struct Router
    {
        QString name;
        SessionMonitor* monitor = nullptr;
        BandwidthController* bandwidth = nullptr;
        RouterConnection* connection = nullptr;
    };
    static constexpr int MaximumWebBatch = 1000; // vouchers/generate

    ApiService(Services services, QString token, QObject* parent = nullptr);

    void setToken(const QString& token) { m_token = token; }
    // Several routers, the first one first (the one of Services). Without this call: only the
    // router of Services, named "main".
    void setRouters(const QList<Router>& routers);
    void setEventLog(EventLog* log) { m_services.log = log; }
    // From the request's head alone, before its body is read: the token first (401), then the path
    // (404) and the method (405; HEAD counts as GET). nullopt when the request may go on.
    std::optional<Response> admit(const QByteArray& method, const QString& path, const QByteArray& authorization) const;
    // The whole request (the server has already refused bodies over MaximumBody). reply runs once,
    // now or later (for changes on the router).
    // idempotencyKey: the request's Idempotency-Key header (vouchers/sell), empty when absent.
    void handle(const QByteArray& method,
                const QString& path,
                const QByteArray& authorization,
                const QByteArray& body,
                const Reply& reply,
                const QByteArray& idempotencyKey = {});
    // The path (404) and the method (405) alone, for a caller that authenticated the request itself.
    std::optional<Response> route(const QByteArray& method, const QString& path) const;
    // Runs an authenticated request; origin names the caller in the log ("api", "web").
    void serve(const QByteArray& method,
               const QString& path,
               const QByteArray& body,
               const QString& origin,
               const Reply& reply,
               const QByteArray& idempotencyKey = {});

    static Response ok(const QJsonObject& body);
    static Response error(int status, const QString& message);

private:
    void userTraffic(const QString& query, const Reply& reply) const;
    // The router a set/remove-bandwidth request is for: its "router" field, else the one router
    // the device is online on (else the first); a 400/404/409 answer when that cannot be told.
    std::optional<Response> pickRouter(const QJsonObject& object, const MacAddress& mac, int* index) const;
    // The router the field "router" names (index -1 when the field is absent); a 400/404 answer when
    // it names none.
    std::optional<Response> namedRouter(const QJsonObject& object, int* index) const;
    void health(const Reply& reply) const;
    void profiles(const Reply& reply) const;
    void vouchers(const QString& query, const Reply& reply) const;
    void sales(const QString& query, const Reply& reply) const;
    void generateVouchers(const QByteArray& body, const QString& origin, const Reply& reply);
    void revokeVoucher(const QByteArray& body, const QString& origin, const Reply& reply);
    void unlockVoucher(const QByteArray& body, const QString& origin, const Reply& reply);
    void
    sellVoucher(const QByteArray& body, const QByteArray& idempotencyKey, const QString& origin, const Reply& reply);
    void setBandwidth(const QByteArray& body, const QString& origin, const Reply& reply);
    void removeBandwidth(const QByteArray& body, const QString& origin, const Reply& reply);

    Services m_services;
    QList<Router> m_routers; // never empty
    VoucherManager* m_voucherManager;
    VoucherSeller* m_voucherSeller;
    QString m_token;
    // user-traffic serialised once per snapshot: many clients polling cost one JSON build per poll
    mutable QString m_cachedKey; // the routers asked for, their snapshots' sequence and staleness
    mutable QByteArray m_cachedUsers;
};
