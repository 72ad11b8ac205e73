// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonoutput.h"

#include "cli/clicontext.h"

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

void printDocument(CliContext& context, const QByteArray& json)
{
    QTextStream& out = context.out();
    out.flush();
    if (QIODevice* device = out.device(); device != nullptr && out.encoding() == QStringConverter::Utf8) {
        // Megabytes for thousands of users: straight out, not through UTF-16 and back.
        device->write(json);
        device->write("\n", 1);
        if (auto* file = qobject_cast<QFileDevice*>(device)) {
            file->flush();
        }
        return;
    }
    out << QString::fromUtf8(json) << u'\n';
    out.flush();
}

void printError(CliContext& context, const QString& message)
{
    print(context, QJsonObject {{u"success"_s, false}, {u"error"_s, message}});
}

} // namespace JsonOutput
