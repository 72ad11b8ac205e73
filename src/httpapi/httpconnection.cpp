// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapi/httpconnection.h"

#include "httpapi/httphandler.h"
#include "httpapi/httpresponder.h"
#include "httpapi/httpresponse.h"
#include "httpapi/httpserver.h"

#include <QPointer>
#include <QTcpSocket>

#include <string_view>

namespace
{
constexpr qint64 SocketBuffer = 64 * 1024; // what the socket may hold before TCP tells the client to wait
constexpr qint64 WriteBacklog = 1024 * 1024; // unread answers after which pipelined requests wait
constexpr qsizetype MaximumMethod = 20;
constexpr qsizetype MaximumChunkLine = 1024;
// A refused client that has sent nothing more for this long has stopped: close without waiting
// for the whole linger time.
constexpr std::chrono::milliseconds LingerQuiet {500};

const QList<QByteArray> Methods {"GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"};

bool isTokenChar(char c)
{
    static constexpr std::string_view Extra = "!#$%&'*+-.^_`|~";
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || Extra.find(c) != std::string_view::npos;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Whether line is "METHOD SP target SP HTTP/d.d" (complete) or could still become one. Checked on
// every partial read, so a TLS ClientHello or other bytes that are no HTTP are refused at once.
bool hasRequestLineShape(QByteArrayView line, bool complete)
{
    qsizetype i = 0;
    const qsizetype size = line.size();
    while (i < size && isTokenChar(line[i])) {
        ++i;
    }
    if (i > MaximumMethod) {
        return false;
    }
    if (i == size) {
        return !complete;
    }
    if (i == 0 || line[i] != ' ') {
        return false;
    }
    const qsizetype targetStart = ++i;
    while (i < size && uchar(line[i]) > 0x20 && uchar(line[i]) < 0x7f) {
        ++i;
    }
    if (i == size) {
        return !complete;
    }
    if (i == targetStart || line[i] != ' ') {
        return false;
    }
    const QByteArrayView version = line.sliced(i + 1);
    static constexpr std::string_view Pattern = "HTTP/d.d";
    if (version.size() > qsizetype(Pattern.size())) {
        return false;
    }
    for (qsizetype k = 0; k < version.size(); ++k) {
        const char expected = Pattern[size_t(k)];
        if (expected == 'd' ? !isDigit(version[k]) : version[k] != expected) {
            return false;
        }
    }
    return !complete || version.size() == qsizetype(Pattern.size());
}

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}

QByteArrayView trimmedWhitespace(QByteArrayView value)
{
    while (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t')) {
        value = value.sliced(1);
    }
    while (!value.isEmpty() && (value.back() == ' ' || value.back() == '\t')) {
        value.chop(1);
    }
    return value;
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, HttpServer* server)
    : QObject(server)
    , m_server(server)
    , m_socket(socket)
{
    m_socket->setParent(this);
    // Bounded: while a request waits for its handler, or after a refusal, the rest stays in the
    // network and the client is held back by TCP instead of filling our memory.
    m_socket->setReadBufferSize(SocketBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpConnection::processInput); // after a write backlog
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    // A new connection must bring its first request within the request timeout.
    m_idle = false;
    startTimer(m_server->limits().requestTimeout);
    QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection()
{
    disconnect(m_socket, nullptr, this, nullptr);
}

qint64 HttpConnection::bufferedBytes() const
{
    return m_buffer.size() + m_request.body.size() + m_socket->bytesAvailable();
}

void HttpConnection::close()
{
    if (m_socket->state() != QAbstractSocket::UnconnectedState) {
        m_socket->abort();
    }
    finish();
}

void HttpConnection::processInput()
{
    if (m_processing) {
        return; // the loop below is already running further up the stack
    }
    m_processing = true;
    // A handler may end the server (and this connection) while it runs.
    const QPointer<HttpConnection> alive(this);
    while (!alive.isNull() && !m_finished && step()) { }
    if (!alive.isNull()) {
        m_processing = false;
    }
}

bool HttpConnection::step()
{
    switch (m_state) {
    case State::Head:
        if (m_socket->bytesToWrite() > WriteBacklog) {
            return false; // the client reads its answers first; bytesWritten brings us back
        }
        return readHead();
    case State::Body:
        return readBody();
    case State::ChunkSize:
        return readChunkSize();
    case State::ChunkData:
        return readChunkData();
    case State::ChunkEnd:
        return readChunkEnd();
    case State::Trailers:
        return readTrailers();
    case State::Lingering:
        drain();
        return false;
    case State::Waiting:
    case State::Closed:
        return false;
    }
    return false;
}

void HttpConnection::fill(qsizetype size)
{
    const qint64 room = qint64(size) - m_buffer.size();
    const qint64 wanted = qMin(room, m_socket->bytesAvailable());
    if (wanted <= 0) {
        return;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + wanted);
    const qint64 got = m_socket->read(m_buffer.data() + old, wanted);
    m_buffer.resize(old + qMax<qint64>(got, 0));
}

bool HttpConnection::readHead()
{
    const HttpServer::Limits& limits = m_server->limits();
    fill(limits.maximumHeadBytes + 1);
    if (!m_requestStarted) {
        // Empty lines before a request line are allowed (RFC 9112, 2.2).
        qsizetype blank = 0;
        while (blank < m_buffer.size() && (m_buffer.at(blank) == '\r' || m_buffer.at(blank) == '\n')) {
            ++blank;
        }
        m_buffer.remove(0, blank);
        if (m_buffer.isEmpty()) {
            return blank > 0 && m_socket->bytesAvailable() > 0;
        }
        m_requestStarted = true;
        if (m_idle) {
            m_idle = false;
            startTimer(limits.requestTimeout);
        }
    }
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', m_scanned);
        if (newline < 0) {
            break;
        }
        const QByteArrayView line
            = withoutCarriageReturn(QByteArrayView(m_buffer.constData() + m_scanned, newline - m_scanned));
        m_scanned = newline + 1;
        if (m_scanned > limits.maximumHeadBytes) {
            fail(431, tr("the request head is larger than %1 KiB").arg(limits.maximumHeadBytes / 1024));
            return true;
        }
        if (m_headLines++ == 0) {
            if (!parseRequestLine(line)) {
                return true;
            }
        } else if (line.isEmpty()) {
            m_buffer.remove(0, m_scanned);
            m_scanned = 0;
            startRequest();
            return true;
        } else if (!parseField(line)) {
            return true;
        }
    }
    // The last line is not complete yet.
    if (m_headLines == 0) {
        const QByteArrayView partial = QByteArrayView(m_buffer).sliced(m_scanned);
        if (!hasRequestLineShape(withoutCarriageReturn(partial), false)) {
            fail(400, tr("this is not an HTTP/1.1 request"));
            return true;
        }
        if (partial.size() > limits.maximumRequestLine) {
            fail(414, tr("the request target is longer than %1 KiB").arg(limits.maximumRequestLine / 1024));
            return true;
        }
    }
    if (m_buffer.size() > limits.maximumHeadBytes) {
        fail(431, tr("the request head is larger than %1 KiB").arg(limits.maximumHeadBytes / 1024));
        return true;
    }
    return false;
}

bool HttpConnection::parseRequestLine(QByteArrayView line)
{
    const HttpServer::Limits& limits = m_server->limits();
    if (!hasRequestLineShape(line, true)) {
        fail(400, tr("this is not an HTTP/1.1 request"));
        return false;
    }
    if (line.size() > limits.maximumRequestLine) {
        fail(414, tr("the request target is longer than %1 KiB").arg(limits.maximumRequestLine / 1024));
        return false;
    }
    const qsizetype methodEnd = line.indexOf(' ');
    const qsizetype targetEnd = line.indexOf(' ', methodEnd + 1);
    m_request.method = line.first(methodEnd).toByteArray();
    m_request.target = line.sliced(methodEnd + 1, targetEnd - methodEnd - 1).toByteArray();
    const QByteArrayView version = line.sliced(targetEnd + 1); // "HTTP/1.1"
    if (version[5] != '1') {
        fail(505, tr("only HTTP/1.0 and HTTP/1.1 are spoken here"));
        return false;
    }
    m_request.minorVersion = version[7] == '0' ? 0 : 1;
    return true;
}

bool HttpConnection::parseField(QByteArrayView line)
{
    const HttpServer::Limits& limits = m_server->limits();
    if (m_request.headers.size() >= limits.maximumHeaderFields) {
        fail(431, tr("the request has more than %1 header fields").arg(limits.maximumHeaderFields));
        return false;
    }
    // No white space before the colon, no folded lines, no control characters (RFC 9112, 5).
    const qsizetype colon = line.indexOf(':');
    const QByteArrayView name = colon > 0 ? line.first(colon) : QByteArrayView();
    const QByteArrayView value = trimmedWhitespace(colon > 0 ? line.sliced(colon + 1) : QByteArrayView());
    const bool valid = !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar)
        && std::none_of(value.begin(), value.end(), [](char c) { return (uchar(c) < 0x20 && c != '\t') || c == 0x7f; });
    if (!valid) {
        fail(400, tr("malformed header field"));
        return false;
    }
    m_request.headers.append(name.toByteArray(), value.toByteArray());
    return true;
}

