// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/singleinstance.h"

#include "core/storage/databaseurl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

using namespace Qt::StringLiterals;

namespace
{
const QByteArray Activate = "activate\n";
} // namespace

SingleInstance::SingleInstance(const QString& databasePath, QObject* parent)
    : QObject(parent)
{
    QString path = QFileInfo(DatabaseUrl::localFile(databasePath)).absoluteFilePath();
#ifdef Q_OS_WIN
    path = path.toLower();
#endif
    const QByteArray digest
        = QCryptographicHash::hash((QDir::homePath() + u'|' + path).toUtf8(), QCryptographicHash::Sha256).toHex();
    m_name = u"pisonet-manager-"_s + QString::fromLatin1(digest.left(24));
}

SingleInstance::~SingleInstance()
{
    if (m_server != nullptr) {
        m_server->close();
    }
}

bool SingleInstance::activateRunning(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    // Before any window exists and before the event loop runs: a short blocking wait is fine here.
    if (!socket.waitForConnected(timeoutMs)) {
        return false;
    }
#ifdef Q_OS_WIN
    // Windows lets only the foreground process hand the foreground on.
    AllowSetForegroundWindow(ASFW_ANY);
#endif
    socket.write(Activate);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        return false;
    }
    socket.waitForReadyRead(timeoutMs); // the first window says it heard
    return true;
}

bool SingleInstance::listen(QString* error)
{
    if (m_server != nullptr) {
        return true;
    }
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A name left by a window that crashed (Unix sockets outlive their process).
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            if (error != nullptr) {
                *error = m_server->errorString();
            }
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (client->readAll().contains(Activate.trimmed())) {
                    client->write("ok\n");
                    client->flush();
                    Q_EMIT activationRequested();
                }
            });
        }
    });
    return true;
}
