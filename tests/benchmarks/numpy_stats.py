#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline for `mxlens-cli info --json --stats`: numpy doing the same work on an MXFusion
archive: load every array, SHA-256 of its values, min/max/mean and the NaN count."""
import hashlib
import io
import json
import sys
import zipfile

import numpy as np

out = []
with zipfile.ZipFile(sys.argv[1]) as z:
    for member in ("mxnet_parameters.npz", "mxnet_constants.npz"):
        with np.load(io.BytesIO(z.read(member))) as npz:
            for key in npz.files:
                a = npz[key]
                out.append({"key": key, "sha256": hashlib.sha256(a.tobytes()).hexdigest(),
                            "min": float(np.nanmin(a)) if a.size else None,
                            "max": float(np.nanmax(a)) if a.size else None,
                            "mean": float(np.nanmean(a)) if a.size else None,
                            "nan": int(np.isnan(a).sum())})
json.dump(out, sys.stdout)
