#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seeds each fuzz target's corpus (tests/fuzz/corpus/<target>/seed-*) from the test fixtures.
Inputs the fuzzers found later live beside the seeds and are kept.

Usage: make_seeds.py [TARGET...]   (default: every target)"""
import glob
import hashlib
import io
import json
import os
import struct
import sys
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "fixtures", "data")
corpus = os.path.join(here, "corpus")


wanted = set(sys.argv[1:])


def put(target, blob):
    if wanted and target not in wanted:
        return
    if len(blob) > 256 * 1024:
        return
    folder = os.path.join(corpus, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + hashlib.sha1(blob).hexdigest()[:16]), "wb") as f:
        f.write(blob)


for path in sorted(glob.glob(os.path.join(data, "**", "*"), recursive=True)):
    if os.path.isdir(path):
        continue
    blob = open(path, "rb").read()
    if path.endswith(".npy"):
        put("fuzz_npy", blob)
        put("fuzz_mxfusion", blob)
        continue
    put("fuzz_zip", blob)
    put("fuzz_mxfusion", blob)
    if path.endswith(".npz"):
        put("fuzz_npz", blob)
    try:
        z = zipfile.ZipFile(io.BytesIO(blob))
        for info in z.infolist():
            if info.file_size > 4 * 1024 * 1024:
                continue
            member = z.read(info)
            if info.filename.endswith(".npz"):
                put("fuzz_npz", member)
                for inner in zipfile.ZipFile(io.BytesIO(member)).infolist():
                    put("fuzz_npy", zipfile.ZipFile(io.BytesIO(member)).read(inner))
            elif info.filename.endswith(".npy"):
                put("fuzz_npy", member)
            elif info.filename == "graphs.json":
                put("fuzz_graphs_json", member)
                put("fuzz_json", member)
            elif info.filename.endswith(".json"):
                put("fuzz_json", member)
    except Exception:  # malformed fixtures are seeds too, just not unpacked
        pass


def safetensors_file(tensors, metadata=None, pad=True):
    """A safetensors file: {name: (dtype, shape, bytes)} in order, contiguous data."""
    header, data = {}, b""
    if metadata is not None:
        header["__metadata__"] = metadata
    for name, (dtype, shape, values) in tensors.items():
        header[name] = {"dtype": dtype, "shape": shape,
                        "data_offsets": [len(data), len(data) + len(values)]}
        data += values
    text = json.dumps(header, separators=(",", ":")).encode()
    if pad:
        text += b" " * ((8 - (8 + len(text)) % 8) % 8)
    return struct.pack("<Q", len(text)) + text + data


# fuzz_safetensors: valid files of every dtype and edge shape, plus the hostile shapes the
# reader refuses (the fuzzer mutates from both sides of each check).
sizes = {"BOOL": 1, "U8": 1, "I8": 1, "U16": 2, "I16": 2, "U32": 4, "I32": 4, "U64": 8, "I64": 8,
         "F16": 2, "BF16": 2, "F32": 4, "F64": 8}
every = {"t_" + d.lower(): (d, [2], bytes(range(2 * n))) for d, n in sizes.items()}
put("fuzz_safetensors", safetensors_file(every, {"format": "pt", "mxlens.names": "readable"}))
put("fuzz_safetensors", safetensors_file({"w": ("F32", [2, 3], struct.pack("<6f", *range(6))),
                                          "scalar": ("F64", [], struct.pack("<d", 0.5)),
                                          "empty": ("I64", [0, 4], b"")}))
put("fuzz_safetensors", safetensors_file({}, {"format": "pt"}))
put("fuzz_safetensors", safetensors_file({"x": ("F32", [1], b"\0\0\x80\x3f")}, pad=False))
put("fuzz_safetensors", safetensors_file(
    {"posterior.w.mean": ("F32", [1], b"\0" * 4)},
    {"mxlens.tensors": json.dumps({"posterior.w.mean": {"key": "83f0be4e", "group": "parameters"}})}))
good = safetensors_file({"a": ("F32", [1], b"\0" * 4), "b": ("F32", [1], b"\0" * 4)})
put("fuzz_safetensors", good[:-2])                                        # truncated data
put("fuzz_safetensors", struct.pack("<Q", 1 << 63) + good[8:])            # 2^63 length
put("fuzz_safetensors", good.replace(b'"b"', b'"a"'))                     # duplicate key
put("fuzz_safetensors", good.replace(b"[4,8]", b"[2,6]"))                 # overlap
put("fuzz_safetensors", good.replace(b"[1]", b"[1099511627776,1099511627776]", 1))  # overflow
put("fuzz_safetensors", struct.pack("<Q", 2002) + b"{" + b"[" * 1000 + b"]" * 1000 + b"}")

for target in sorted(os.listdir(corpus)):
    print(target, len(os.listdir(os.path.join(corpus, target))))
