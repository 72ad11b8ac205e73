// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

#include "core/settings/appsettings.h"
#include "keychain/passwordstore.h"

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace
{
// Turns the terminal's echo off while it lives (and back on afterwards).
class HiddenInput
{
public:
    HiddenInput()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_active = GetConsoleMode(m_handle, &m_mode) != 0
            && SetConsoleMode(m_handle, m_mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#else
        if (tcgetattr(STDIN_FILENO, &m_mode) == 0) {
            termios hidden = m_mode;
            hidden.c_lflag &= ~tcflag_t(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden) == 0;
        }
#endif
    }
    ~HiddenInput()
    {
        if (!m_active) {
            return;
        }
#ifdef Q_OS_WIN
        SetConsoleMode(m_handle, m_mode);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_mode);
#endif
    }
    Q_DISABLE_COPY_MOVE(HiddenInput)

    bool active() const
    {
        return m_active;
    }

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    HANDLE m_handle = nullptr;
    DWORD m_mode = 0;
#else
    termios m_mode {};
#endif
};
} // namespace

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

bool CliContext::readSecretLine(QString* line)
{
    if (!m_interactive) {
        return readLine(line);
    }
    m_out.flush();
    const HiddenInput hidden;
    const bool read = readLine(line);
    if (hidden.active()) {
        m_out << u'\n'; // the Enter that was not echoed
        m_out.flush();
    }
    return read;
}
