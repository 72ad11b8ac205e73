// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/apiservice.h"

#include "core/bandwidth/bandwidthcontroller.h"
#include "core/log/eventlog.h"
#include "core/monitor/sessionmonitor.h"
#include "core/routeros/routerconnection.h"
#include "core/settings/routerconfig.h"
#include "core/traffic/datasize.h"
#include "core/traffic/trafficjson.h"
#include "core/vouchers/profilecatalog.h"
#include "core/vouchers/salesreport.h"
#include "core/vouchers/voucherjson.h"
#include "core/vouchers/vouchermanager.h"
#include "core/vouchers/voucherseller.h"
#include "core/vouchers/voucherstore.h"
#include "httpapi/apitoken.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace
{
const QString Prefix = u"/admin/api/"_s;

struct Endpoint
{
    QString path;
    QByteArray method;
};
const QList<Endpoint> Endpoints {
    {u"user-traffic"_s, "GET"},   {u"set-bandwidth"_s, "POST"},     {u"remove-bandwidth"_s, "POST"},
    {u"vouchers"_s, "GET"},       {u"vouchers/generate"_s, "POST"}, {u"vouchers/revoke"_s, "POST"},
    {u"sales"_s, "GET"},          {u"profiles"_s, "GET"},           {u"health"_s, "GET"},
    {u"vouchers/sell"_s, "POST"}, {u"vouchers/unlock"_s, "POST"}};

// Parses a JSON object body; on failure returns a 400 response naming what is wrong.
std::optional<ApiService::Response> parseObject(const QByteArray& body, QJsonObject* object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return ApiService::error(400,
                                 QObject::tr("the body is not valid JSON: %1 at offset %2")
                                     .arg(parseError.errorString())
                                     .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return ApiService::error(400, QObject::tr("the body must be a JSON object"));
    }
    *object = document.object();
    return std::nullopt;
}

std::optional<ApiService::Response> readMac(const QJsonObject& object, MacAddress* mac)
{
    if (!object.value(u"mac"_s).isString()) {
        return ApiService::error(400, QObject::tr("field \"mac\": missing (expected \"AA:BB:CC:DD:EE:FF\")"));
    }
    QString macError;
    const auto parsed = MacAddress::parse(object.value(u"mac"_s).toString(), &macError);
    if (!parsed) {
        return ApiService::error(400, QObject::tr("field \"mac\": %1").arg(macError));
    }
    *mac = *parsed;
    return std::nullopt;
}

// A JSON object body with a valid "mac" field; otherwise the 400 answer that says what is wrong.
std::optional<ApiService::Response> parseMacRequest(const QByteArray& body, QJsonObject* object, MacAddress* mac)
{
    if (auto failure = parseObject(body, object)) {
        return failure;
    }
    return readMac(*object, mac);
}

// A JSON object body with a "code" field (upper-cased); otherwise the 400 answer that says what is wrong.
std::optional<ApiService::Response> parseCodeRequest(const QByteArray& body, QString* code)
{
    QJsonObject object;
    if (auto failure = parseObject(body, &object)) {
        return failure;
    }
    *code = object.value(u"code"_s).toString().trimmed().toUpper();
    if (code->isEmpty()) {
        return ApiService::error(400, ApiService::tr("field \"code\": missing"));
    }
    return std::nullopt;
}

// The profile named in the "profile" field; otherwise the 400 answer that lists the profiles.
std::optional<ApiService::Response>
readProfile(const QJsonObject& object, const ProfileCatalog& profiles, Profile* profile)
{
    const QString name = object.value(u"profile"_s).toString();
    const auto found = profiles.find(name);
    if (!found) {
        return ApiService::error(400,
                                 QObject::tr("field \"profile\": no profile \"%1\" (profiles: %2)")
                                     .arg(name, profiles.names().join(u", "_s)));
    }
    *profile = *found;
    return std::nullopt;
}

ApiService::Response outcomeResponse(const BandwidthController::Outcome& outcome)
{
    using Status = BandwidthController::Outcome::Status;
    switch (outcome.status) {
    case Status::BadInput:
        return ApiService::error(400, outcome.message);
    case Status::RouterError:
        return ApiService::error(502, outcome.message);
    case Status::DatabaseError:
        return ApiService::error(500, outcome.message);
    case Status::Changed:
    case Status::Unchanged:
    case Status::Remembered:
        break;
    }
    QJsonArray actions;
    for (const QueueAction& action : outcome.actions) {
        actions.append(action.describe());
    }
    ApiService::Response response;
    response.body = QJsonObject {{u"success"_s, true},
                                 {u"changed"_s, outcome.status != Status::Unchanged},
                                 {u"remembered"_s, outcome.status == Status::Remembered},
                                 {u"message"_s, outcome.message},
                                 {u"actions"_s, actions}};
    return response;
}
} // namespace