void HttpConnection::startRequest()
{
    const HttpServer::Limits& limits = m_server->limits();
    HttpRequest& request = m_request;
    request.peer = m_socket->peerAddress();
    m_head = request.isHead();
    m_keepAlive = request.wantsKeepAlive();
    // How long the body is decides where the next request starts: anything unclear is refused.
    const QList<QByteArray> codings = request.headers.values("Transfer-Encoding");
    const QList<QByteArray> lengths = request.headers.values("Content-Length");
    if (!codings.isEmpty()) {
        const QList<QByteArray> parts = codings.join(',').split(',');
        if (request.minorVersion == 0 || !lengths.isEmpty()
            || parts.last().trimmed().compare("chunked", Qt::CaseInsensitive) != 0) {
            fail(400, tr("the length of the body is unclear (Transfer-Encoding)"));
            return;
        }
        if (parts.size() != 1) {
            fail(501, tr("only the chunked transfer coding is supported"));
            return;
        }
        request.chunked = true;
    }
    std::optional<qint64> declared;
    for (const QByteArray& length : lengths) {
        bool ok = !length.isEmpty() && length.size() <= 18 && std::all_of(length.begin(), length.end(), isDigit);
        const qint64 value = ok ? length.toLongLong(&ok) : -1;
        if (!ok || (declared && *declared != value)) {
            fail(400, tr("invalid Content-Length"));
            return;
        }
        declared = value;
    }
    request.contentLength = declared.value_or(0);
    if (!Methods.contains(request.method)) {
        fail(501, tr("the method %1 is not supported").arg(QString::fromLatin1(request.method)));
        return;
    }
    const bool originForm = request.target.startsWith('/');
    const bool absoluteForm = request.target.startsWith("http://") || request.target.startsWith("https://");
    const bool asteriskForm = request.target == "*" && request.method == "OPTIONS";
    request.url = QUrl::fromEncoded(request.target);
    if (!(originForm || absoluteForm || asteriskForm) || !request.url.isValid()) {
        fail(400, tr("invalid request target"));
        return;
    }
    bool expectContinue = false;
    if (request.headers.contains("Expect")) {
        if (request.headers.value("Expect").compare("100-continue", Qt::CaseInsensitive) != 0) {
            refuse(m_server->handler()->errorResponse(417, tr("only \"Expect: 100-continue\" is understood")));
            return;
        }
        expectContinue = request.minorVersion == 1 && request.announcesBody();
    }
    // The handler decides from the head alone (token, path, method): a refused body is never read.
    if (std::optional<HttpResponse> refusal = m_server->handler()->admit(request)) {
        refuse(*refusal);
        return;
    }
    if (request.contentLength > limits.maximumBody) {
        refuse(m_server->handler()->errorResponse(413,
                                                  tr("the body is larger than %1 KiB").arg(limits.maximumBody / 1024)));
        return;
    }
    if (expectContinue && m_buffer.isEmpty() && m_socket->bytesAvailable() == 0) {
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    }
    if (request.chunked) {
        m_state = State::ChunkSize;
    } else if (request.contentLength > 0) {
        request.body.reserve(request.contentLength);
        m_state = State::Body;
    } else {
        dispatch();
        return;
    }
    startTimer(limits.requestTimeout); // again, for the body
}

