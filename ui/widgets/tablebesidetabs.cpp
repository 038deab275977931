// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/tablebesidetabs.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>

namespace mxl {

QSplitter *tableBesideTabs(QTableView *table, QAbstractItemModel *model, QTabWidget *tabs,
                           const QList<int> &sizes, QWidget *parent)
{
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    tabs->setDocumentMode(true);
    auto *split = new QSplitter(Qt::Horizontal, parent);
    split->addWidget(table);
    split->addWidget(tabs);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes(sizes);
    return split;
}

void deleteTabs(QTabWidget *tabs)
{
    while (tabs->count() > 0)
        delete tabs->widget(0);
}

} // namespace mxl
