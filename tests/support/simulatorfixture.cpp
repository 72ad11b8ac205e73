// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/simulatorfixture.h"

#include <QTest>

using namespace std::chrono_literals;

SimulatorFixture::SimulatorFixture()
    : m_simulator(std::make_unique<RouterSimulator>())
    , m_connection(std::make_unique<RouterConnection>())
    , m_client(std::make_unique<RouterClient>(m_connection.get()))
{
    m_simulator->setCredentials(QString::fromLatin1(User), QString::fromLatin1(Password));
    if (!m_simulator->listen()) {
        qFatal("simulator cannot listen: %s", qPrintable(m_simulator->errorString()));
    }
    m_connection->setSettings(settings());
    m_connection->setReconnectDelays(50ms, 200ms);
}

SimulatorFixture::~SimulatorFixture()
{
    m_client.reset();
    m_connection.reset();
    m_simulator.reset();
}

ConnectionSettings SimulatorFixture::settings() const
{
    ConnectionSettings settings;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = m_simulator->port();
    settings.user = QString::fromLatin1(User);
    settings.password = QString::fromLatin1(Password);
    settings.connectTimeout = 2000ms;
    settings.loginTimeout = 2000ms;
    settings.commandTimeout = 3000ms;
    return settings;
}

bool SimulatorFixture::connectAndWait(int timeoutMs)
{
    m_connection->open();
    return QTest::qWaitFor([this] { return m_connection->isReady(); }, timeoutMs);
}

ApiResult SimulatorFixture::run(const ApiCommand& command, int timeoutMs)
{
    bool finished = false;
    ApiResult outcome;
    m_connection->send(command, nullptr, [&](const ApiResult& result) {
        outcome = result;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, timeoutMs)) {
        outcome.error = ApiError(ApiError::Kind::Timeout, QStringLiteral("test waited too long"));
    }
    return outcome;
}
