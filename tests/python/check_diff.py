#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`mxlens-cli diff` against numpy: statuses of components and tensors, and the max-abs,
relative (L2) and cosine differences of changed tensors computed again with numpy.

check_diff.py --cli PATH --data tests/fixtures/data"""
import io
import json
import math
import os
import subprocess
import sys
import tempfile
import zipfile

import numpy as np

from checklib import check, cli_parser, finish, run


def diff(cli, a, b):
    r = run(cli, ["diff", a, b, "--json"])
    try:
        return r.returncode, json.loads(r.stdout), r.stderr
    except ValueError:
        return r.returncode, {}, r.stderr


def number(v):
    return {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}.get(v, v)


def close(x, y):
    return (math.isnan(x) and math.isnan(y)) or math.isclose(x, y, rel_tol=1e-9, abs_tol=1e-12)


def check_archives(cli, data):
    gp = os.path.join(data, "mxfusion", "gp_regression.zip")
    rc, out, err = diff(cli, gp, gp)
    check("diff of an archive with itself", rc == 0 and out.get("identical") is True
          and out.get("pairing") == "id", err or str(out.get("summary")))
    with tempfile.TemporaryDirectory() as tmp:
        with np.load(io.BytesIO(zipfile.ZipFile(gp).read("mxnet_parameters.npz"))) as z:
            key = z.files[0]  # any stored parameter
        dropped = os.path.join(tmp, "dropped.zip")
        subprocess.run([cli, "export", gp, "-o", dropped, "--drop", key], check=True,
                       capture_output=True)
        rc, out, err = diff(cli, gp, dropped)
        removed = [t for t in out.get("tensors", []) if t["status"] == "removed"]
        check("diff after a dropped tensor", rc == 1 and len(out["tensors"]) == 1
              and len(removed) == 1 and removed[0]["a"] == key and not out["components"],
              err or json.dumps(out)[:400])
    current = os.path.join(data, "pairs", "gp_current.zip")
    rc, out, err = diff(cli, gp, current)
    s = out.get("summary", {})
    check("two saves with fresh UUIDs are paired by matching",
          out.get("pairing") == "matched" and s.get("same", 0) > 0
          and not [c for c in out.get("components", []) if c["status"] in ("added", "removed")],
          err or json.dumps(out)[:600])


def check_values(cli):
    rng = np.random.default_rng(3)
    w = rng.standard_normal((50, 4)).astype(np.float32)
    a = {"w": w, "same": np.arange(10.0), "c": np.array([1 + 2j, 3 - 1j], dtype=np.complex64),
         "zeros": np.zeros(3), "shape": np.ones((2, 3)), "gone": np.ones(2)}
    b = {"w": (w + rng.standard_normal((50, 4)) * 0.01).astype(np.float32),
         "same": np.arange(10.0), "c": np.array([1 + 2.5j, 3 - 1j], dtype=np.complex64),
         "zeros": np.array([0.0, 1.0, 0.0]), "shape": np.ones((3, 2)), "new": np.ones(1)}
    with tempfile.TemporaryDirectory() as tmp:
        pa, pb = os.path.join(tmp, "a.npz"), os.path.join(tmp, "b.npz")
        np.savez(pa, **a)
        np.savez(pb, **b)
        rc, out, err = diff(cli, pa, pb)
        got = {(t["a"] or t["b"]): t for t in out.get("tensors", [])}
        check("diff of two npz exits 1", rc == 1, err)
        check("statuses", {k: t["status"] for k, t in got.items()} == {
            "w": "changed", "c": "changed", "zeros": "changed", "shape": "changed",
            "gone": "removed", "new": "added"}, json.dumps(got)[:600])
        for k in ("w", "c", "zeros"):
            x = a[k].astype(np.complex128).ravel()
            y = b[k].astype(np.complex128).ravel()
            d = np.abs(x - y)
            na, nb = np.linalg.norm(x), np.linalg.norm(y)
            want_rel = np.linalg.norm(x - y) / na if na else math.inf
            want_cos = np.real(np.vdot(x, y)) / (na * nb) if na and nb else math.nan
            t = got.get(k, {})
            ok = t and close(number(t["max_abs"]), float(d.max())) and \
                close(number(t["relative"]), float(want_rel)) and close(number(t["cosine"]), float(want_cos))
            check("values of " + k, ok, json.dumps(t))
        check("a shape change is noted, not compared", got.get("shape", {}).get("max_abs") is None
              and "(2, 3)" in got.get("shape", {}).get("note", ""), json.dumps(got.get("shape")))


def main():
    args = cli_parser("--data").parse_args()
    check_archives(args.cli, args.data)
    check_values(args.cli)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
