// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// safetensors: the header reader (length field, hostile JSON, duplicate keys, dtypes, shapes,
// offsets tiling the data section) through openSource's detection, every tensor's values and
// statistics, readable names, then the writer's round trip: the header rebuilt from what was
// read, followed by the same values, must read back to the same tensors and metadata.
#include "export/tensornames.h"
#include "formats/safetensors/safetensorsfile.h"
#include "formats/safetensors/safetensorswriter.h"
#include "open/openedfile.h"
#include "tensor/tensorstats.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto file =
        mxl::openSource(mxl::ByteSource::fromBytes(bytes), QStringLiteral("fuzz.safetensors"));
    if (!file || !file->safetensors)
        return 0;
    (void)mxl::readableTensorNames(*file);
    std::vector<mxl::SafetensorsEntry> entries;
    QByteArray values;
    for (const mxl::TensorEntry &t : file->tensors) {
        auto array = mxl::loadTensor(t);
        if (!array)
            abort(); // the header was checked: every tensor must load
        (void)mxl::computeStats(array->view());
        entries.push_back({t.key, t.info->dtype, t.info->shape});
        values += array->data().toByteArray();
    }
    auto header = mxl::safetensorsHeaderBytes(entries, file->safetensors->metadata);
    if (!header)
        abort(); // names are unique, dtypes are safetensors': the writer must accept them
    auto back = mxl::readSafetensorsHeader(*header + values);
    if (!back || back->tensors.size() != file->tensors.size() ||
        back->metadata != file->safetensors->metadata)
        abort();
    for (size_t i = 0; i < back->tensors.size(); ++i) {
        if (back->tensors[i].name != file->tensors[i].key ||
            back->tensors[i].info != *file->tensors[i].info)
            abort();
    }
    return 0;
}