ApiService::ApiService(Services services, QString token, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_voucherManager(new VoucherManager(services.bandwidth->client(), services.vouchers, this))
    , m_voucherSeller(new VoucherSeller(services.bandwidth->client(), services.vouchers, this))
    , m_token(std::move(token))
{
    m_voucherManager->setEventLog(services.log);
    m_routers.append({QString(RouterConfig::DefaultName), services.monitor, services.bandwidth, services.connection});
}

void ApiService::setRouters(const QList<Router>& routers)
{
    if (!routers.isEmpty()) {
        m_routers = routers;
        m_cachedUsers.clear();
        QList<VoucherManager::Router> clients;
        for (const Router& router : routers) {
            clients.append({router.name, router.bandwidth->client()});
        }
        m_voucherManager->setRouters(clients);
        m_voucherSeller->setRouters(clients);
    }
}

QByteArray ApiService::Response::bytes() const
{
    return json.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : json;
}

ApiService::Response ApiService::ok(const QJsonObject& body)
{
    Response response;
    response.body = body;
    return response;
}

ApiService::Response ApiService::error(int status, const QString& message)
{
    Response response;
    response.status = status;
    response.body = QJsonObject {{u"success"_s, false}, {u"error"_s, message}};
    return response;
}

std::optional<ApiService::Response>
ApiService::admit(const QByteArray& method, const QString& path, const QByteArray& authorization) const
{
    // The token first: without it nothing else is revealed, not even which paths exist.
    if (!ApiToken::matchesHeader(authorization, m_token)) {
        return error(401, tr("missing or wrong API token (send \"Authorization: Bearer <token>\")"));
    }
    return route(method, path);
}

std::optional<ApiService::Response> ApiService::route(const QByteArray& method, const QString& path) const
{
    const QString route = path.section(u'?', 0, 0);
    const auto endpoint = std::find_if(Endpoints.cbegin(), Endpoints.cend(),
                                       [&](const Endpoint& e) { return Prefix + e.path == route; });
    if (endpoint == Endpoints.cend()) {
        return error(404, tr("no such endpoint: %1").arg(route));
    }
    // HEAD is a GET whose body the server leaves out.
    if (method != endpoint->method && !(method == "HEAD" && endpoint->method == "GET")) {
        return error(
            405,
            tr("%1 takes %2, not %3").arg(route, QString::fromLatin1(endpoint->method), QString::fromLatin1(method)));
    }
    return std::nullopt;
}

void ApiService::handle(const QByteArray& method,
                        const QString& path,
                        const QByteArray& authorization,
                        const QByteArray& body,
                        const Reply& reply,
                        const QByteArray& idempotencyKey)
{
    if (std::optional<Response> refusal = admit(method, path, authorization)) {
        reply(*refusal);
        return;
    }
    serve(method, path, body, u"api"_s, reply, idempotencyKey);
}

void ApiService::serve(const QByteArray& method,
                       const QString& path,
                       const QByteArray& body,
                       const QString& origin,
                       const Reply& reply,
                       const QByteArray& idempotencyKey)
{
    if (std::optional<Response> refusal = route(method, path)) {
        reply(*refusal);
        return;
    }
    const QString route = path.section(u'?', 0, 0);
    const QString query = path.section(u'?', 1);
    if (route == Prefix + u"user-traffic"_s) {
        userTraffic(query, reply);
    } else if (route == Prefix + u"health"_s) {
        health(reply);
    } else if (route == Prefix + u"vouchers"_s) {
        vouchers(query, reply);
    } else if (route == Prefix + u"profiles"_s) {
        profiles(reply);
    } else if (route == Prefix + u"sales"_s) {
        sales(query, reply);
    } else if (route == Prefix + u"vouchers/generate"_s) {
        generateVouchers(body, origin, reply);
    } else if (route == Prefix + u"vouchers/revoke"_s) {
        revokeVoucher(body, origin, reply);
    } else if (route == Prefix + u"vouchers/sell"_s) {
        sellVoucher(body, idempotencyKey, origin, reply);
    } else if (route == Prefix + u"vouchers/unlock"_s) {
        unlockVoucher(body, origin, reply);
    } else if (route == Prefix + u"set-bandwidth"_s) {
        setBandwidth(body, origin, reply);
    } else {
        removeBandwidth(body, origin, reply);
    }
}

void ApiService::userTraffic(const QString& query, const Reply& reply) const
{
    const QUrlQuery parameters(query);
    QList<Router> routers = m_routers;
    if (parameters.hasQueryItem(u"router"_s)) {
        const QString name = parameters.queryItemValue(u"router"_s, QUrl::FullyDecoded);
        routers.removeIf([&](const Router& router) { return router.name != name; });
        if (routers.isEmpty()) {
            QStringList names;
            for (const Router& router : m_routers) {
                names.append(router.name);
            }
            reply(error(404,
                        tr("parameter \"router\": no router named \"%1\" (routers: %2)")
                            .arg(name.left(RouterConfig::MaximumNameLength), names.join(u", "_s))));
            return;
        }
    }
    QString key;
    QStringList staleReasons;
    bool anyData = false;
    for (const Router& router : std::as_const(routers)) {
        const TrafficSnapshot& snapshot = router.monitor->snapshot();
        key += router.name + u'/' + QString::number(snapshot.sequence) + (snapshot.stale ? u"s;"_s : u";"_s);
        anyData = anyData || snapshot.sequence != 0;
        if (snapshot.stale || snapshot.sequence == 0) {
            const QString reason = snapshot.stale ? snapshot.staleReason : tr("no data from the router yet");
            staleReasons.append(m_routers.size() > 1 ? router.name + u": "_s + reason : reason);
        }
    }
    if (!anyData) {
        // Nothing was ever read from the router(s).
        const TrafficSnapshot& first = routers.first().monitor->snapshot();
        reply(error(502,
                    routers.size() == 1 && first.stale
                        ? tr("router unreachable: %1").arg(first.staleReason)
                        : (routers.size() == 1
                               ? tr("no data from the router yet; try again in a moment")
                               : tr("no data from the routers yet: %1").arg(staleReasons.join(u"; "_s)))));
        return;
    }
    if (m_cachedUsers.isEmpty() || m_cachedKey != key) {
        TrafficJson::UsersDocument document;
        for (const Router& router : std::as_const(routers)) {
            document.addUsers(router.monitor->snapshot().users, router.name);
        }
        if (!staleReasons.isEmpty()) {
            document.setStale(staleReasons.join(u"; "_s));
        }
        m_cachedUsers = document.toJson();
        m_cachedKey = key;
    }
    Response response;
    response.json = m_cachedUsers;
    reply(response);
}

void ApiService::health(const Reply& reply) const
{
    auto describe = [](const Router& router) {
        const RouterConnection* connection = router.connection;
        const QString state
            = QString::fromLatin1(QMetaEnum::fromType<RouterConnection::State>().valueToKey(int(connection->state())))
                  .toLower();
        QJsonObject object {
            {u"name"_s, router.name}, {u"address"_s, connection->settings().address()}, {u"state"_s, state}};
        if (connection->lastError().isError()) {
            object.insert(u"last_error"_s, connection->lastError().message());
        }
        return object;
    };
    QJsonArray routers;
    for (const Router& router : m_routers) {
        const TrafficSnapshot& snapshot = router.monitor->snapshot();
        QJsonObject object = describe(router);
        object.insert(u"last_poll"_s, snapshot.takenAt.toString(Qt::ISODate));
        object.insert(u"stale"_s, snapshot.stale);
        object.insert(u"online_users"_s, snapshot.users.size());
        routers.append(object);
    }
    // The first router's figures at the top, as with one router.
    const TrafficSnapshot& snapshot = m_routers.first().monitor->snapshot();
    reply(ok(QJsonObject {{u"success"_s, true},
                          {u"router"_s, describe(m_routers.first())},
                          {u"routers"_s, routers},
                          {u"last_poll"_s, snapshot.takenAt.toString(Qt::ISODate)},
                          {u"stale"_s, snapshot.stale},
                          {u"stale_reason"_s, snapshot.staleReason},
                          {u"online_users"_s, snapshot.users.size()}}));
}

void ApiService::vouchers(const QString& query, const Reply& reply) const
{
    const QUrlQuery parameters(query);
    VoucherStore::Filter filter;
    const QString status = parameters.queryItemValue(u"status"_s).toLower();
    if (!status.isEmpty()) {
        static const QStringList valid {u"new"_s, u"pushed"_s, u"active"_s, u"used"_s, u"revoked"_s};
        if (!valid.contains(status)) {
            reply(error(400, tr("parameter \"status\": expected one of %1").arg(valid.join(u", "_s))));
            return;
        }
        filter.status = Voucher::statusFromName(status);
    }
    filter.search = parameters.queryItemValue(u"search"_s);
    filter.limit = 1000;
    if (parameters.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        filter.limit = parameters.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 1 || filter.limit > 100000) {
            reply(error(400, tr("parameter \"limit\": expected a number from 1 to 100000")));
            return;
        }
    }
    const QList<Voucher> vouchers = m_services.vouchers->list(filter);
    QStringList codes;
    for (const Voucher& voucher : vouchers) {
        codes.append(voucher.code);
    }
    const auto devices = m_services.vouchers->devices(codes);
    QJsonArray list;
    for (const Voucher& voucher : vouchers) {
        QJsonObject object {
            {u"code"_s, voucher.code},
            {u"profile"_s, voucher.profile},
            {u"price"_s, voucher.price},
            {u"validity"_s, voucher.validity},
            {u"status"_s, Voucher::statusName(voucher.status)},
            {u"rate_limit_up"_s, voucher.rateUp.toRouterOs()},
            {u"rate_limit_down"_s, voucher.rateDown.toRouterOs()},
            {u"created_at"_s, voucher.createdAt.toString(Qt::ISODate)},
            {u"activated_at"_s, voucher.activatedAt.toString(Qt::ISODate)},
            {u"mac"_s, voucher.mac},
            {u"used_seconds"_s, voucher.usedSeconds},
            {u"data_left"_s,
             voucher.dataLeft() < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(voucher.dataLeft()))}};
        VoucherJson::addDevices(object, voucher, devices.value(voucher.code));
        list.append(object);
    }
    reply(ok(QJsonObject {{u"success"_s, true}, {u"count"_s, list.size()}, {u"vouchers"_s, list}}));
}

