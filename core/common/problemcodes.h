// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QLatin1StringView>
#include <QString>

// Every Problem code mxlens reports, in one place. The strings are stable: tests, scripts,
// `mxlens-cli info --json` and the fixtures' manifests compare them, so never change one. The
// part before the dot names the family (what the finding is about); code that acts on a whole
// family asks the helpers at the end, never startsWith() on its own.
namespace mxl::problemcode {

using Code = QLatin1StringView;

// The zip container.
inline constexpr Code ZipBadEntry{"zip.bad-entry"};
inline constexpr Code ZipBomb{"zip.bomb"};
inline constexpr Code ZipCrcMismatch{"zip.crc-mismatch"};
inline constexpr Code ZipDuplicateName{"zip.duplicate-name"};
inline constexpr Code ZipEncrypted{"zip.encrypted"};
inline constexpr Code ZipHeaderMismatch{"zip.header-mismatch"};
inline constexpr Code ZipMissingEntry{"zip.missing-entry"};
inline constexpr Code ZipUnknownEntry{"zip.unknown-entry"};
inline constexpr Code ZipUnsafeName{"zip.unsafe-name"};
inline constexpr Code ZipUnsupportedMethod{"zip.unsupported-method"};

// A JSON entry of an MXFusion archive, its version and the pre-zip saves.
inline constexpr Code JsonInvalid{"json.invalid"};
inline constexpr Code JsonTooDeep{"json.too-deep"};
inline constexpr Code VersionUnsupported{"version.unsupported"};
inline constexpr Code LegacyMigrated{"legacy.migrated"};

// graphs.json: its graphs and components.
inline constexpr Code GraphAmbiguousEdgeName{"graph.ambiguous-edge-name"};
inline constexpr Code GraphAttributeUnresolved{"graph.attribute-unresolved"};
inline constexpr Code GraphDuplicateName{"graph.duplicate-name"};
inline constexpr Code GraphDuplicateNode{"graph.duplicate-node"};
inline constexpr Code GraphLinkBareEndpoint{"graph.link-bare-endpoint"};
inline constexpr Code GraphLinkCopyDiffers{"graph.link-copy-differs"};
inline constexpr Code GraphLinkEndpointUnknown{"graph.link-endpoint-unknown"};
inline constexpr Code GraphLinkMissingName{"graph.link-missing-name"};
inline constexpr Code GraphMissingNameKey{"graph.missing-name-key"};
inline constexpr Code GraphNotMultigraph{"graph.not-multigraph"};
inline constexpr Code ComponentBadVersion{"component.bad-version"};
inline constexpr Code ComponentMissingKey{"component.missing-key"};

// Constants, configuration and variables of an MXFusion archive.
inline constexpr Code ConstantBadShape{"constant.bad-shape"};
inline constexpr Code ConstantDuplicate{"constant.duplicate"};
inline constexpr Code ConstantNotNumber{"constant.not-number"};
inline constexpr Code ConstantUnknownKey{"constant.unknown-key"};
inline constexpr Code ConfigBadShape{"config.bad-shape"};
inline constexpr Code ConfigUnresolvedUuid{"config.unresolved-uuid"};
inline constexpr Code VariableNoValue{"variable.no-value"};

// Stored tensors: their keys, their bytes and their values.
inline constexpr Code TensorBadNpyHeader{"tensor.bad-npy-header"};
inline constexpr Code TensorGluonNameKey{"tensor.gluon-name-key"};
inline constexpr Code TensorInf{"tensor.inf"};
inline constexpr Code TensorNan{"tensor.nan"};
inline constexpr Code TensorShapeOverflow{"tensor.shape-overflow"};
inline constexpr Code TensorSizeMismatch{"tensor.size-mismatch"};
inline constexpr Code TensorUnknownKey{"tensor.unknown-key"};
inline constexpr Code TensorUnreadable{"tensor.unreadable"};
inline constexpr Code TensorUnsupportedDType{"tensor.unsupported-dtype"};

// A predicted failure of MXFusion 0.3.1's load (the reconciliation).
inline constexpr Code LoadUnreachableConstant{"load.unreachable-constant"};
inline constexpr Code LoadUnreachableTensor{"load.unreachable-tensor"};

// MXNet NDArray lists (.params) and checkpoints.
inline constexpr Code MxnetBadSparse{"mxnet.bad-sparse"};
inline constexpr Code MxnetDuplicateName{"mxnet.duplicate-name"};
inline constexpr Code MxnetNameNotUtf8{"mxnet.name-not-utf8"};
inline constexpr Code MxnetParamWithoutVariable{"mxnet.param-without-variable"};
inline constexpr Code MxnetParamsUnreadable{"mxnet.params-unreadable"};
inline constexpr Code MxnetPrefixMismatch{"mxnet.prefix-mismatch"};
inline constexpr Code MxnetReservedNonzero{"mxnet.reserved-nonzero"};
inline constexpr Code MxnetSymbolUnreadable{"mxnet.symbol-unreadable"};
inline constexpr Code MxnetTrailingBytes{"mxnet.trailing-bytes"};
inline constexpr Code MxnetVariableWithoutParam{"mxnet.variable-without-param"};

// MXNet symbol JSON.
inline constexpr Code SymbolArgNotVariable{"symbol.arg-not-variable"};
inline constexpr Code SymbolBadHiddenAttribute{"symbol.bad-hidden-attribute"};
inline constexpr Code SymbolBadNodeRowPtr{"symbol.bad-node-row-ptr"};
inline constexpr Code SymbolUpgraded{"symbol.upgraded"};

// The families that code acts on as a whole.
inline constexpr Code ZipFamily{"zip."};
inline constexpr Code LoadFamily{"load."};

// A finding about the zip container itself (exports refuse to copy from a broken container).
inline bool isZipProblem(const QString &code)
{
    return code.startsWith(ZipFamily);
}

// A predicted failure of MXFusion's load; the Matching dock says which names fix it.
inline bool isLoadProblem(const QString &code)
{
    return code.startsWith(LoadFamily);
}

// NaN or Inf among a tensor's values: found only by reading every value, so checked last.
inline bool isValueProblem(const QString &code)
{
    return code == TensorNan || code == TensorInf;
}

// The code of the Problem that reports `error`, an error reading a stored entry or tensor.
QString forReadError(const Error &error);

} // namespace mxl::problemcode
