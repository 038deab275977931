// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ziparchive.h"
#include "formats/json/jsontree.h"
#include "formats/tensorentry.h"
#include "graph/factorgraph.h"

#include <vector>

namespace mxl {

namespace mxfusion {
inline constexpr QLatin1StringView kGraphsEntry{"graphs.json"};
inline constexpr QLatin1StringView kParametersEntry{"mxnet_parameters.npz"};
inline constexpr QLatin1StringView kConstantsEntry{"mxnet_constants.npz"};
inline constexpr QLatin1StringView kVariableConstantsEntry{"variable_constants.json"};
inline constexpr QLatin1StringView kConfigurationEntry{"configuration.json"};
inline constexpr QLatin1StringView kVersionEntry{"version.json"};
inline constexpr QLatin1StringView kSupportedVersion{"2.0"};
} // namespace mxfusion

// A number stored in variable_constants.json, keyed by component UUID, in file order.
struct VariableConstant
{
    ComponentId id;
    double value = 0;
    QString text; // as written ("100", "0.5", "NaN")
    bool isInteger = false;

    friend bool operator==(const VariableConstant &, const VariableConstant &) = default;
};

// The JSON parts of an MXFusion archive (what the graph view needs); tensors are indexed
// separately because that means inflating the npz entries.
struct MxfusionArchive
{
    QString serializationVersion;
    std::vector<FactorGraph> graphs;
    std::vector<VariableConstant> variableConstants;
    JsonNode configuration;
    QStringList observed;
};

// True if the zip holds any of the six MXFusion entry names.
bool isMxfusionZip(const ZipArchive &zip);

// Reads version.json, graphs.json, variable_constants.json and configuration.json. A missing
// or unreadable graphs.json is an Error; anything else wrong becomes a Problem.
Result<MxfusionArchive> readMxfusionArchive(const ZipArchive &zip, Problems &problems,
                                            const Limits &limits = {});

// Inflates both npz entries and lists their members (headers only), joined to components.
std::vector<TensorEntry> indexMxfusionTensors(const ZipArchive &zip, const MxfusionArchive &archive,
                                              Problems &problems, const Limits &limits = {});

} // namespace mxl