void ApiService::profiles(const Reply& reply) const
{
    QJsonArray list;
    for (const Profile& profile : m_services.profiles->profiles()) {
        list.append(QJsonObject {{u"name"_s, profile.name},
                                 {u"price"_s, profile.price},
                                 {u"validity"_s, profile.validity},
                                 {u"rate_up"_s, profile.rateUp.toRouterOs()},
                                 {u"rate_down"_s, profile.rateDown.toRouterOs()},
                                 {u"speeds"_s, profile.limit().toDisplay()},
                                 {u"data"_s,
                                  profile.dataBytes > 0 ? QJsonValue(DataSize::toRouterOs(profile.dataBytes))
                                                        : QJsonValue(QJsonValue::Null)},
                                 {u"lock_device"_s, profile.lockDevice}});
    }
    reply(ok(QJsonObject {{u"success"_s, true}, {u"profiles"_s, list}}));
}

void ApiService::sales(const QString& query, const Reply& reply) const
{
    // Local calendar days, like the Reports page; today when not given.
    const QUrlQuery parameters(query);
    QDate days[2] = {QDate::currentDate(), QDate::currentDate()};
    const QString names[2] = {u"from"_s, u"to"_s};
    for (int i = 0; i < 2; ++i) {
        if (parameters.hasQueryItem(names[i])) {
            days[i] = QDate::fromString(parameters.queryItemValue(names[i]), Qt::ISODate);
            if (!days[i].isValid()) {
                reply(error(400, tr("parameter \"%1\": expected a date like 2026-01-31").arg(names[i])));
                return;
            }
        }
    }
    if (days[1] < days[0]) {
        reply(error(400, tr("parameter \"to\" is before \"from\"")));
        return;
    }
    QJsonArray rows;
    int sold = 0;
    double revenue = 0;
    for (const SalesReport::SalesRow& row : SalesReport(m_services.vouchers->database()).sales(days[0], days[1])) {
        rows.append(QJsonObject {{u"day"_s, row.day.toString(Qt::ISODate)},
                                 {u"profile"_s, row.profile},
                                 {u"sold"_s, row.sold},
                                 {u"revenue"_s, row.revenue}});
        sold += row.sold;
        revenue += row.revenue;
    }
    reply(ok(QJsonObject {{u"success"_s, true},
                          {u"from"_s, days[0].toString(Qt::ISODate)},
                          {u"to"_s, days[1].toString(Qt::ISODate)},
                          {u"sold"_s, sold},
                          {u"revenue"_s, revenue},
                          {u"rows"_s, rows}}));
}

