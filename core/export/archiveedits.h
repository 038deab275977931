// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/mxfusion/mxfusionarchive.h"

#include <QByteArray>
#include <QHash>
#include <QSet>

#include <optional>

namespace mxl {

// Every change to an MXFusion archive, relative to the file as read. A plain value: the
// document keeps one, commands swap parts of it, and exportArchive() writes it. Tensor bytes are
// implicitly shared, so copies are cheap.
// A component's name as edited: the new name, or nullopt to make it anonymous (written as null).
using NameEdit = std::optional<QString>;

struct ArchiveEdits
{
    // Component UUID -> its NameEdit, applied to every copy of the component in graphs.json
    // (node lists, link endpoints, module graphs, other graphs).
    QHash<QString, NameEdit> renames;
    // Component UUID -> new value of its entry in variable_constants.json.
    QHash<QString, VariableConstant> constants;
    // The whole of configuration.json, already in Python's json.dumps layout.
    std::optional<QByteArray> configuration;
    // npz key -> the complete .npy that replaces the member (it keeps its place in the npz).
    QHash<QString, QByteArray> replacedTensors;
    // npz keys to remove from mxnet_parameters.npz / mxnet_constants.npz.
    QSet<QString> dropKeys;

    bool isEmpty() const
    {
        return renames.isEmpty() && constants.isEmpty() && !configuration &&
               replacedTensors.isEmpty() && dropKeys.isEmpty();
    }
    friend bool operator==(const ArchiveEdits &, const ArchiveEdits &) = default;
};

} // namespace mxl
