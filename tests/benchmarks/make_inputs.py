#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic benchmark inputs, written the way MXFusion writes them (mxfusion README §2,
npz README §2):
  archive-<MB>.zip  ~200 float32 parameters, npz inside a deflated outer entry;
  graph-<N>.json    an inference.zip's graphs.json with N components (Gaussian chains);
  graph-<N>.gv      the same graph for `dot -Tplain`;
  big-tensor-N.npy  N float32 values (100 million by default).
Usage: make_inputs.py OUTDIR [--archive-mb 1024] [--graphs 500,2000,5000] [--tensor 100000000]"""
import argparse
import io
import json
import os
import zipfile

import numpy as np


def uuid(rng):
    h = "%032x" % int.from_bytes(rng.bytes(16), "little")
    return "_".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def variable(u, name=None):
    return {"uuid": u, "name": name, "attributes": [], "inherited_name": None, "version": "1.0",
            "type": "Variable"}


def factor(u, t):
    return {"uuid": u, "name": None, "attributes": [], "version": "1.0", "type": t}


def chain_graph(n_components, rng):
    """Layers of Normal factors: each layer's output feeds the next as its mean."""
    nodes, links, params = [], [], []
    prev = variable(uuid(rng), "x")
    nodes.append(prev)
    while len(nodes) + 3 <= n_components:
        var, f, out = variable(uuid(rng)), factor(uuid(rng), "Normal"), variable(uuid(rng))
        nodes += [var, f, out]
        links += [{"name": "mean", "source": prev, "target": f, "key": "mean"},
                  {"name": "variance", "source": var, "target": f, "key": "variance"},
                  {"name": "random_variable", "source": f, "target": out,
                   "key": "random_variable"}]
        params.append(var["uuid"])
        prev = out
    prev["name"] = "y"
    graph = {"directed": True, "multigraph": True, "graph": {},
             "nodes": [{"id": n} for n in nodes], "links": links, "name": None}
    return [graph, {"directed": True, "multigraph": True, "graph": {}, "nodes": [], "links": [],
                    "name": None}], params, prev["uuid"]


def npz_bytes(arrays):
    buf = io.BytesIO()
    np.savez(buf, **arrays)
    return buf.getvalue()


def write_archive(path, megabytes, rng):
    graphs, params, observed = chain_graph(3 * 200 + 1, rng)
    per = megabytes * (1 << 20) // len(params) // 4
    arrays = {}
    for i, key in enumerate(params):
        # Trained weights: normal noise, a few shapes, compressing about as badly as real ones.
        rows = 256 if i % 2 else 512
        arrays[key] = rng.standard_normal(per, dtype=np.float32).reshape(rows, -1) \
            if per % rows == 0 else rng.standard_normal(per, dtype=np.float32)
    payloads = [("graphs.json", json.dumps(graphs, ensure_ascii=False).encode()),
                ("mxnet_parameters.npz", npz_bytes(arrays)),
                ("mxnet_constants.npz", npz_bytes({})),
                ("variable_constants.json", b"{}"),
                ("configuration.json", json.dumps({"observed": [observed]}).encode()),
                ("version.json", b'{"serialization_version": "2.0"}')]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=False) as z:
        for name, data in payloads:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            z.writestr(info, data)


def write_graph(folder, n, rng):
    graphs, _, _ = chain_graph(n, rng)
    with open(os.path.join(folder, "graph-%d.json" % n), "w") as f:
        json.dump(graphs, f)
    g = graphs[0]
    with open(os.path.join(folder, "graph-%d.gv" % n), "w") as f:
        # The same request mxlens makes: boxes for factors, ellipses for variables, labels.
        f.write("digraph G {\n rankdir=TB;\n")
        for node in g["nodes"]:
            c = node["id"]
            shape = "ellipse" if c["type"] == "Variable" else "box"
            f.write(' "%s" [label="%s", shape=%s];\n' % (c["uuid"], c["name"] or c["uuid"][:8],
                                                         shape))
        for link in g["links"]:
            f.write(' "%s" -> "%s" [label="%s"];\n' % (link["source"]["uuid"],
                                                      link["target"]["uuid"], link["name"]))
        f.write("}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--archive-mb", type=int, nargs="*", default=[1024])
    ap.add_argument("--graphs", default="500,2000,5000")
    ap.add_argument("--tensor", type=int, default=100_000_000)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for mb in a.archive_mb:
        path = os.path.join(a.out, "archive-%d.zip" % mb)
        if not os.path.exists(path):
            write_archive(path + ".part", mb, np.random.default_rng(mb))
            os.replace(path + ".part", path)
    for n in [int(x) for x in a.graphs.split(",") if x]:
        write_graph(a.out, n, np.random.default_rng(n))
    # Named by its size: a --quick run's 10-million-element file must not stand in for the
    # 100-million-element one.
    path = os.path.join(a.out, "big-tensor-%d.npy" % a.tensor)
    if a.tensor and not os.path.exists(path):
        np.save(path + ".part.npy", np.random.default_rng(7).standard_normal(a.tensor,
                                                                              dtype=np.float32))
        os.replace(path + ".part.npy", path)


if __name__ == "__main__":
    main()