void ApiService::generateVouchers(const QByteArray& body, const QString& origin, const Reply& reply)
{
    QJsonObject object;
    if (auto failure = parseObject(body, &object)) {
        reply(*failure);
        return;
    }
    Profile profile;
    if (auto failure = readProfile(object, *m_services.profiles, &profile)) {
        reply(*failure);
        return;
    }
    const QJsonValue count = object.value(u"count"_s);
    VoucherStore::GenerateOptions options;
    options.count = count.toInt(0);
    if (!count.isDouble() || count.toDouble() != options.count || options.count < 1
        || options.count > MaximumWebBatch) {
        reply(error(400, tr("field \"count\": expected a whole number from 1 to %1").arg(MaximumWebBatch)));
        return;
    }
    options.note = tr("made over the HTTP API (%1)").arg(origin);
    QString failure;
    const auto batch = m_services.vouchers->generate(profile, options, &failure);
    if (!batch) {
        reply(error(500, failure));
        return;
    }
    if (m_services.log != nullptr) {
        m_services.log->info(
            tr("%1 vouchers %2 made (batch %3) [%4]").arg(batch->count).arg(profile.name).arg(batch->id).arg(origin));
    }
    reply(ok(QJsonObject {{u"success"_s, true},
                          {u"batch"_s, batch->id},
                          {u"profile"_s, profile.name},
                          {u"codes"_s, QJsonArray::fromStringList(batch->codes)}}));
}

