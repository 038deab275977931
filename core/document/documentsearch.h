// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"

#include <QString>

#include <vector>

namespace mxl {

class ArchiveDocument;

// One thing Find can select: a component, or a stored tensor no matched component owns.
struct SearchHit
{
    ComponentId component; // empty for a tensor
    QString tensorGroup;   // tensorGroupName()
    QString tensorKey;
};

// Everything in the document that `needle` names, best first: exact name (or tensor key,
// readable name, "arg:"-less MXNet key), name containing it, UUID prefix, type, then dtype and
// shape ("float32 [10,3]"). Case-insensitive; each component once, at its best tier.
std::vector<SearchHit> searchDocument(const ArchiveDocument &document, const QString &needle);

} // namespace mxl
