// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/localdata.h"

#include "cli/clicontext.h"
#include "core/settings/appsettings.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("LocalData", text);
}

bool wantsDemo(const QCommandLineParser& parser)
{
    return parser.optionNames().contains(u"demo"_s);
}
} // namespace

LocalData::LocalData() = default;

LocalData::~LocalData()
{
    m_events.setFile(nullptr);
}

void LocalData::addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption({u"db"_s,
                      tr("Database file, or a shared database as postgresql://USER@HOST[:PORT]/DBNAME with the "
                         "password in PGPASSWORD (or PISONET_DB; default: the one the window uses, %1).")
                          .arg(QDir::toNativeSeparators(Database::defaultPath())),
                      u"path"_s});
}

void LocalData::addProfilesOption(QCommandLineParser& parser)
{
    parser.addOption({u"profiles"_s, tr("profiles.json to use (or PISONET_PROFILES)."), u"path"_s});
}

QString LocalData::databasePath(CliContext& context, const QCommandLineParser& parser)
{
    QString path = parser.optionNames().contains(u"db"_s) ? parser.value(u"db"_s) : context.env(u"PISONET_DB"_s);
    if (path.isEmpty()) {
        path = context.settings().databasePath();
    }
    return path.isEmpty() ? Database::defaultPath() : path;
}

bool LocalData::openDatabase(CliContext& context, const QCommandLineParser& parser)
{
    QString path;
    if (wantsDemo(parser)) {
        m_demoFolder = std::make_unique<QTemporaryDir>();
        path = m_demoFolder->filePath(u"demo.db"_s);
    } else {
        path = databasePath(context, parser);
    }
    QString error;
    if (!m_database.open(path, &error)) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return false;
    }
    m_limits = std::make_unique<OperatorLimitStore>(&m_database);
    m_logFile = std::make_unique<LogFile>(LogFile::folderFor(m_database.path()));
    m_logFile->installMessageHandler();
    m_events.setFile(m_logFile.get());
    const auto& migration = m_database.lastMigration();
    if (!migration.steps.isEmpty()) {
        m_events.info(tr("Database updated from schema %1 to %2 (backup: %3).")
                          .arg(migration.fromVersion)
                          .arg(migration.toVersion)
                          .arg(migration.backupFile));
    }
    return true;
}

bool LocalData::lockDatabase(CliContext& context, const QCommandLineParser& parser, const QString& program)
{
    if (wantsDemo(parser)) {
        return true; // a throwaway database of its own
    }
    m_lock = std::make_unique<DatabaseLock>(databasePath(context, parser));
    QString refusal;
    if (!m_lock->tryLock(program, &refusal)) {
        context.err() << tr("error: %1").arg(refusal) << u'\n';
        context.err().flush();
        return false;
    }
    return true;
}

bool LocalData::loadProfiles(CliContext& context, const QCommandLineParser& parser)
{
    QString path = parser.isSet(u"profiles"_s) ? parser.value(u"profiles"_s) : context.env(u"PISONET_PROFILES"_s);
    if (path.isEmpty()) {
        path = ProfileCatalog::activePath();
    }
    QStringList errors;
    if (!m_profiles.load(path, &errors)) {
        for (const QString& error : std::as_const(errors)) {
            context.err() << tr("error: %1").arg(error) << u'\n';
        }
        return false;
    }
    return true;
}
