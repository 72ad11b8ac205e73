// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace TableColumns
{
// Widens every visible column (but the last, which stretches) to its contents or its header,
// whichever is wider, and never makes one narrower: text is not cut when longer values arrive,
// and nothing jumps back and forth. Measures the rows on screen only, so it is cheap to call after
// every refresh.
void grow(QTableView* table);
} // namespace TableColumns