qint64 HttpConnection::takeBody(qint64 size)
{
    qint64 taken = qMin<qint64>(size, m_buffer.size());
    if (taken > 0) {
        m_request.body.append(m_buffer.constData(), taken);
        m_buffer.remove(0, taken);
    }
    const qint64 wanted = qMin(size - taken, m_socket->bytesAvailable());
    if (wanted > 0) {
        const qsizetype old = m_request.body.size();
        m_request.body.resize(old + wanted);
        const qint64 got = qMax<qint64>(m_socket->read(m_request.body.data() + old, wanted), 0);
        m_request.body.resize(old + got);
        taken += got;
    }
    return taken;
}

bool HttpConnection::takeLine(QByteArray* line, qsizetype limit)
{
    fill(limit);
    const qsizetype newline = m_buffer.indexOf('\n');
    if (newline < 0) {
        return false;
    }
    *line = withoutCarriageReturn(QByteArrayView(m_buffer).first(newline)).toByteArray();
    m_buffer.remove(0, newline + 1);
    return true;
}

bool HttpConnection::readBody()
{
    takeBody(m_request.contentLength - m_request.body.size());
    if (m_request.body.size() < m_request.contentLength) {
        return false;
    }
    dispatch();
    return true;
}

bool HttpConnection::readChunkSize()
{
    QByteArray line;
    if (!takeLine(&line, MaximumChunkLine)) {
        if (m_buffer.size() >= MaximumChunkLine) {
            fail(400, tr("malformed chunked body"));
            return true;
        }
        return false;
    }
    // chunk-size [ ";" extensions ]; the extensions are ignored
    const qsizetype semicolon = line.indexOf(';');
    const QByteArrayView size = trimmedWhitespace(QByteArrayView(line).first(semicolon < 0 ? line.size() : semicolon));
    const bool valid = !size.isEmpty() && size.size() <= 8 && std::all_of(size.begin(), size.end(), isHexDigit);
    if (!valid) {
        fail(400, tr("malformed chunked body"));
        return true;
    }
    const qint64 chunk = size.toLongLong(nullptr, 16);
    if (m_request.body.size() + chunk > m_server->limits().maximumBody) {
        refuse(m_server->handler()->errorResponse(
            413, tr("the body is larger than %1 KiB").arg(m_server->limits().maximumBody / 1024)));
        return true;
    }
    m_chunkLeft = chunk;
    m_state = chunk == 0 ? State::Trailers : State::ChunkData;
    return true;
}