void ApiService::revokeVoucher(const QByteArray& body, const QString& origin, const Reply& reply)
{
    QString code;
    if (auto failure = parseCodeRequest(body, &code)) {
        reply(*failure);
        return;
    }
    EventLog* log = m_services.log;
    m_voucherManager->revoke(code, this, [reply, log, origin](const VoucherManager::Outcome& outcome) {
        if (outcome.badInput) {
            reply(error(400, outcome.message));
            return;
        }
        if (log != nullptr) {
            log->add(outcome.ok() ? EventLog::Severity::Info : EventLog::Severity::Warning,
                     tr("%1 [%2]").arg(outcome.message, origin));
        }
        // The record is revoked either way; a router that could not be updated is retried later.
        reply(ok(QJsonObject {{u"success"_s, true},
                              {u"router_updated"_s, outcome.ok()},
                              {u"message"_s, outcome.message},
                              {u"routers"_s, VoucherJson::routerOutcomes(outcome.routers)}}));
    });
}

void ApiService::unlockVoucher(const QByteArray& body, const QString& origin, const Reply& reply)
{
    QString code;
    if (auto failure = parseCodeRequest(body, &code)) {
        reply(*failure);
        return;
    }
    m_voucherManager->unlock(code, origin, this, [reply](const VoucherManager::Outcome& outcome) {
        if (outcome.badInput) {
            reply(error(400, outcome.message));
        } else if (outcome.error.isError()) {
            Response failed = error(502, outcome.message);
            failed.body.insert(u"routers"_s, VoucherJson::routerOutcomes(outcome.routers));
            reply(failed);
        } else {
            reply(ok(QJsonObject {{u"success"_s, true},
                                  {u"message"_s, outcome.message},
                                  {u"routers"_s, VoucherJson::routerOutcomes(outcome.routers)}}));
        }
    });
}

