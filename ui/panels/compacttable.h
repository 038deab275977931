// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;
class QWidget;

namespace mxl {

// The docks' tables: whole rows selected one at a time, fixed 22 px rows without a row header,
// alternating colours, no wrapping, the last column stretched.
QTableView *makeCompactTable(QWidget *parent);

} // namespace mxl
