// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A whole file as mxlens opens it: format sniffing, the MXFusion archive (every JSON entry,
// both npz), tensor indexing and all validation including the value checks.
#include "open/openedfile.h"
#include "validate/validator.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mxl::OpenOptions options;
    options.limits.maxMemberSize = 64 << 20;
    auto file = mxl::openSource(mxl::ByteSource::fromBytes(QByteArray(
                                    reinterpret_cast<const char *>(data), qsizetype(size))),
                                QStringLiteral("fuzz.zip"), options);
    if (!file)
        return 0;
    (void)mxl::allProblems(*file);
    return 0;
}
