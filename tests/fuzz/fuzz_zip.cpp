// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The zip directory reader and member reads (stored slices, inflation, CRC).
#include "archive/ziparchive.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mxl::Limits limits;
    limits.maxMemberSize = 64 << 20; // keep the fuzzer's memory bounded
    auto zip = mxl::ZipArchive::open(mxl::ByteSource::fromBytes(QByteArray(
                                         reinterpret_cast<const char *>(data), qsizetype(size))),
                                     QStringLiteral("fuzz.zip"), limits);
    if (!zip)
        return 0;
    for (int i = 0; i < int(zip->entries().size()); ++i)
        (void)zip->read(i);
    return 0;
}
