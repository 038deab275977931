// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "formats/mxfusion/mxfusionarchive.h"
#include "formats/tensorentry.h"

#include <QByteArray>
#include <QStringList>

namespace mxl {

// The values an edit takes, checked and put in MXFusion's own written form.

// MXFusion names are model attribute names, set with `m.name = ...` in Python.
bool isPythonIdentifier(const QString &name);

// A number as a user types it ("100", "0.5", "1e-3", "nan", "-inf"), as the VariableConstant
// Python would write: integers stay integers, floats get Python's repr.
Result<VariableConstant> parseConstantValue(const QString &text);

// configuration.json checked ({"observed": [UUID strings]}) and re-serialized the way
// json.dumps writes it.
Result<QByteArray> normalizeConfiguration(const QByteArray &json);
QByteArray configurationJson(const QStringList &observed);
// Sets the archive's configuration tree and observed list from a normalized configuration.
void readConfigurationInto(const QByteArray &json, MxfusionArchive &archive);

// `entry` with its values taken from `npy` (which checkTensorReplacement() has read once).
TensorEntry replacedEntry(const TensorEntry &entry, const QByteArray &npy);

} // namespace mxl
