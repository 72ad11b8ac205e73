// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The HTTP/1.1 server under the local API, driven byte by byte with raw sockets: what it refuses
// before reading, its limits, keep-alive, pipelining, timeouts, and late answers to clients or
// servers that are gone.
#include "httpapi/httpserver.h"
#include "support/apifixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace
{
const QByteArray SetBandwidth = R"({"mac": "AA:BB:CC:00:00:01", "upload": "1M", "download": "2M"})";

struct RawResponse
{
    int status = 0;
    QByteArray head; // status line and header fields
    QByteArray body;

    QByteArray header(const QByteArray& name) const
    {
        for (const QByteArray& line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).compare(name, Qt::CaseInsensitive) == 0) {
                return line.mid(colon + 1).trimmed();
            }
        }
        return {};
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

// A client that writes exactly the bytes it is given and splits what comes back into responses.
class RawClient
{
public:
    explicit RawClient(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    QTcpSocket& socket() { return m_socket; }
    bool waitConnected()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }
    void send(const QByteArray& bytes) { m_socket.write(bytes); }
    void read()
    {
        if (m_socket.isOpen()) {
            m_buffer += m_socket.readAll();
        }
    }
    // The next response; after a HEAD it has no body whatever Content-Length says.
    std::optional<RawResponse> next(bool head = false, int timeoutMs = 5000)
    {
        std::optional<RawResponse> response;
        const bool arrived = QTest::qWaitFor(
            [&] {
                read();
                response = take(head);
                return response.has_value();
            },
            timeoutMs);
        return arrived ? response : std::nullopt;
    }
    // True once the server has closed the connection (whatever came before is kept for next()).
    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                read();
                return m_socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
    }
    QByteArray unread() const { return m_buffer; }

private:
    std::optional<RawResponse> take(bool head)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return std::nullopt;
        }
        RawResponse response;
        response.head = m_buffer.left(end + 2);
        response.status = response.head.split(' ').value(1).toInt();
        const qint64 length = head ? 0 : response.header("Content-Length").toLongLong();
        if (m_buffer.size() < end + 4 + length) {
            return std::nullopt;
        }
        response.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        return response;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusedBodyIsNeverRead_data();
    void refusedBodyIsNeverRead();
    void chunkedBodyIsCutAtTheLimit();
    void chunkedBodyIsDecoded();
    void badRequestIsAnsweredAndClosed_data();
    void badRequestIsAnsweredAndClosed();
    void unsupportedMethods();
    void expectContinue();
    void expectContinueRefused();
    void keepAliveByDefault();
    void connectionClose();
    void http10_data();
    void http10();
    void pipelinedAnswersInOrder();
    void headHasNoBody();
    void idleConnectionIsClosed();
    void tricklingHeadIsCut();
    void silentConnectionIsClosed();
    void connectionLimit();
    void clientGoneWhileRouterWaits();
    void serverGoneWhileRouterWaits_data();
    void serverGoneWhileRouterWaits();

private:
    QByteArray request(const QByteArray& method,
                       const QByteArray& path,
                       const QByteArray& body = {},
                       const QByteArray& extraHeaders = {}) const;
    std::unique_ptr<RawClient> connect();
    // Sends bytes on a new connection: the answer, if the server then closed the connection.
    std::optional<RawResponse> answerThenClose(const QByteArray& bytes);
    HttpServer& http() { return m_api->server()->http(); }
    void changeLimits(const std::function<void(HttpServer::Limits&)>& change)
    {
        HttpServer::Limits limits = http().limits();
        change(limits);
        http().setLimits(limits);
    }

    std::unique_ptr<ApiFixture> m_api;
};

void TestHttpServer::init()
{
    m_api = std::make_unique<ApiFixture>();
    QString error;
    QVERIFY2(m_api->start(&error), qPrintable(error));
}

void TestHttpServer::cleanup()
{
    m_api.reset();
}

