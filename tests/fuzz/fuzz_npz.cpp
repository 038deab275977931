// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// npz archives: the zip reader plus every member's npy header and values.
#include "formats/npz/npzarchive.h"
#include "tensor/tensorstats.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mxl::Limits limits;
    limits.maxMemberSize = 64 << 20;
    auto npz = mxl::NpzArchive::open(mxl::ByteSource::fromBytes(QByteArray(
                                         reinterpret_cast<const char *>(data), qsizetype(size))),
                                     QStringLiteral("fuzz.npz"), limits);
    if (!npz)
        return 0;
    for (int i = 0; i < int((*npz)->members().size()); ++i) {
        auto array = (*npz)->array(i);
        if (array)
            (void)mxl::computeStats(array->view());
    }
    return 0;
}
