#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The baseline for `mxl_bench npzlist`: numpy listing an npz the way a script does,
np.load(f).files, then each member's npy header (dtype, shape, order) without its values.
Prints the best of 3 in-process times (seconds, interpreter start and imports excluded) and the
number of headers read."""
import sys
import time

import numpy as np
from numpy.lib import format as npformat


def list_headers(path):
    headers = []
    with np.load(path) as npz:
        for key in npz.files:
            with npz.zip.open(key + ".npy") as fp:
                version = npformat.read_magic(fp)
                if version == (1, 0):
                    headers.append(npformat.read_array_header_1_0(fp))
                else:
                    headers.append(npformat.read_array_header_2_0(fp))
    return headers


best, count = float("inf"), 0
for _ in range(3):
    start = time.perf_counter()
    count = len(list_headers(sys.argv[1]))
    best = min(best, time.perf_counter() - start)
print("%.4f %d" % (best, count))