QByteArray TestHttpServer::request(const QByteArray& method,
                                   const QByteArray& path,
                                   const QByteArray& body,
                                   const QByteArray& extraHeaders) const
{
    QByteArray bytes = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
        + m_api->token().toLatin1() + "\r\n" + extraHeaders;
    if (!body.isEmpty()) {
        bytes += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    return bytes + "\r\n" + body;
}

std::unique_ptr<RawClient> TestHttpServer::connect()
{
    auto client = std::make_unique<RawClient>(m_api->port());
    if (!client->waitConnected()) {
        return nullptr;
    }
    return client;
}

std::optional<RawResponse> TestHttpServer::answerThenClose(const QByteArray& bytes)
{
    auto client = connect();
    if (!client) {
        return std::nullopt;
    }
    client->send(bytes);
    const auto response = client->next();
    if (!response || !client->waitClosed() || !client->unread().isEmpty()) {
        return std::nullopt;
    }
    return response;
}

void TestHttpServer::refusedBodyIsNeverRead_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::newRow("no token") << QByteArray() << 401;
    QTest::newRow("wrong token") << QByteArray("Authorization: Bearer wrong\r\n") << 401;
    QTest::newRow("right token, body over the limit") << QByteArray("right") << 413;
}

void TestHttpServer::refusedBodyIsNeverRead()
{
    // Headers that announce 500 MB, then 8 MB of it: the answer comes from the headers alone, the
    // connection closes, and the server never holds more than a few socket buffers of it.
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    if (authorization == "right") {
        authorization = "Authorization: Bearer " + m_api->token().toLatin1() + "\r\n";
    }
    auto client = connect();
    QVERIFY(client);
    qint64 mostBuffered = 0;
    QObject::connect(&client->socket(), &QTcpSocket::bytesWritten, this,
                     [&] { mostBuffered = qMax(mostBuffered, http().bufferedBytes()); });
    client->send("POST /admin/api/set-bandwidth HTTP/1.1\r\nHost: 127.0.0.1\r\n" + authorization
                 + "Content-Type: application/json\r\nContent-Length: 500000000\r\n\r\n");
    const QByteArray megabyte(1024 * 1024, '{');
    for (int i = 0; i < 8; ++i) {
        client->send(megabyte);
    }
    const auto response = client->next();
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Connection"), QByteArray("close"));
    QCOMPARE(response->json().value(u"success"_s).toBool(true), false);
    QVERIFY(client->waitClosed());
    QVERIFY2(mostBuffered < 256 * 1024, QByteArray::number(mostBuffered).constData());
    QTRY_COMPARE(http().connectionCount(), 0);
    QCOMPARE(m_api->router().simulator().changeCount(), 0);
    // The server is still there for the next client.
    auto next = connect();
    QVERIFY(next);
    next->send(request("GET", "/admin/api/health"));
    QCOMPARE(next->next()->status, 200);
}

void TestHttpServer::chunkedBodyIsCutAtTheLimit()
{
    auto client = connect();
    QVERIFY(client);
    qint64 mostBuffered = 0;
    QObject::connect(&client->socket(), &QTcpSocket::bytesWritten, this,
                     [&] { mostBuffered = qMax(mostBuffered, http().bufferedBytes()); });
    client->send(request("POST", "/admin/api/set-bandwidth", {}, "Transfer-Encoding: chunked\r\n"));
    const QByteArray chunk = "1000\r\n" + QByteArray(0x1000, ' ') + "\r\n"; // 4 KiB each
    client->send(chunk.repeated(1024)); // 4 MiB in all, never a last chunk
    const auto response = client->next();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QVERIFY(response->json().value(u"error"_s).toString().contains(u"64 KiB"_s));
    QVERIFY(client->waitClosed());
    QVERIFY2(mostBuffered < 256 * 1024, QByteArray::number(mostBuffered).constData());
    QCOMPARE(m_api->router().simulator().changeCount(), 0);
}

void TestHttpServer::chunkedBodyIsDecoded()
{
    auto client = connect();
    QVERIFY(client);
    QByteArray chunked;
    for (qsizetype at = 0; at < SetBandwidth.size(); at += 20) {
        const QByteArray piece = SetBandwidth.mid(at, 20);
        chunked += QByteArray::number(piece.size(), 16) + ";name=value\r\n" + piece + "\r\n";
    }
    chunked += "0\r\nX-Trailer: yes\r\n\r\n";
    client->send(request("POST", "/admin/api/set-bandwidth", {}, "Transfer-Encoding: chunked\r\n") + chunked);
    const auto response = client->next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->json().value(u"changed"_s).toBool(), true);
    QCOMPARE(m_api->router().simulator().queues().size(), 1);
}

