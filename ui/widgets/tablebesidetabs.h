// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QAbstractItemModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QWidget;

namespace mxl {

// The Compare and Matching docks: a table of rows (whole rows, one at a time, no row numbers,
// the last column stretched) showing `model`, beside document-mode `tabs` of graphs, half and
// half in a splitter that starts at `sizes`.
QSplitter *tableBesideTabs(QTableView *table, QAbstractItemModel *model, QTabWidget *tabs,
                           const QList<int> &sizes, QWidget *parent);

// Deletes every page of `tabs` (its tab goes with it), first to last.
void deleteTabs(QTabWidget *tabs);

} // namespace mxl
