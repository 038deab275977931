// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/tensorinfo.h"

#include <complex>
#include <span>

namespace mxl {

// A non-owning view of an array's values: a pointer into a member's bytes plus its TensorInfo.
// The bytes may be unaligned (zip offsets) and in either byte order: every element is copied
// out with memcpy and swapped as needed, never cast in place. The owner of the bytes must
// outlive the view.
class TensorView
{
public:
    TensorView() = default;
    // `data` must hold at least info.byteSize() bytes; the caller has checked that.
    TensorView(const char *data, TensorInfo info);

    const TensorInfo &info() const { return m_info; }
    const char *data() const { return m_data; }
    qint64 elementCount() const { return m_count; }
    int rank() const { return int(m_info.shape.size()); }

    // Position in storage of the element with C-order (row-major) linear index `cIndex`.
    qint64 storageIndex(qint64 cIndex) const;
    // Position in storage of the element at a full multi-index (one entry per dimension).
    qint64 storageIndex(std::span<const qint64> index) const;

    // The element at storage position `i`, as a double (bool 0/1, complex: the real part).
    double realAt(qint64 i) const;
    std::complex<double> complexAt(qint64 i) const;
    // The element's bytes at storage position `i`, little-endian, into `out` (itemSize bytes).
    void littleEndianBytesAt(qint64 i, char *out) const;

private:
    const char *m_data = nullptr;
    TensorInfo m_info;
    qint64 m_count = 0;
    std::vector<qint64> m_strides; // storage strides in elements, per dimension
};

} // namespace mxl