void TestHttpServer::badRequestIsAnsweredAndClosed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("status");
    // Over the limits of the head.
    const QByteArray health = "GET /admin/api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    QTest::newRow("one header of 17 KiB") << health + "X-Big: " + QByteArray(17 * 1024, 'a') + "\r\n\r\n" << 431;
    QByteArray many = health;
    for (int i = 0; i < 101; ++i) {
        many += "X-Field-" + QByteArray::number(i) + ": 1\r\n";
    }
    QTest::newRow("101 header fields") << many + "\r\n" << 431;
    QTest::newRow("request line of 9 KiB")
        << QByteArray("GET /admin/api/vouchers?search=" + QByteArray(9 * 1024, 'a') + " HTTP/1.1\r\n\r\n") << 414;
    // Not HTTP/1.x at all. The default 10 s head timeout is longer than QTRY waits: these are
    // answered from the bytes. The start of a TLS ClientHello (someone tried https://) has no line end.
    QTest::newRow("TLS ClientHello") << QByteArray::fromHex("16030100a5010000a10303") + QByteArray(32, '\x5a') << 400;
    QTest::newRow("binary") << QByteArray("\x00\x01\x02garbage", 10) << 400;
    QTest::newRow("words") << QByteArray("hello there\r\n\r\n") << 400;
    QTest::newRow("HTTP/0.9") << QByteArray("GET /admin/api/health\r\n") << 400;
    QTest::newRow("lower-case version") << QByteArray("GET / http/1.1\r\n\r\n") << 400;
    QTest::newRow("HTTP/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505;
    // A body whose length is unclear: where the next request would start is unclear too.
    // (Refused before the token is looked at: _data runs before init(), without a token.)
    const auto post = [](const QByteArray& headers) -> QByteArray {
        return "POST /admin/api/set-bandwidth HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\nhello";
    };
    QTest::newRow("Content-Length and chunked") << post("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n") << 400;
    QTest::newRow("two different lengths") << post("Content-Length: 5\r\nContent-Length: 6\r\n") << 400;
    QTest::newRow("length not a number") << post("Content-Length: 5x\r\n") << 400;
    QTest::newRow("negative length") << post("Content-Length: -1\r\n") << 400;
    QTest::newRow("chunked not last") << post("Transfer-Encoding: chunked, gzip\r\n") << 400;
    QTest::newRow("unknown coding") << post("Transfer-Encoding: gzip, chunked\r\n") << 501;
    QTest::newRow("space before colon") << post("Content-Length : 5\r\n") << 400;
    QTest::newRow("folded line") << post("X-A: 1\r\n  folded\r\n") << 400;
    QTest::newRow("unknown expectation") << post("Expect: something\r\nContent-Length: 5\r\n") << 417;
}

void TestHttpServer::badRequestIsAnsweredAndClosed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, status);
    const auto response = answerThenClose(bytes);
    QVERIFY(response);
    QCOMPARE(response->status, status);
    QCOMPARE(response->header("Connection"), QByteArray("close"));
    QCOMPARE(response->json().value(u"success"_s).toBool(true), false);
    QCOMPARE(m_api->router().simulator().changeCount(), 0);
}

void TestHttpServer::unsupportedMethods()
{
    for (const QByteArray& method : {QByteArray("BREW"), QByteArray("TRACE"), QByteArray("CONNECT")}) {
        const auto response = answerThenClose(request(method, "/admin/api/health"));
        QVERIFY(response);
        QCOMPARE(response->status, 501);
    }
    // A method HTTP knows that the endpoint does not take: the API's own 405, connection kept.
    auto client = connect();
    QVERIFY(client);
    client->send(request("DELETE", "/admin/api/vouchers"));
    QCOMPARE(client->next()->status, 405);
    client->send(request("GET", "/admin/api/health"));
    QCOMPARE(client->next()->status, 200);
}

void TestHttpServer::expectContinue()
{
    auto client = connect();
    QVERIFY(client);
    const QByteArray whole = request("POST", "/admin/api/set-bandwidth", SetBandwidth, "Expect: 100-continue\r\n");
    const qsizetype headEnd = whole.indexOf("\r\n\r\n") + 4;
    client->send(whole.left(headEnd));
    const auto interim = client->next();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    client->send(whole.mid(headEnd));
    const auto response = client->next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(m_api->router().simulator().queues().size(), 1);
}

