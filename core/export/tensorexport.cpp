// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/tensorexport.h"

#include "common/savefile.h"
#include "formats/npy/npywriter.h"
#include "tensor/elementformat.h"

#include <QIODevice>

namespace mxl {

Status writeNpyFile(const NpyArray &array, const QString &path)
{
    // Arrays decoded from other formats (MXNet records) hold bare values: give them the
    // header numpy.save would write.
    if (array.header.dataOffset == 0) {
        Result<NpyArray> npy = makeNpyArray(array.info(), array.data());
        if (!npy)
            return fail(npy.error());
        return saveBytes(path, npy->bytes->bytes());
    }
    return saveBytes(path, array.bytes->bytes());
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
        return writeAll(device, line, path);
    });
}

} // namespace mxl
