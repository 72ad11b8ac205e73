// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonoutput.h"

#include "cli/clicontext.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace JsonOutput
{

void addOption(QCommandLineParser& parser)
{
    parser.addOption({u"json"_s, QCoreApplication::translate("JsonOutput", "Print machine-readable JSON.")});
}

bool wanted(const QCommandLineParser& parser)
{
    return parser.isSet(u"json"_s);
}

void print(CliContext& context, const QJsonObject& object)
{
    context.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << u'\n';
    context.out().flush();
}

void printError(CliContext& context, const QString& message)
{
    print(context, QJsonObject {{u"success"_s, false}, {u"error"_s, message}});
}

} // namespace JsonOutput