void TestHttpServer::expectContinueRefused()
{
    // Without the token the final answer comes at once, without 100 Continue, and nothing is read.
    const auto response = answerThenClose("POST /admin/api/set-bandwidth HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                          "Expect: 100-continue\r\nContent-Length: 100000000\r\n\r\n");
    QVERIFY(response); // and nothing more: no 100 Continue
    QCOMPARE(response->status, 401);
}

void TestHttpServer::keepAliveByDefault()
{
    auto client = connect();
    QVERIFY(client);
    for (int i = 0; i < 3; ++i) {
        client->send(request("GET", "/admin/api/health"));
        const auto response = client->next();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("Connection"), QByteArray("keep-alive"));
        QCOMPARE(response->header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(response->header("Content-Length").toInt(), response->body.size());
        QCOMPARE(response->header("X-Content-Type-Options"), QByteArray("nosniff"));
        QCOMPARE(response->header("Cache-Control"), QByteArray("no-store"));
        QVERIFY(!response->header("Date").isEmpty());
    }
    QCOMPARE(client->socket().state(), QAbstractSocket::ConnectedState);
    QCOMPARE(http().connectionCount(), 1);
}

void TestHttpServer::connectionClose()
{
    const auto response = answerThenClose(request("GET", "/admin/api/health", {}, "Connection: close\r\n"));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Connection"), QByteArray("close"));
    QTRY_COMPARE(http().connectionCount(), 0);
}

void TestHttpServer::http10_data()
{
    QTest::addColumn<QByteArray>("connection");
    QTest::addColumn<bool>("kept");
    QTest::newRow("plain HTTP/1.0") << QByteArray() << false;
    QTest::newRow("HTTP/1.0 keep-alive") << QByteArray("Connection: keep-alive\r\n") << true;
}

void TestHttpServer::http10()
{
    QFETCH(QByteArray, connection);
    QFETCH(bool, kept);
    auto client = connect();
    QVERIFY(client);
    const QByteArray bytes = "GET /admin/api/health HTTP/1.0\r\nAuthorization: Bearer " + m_api->token().toLatin1()
        + "\r\n" + connection + "\r\n";
    client->send(bytes);
    const auto response = client->next();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->header("Connection"), kept ? QByteArray("keep-alive") : QByteArray("close"));
    if (!kept) {
        QVERIFY(client->waitClosed());
        return;
    }
    client->send(bytes);
    QCOMPARE(client->next()->status, 200);
    QCOMPARE(client->socket().state(), QAbstractSocket::ConnectedState);
}

void TestHttpServer::pipelinedAnswersInOrder()
{
    // The middle one waits on the router; the last one could be answered at once, but comes third.
    m_api->router().simulator().faults().delayReplies(100);
    auto client = connect();
    QVERIFY(client);
    client->send(request("GET", "/admin/api/vouchers") + request("POST", "/admin/api/set-bandwidth", SetBandwidth)
                 + request("GET", "/admin/api/health") + request("GET", "/admin/api/nothing"));
    const auto first = client->next();
    const auto second = client->next();
    const auto third = client->next();
    const auto fourth = client->next();
    QVERIFY(first && second && third && fourth);
    QCOMPARE(first->status, 200);
    QVERIFY(first->json().contains(u"vouchers"_s));
    QCOMPARE(second->status, 200);
    QCOMPARE(second->json().value(u"changed"_s).toBool(), true);
    QCOMPARE(third->status, 200);
    QVERIFY(third->json().contains(u"router"_s));
    QCOMPARE(fourth->status, 404);
    QCOMPARE(client->socket().state(), QAbstractSocket::ConnectedState);
}

void TestHttpServer::headHasNoBody()
{
    auto client = connect();
    QVERIFY(client);
    client->send(request("GET", "/admin/api/vouchers"));
    const auto get = client->next();
    QVERIFY(get);
    client->send(request("HEAD", "/admin/api/vouchers") + request("GET", "/admin/api/vouchers"));
    const auto head = client->next(true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->header("Content-Length").toInt(), get->body.size());
    QCOMPARE(head->header("Content-Type"), QByteArray("application/json"));
    // The next answer starts right after the head's empty line: no body bytes were sent.
    const auto after = client->next();
    QVERIFY(after);
    QCOMPARE(after->status, 200);
    QCOMPARE(after->body, get->body);
    // HEAD of an endpoint without GET: the API's 405, headers only.
    client->send(request("HEAD", "/admin/api/set-bandwidth") + request("GET", "/admin/api/health"));
    const auto refused = client->next(true);
    QVERIFY(refused);
    QCOMPARE(refused->status, 405);
    QCOMPARE(client->next()->status, 200);
    QVERIFY(client->unread().isEmpty());
}

