#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""check_safetensors.py --cli MXLENS_CLI --data tests/fixtures/data [--real tests/fixtures/real/mxnet-real]

Issue 17: `mxlens-cli convert FILE -o OUT.safetensors|OUT.npz`, checked against a safetensors
reader written here from the format description (struct + json + numpy, no safetensors
package) and against numpy's own reading of every source it can read:
  - every readable fixture converts (or is refused, exit 2, when it holds complex values or an
    unreadable tensor); the reader finds the documented layout (8-byte length, JSON header
    padded to 8 bytes, data contiguous and in header order, nothing after) and the values equal
    numpy's reading of the source (npy, npz, MXFusion npz members) and the SHA-256 that
    `info --json --stats` prints for the source (every format);
  - names: unique, equal to `info --json`'s "name", the same bytes on a second run, and
    __metadata__ maps each one to the stored key;
  - round trips: archive -> safetensors -> npz (numpy reads it; UUID keys back) and
    checkpoint -> safetensors -> params (arg:/aux: keys back), compared by SHA-256;
  - `info`, `diff`, `tensor -o` work on a safetensors file;
  - hostile safetensors files fail with exit 2 and a message that names the file and what
    was expected."""
import hashlib
import io
import json
import os
import struct
import sys
import tempfile
import zipfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklib import check, cli_parser, finish, run  # noqa: E402

DTYPES = {"BOOL": "|b1", "U8": "|u1", "I8": "|i1", "U16": "<u2", "I16": "<i2", "U32": "<u4",
          "I32": "<i4", "U64": "<u8", "I64": "<i8", "F16": "<f2", "F32": "<f4", "F64": "<f8",
          "BF16": "<u2"}  # numpy has no bfloat16: its bits, as they are


def read_safetensors(path):
    """(metadata, [(name, dtype name, array)]) per the format description; raises on anything
    the description does not allow."""
    blob = open(path, "rb").read()
    n = struct.unpack("<Q", blob[:8])[0]
    assert 8 + n <= len(blob), "header length past the end"
    assert (8 + n) % 8 == 0, "data does not start 8-byte aligned (8 + %d)" % n
    text = blob[8:8 + n].decode("utf-8")
    assert text.startswith("{") and text.rstrip(" ") == text.rstrip(), "padding is not spaces"
    pairs = json.loads(text, object_pairs_hook=lambda kv: kv)
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    metadata, tensors, expected = {}, [], 0
    data = blob[8 + n:]
    for name, entry in pairs:
        if name == "__metadata__":
            metadata = dict(entry)
            assert all(isinstance(v, str) for v in metadata.values())
            continue
        entry = dict(entry)
        begin, end = entry["data_offsets"]
        assert begin == expected, "%s: data not contiguous and in order (%d, expected %d)" % (
            name, begin, expected)
        shape = tuple(entry["shape"])
        dt = np.dtype(DTYPES[entry["dtype"]])
        count = int(np.prod(shape, dtype=np.int64)) if shape else 1
        assert end - begin == count * dt.itemsize, "%s: size disagrees with shape" % name
        tensors.append((name, entry["dtype"],
                        np.frombuffer(data[begin:end], dtype=dt).reshape(shape)))
        expected = end
    assert expected == len(data), "bytes after the last tensor"
    return metadata, tensors


def le_bytes(a):
    """C-order little-endian bytes of an array, what the SHA-256 of `info --stats` hashes."""
    a = np.ascontiguousarray(a)
    return a.astype(a.dtype.newbyteorder("<")).tobytes()


def sha(a):
    return hashlib.sha256(le_bytes(a)).hexdigest()


def numpy_source(path):
    """{stored key: array} as numpy reads the source, or None where numpy cannot read it."""
    if path.endswith(".npy"):
        return {os.path.splitext(os.path.basename(path))[0]: np.load(path)}
    if path.endswith(".npz"):
        with np.load(path) as z:
            return {k: z[k] for k in z.files}
    if path.endswith(".zip") and zipfile.is_zipfile(path):
        out = {}
        with zipfile.ZipFile(path) as z:
            for member in ("mxnet_parameters.npz", "mxnet_constants.npz"):
                if member in z.namelist():
                    with np.load(io.BytesIO(z.read(member))) as npz:
                        out.update({k: npz[k] for k in npz.files})
        return out
    return None


def info(cli, path, stats=True):
    r = run(cli, ["info", path, "--json"] + (["--stats"] if stats else []), timeout=120)
    if r.returncode not in (0, 1):
        return None
    return json.loads(r.stdout)


def sources(data):
    out = []
    for sub in ["mxfusion", "npy", "npz", "mxnet"]:
        folder = os.path.join(data, sub)
        for name in sorted(os.listdir(folder)):
            path = os.path.join(folder, name)
            if os.path.isfile(path) and not name.endswith("-symbol.json"):
                out.append(path)
    for save in sorted(os.listdir(os.path.join(data, "legacy"))):
        folder = os.path.join(data, "legacy", save)
        if os.path.isdir(folder):
            jsons = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
            if jsons:
                out.append(os.path.join(folder, jsons[0]))
    return out


def check_every_source(cli, data, tmp):
    for src in sources(data):
        where = os.path.relpath(src, data)
        described = info(cli, src)
        if described is None:
            continue  # unreadable: the malformed checks elsewhere own it
        out = os.path.join(tmp, where.replace("/", "_") + ".safetensors")
        r = run(cli, ["convert", src, "-o", out], timeout=120)
        tensors = described["tensors"]
        complex_ = any((t.get("dtype") or "").startswith("complex") for t in tensors)
        broken = any("error" in t for t in tensors)
        if complex_ or broken:
            check(where, r.returncode == 2 and "error:" in r.stderr and not os.path.exists(out)
                  and (not complex_ or broken or "complex" in r.stderr),
                  "expected a refusal (exit 2), got %d: %s" % (r.returncode, r.stderr))
            continue
        if not check_ok(where, r):
            continue
        try:
            metadata, written = read_safetensors(out)
        except Exception as e:  # noqa: BLE001 - any deviation from the description fails
            check(where, False, "the reader refuses it: %r" % e)
            continue
        names = [n for n, _, _ in written]
        check(where + " names", names == [t["name"] for t in tensors] and
              len(set(names)) == len(names), "%r vs %r" % (names, [t["name"] for t in tensors]))
        mapping = json.loads(metadata.get("mxlens.tensors", "{}"))
        check(where + " metadata", metadata.get("mxlens.source") == os.path.basename(src) and
              metadata.get("mxlens.names") == "readable" and
              [mapping[n]["key"] for n in names] == [t["key"] for t in tensors] and
              [mapping[n]["group"] for n in names] == [t["group"] for t in tensors],
              "%r" % metadata)
        check(where + " sha256", [sha(a) for _, _, a in written] ==
              [t["sha256"] for t in tensors], "values differ from the source's")
        theirs = numpy_source(src)
        if theirs is not None:
            ok = True
            for (name, dtype, a), t in zip(written, tensors):
                b = theirs[t["key"]]
                ok = ok and a.shape == b.shape and le_bytes(a) == le_bytes(b) and \
                    np.dtype(DTYPES[dtype]).str.lstrip("<|") == b.dtype.newbyteorder("<").str.lstrip("<|")
            check(where + " against numpy", ok, "dtype, shape or values differ from numpy's")
        # Stable: a second run writes the same bytes.
        again = out + ".again.safetensors"
        r2 = run(cli, ["convert", src, "-o", again], timeout=120)
        check(where + " stable", r2.returncode == 0 and
              open(out, "rb").read() == open(again, "rb").read(), r2.stderr)


def check_ok(where, r):
    check(where, r.returncode == 0, "exit %d: %s" % (r.returncode, r.stderr))
    return r.returncode == 0


def check_round_trips(cli, data, real, tmp):
    # archive -> safetensors -> npz: numpy reads the npz under the archive's UUIDs.
    for name in ["bnn_meanfield.zip", "gp_regression.zip", "simple_normal.zip"]:
        src = os.path.join(data, "mxfusion", name)
        st, npz = os.path.join(tmp, name + ".safetensors"), os.path.join(tmp, name + ".npz")
        ok = check_ok(name + " -> safetensors", run(cli, ["convert", src, "-o", st]))
        ok = ok and check_ok(name + " safetensors -> npz", run(cli, ["convert", st, "-o", npz]))
        if not ok:
            continue
        a, c = info(cli, src), info(cli, npz)
        b = info(cli, st)
        with np.load(npz) as z:
            theirs = {k: z[k] for k in z.files}
        source = numpy_source(src)
        check(name + " round trip keys", list(theirs) == [t["key"] for t in a["tensors"]] ==
              [t["key"] for t in c["tensors"]], "%r" % list(theirs))
        check(name + " round trip values (numpy)",
              all(le_bytes(theirs[k]) == le_bytes(source[k]) and theirs[k].dtype == source[k].dtype
                  for k in theirs))
        check(name + " round trip sha256", [t["sha256"] for t in a["tensors"]] ==
              [t["sha256"] for t in b["tensors"]] == [t["sha256"] for t in c["tensors"]])
        # diff pairs the safetensors file's tensors with the archive's.
        r = run(cli, ["diff", src, st, "--json"])
        d = json.loads(r.stdout) if r.stdout.startswith("{") else {}
        unpaired = [t for t in d.get("tensors", []) if t.get("status") != "same"]
        check(name + " diff archive safetensors", "tensors" in d and not unpaired,
              "%r" % unpaired[:3])
        # --names readable in an npz; stored keys in a safetensors file.
        rn = os.path.join(tmp, name + ".readable.npz")
        if check_ok(name + " -> npz --names readable",
                    run(cli, ["convert", src, "-o", rn, "--names", "readable"])):
            with np.load(rn) as z:
                check(name + " readable npz keys", z.files == [t["name"] for t in a["tensors"]])
        ss = os.path.join(tmp, name + ".stored.safetensors")
        if check_ok(name + " -> safetensors --names stored",
                    run(cli, ["convert", src, "-o", ss, "--names", "stored"])):
            _, written = read_safetensors(ss)
            check(name + " stored safetensors keys",
                  [n for n, _, _ in written] == [t["key"] for t in a["tensors"]])

    # checkpoint -> safetensors -> params: arg:/aux: keys come back from the metadata.
    checkpoints = [os.path.join(data, "mxnet", "prefixes-0003.params")]
    det1 = os.path.join(real, "mtcnn-det1", "det1-0001.params") if real else None
    if det1 and os.path.exists(det1):
        checkpoints.append(det1)
    for src in checkpoints:
        name = os.path.basename(src)
        st = os.path.join(tmp, name + ".safetensors")
        back = os.path.join(tmp, "back-" + name)
        ok = check_ok(name + " -> safetensors", run(cli, ["convert", src, "-o", st]))
        ok = ok and check_ok(name + " safetensors -> params", run(cli, ["convert", st, "-o", back]))
        if not ok:
            continue
        a, b = info(cli, src), info(cli, back)
        _, written = read_safetensors(st)
        check(name + " readable names drop arg:/aux:",
              [n for n, _, _ in written] == [t["key"].split(":", 1)[-1] for t in a["tensors"]])
        check(name + " round trip keys", [t["key"] for t in a["tensors"]] ==
              [t["key"] for t in b["tensors"]], "%r" % [t["key"] for t in b["tensors"]])
        check(name + " round trip sha256", [t["sha256"] for t in a["tensors"]] ==
              [t["sha256"] for t in b["tensors"]])

    # tensor -o on a safetensors file.
    st = os.path.join(tmp, "bnn_meanfield.zip.safetensors")
    if os.path.exists(st):
        _, written = read_safetensors(st)
        name, _, a = written[2]
        out = os.path.join(tmp, "one.npy")
        r = run(cli, ["tensor", st, name, "-o", out])
        check("tensor -o from safetensors", r.returncode == 0 and os.path.exists(out) and
              le_bytes(np.load(out)) == le_bytes(a), r.stderr)


def hostile_files():
    def st(header, data=b"", length=None):
        h = header if isinstance(header, bytes) else json.dumps(header).encode()
        return struct.pack("<Q", len(h) if length is None else length) + h + data

    one = struct.pack("<f", 1.0)
    e = lambda b, e_, shape=(1,), dtype="F32": {"dtype": dtype, "shape": list(shape),  # noqa: E731
                                                "data_offsets": [b, e_]}
    return [
        ("length past the end", st(b"{}", length=1000), "1000 bytes of JSON"),
        ("length 2^63", st(b"{}", length=1 << 63), "9223372036854775808 bytes"),
        ("too short", b"\x01\x02", "8-byte header length"),
        ("not an object", st(b"[1]"), "start with '{'"),
        ("JSON bomb", st(b'{"a":' + b"[" * 50000 + b"]" * 50000 + b"}"), "deeper than"),
        ("duplicate keys", st(b'{"w":' + json.dumps(e(0, 4)).encode() + b',"w":' +
                              json.dumps(e(4, 8)).encode() + b"}", one * 2), "listed twice"),
        ("overlap", st({"a": e(0, 8, (2,)), "b": e(4, 12, (2,))}, one * 3), "overlap"),
        ("gap", st({"a": e(0, 4), "b": e(8, 12)}, one * 3), "belong to no tensor"),
        ("begin after end", st({"a": e(4, 0, (0,))}, one), "end before they begin"),
        ("offsets past the data", st({"a": e(0, 8, (2,))}, one), "past the end of the data"),
        ("trailing bytes", st({"a": e(0, 4)}, one * 2), "after the last tensor"),
        ("shape overflow", st({"a": e(0, 4, (1 << 40, 1 << 40))}, one), "more bytes than 2^63"),
        ("unknown dtype", st({"a": e(0, 1, (1,), "F8_E4M3")}, b"\0"), "unsupported dtype"),
        ("metadata not strings", st({"__metadata__": {"epoch": 3}}), "to be a string"),
    ]


def check_hostile(cli, tmp):
    for what, blob, says in hostile_files():
        path = os.path.join(tmp, "hostile-%s.safetensors" % what.replace(" ", "_").replace("^", ""))
        with open(path, "wb") as f:
            f.write(blob)
        for cmd in (["info", path], ["convert", path, "-o", path + ".npz"]):
            r = run(cli, cmd)
            check("hostile %s (%s)" % (what, cmd[0]),
                  r.returncode == 2 and "error: " + path in r.stderr and says in r.stderr and
                  "Traceback" not in r.stderr, "exit %d: %s" % (r.returncode, r.stderr.strip()))
        # The reader written here refuses the same files (the checks are the description's).
        try:
            read_safetensors(path)
            refused = False
        except Exception:  # noqa: BLE001
            refused = True
        check("hostile %s (python reader)" % what, refused or what in ("unknown dtype",
                                                                       "metadata not strings",
                                                                       "shape overflow"))


def main():
    ap = cli_parser("--data")
    ap.add_argument("--real", default=None)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        check_every_source(a.cli, a.data, tmp)
        check_round_trips(a.cli, a.data, a.real, tmp)
        check_hostile(a.cli, tmp)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
