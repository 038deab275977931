// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "formats/tensorentry.h"

#include <QString>

#include <vector>

namespace mxl {

struct OpenedFile;

// How a tensor's readable name was made.
enum class NameSource {
    ComponentName, // MXFusion: the name of the Variable that owns it ("mean")
    InheritedName, // MXFusion: that Variable's Gluon parameter name ("hybrid0_dense0_weight")
    GraphPath,     // MXFusion: an unnamed Variable, named by where it leads in its graph
                   // ("posterior.hybrid0_dense0_weight.mean")
    MxnetName,     // MXNet: the stored key without its arg:/aux: prefix ("fc1_weight")
    Key,           // the key as stored: npz, npy and safetensors files, unnamed MXNet lists,
                   // MXFusion tensors that no component owns or no path describes
};

// For people: "the component's name", "the Gluon parameter name", "a path through the
// graph", "the MXNet name without its prefix", "the key as stored".
QString nameSourceText(NameSource source);

// One tensor's readable name and what it stands for.
struct TensorName
{
    QString readable; // unique among the document's tensors, never empty
    // The key the tensor is stored under: a component UUID (or, in v0.3.0 archives, a Gluon
    // name), "arg:fc1_weight", an npz/npy key, a safetensors name. For a safetensors file
    // that mxlens wrote, the original key its metadata records (so that converting it back to
    // .params restores the arg:/aux: prefixes).
    QString stored;
    TensorGroup group = TensorGroup::Arrays;
    ComponentId component; // the owning component (MXFusion, or an MXNet symbol variable)
    NameSource source = NameSource::Key;
    QString base;               // the name before it was made unique
    bool disambiguated = false; // base + "~TAG": another tensor had the same base name
};

// The readable name of every tensor of `file`, in the order of file.tensors (index i names
// file.tensors[i]); empty when the tensors are not indexed yet. A pure function of the file:
// the same file gives the same names on every run and every machine.
//
// MXFusion archives (and pre-zip saves): a tensor is named after its owning component: its
// name, else its Gluon inherited_name, else a path through the graph that holds it: follow
// its first outgoing link to a factor and that factor's output Variable, and name it
// OUTPUT.EDGE, recursively while the output is unnamed ("hybrid0_dense0_weight.mean.data"
// for a constant broadcast into the prior mean). Paths found in a posterior graph start with
// "posterior." ("posterior2." for a second one, or the graph's own name if it has one).
// Components inside a module's internal graphs are prefixed by the module's name (its
// component name, else its first internal graph's name, else its type), e.g.
// "gp_regression.F.rbf_variance". Components are looked up in the top-level graphs first.
// MXNet lists and checkpoints: the key without "arg:"/"aux:". npz, npy, safetensors: the key.
//
// Clashes: every tensor of a clashing set gets "~TAG", TAG being the first of these that
// tells the set apart: its group ("fc1_weight~arg", "fc1_weight~aux"), the first 8 characters
// of its stored key (a UUID prefix), the whole stored key, its position in the set (1, 2...).
// Names are otherwise free text: they may hold '.', '/', spaces, as the components do.
std::vector<TensorName> readableTensorNames(const OpenedFile &file);

} // namespace mxl
