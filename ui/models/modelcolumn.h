// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariant>

#include <span>

class QObject;

namespace mxl {

// One column of a model: its header and how its cells align. The header is marked with
// QT_TR_NOOP in the model's constructor and translated in the model's own context, the one its
// tr() uses.
struct ModelColumn
{
    // Implicit: a column list reads {QT_TR_NOOP("Name"), ModelColumn::number(...), ...}.
    ModelColumn(const char *header, Qt::Alignment alignment = {})
        : header(header), alignment(alignment)
    {}
    // A column of numbers, aligned right.
    static ModelColumn number(const char *header)
    {
        return {header, Qt::AlignRight | Qt::AlignVCenter};
    }

    const char *header;
    Qt::Alignment alignment; // none: the view's default
};

// headerData() for `columns`: the translated header of a horizontal section, nothing else.
QVariant columnHeader(const QObject &model, std::span<const ModelColumn> columns, int section,
                      Qt::Orientation orientation, int role);

} // namespace mxl
