// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/apifixture.h"

#include "httpapi/apitoken.h"
#include "testdata.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;

ApiFixture::ApiFixture()
    : m_router(std::make_unique<SimulatorFixture>())
{
    m_router->simulator().addSession(u"K7M2Q9"_s, u"AA:BB:CC:00:00:01"_s, u"10.5.50.11"_s, 2e6, 8e6);
    m_router->simulator().addSession(u"P3X8W4"_s, u"AA:BB:CC:00:00:02"_s, u"10.5.50.12"_s, 1e6, 4e6);
}

ApiFixture::~ApiFixture()
{
    m_server.reset();
    m_web.reset();
    m_service.reset();
    m_loop.reset();
    m_profiles.reset();
    m_database.reset();
    m_router.reset();
}

bool ApiFixture::start(QString* error)
{
    if (!m_router->connectAndWait()) {
        *error = u"the simulator did not answer"_s;
        return false;
    }
    m_database = std::make_unique<Database>();
    if (!m_database->open(m_folder.filePath(u"api.db"_s), error)) {
        return false;
    }
    m_token = ApiToken::ensure(m_database.get(), error);
    if (m_token.isEmpty()) {
        return false;
    }
    m_loop = std::make_unique<ControlLoop>(&m_router->client(), m_database.get());
    m_profiles = std::make_unique<ProfileCatalog>();
    QStringList errors;
    if (!m_profiles->load(QStringLiteral(PISONET_SOURCE_DIR "/profiles.json"), &errors)) {
        *error = errors.join(u'\n');
        return false;
    }
    m_service = std::make_unique<ApiService>(ApiService::Services {&m_loop->monitor(), &m_loop->bandwidth(),
                                                                   &m_loop->voucherStore(), m_profiles.get(),
                                                                   &m_router->connection()},
                                             m_token);
    m_server = std::make_unique<ApiServer>(m_service.get());
    if (!m_server->listen(QHostAddress::LocalHost, 0, error)) {
        return false;
    }
    m_port = m_server->port();
    QSignalSpy refreshed(m_loop.get(), &ControlLoop::refreshed);
    m_loop->monitor().refreshNow();
    if (!refreshed.wait(3000)) {
        *error = u"no first poll"_s;
        return false;
    }
    return true;
}

void ApiFixture::stopService()
{
    m_server.reset();
    m_web.reset();
    m_service.reset();
}

WebAdmin* ApiFixture::enableWebAdmin(EventLog* log)
{
    m_service->setEventLog(log);
    m_web = std::make_unique<WebAdmin>(m_service.get(), m_database->path(), log);
    m_server->setWebAdmin(m_web.get());
    return m_web.get();
}
