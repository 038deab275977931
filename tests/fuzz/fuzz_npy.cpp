// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The npy header parser, the data-size checks, statistics and element formatting.
#include "formats/npy/npyarray.h"
#include "tensor/elementformat.h"
#include "tensor/tensorstats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto array = mxl::readNpy(mxl::ByteSource::fromBytes(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size))));
    if (!array)
        return 0;
    const mxl::TensorView view = array->view();
    (void)mxl::computeStats(view);
    for (qint64 i = 0; i < std::min<qint64>(view.elementCount(), 16); ++i)
        (void)mxl::formatElement(view, view.storageIndex(i));
    return 0;
}
