// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/zipwriter.h"
#include "formats/npy/npyarray.h"

namespace mxl {

// Builds an .npz in memory the way numpy.savez writes one (npz README §2): a stored
// member "KEY.npy" per array, each with numpy's zip64 local extra, in the order added.
class NpzWriter
{
public:
    // `array` as it is (an .npy from a file keeps its header, byte order and memory order);
    // bare values decoded from another format get the header numpy.save would write.
    Status add(const QString &key, const NpyArray &array);
    Result<QByteArray> finish();

private:
    ZipBuffer m_zip;
};

} // namespace mxl
