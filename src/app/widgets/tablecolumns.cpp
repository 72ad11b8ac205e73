// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/widgets/tablecolumns.h"

#include <QHeaderView>
#include <QTableView>

void TableColumns::grow(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column) || (column == header->count() - 1 && header->stretchLastSection())) {
            continue;
        }
        const int before = header->sectionSize(column);
        table->resizeColumnToContents(column);
        if (header->sectionSize(column) < before) {
            header->resizeSection(column, before); // never narrower than it was (or the operator made it)
        }
    }
}
