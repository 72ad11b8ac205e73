// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include "core/settings/appsettings.h"
#include "keychain/passwordstore.h"

using namespace Qt::StringLiterals;

CliContext::CliContext(QTextStream& out, QTextStream& err, QTextStream& in, QProcessEnvironment environment)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_environment(std::move(environment))
{ }

CliContext::~CliContext() = default;

AppSettings& CliContext::settings()
{
    if (!m_settings) {
        const QString file = env(u"PISONET_SETTINGS"_s);
        m_settings = file.isEmpty() ? std::make_unique<AppSettings>() : std::make_unique<AppSettings>(file);
    }
    return *m_settings;
}

PasswordStore& CliContext::passwords()
{
    if (m_passwords == nullptr) {
        m_ownPasswords = std::make_unique<PasswordStore>();
        m_passwords = m_ownPasswords.get();
    }
    return *m_passwords;
}

bool CliContext::readLine(QString* line)
{
    m_out.flush();
    if (m_in.atEnd()) {
        return false;
    }
    return m_in.readLineInto(line);
}
