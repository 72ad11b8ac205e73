// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonoutput.h"

#include "cli/clicontext.h"
#include "core/traffic/trafficjson.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QJsonDocument>
#include <QTextStream>

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
    printDocument(context, QJsonDocument(object).toJson(QJsonDocument::Compact));
}

namespace
{
// The stream's device when text can go to it as UTF-8 bytes, else nullptr.
QIODevice* utf8Device(CliContext& context)
{
    QTextStream& out = context.out();
    out.flush();
    QIODevice* device = out.device();
    return device != nullptr && out.encoding() == QStringConverter::Utf8 ? device : nullptr;
}

void endLine(QIODevice* device)
{
    device->write("\n", 1);
    if (auto* file = qobject_cast<QFileDevice*>(device)) {
        file->flush();
    }
}
} // namespace

void printDocument(CliContext& context, const QByteArray& json)
{
    if (QIODevice* device = utf8Device(context)) {
        // Megabytes for thousands of users: straight out, not through UTF-16 and back.
        device->write(json);
        endLine(device);
        return;
    }
    context.out() << QString::fromUtf8(json) << u'\n';
    context.out().flush();
}

void printUsers(CliContext& context, const TrafficSnapshot& snapshot, const QString& router)
{
    if (QIODevice* device = utf8Device(context)) {
        TrafficJson::UsersDocument::write(device, snapshot, router);
        endLine(device);
        return;
    }
    printDocument(context, TrafficJson::usersDocument(snapshot, router));
}

void printDocument(CliContext& context, const TrafficJson::UsersDocument& document)
{
    if (QIODevice* device = utf8Device(context)) {
        document.write(device);
        endLine(device);
        return;
    }
    printDocument(context, document.toJson());
}

void printError(CliContext& context, const QString& message)
{
    print(context, QJsonObject {{u"success"_s, false}, {u"error"_s, message}});
}

} // namespace JsonOutput