void TestHttpServer::idleConnectionIsClosed()
{
    changeLimits([](HttpServer::Limits& limits) { limits.idleTimeout = 200ms; });
    auto client = connect();
    QVERIFY(client);
    client->send(request("GET", "/admin/api/health"));
    QCOMPARE(client->next()->status, 200);
    QVERIFY(client->waitClosed());
    QVERIFY(client->unread().isEmpty()); // closed without a word
    QTRY_COMPARE(http().connectionCount(), 0);
}

void TestHttpServer::tricklingHeadIsCut()
{
    changeLimits([](HttpServer::Limits& limits) { limits.requestTimeout = 300ms; });
    auto client = connect();
    QVERIFY(client);
    client->send("GET /admin/api/health HTTP/1.1\r\nX-Slow: ");
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, this, [&] { client->send("a"); });
    trickle.start(20ms);
    const auto response = client->next();
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(client->waitClosed());
}

void TestHttpServer::silentConnectionIsClosed()
{
    changeLimits([](HttpServer::Limits& limits) { limits.requestTimeout = 200ms; });
    auto client = connect();
    QVERIFY(client);
    QTRY_COMPARE(http().connectionCount(), 1);
    QVERIFY(client->waitClosed());
    QTRY_COMPARE(http().connectionCount(), 0);
}

void TestHttpServer::connectionLimit()
{
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 64; ++i) {
        clients.push_back(connect());
        QVERIFY(clients.back());
    }
    QTRY_COMPARE(http().connectionCount(), 64);
    auto refused = connect();
    QVERIFY(refused);
    refused->send(request("GET", "/admin/api/health"));
    const auto response = refused->next();
    QVERIFY(response);
    QCOMPARE(response->status, 503);
    QCOMPARE(response->header("Connection"), QByteArray("close"));
    QVERIFY(refused->waitClosed());
    QCOMPARE(http().connectionCount(), 64);
    // The ones inside still work, and a freed place is taken by the next client.
    clients.front()->send(request("GET", "/admin/api/health"));
    QCOMPARE(clients.front()->next()->status, 200);
    clients.back()->socket().abort();
    QTRY_COMPARE(http().connectionCount(), 63);
    auto next = connect();
    QVERIFY(next);
    next->send(request("GET", "/admin/api/health"));
    QCOMPARE(next->next()->status, 200);
}

void TestHttpServer::clientGoneWhileRouterWaits()
{
    RouterSimulator& router = m_api->router().simulator();
    router.faults().silent(true);
    const int commands = router.commandCount();
    auto client = connect();
    QVERIFY(client);
    client->send(request("POST", "/admin/api/set-bandwidth", SetBandwidth));
    QTRY_VERIFY(router.commandCount() > commands); // the API now waits on the router
    client->socket().abort();
    QTRY_COMPARE(http().connectionCount(), 0);
    // The router's answer (here: the connection to it fails) comes for a connection that is gone.
    router.faults().silent(false);
    router.disconnectAll();
    QTRY_COMPARE(m_api->router().connection().pendingCount(), 0);
    QTRY_VERIFY(m_api->router().connection().isReady());
    auto next = connect();
    QVERIFY(next);
    next->send(request("GET", "/admin/api/health"));
    QCOMPARE(next->next()->status, 200);
}

void TestHttpServer::serverGoneWhileRouterWaits_data()
{
    QTest::addColumn<bool>("serviceToo");
    QTest::newRow("server closed") << false;
    QTest::newRow("server and service replaced (settings changed)") << true;
}

void TestHttpServer::serverGoneWhileRouterWaits()
{
    QFETCH(bool, serviceToo);
    RouterSimulator& router = m_api->router().simulator();
    router.faults().silent(true);
    const int commands = router.commandCount();
    auto client = connect();
    QVERIFY(client);
    client->send(request("POST", "/admin/api/set-bandwidth", SetBandwidth));
    QTRY_VERIFY(router.commandCount() > commands);
    if (serviceToo) {
        m_api->stopService();
    } else {
        m_api->stopServer();
    }
    QVERIFY(client->waitClosed());
    router.faults().silent(false);
    router.disconnectAll();
    QTRY_COMPARE(m_api->router().connection().pendingCount(), 0);
    QVERIFY(client->unread().isEmpty());
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
