// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>

#include <memory>

class ApiService;
class QTcpServer;

// Carries ApiService over HTTP with Qt HttpServer, on our own QTcpServer (127.0.0.1:5000 unless the
// operator chose otherwise). All Qt-version-specific HttpServer code is in apiserver.cpp.
class ApiServer : public QObject
{
    Q_OBJECT

public:
    static constexpr quint16 DefaultPort = 5000;

    explicit ApiServer(ApiService* service, QObject* parent = nullptr);
    ~ApiServer() override;

    // "127.0.0.1:5000", "0.0.0.0:8080", ":5000"; false with a reason when malformed.
    static bool parseListen(const QString& text, QHostAddress* address, quint16* port, QString* error);
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const;
    void close();

private:
    class HttpServer;
    std::unique_ptr<HttpServer> m_http;
    QTcpServer* m_tcp = nullptr;
};
