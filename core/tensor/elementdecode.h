// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/dtype.h"

#include <complex>

namespace mxl {

// Pure element decoders over possibly unaligned bytes. Complex values are two floats (real,
// imaginary), each swapped on its own for big-endian data.
double decodeReal(const char *p, DType t, ByteOrder order);
std::complex<double> decodeComplex(const char *p, DType t, ByteOrder order);
// Reverses the byte order of one element in place (each half separately for complex).
void swapElementBytes(char *p, DType t);

double halfAsDouble(quint16 bits);
double bfloat16AsDouble(quint16 bits);

} // namespace mxl
