// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor/tensorinfo.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace mxl {

std::optional<qint64> checkedByteCount(std::span<const qint64> shape, qint64 itemSize)
{
    qint64 total = itemSize;
    if (total < 0)
        return std::nullopt;
    for (qint64 d : shape) {
        if (d < 0)
            return std::nullopt;
        if (__builtin_mul_overflow(total, d, &total))
            return std::nullopt;
    }
    return total;
}

std::optional<qint64> checkedElementCount(std::span<const qint64> shape)
{
    return checkedByteCount(shape, 1);
}

QString shapeText(std::span<const qint64> shape)
{
    QStringList dims;
    for (qint64 d : shape)
        dims << QString::number(d);
    if (dims.size() == 1)
        return u"(%1,)"_s.arg(dims.front());
    return u"("_s + dims.join(u", "_s) + u")"_s;
}

} // namespace mxl