void ApiService::sellVoucher(const QByteArray& body,
                             const QByteArray& idempotencyKey,
                             const QString& origin,
                             const Reply& reply)
{
    QJsonObject object;
    if (auto failure = parseObject(body, &object)) {
        reply(*failure);
        return;
    }
    VoucherSeller::Request request;
    request.origin = origin;
    request.idempotencyKey = QString::fromLatin1(idempotencyKey.trimmed());
    if (object.contains(u"amount"_s)) {
        const QJsonValue amount = object.value(u"amount"_s);
        if (!amount.isDouble() || !(amount.toDouble() > 0)) {
            reply(error(400, tr("field \"amount\": expected the price in pesos, like 10")));
            return;
        }
        request.amount = amount.toDouble();
    }
    if (object.contains(u"profile"_s)) {
        if (!object.value(u"profile"_s).isString() || object.value(u"profile"_s).toString().trimmed().isEmpty()) {
            reply(error(400, tr("field \"profile\": expected a profile name, like \"STANDARD\"")));
            return;
        }
        request.profile = object.value(u"profile"_s).toString();
    }
    // A coin slot hangs on one router and a voucher works only where it was put: with several
    // routers the request says which one.
    int index = -1;
    if (auto failure = namedRouter(object, &index)) {
        reply(*failure);
        return;
    }
    if (index < 0 && m_routers.size() > 1) {
        QStringList names;
        for (const Router& router : std::as_const(m_routers)) {
            names.append(router.name);
        }
        reply(error(400,
                    tr("field \"router\": missing; several routers are set up (%1): name the one the voucher is "
                       "for")
                        .arg(names.join(u", "_s))));
        return;
    }
    if (index > 0) {
        request.router = m_routers.at(index).name; // else the first: the seller's default
    }
    EventLog* log = m_services.log;
    m_voucherSeller->sell(
        m_services.profiles->profiles(), request, this, [reply, log, origin](const VoucherSeller::Sale& sale) {
            using Result = VoucherSeller::Sale::Result;
            switch (sale.result) {
            case Result::Sold:
                if (log != nullptr && !sale.repeated) {
                    log->info(tr("voucher %1 (%2) sold and put on the router [%3]")
                                  .arg(sale.code(), sale.answer.value(u"profile"_s).toString(), origin));
                }
                reply(ok(sale.answer));
                return;
            case Result::BadInput:
                reply(error(400, sale.message));
                return;
            case Result::Conflict:
                reply(error(409, sale.message));
                return;
            case Result::RouterProblem:
                if (log != nullptr) {
                    log->add(EventLog::Severity::Warning, tr("%1 [%2]").arg(sale.message, origin));
                }
                reply(error(502, sale.message));
                return;
            case Result::DatabaseError:
                reply(error(500, sale.message));
                return;
            }
        });
}

