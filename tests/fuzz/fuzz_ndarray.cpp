// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The MXNet NDArray list reader (V0-V3 records, sparse checks), densify of every array with a
// small expansion limit, element formatting, and the writer's round trip of what was read.
#include "formats/mxnet/ndarrayfile.h"
#include "formats/mxnet/ndarraywriter.h"
#include "tensor/elementformat.h"

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mxl::Limits limits;
    limits.maxDensifiedBytes = qint64(16) << 20;
    auto list = mxl::readNdArrayList(mxl::ByteSource::fromBytes(QByteArray(
                                         reinterpret_cast<const char *>(data), qsizetype(size))),
                                     QStringLiteral("fuzz.params"), limits);
    if (!list)
        return 0;
    bool writable = true;
    qint64 expanded = 0; // sparse arrays grow when densified: keep the whole input bounded
    for (const mxl::NdArrayRecord &record : list->arrays) {
        if (record.storage != mxl::NdStorage::Dense && !record.isNone) {
            expanded += mxl::checkedByteCount(record.shape, mxl::itemSize(record.dtype))
                            .value_or(limits.maxDensifiedBytes + 1);
            if (expanded > limits.maxDensifiedBytes)
                return 0;
        }
        auto dense = mxl::densify(*list, record, limits);
        writable = writable && dense.has_value();
        if (!dense)
            continue;
        const mxl::TensorView view = dense->view();
        for (qint64 i = 0; i < std::min<qint64>(view.elementCount(), 8); ++i)
            (void)mxl::formatElement(view, view.storageIndex(i));
    }
    if (!writable)
        return 0;
    // Whatever reads and densifies must write, and the written file must read back the same.
    auto bytes = mxl::writeNdArrayList(*list, limits);
    if (!bytes) {
        std::fprintf(stderr, "write failed: %s\n", qPrintable(bytes.error().describe()));
        std::abort();
    }
    auto again = mxl::readNdArrayList(mxl::ByteSource::fromBytes(*bytes), QStringLiteral("w"));
    if (!again || again->arrays.size() != list->arrays.size() ||
        mxl::writeNdArrayList(*again, limits).value_or(QByteArray()) != *bytes) {
        std::fprintf(stderr, "round trip differs\n");
        std::abort();
    }
    return 0;
}
