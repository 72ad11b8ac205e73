// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/clicontext.h"

CliContext::CliContext(QTextStream& out, QTextStream& err, QTextStream& in, QProcessEnvironment environment)
    : m_out(out)
    , m_err(err)
    , m_in(in)
    , m_environment(std::move(environment))
{ }

bool CliContext::readLine(QString* line)
{
    m_out.flush();
    if (m_in.atEnd()) {
        return false;
    }
    return m_in.readLineInto(line);
}
