// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/localdata.h"

#include "cli/clicontext.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("LocalData", text);
}
} // namespace

void LocalData::addDatabaseOption(QCommandLineParser& parser)
{
    parser.addOption(
        {u"db"_s,
         tr("Database file (or PISONET_DB; default: %1).").arg(QDir::toNativeSeparators(Database::defaultPath())),
         u"path"_s});
}

void LocalData::addProfilesOption(QCommandLineParser& parser)
{
    parser.addOption({u"profiles"_s, tr("profiles.json to use (or PISONET_PROFILES)."), u"path"_s});
}

bool LocalData::openDatabase(CliContext& context, const QCommandLineParser& parser)
{
    QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : context.env(u"PISONET_DB"_s);
    if (path.isEmpty()) {
        path = Database::defaultPath();
    }
    QString error;
    if (!m_database.open(path, &error)) {
        context.err() << tr("error: %1").arg(error) << u'\n';
        return false;
    }
    m_limits = std::make_unique<OperatorLimitStore>(&m_database);
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
