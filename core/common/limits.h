// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace mxl {

// Every bound mxlens enforces on hostile input, in one place. Each is checked *before* memory
// is allocated or a loop runs, and exceeding one yields an Error or Problem naming the limit.
struct Limits
{
    // Zip: entries per archive, bytes one member may inflate to, and the largest compression
    // ratio accepted for members above `bombMinimumSize` (deflate tops out near 1032:1, so real
    // data of all zeros can come close; such members are refused as possible bombs).
    qint64 maxZipEntries = 100'000;
    qint64 maxMemberSize = qint64(16) << 30;
    qint64 maxTotalInflated = qint64(64) << 30;
    double maxCompressionRatio = 1000.0;
    qint64 bombMinimumSize = qint64(64) << 20;

    // JSON: nesting depth (containers inside containers) and the size of one JSON member.
    int maxJsonDepth = 256;
    qint64 maxJsonBytes = qint64(1) << 30;

    // Tensors: dimensions per array and header bytes of one .npy.
    int maxDimensions = 64;
    qint64 maxNpyHeaderBytes = qint64(1) << 20;

    // MXNet NDArray lists (.params): arrays in one file (each record also needs 4 bytes of the
    // file, which is checked first), bytes of one array name, and the dense size densify() may
    // expand a sparse array to (a csr of shape 2^20 x 2^20 holding 0 values is a few bytes).
    qint64 maxNdArrays = 10'000'000;
    qint64 maxNdArrayNameBytes = qint64(1) << 20;
    qint64 maxDensifiedBytes = qint64(4) << 30;
    // MXNet symbol JSON: nodes in one file, subgraphs included.
    qint64 maxSymbolNodes = 10'000'000;
};

} // namespace mxl
