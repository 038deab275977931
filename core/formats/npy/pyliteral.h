// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <vector>

// The Python literals of an .npy header. numpy 1.24 (numpy/lib/format.py) reads a header with
// ast.literal_eval after decoding it as latin1 (format 1.0, 2.0, after _filter_header drops
// Python 2 'L' suffixes) or UTF-8 (3.0), then requires exactly the keys 'descr', 'fortran_order'
// and 'shape' (checked in npyheader.cpp). This reader accepts the Python literal syntax numpy
// accepts there, with a few rare spellings refused on purpose (see README.md): line
// continuations, float and complex literals, \N{...} escapes, form feeds.
namespace mxl::detail {

// A value of the Python literal subset literal_eval builds.
struct PyValue
{
    enum Kind { Str, Bytes, Int, Bool, None, Tuple, List, Dict, Set };
    Kind kind = None;
    QString text;               // Str, Bytes (one char per byte)
    qint64 number = 0;          // Int (when !huge), Bool
    bool huge = false;          // Int outside qint64
    bool signedNum = false;     // an Int written with a unary + or - (a UnaryOp node)
    qint64 offset = 0;          // where it starts, from the start of the .npy
    std::vector<PyValue> items; // Tuple, List, Set; Dict: key, value, key, value, ...

    // Python can hash it (a dict key, a set item): no list, dict or set anywhere inside.
    bool hashable() const
    {
        return kind != List && kind != Dict && kind != Set &&
               std::all_of(items.begin(), items.end(),
                           [](const PyValue &item) { return item.hashable(); });
    }
};

// The header text of an .npy file (`text` starts at byte `base` of the file; offsets in values
// and errors count from the start of the file) as literal_eval reads it, for format version
// `major` (1, 2 or 3).
Result<PyValue> parseHeaderLiteral(QByteArrayView text, qint64 base, int major);

} // namespace mxl::detail
