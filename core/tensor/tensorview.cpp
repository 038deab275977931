// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor/tensorview.h"

#include "tensor/elementdecode.h"

#include <algorithm>
#include <cstring>
#include <limits>

namespace mxl {

TensorView::TensorView(const char *data, TensorInfo info)
    : m_data(data), m_info(std::move(info)), m_count(m_info.elementCount())
{
    const size_t n = m_info.shape.size();
    m_strides.assign(n, 1);
    // A zero-size array may have dimensions whose partial products overflow (fuzz finding:
    // shape (0, 2^40, 2^40)); it has no element to address, so saturate instead of overflowing.
    auto next = [](qint64 s, qint64 dim) {
        qint64 r;
        return __builtin_mul_overflow(s, dim, &r) ? std::numeric_limits<qint64>::max() : r;
    };
    if (m_info.fortranOrder) {
        qint64 s = 1;
        for (size_t d = 0; d < n; ++d) {
            m_strides[d] = s;
            s = next(s, m_info.shape[d]);
        }
    } else {
        qint64 s = 1;
        for (size_t d = n; d-- > 0;) {
            m_strides[d] = s;
            s = next(s, m_info.shape[d]);
        }
    }
}

qint64 TensorView::storageIndex(qint64 cIndex) const
{
    if (!m_info.fortranOrder)
        return cIndex;
    qint64 offset = 0;
    for (size_t d = m_info.shape.size(); d-- > 0;) {
        const qint64 dim = m_info.shape[d];
        offset += (cIndex % dim) * m_strides[d];
        cIndex /= dim;
    }
    return offset;
}

qint64 TensorView::storageIndex(std::span<const qint64> index) const
{
    qint64 offset = 0;
    const size_t n = std::min(index.size(), m_strides.size());
    for (size_t d = 0; d < n; ++d)
        offset += index[d] * m_strides[d];
    return offset;
}

double TensorView::realAt(qint64 i) const
{
    return decodeReal(m_data + i * itemSize(m_info.dtype), m_info.dtype, m_info.byteOrder);
}

std::complex<double> TensorView::complexAt(qint64 i) const
{
    return decodeComplex(m_data + i * itemSize(m_info.dtype), m_info.dtype, m_info.byteOrder);
}

void TensorView::littleEndianBytesAt(qint64 i, char *out) const
{
    const int size = itemSize(m_info.dtype);
    std::memcpy(out, m_data + i * size, size_t(size));
    if (m_info.byteOrder == ByteOrder::Big)
        swapElementBytes(out, m_info.dtype);
}

} // namespace mxl
