// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/settings/routerconfig.h"

#include "core/util/userinput.h"

#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString RouterConfig::nameError(const QString& name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9][A-Za-z0-9._-]*$"_s);
    if (name.isEmpty()) {
        return tr("a router needs a name");
    }
    if (name.size() > MaximumNameLength || !valid.match(name).hasMatch()) {
        return tr("%1 is not a router name: use up to %2 letters, digits, '.', '_' or '-', starting with a letter "
                  "or digit")
            .arg(UserInput::quote(name))
            .arg(MaximumNameLength);
    }
    return {};
}

QString RouterConfig::hostError(const QString& host)
{
    // A host name: labels of letters, digits and '-', separated by dots (RFC 1123).
    static const QRegularExpression hostName(
        u"^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\\.?$"_s);
    if (host.isEmpty()) {
        return tr("a router needs an address (--host)");
    }
    if (!QHostAddress(host).isNull() || hostName.match(host).hasMatch()) {
        return {};
    }
    return tr("%1 is not a router address: give an IP address or a host name").arg(UserInput::quote(host));
}
