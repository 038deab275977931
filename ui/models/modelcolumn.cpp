// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/modelcolumn.h"

#include <QObject>

namespace mxl {

QVariant columnHeader(const QObject &model, std::span<const ModelColumn> columns, int section,
                      Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        size_t(section) >= columns.size())
        return {};
    // The derived class's metaObject(): its class name is the context of its tr().
    return model.metaObject()->tr(columns[size_t(section)].header, nullptr);
}

} // namespace mxl
