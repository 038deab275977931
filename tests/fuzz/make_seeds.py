#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Seeds each fuzz target's corpus (tests/fuzz/corpus/<target>/seed-*) from the test fixtures.
Inputs the fuzzers found later live beside the seeds and are kept."""
import glob
import hashlib
import io
import os
import zipfile

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "..", "fixtures", "data")
corpus = os.path.join(here, "corpus")


def put(target, blob):
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
for target in sorted(os.listdir(corpus)):
    print(target, len(os.listdir(os.path.join(corpus, target))))
