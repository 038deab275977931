// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tensor/tensorview.h"

#include <QString>

namespace mxl {

struct FormatOptions
{
    // 0: shortest text that reads back to the same value (round-trip); >0: that many
    // significant digits.
    int significantDigits = 0;
};

// One element as text: integers exactly, floats shortest round-trip ("0.1", "nan", "inf"),
// bool "True"/"False", complex "(1+2j)" as numpy prints them.
QString formatElement(const TensorView &view, qint64 storageIndex,
                      const FormatOptions &options = {});
QString formatDouble(double value, int significantDigits = 0);

} // namespace mxl
