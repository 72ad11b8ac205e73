// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcessEnvironment>
#include <QTextStream>

// The CLI's world: its streams and environment, injectable so tests run commands in-process.
class CliContext
{
public:
    CliContext(QTextStream& out, QTextStream& err, QTextStream& in, QProcessEnvironment environment);

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

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QTextStream& m_in;
    QProcessEnvironment m_environment;
    bool m_interactive = false;
};
