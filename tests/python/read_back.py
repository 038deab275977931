#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an MXFusion archive the way MXFusion does (zipfile, numpy.load, networkx
node_link_graph) and prints what it found as JSON, for tests that check what mxlens wrote."""
import hashlib
import io
import json
import sys
import zipfile

import networkx as nx
import numpy as np


class Component:
    """What MXFusion's JSON object hook makes of a component: hashed and compared by UUID."""

    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return hash(self.d["uuid"])

    def __eq__(self, other):
        return isinstance(other, Component) and other.d["uuid"] == self.d["uuid"]


def as_component(d):
    return Component(d) if "uuid" in d else d


def names(graph_json, out):
    for node in graph_json["nodes"]:
        comp = node["id"].d
        out[comp["uuid"]] = comp["name"]
        for inner in comp.get("graphs", []):
            names(inner, out)


def main(path):
    with zipfile.ZipFile(path) as z:
        report = {"testzip": z.testzip(), "entries": z.namelist(), "tensors": {}}
        for member in ("mxnet_parameters.npz", "mxnet_constants.npz"):
            with np.load(io.BytesIO(z.read(member))) as npz:
                for key in npz.files:
                    a = npz[key]
                    report["tensors"][key] = {
                        "store": member, "dtype": str(a.dtype), "shape": list(a.shape),
                        "sha256": hashlib.sha256(
                            np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<")).tobytes()
                        ).hexdigest()}
        graphs = json.loads(z.read("graphs.json").decode("utf-8"), object_hook=as_component)
        report["names"] = {}
        report["graph_nodes"] = []
        for g in graphs:
            # networkx must accept every graph, as MXFusion's loader calls it.
            nxg = nx.readwrite.json_graph.node_link_graph(
                {k: v for k, v in g.items() if k != "name"}, directed=True, multigraph=True)
            report["graph_nodes"].append(nxg.number_of_nodes())
            names(g, report["names"])
        report["variable_constants"] = json.loads(z.read("variable_constants.json"))
        report["configuration"] = json.loads(z.read("configuration.json"))
        report["version"] = json.loads(z.read("version.json"))
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main(sys.argv[1])
