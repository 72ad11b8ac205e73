// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httpapi/httprequest.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

class HttpResponse;
class HttpServer;
class QTcpSocket;

// One client connection of HttpServer: reads requests one at a time from the socket (bounded
// reads, never more than the current step needs), has the handler admit each head before reading
// its body, and writes answers in request order. Pipelined requests wait in the socket until the
// answer before them is written.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    // Takes the socket over.
    HttpConnection(QTcpSocket* socket, HttpServer* server);
    ~HttpConnection() override;

    // The answer to request number `request` (see HttpResponder); ignored unless it is awaited.
    void respond(quint64 request, const HttpResponse& response);
    bool isOpen() const { return m_state != State::Closed; }
    // Request bytes held: read but unused, the body so far, the socket's buffer.
    qint64 bufferedBytes() const;
    // Cuts the connection now; a pending answer is dropped.
    void close();

Q_SIGNALS:
    // The connection is over; the server deletes it.
    void finished();

private:
    enum class State
    {
        Head, // waiting for (the rest of) a request line and header fields
        Body, // reading a Content-Length body
        ChunkSize, // reading a chunk-size line of a chunked body
        ChunkData,
        ChunkEnd, // the CRLF after a chunk's data
        Trailers, // header fields after the last chunk (read and dropped)
        Waiting, // the handler has the request
        Lingering, // refused: the answer is out, the rest of the request is dropped
        Closed
    };

    void processInput();
    bool step();
    bool readHead();
    bool parseRequestLine(QByteArrayView line);
    bool parseField(QByteArrayView line);
    bool readBody();
    bool readChunkSize();
    bool readChunkData();
    bool readChunkEnd();
    bool readTrailers();
    void startRequest();
    void dispatch();
    void startNextRequest();
    // Reads from the socket until m_buffer holds `size` bytes (or the socket is empty).
    void fill(qsizetype size);
    // Takes up to `size` body bytes from m_buffer, then from the socket.
    qint64 takeBody(qint64 size);
    // A complete line (without CR LF) within the first `limit` bytes, or false when there is none yet.
    bool takeLine(QByteArray* line, qsizetype limit);

    void send(const HttpResponse& response, bool keepAlive);
    // Answers a fault the server found itself, then closes.
    void fail(int status, const QString& message);
    // Answers without reading the body; the connection closes if a body was announced.
    void refuse(const HttpResponse& response);
    void linger();
    void drain();
    void closeGracefully();
    void finish();
    void onTimeout();
    void startTimer(std::chrono::milliseconds timeout);

    HttpServer* m_server;
    QTcpSocket* m_socket;
    QTimer m_timer;
    State m_state = State::Head;
    QByteArray m_buffer; // read from the socket, not used yet
    qsizetype m_scanned = 0; // head bytes of m_buffer already split into lines
    int m_headLines = 0;
    HttpRequest m_request;
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
    bool m_requestStarted = false; // a byte of the current request arrived
    bool m_idle = true; // the timer runs for an idle connection
    quint64 m_requestNumber = 0;
    bool m_keepAlive = true;
    bool m_head = false;
    bool m_processing = false;
    bool m_finished = false;
    qint64 m_drained = 0;
    QDeadlineTimer m_lingerDeadline;
};
