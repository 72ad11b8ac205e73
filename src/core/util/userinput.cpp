// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/userinput.h"

namespace UserInput
{

QString quote(QStringView text)
{
    const bool cut = text.size() > MaximumLength;
    QStringView shown = cut ? text.first(MaximumLength - 1) : text;
    if (cut && shown.back().isHighSurrogate()) {
        shown.chop(1); // never half a character
    }
    QString quoted;
    quoted.reserve(shown.size() + 3);
    quoted += u'"';
    for (QChar c : shown) {
        quoted += c.unicode() < 0x20 || c.unicode() == 0x7f ? QChar(u'?') : c;
    }
    if (cut) {
        quoted += QChar(0x2026); // …
    }
    quoted += u'"';
    return quoted;
}

} // namespace UserInput
