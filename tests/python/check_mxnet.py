#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""mxlens-cli on MXNet files, checked against independent readers: numpy for the .npz that
`convert` writes, and a small NDArray-list reader written from mxnet README §2
(mxnet_reader.py) for the .params it writes. The real files in tests/fixtures/real/mxnet-real are
checked against what their README documents.

Also the pre-zip MXFusion saves of tests/fixtures/data/legacy, migrated to inference.zip.

check_mxnet.py --cli PATH --real DIR --data tests/fixtures/data"""
import io
import json
import os
import sys
import tempfile

import numpy as np

from checklib import check, cli_parser, failures, finish, run
from mxnet_reader import read_params


def check_real(cli, real):
    det1 = os.path.join(real, "mtcnn-det1")
    for opened in ["det1-symbol.json", "det1-0001.params"]:
        r = run(cli, ["info", "--json", os.path.join(det1, opened)])
        info = json.loads(r.stdout) if r.returncode == 0 else {}
        check("info " + opened, info.get("format") == "mxnet-checkpoint"
              and info["mxnet"]["epoch"] == 1 and len(info["tensors"]) == 13
              and all(t["group"] == "arg" and t.get("component") for t in info["tensors"])
              and info["graphs"][0]["nodes"] > 13, r.stderr or str(info.get("mxnet")))
    legacy = os.path.join(real, "apache-mxnet-legacy", "legacy_ndarray.v0")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "legacy.npz")
        r = run(cli, ["convert", legacy, "-o", out])
        ok = r.returncode == 0
        if ok:
            with np.load(out) as z:
                # six float32 arrays of shape (128,), each 0..127 (the fixture's README)
                ok = z.files == [str(i) for i in range(6)] and all(
                    z[k].dtype == np.float32 and np.array_equal(z[k], np.arange(128)) for k in z.files)
        check("convert legacy_ndarray.v0 -> npz", ok, r.stderr)
        # det1: .params -> .npz (numpy) -> .params (the reader above) -> .npz, all equal.
        a = os.path.join(tmp, "a.npz")
        b = os.path.join(tmp, "b.params")
        c = os.path.join(tmp, "c.npz")
        r1 = run(cli, ["convert", os.path.join(det1, "det1-0001.params"), "-o", a])
        r2 = run(cli, ["convert", a, "-o", b])
        r3 = run(cli, ["convert", b, "-o", c])
        ok = r1.returncode == r2.returncode == r3.returncode == 0
        if ok:
            names, arrays, versions = read_params(open(b, "rb").read())
            with np.load(a) as z:
                ok = names == z.files and all(np.array_equal(z[k], v) for k, v in zip(names, arrays))
                ok = ok and set(versions) == {2} and names[0].startswith("arg:")
            ok = ok and open(a, "rb").read() == open(c, "rb").read()
        check("convert det1 params -> npz -> params -> npz", ok, r1.stderr + r2.stderr + r3.stderr)


def check_npz_to_params(cli):
    """Every dtype numpy and MXNet share, big-endian input, a 0-d array: the .params holds the
    same values (little-endian, V2; V3 for the 0-d one) in the same order."""
    rng = np.random.default_rng(7)
    arrays = {
        "arg:w": rng.standard_normal((3, 4)).astype(np.float32),
        "arg:d": rng.standard_normal(5),
        "aux:h": rng.standard_normal((2, 2)).astype(np.float16),
        "u8": np.arange(6, dtype=np.uint8).reshape(2, 3),
        "i32": np.array([-1, 2, 3], dtype=np.int32),
        "i8": np.array([-128, 127], dtype=np.int8),
        "i64": np.array([2 ** 40, -5], dtype=np.int64),
        "b": np.array([True, False, True]),
        "i16": np.array([-300, 300], dtype=np.int16),
        "u16": np.array([65535], dtype=np.uint16),
        "u32": np.array([4000000000], dtype=np.uint32),
        "u64": np.array([2 ** 63], dtype=np.uint64),
        "big": np.arange(4, dtype=">f4"),
        "scalar": np.array(3.5, dtype=np.float32),
    }
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "in.npz")
        np.savez(src, **arrays)
        out = os.path.join(tmp, "out.params")
        r = run(cli, ["convert", src, "-o", out])
        ok = r.returncode == 0
        if ok:
            names, got, versions = read_params(open(out, "rb").read())
            ok = names == list(arrays)
            for (key, want), have, version in zip(arrays.items(), got, versions):
                same = have.shape == want.shape and np.array_equal(have, want) and \
                    have.dtype == want.dtype.newbyteorder("<")
                if not same or version != (3 if want.ndim == 0 else 2):
                    ok = False
                    failures.append("npz -> params: %s: %r v%d" % (key, have, version))
        check("convert npz (every shared dtype) -> params", ok, r.stderr)
        r = run(cli, ["convert", src, "-o", os.path.join(tmp, "x.txt")])
        check("convert to an unknown extension is refused", r.returncode == 2 and "error" in r.stderr,
              r.stderr)


def check_legacy(cli, data):
    """Pre-zip MXFusion saves (make_legacy_fixtures.py): opened from any of their files as
    mxfusion-legacy, converted to an inference.zip that zipfile, numpy and networkx read, and
    that `diff` finds identical to the archive the save was made from."""
    import networkx as nx
    import zipfile
    legacy = os.path.join(data, "legacy")
    for folder in sorted(os.listdir(legacy)):
        path = os.path.join(legacy, folder)
        if not os.path.isdir(path):
            continue
        source = os.path.join(data, "mxfusion", folder.rsplit("_", 1)[0] + ".zip")
        for opened in sorted(os.listdir(path)):
            r = run(cli, ["info", "--json", os.path.join(path, opened)])
            fmt = json.loads(r.stdout).get("format") if r.returncode in (0, 1) else None
            check("info %s/%s" % (folder, opened), fmt == "mxfusion-legacy", r.stderr + str(fmt))
        with tempfile.TemporaryDirectory() as tmp:
            out = os.path.join(tmp, "inference.zip")
            r = run(cli, ["convert", os.path.join(path, "inference_params.json"), "-o", out])
            ok = r.returncode == 0
            if ok:
                z = zipfile.ZipFile(out)
                src = zipfile.ZipFile(source)
                ok = z.testzip() is None and z.namelist() == [
                    "graphs.json", "mxnet_parameters.npz", "mxnet_constants.npz",
                    "variable_constants.json", "configuration.json", "version.json"]
                for g in json.loads(z.read("graphs.json")):
                    # MXFusion's node ids are component objects; networkx gets their UUIDs,
                    # as MXFusion's own loader hands it.
                    links = g.get("links", g.get("edges", []))
                    plain = {"directed": True, "multigraph": True, "graph": {},
                             "nodes": [{"id": n["id"]["uuid"]} for n in g["nodes"]],
                             "links": [{"source": l["source"]["uuid"],
                                        "target": l["target"]["uuid"], "key": l["key"]}
                                       for l in links]}
                    G = nx.node_link_graph(plain, directed=True, multigraph=True)
                    ok = ok and G.number_of_nodes() == len(g["nodes"]) and "name" in g
                for name in ("mxnet_parameters.npz", "mxnet_constants.npz"):
                    with np.load(io.BytesIO(z.read(name))) as a, \
                            np.load(io.BytesIO(src.read(name))) as b:
                        ok = ok and a.files == b.files and all(
                            a[k].dtype == b[k].dtype and np.array_equal(a[k], b[k]) for k in a.files)
            check("convert %s -> inference.zip read by zipfile, numpy, networkx" % folder, ok,
                  r.stderr)
            r = run(cli, ["diff", out, source])
            check("%s migrates to its source archive (diff finds nothing)" % folder,
                  r.returncode == 0, r.stdout[-400:] + r.stderr)


def main():
    args = cli_parser("--real", "--data").parse_args()
    if os.path.isdir(args.real):
        check_real(args.cli, args.real)
    else:
        print("skipped the real MXNet files: %s is missing" % args.real)
    check_npz_to_params(args.cli)
    check_legacy(args.cli, args.data)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
