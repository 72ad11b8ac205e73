// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QTextStream>

#include <memory>

class AppSettings;
class PasswordStore;

// The CLI's world: its streams and environment, injectable so tests run commands in-process.
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err, QTextStream& in, QProcessEnvironment environment);
    ~CliContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    QTextStream& in() { return m_in; }
    QString env(const QString& name) const { return m_environment.value(name); }
    bool hasEnv(const QString& name) const { return m_environment.contains(name); }

    // True when prompts make sense (the menu); tests set it.
    bool interactive() const { return m_interactive; }
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Reads one line; false on end of input.
    bool readLine(QString* line);
    // Reads one line without showing what is typed when standard input is a terminal (interactive);
    // false on end of input.
    bool readSecretLine(QString* line);

    // The settings the window saved (router, database): PISONET_SETTINGS names another file.
    AppSettings& settings();
    // Where the window keeps the router password; tests put an in-memory store here.
    PasswordStore& passwords();
    void setPasswordStore(PasswordStore* store) { m_passwords = store; }

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    QProcessEnvironment m_environment;
    bool m_interactive = false;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<PasswordStore> m_ownPasswords;
    PasswordStore* m_passwords = nullptr;
};