bool HttpConnection::readChunkData()
{
    m_chunkLeft -= takeBody(m_chunkLeft);
    if (m_chunkLeft > 0) {
        return false;
    }
    m_state = State::ChunkEnd;
    return true;
}

bool HttpConnection::readChunkEnd()
{
    QByteArray line;
    if (!takeLine(&line, 2)) {
        if (m_buffer.size() >= 2) {
            fail(400, tr("malformed chunked body"));
            return true;
        }
        return false;
    }
    if (!line.isEmpty()) {
        fail(400, tr("malformed chunked body"));
        return true;
    }
    m_state = State::ChunkSize;
    return true;
}

bool HttpConnection::readTrailers()
{
    const HttpServer::Limits& limits = m_server->limits();
    QByteArray line;
    if (!takeLine(&line, limits.maximumHeadBytes)) {
        if (m_buffer.size() >= limits.maximumHeadBytes) {
            fail(431, tr("the request head is larger than %1 KiB").arg(limits.maximumHeadBytes / 1024));
            return true;
        }
        return false;
    }
    m_trailerBytes += line.size() + 2;
    if (m_trailerBytes > limits.maximumHeadBytes) {
        fail(431, tr("the request head is larger than %1 KiB").arg(limits.maximumHeadBytes / 1024));
        return true;
    }
    if (line.isEmpty()) {
        m_request.contentLength = m_request.body.size();
        dispatch();
    }
    return true;
}