void ApiService::setBandwidth(const QByteArray& body, const QString& origin, const Reply& reply)
{
    QJsonObject object;
    MacAddress mac;
    if (auto failure = parseMacRequest(body, &object, &mac)) {
        reply(*failure);
        return;
    }
    BandwidthLimit limit;
    if (object.contains(u"profile"_s)) {
        Profile profile;
        if (auto failure = readProfile(object, *m_services.profiles, &profile)) {
            reply(*failure);
            return;
        }
        limit = profile.limit();
    } else {
        for (const QString& field : {u"upload"_s, u"download"_s}) {
            const QJsonValue value = object.value(field);
            if (!value.isString()) {
                reply(error(400,
                            tr("field \"%1\": missing (expected a rate like \"1M\", or give \"profile\")").arg(field)));
                return;
            }
            QString rateError;
            const auto rate = RateLimit::parse(value.toString(), u"field \"%1\""_s.arg(field), &rateError);
            if (!rate) {
                reply(error(400, rateError));
                return;
            }
            (field == u"upload"_s ? limit.upload : limit.download) = *rate;
        }
    }
    BandwidthController::ChangeRequest request;
    request.remember = object.value(u"remember"_s).toBool(false);
    request.rememberForCode = object.value(u"remember_for_code"_s).toBool(false);
    request.origin = origin;
    int index = 0;
    if (auto failure = pickRouter(object, mac, &index)) {
        reply(*failure);
        return;
    }
    m_routers.at(index).bandwidth->setLimit(
        mac, limit, request, this,
        [reply](const BandwidthController::Outcome& outcome) { reply(outcomeResponse(outcome)); });
}

void ApiService::removeBandwidth(const QByteArray& body, const QString& origin, const Reply& reply)
{
    QJsonObject object;
    MacAddress mac;
    if (auto failure = parseMacRequest(body, &object, &mac)) {
        reply(*failure);
        return;
    }
    int index = 0;
    if (auto failure = pickRouter(object, mac, &index)) {
        reply(*failure);
        return;
    }
    BandwidthController::ChangeRequest request;
    request.origin = origin;
    m_routers.at(index).bandwidth->removeLimit(
        mac, request, this, [reply](const BandwidthController::Outcome& outcome) { reply(outcomeResponse(outcome)); });
}

std::optional<ApiService::Response> ApiService::namedRouter(const QJsonObject& object, int* index) const
{
    *index = -1;
    if (!object.contains(u"router"_s)) {
        return std::nullopt;
    }
    QStringList names;
    for (const Router& router : m_routers) {
        names.append(router.name);
    }
    const QJsonValue value = object.value(u"router"_s);
    if (!value.isString()) {
        return error(400, tr("field \"router\": expected a router's name (routers: %1)").arg(names.join(u", "_s)));
    }
    *index = int(names.indexOf(value.toString()));
    if (*index < 0) {
        return error(404,
                     tr("field \"router\": no router named \"%1\" (routers: %2)")
                         .arg(value.toString().left(RouterConfig::MaximumNameLength), names.join(u", "_s)));
    }
    return std::nullopt;
}

std::optional<ApiService::Response>
ApiService::pickRouter(const QJsonObject& object, const MacAddress& mac, int* index) const
{
    if (auto failure = namedRouter(object, index)) {
        return failure;
    }
    if (*index >= 0) {
        return std::nullopt;
    }
    *index = 0;
    QStringList online;
    for (qsizetype i = 0; i < m_routers.size(); ++i) {
        const QList<UserTraffic>& users = m_routers.at(i).monitor->snapshot().users;
        if (std::any_of(users.cbegin(), users.cend(), [&](const UserTraffic& user) { return user.mac == mac; })) {
            if (online.isEmpty()) {
                *index = int(i);
            }
            online.append(m_routers.at(i).name);
        }
    }
    if (online.size() > 1) {
        return error(409,
                     tr("the device %1 is online on more than one router (%2): say which with the field "
                        "\"router\"")
                         .arg(mac.toString(), online.join(u", "_s)));
    }
    return std::nullopt;
}
