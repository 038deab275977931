// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/tensorexport.h"

#include "common/savefile.h"
#include "export/sourcecheck.h"
#include "formats/npy/npywriter.h"
#include "tensor/elementformat.h"

#include <QIODevice>

#include <optional>

namespace mxl {

namespace {

// The array's bytes may be a view of a mapped file: if it changed while they were written, the
// output is not what was opened, and the save is cancelled.
Status sourceUnchanged(const NpyArray &array)
{
    if (!array.bytes)
        return Ok{};
    if (Status s = array.bytes->checkUnchanged(); !s)
        return changedSinceOpen(s.error());
    return Ok{};
}

} // namespace

Status writeNpyFile(const NpyArray &array, const QString &path)
{
    // Arrays decoded from other formats (MXNet records) hold bare values: give them the
    // header numpy.save would write.
    std::optional<NpyArray> withHeader;
    if (array.header.dataOffset == 0) {
        Result<NpyArray> npy = makeNpyArray(array.info(), array.data());
        if (!npy)
            return fail(npy.error());
        withHeader = std::move(*npy);
    }
    const QByteArrayView bytes = (withHeader ? *withHeader : array).bytes->bytes();
    return saveFile(path, [&](QIODevice &device) -> Status {
        const Status written = writeAll(device, bytes, path);
        // A failed write from a mapping that lost pages ("Bad address") is the file's change.
        if (Status s = sourceUnchanged(array); !s)
            return s;
        return written;
    });
}

Status writeCsvFile(const NpyArray &array, const QString &path)
{
    const TensorView view = array.view();
    const Shape &shape = view.info().shape;
    const qint64 columns = shape.size() >= 2 ? shape.back() : 1;
    const qint64 count = view.elementCount();
    return saveFile(path, [&](QIODevice &device) -> Status {
        QByteArray line;
        for (qint64 i = 0; i < count; ++i) {
            if (i % columns != 0)
                line += ',';
            line += formatElement(view, view.storageIndex(i)).toUtf8();
            if ((i + 1) % columns == 0) {
                line += '\n';
                if (line.size() > (1 << 16)) {
                    if (Status s = writeAll(device, line, path); !s)
                        return s;
                    line.clear();
                }
            }
        }
        if (Status s = writeAll(device, line, path); !s)
            return s;
        return sourceUnchanged(array);
    });
}

} // namespace mxl