void HttpConnection::dispatch()
{
    m_state = State::Waiting;
    m_timer.stop(); // the handler has its own limits (the router's command timeout)
    const quint64 number = ++m_requestNumber;
    const HttpRequest request = std::exchange(m_request, {});
    // Nothing of this object is used after the call: the handler may end the server.
    m_server->handler()->handle(request, HttpResponder(this, number));
}

void HttpConnection::respond(quint64 request, const HttpResponse& response)
{
    if (m_state != State::Waiting || request != m_requestNumber) {
        return;
    }
    send(response, m_keepAlive);
    if (!m_keepAlive) {
        closeGracefully();
        return;
    }
    startNextRequest();
    if (!m_processing) {
        // A late answer: the next pipelined request is read from the event loop, not from inside
        // the router's callback.
        QMetaObject::invokeMethod(this, &HttpConnection::processInput, Qt::QueuedConnection);
    }
}

void HttpConnection::startNextRequest()
{
    m_state = State::Head;
    m_request = {};
    m_scanned = 0;
    m_headLines = 0;
    m_chunkLeft = 0;
    m_trailerBytes = 0;
    m_requestStarted = false;
    m_head = false;
    m_keepAlive = true;
    m_idle = true;
    startTimer(m_server->limits().idleTimeout);
}

void HttpConnection::send(const HttpResponse& response, bool keepAlive)
{
    m_socket->write(response.head(m_server->defaultHeaders(), m_server->httpDate(), keepAlive));
    if (!m_head && !response.body.isEmpty()) {
        m_socket->write(response.body);
    }
}

void HttpConnection::fail(int status, const QString& message)
{
    m_keepAlive = false;
    refuse(m_server->handler()->errorResponse(status, message));
}

void HttpConnection::refuse(const HttpResponse& response)
{
    // Without a body nothing is left unread, so the connection can serve the next request.
    const bool keepAlive = m_keepAlive && !m_request.announcesBody();
    send(response, keepAlive);
    if (keepAlive) {
        startNextRequest();
        return;
    }
    linger();
}

void HttpConnection::linger()
{
    m_state = State::Lingering;
    m_buffer.clear();
    m_request = {};
    m_drained = 0;
    m_lingerDeadline.setRemainingTime(m_server->limits().lingerTimeout);
    drain();
}

void HttpConnection::drain()
{
    char scratch[16 * 1024];
    qint64 got = 0;
    while ((got = m_socket->read(scratch, sizeof scratch)) > 0) {
        m_drained += got;
        if (m_drained > m_server->limits().lingerBytes) {
            close();
            return;
        }
    }
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(m_lingerDeadline.remainingTimeAsDuration());
    startTimer(qMin(LingerQuiet, left));
}

void HttpConnection::closeGracefully()
{
    m_state = State::Closed;
    startTimer(m_server->limits().lingerTimeout); // for a client that never reads the answer
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState) {
        finish();
    }
}

void HttpConnection::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_state = State::Closed;
    m_timer.stop();
    Q_EMIT finished();
}

void HttpConnection::onTimeout()
{
    switch (m_state) {
    case State::Head:
        if (!m_requestStarted) {
            closeGracefully(); // idle, or never said anything
            return;
        }
        [[fallthrough]];
    case State::Body:
    case State::ChunkSize:
    case State::ChunkData:
    case State::ChunkEnd:
    case State::Trailers:
        fail(408, tr("the request did not arrive in time"));
        return;
    case State::Waiting:
        return;
    case State::Lingering:
    case State::Closed:
        close();
        return;
    }
}

void HttpConnection::startTimer(std::chrono::milliseconds timeout)
{
    m_timer.start(timeout);
}
