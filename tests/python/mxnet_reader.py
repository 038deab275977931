# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small reader of MXNet NDArray lists (.params, .nd) written from mxnet README §2
(core/formats/mxnet/README.md), independent of mxlens: for the checks of what the CLI writes
(check_mxnet.py, check_file_faults.py) and the expectations of the GUI fixtures
(tests/gui/make_gui_fixtures.py imports it by path)."""
import struct

import numpy as np


# Type flags 0-12 (mxnet README §2.9); bfloat16 (12) has no numpy dtype.
FLAGS = {0: "<f4", 1: "<f8", 2: "<f2", 3: "|u1", 4: "<i4", 5: "|i1", 6: "<i8", 7: "|b1",
         8: "<i2", 9: "<u2", 10: "<u4", 11: "<u8"}


def read_params(data):
    """Dense V0-V3 records of an NDArray list -> (names, arrays, versions)."""
    pos = 0

    def take(fmt):
        nonlocal pos
        values = struct.unpack_from("<" + fmt, data, pos)
        pos += struct.calcsize("<" + fmt)
        return values

    magic, _reserved, n = take("QQQ")
    assert magic == 0x112, "list magic"
    arrays, versions = [], []
    for _ in range(n):
        (first,) = take("I")
        if first in (0xF993FAC9, 0xF993FACA):
            version = 2 if first == 0xF993FAC9 else 3
            (stype,) = take("i")
            assert stype == 0, "dense only"
            (ndim,) = take("i")
            shape = take("%dq" % ndim) if ndim > 0 else ()
        elif first == 0xF993FAC8:
            version = 1
            (ndim,) = take("I")
            shape = take("%dq" % ndim)
        else:
            version, ndim = 0, first
            shape = take("%dI" % ndim)
        take("ii")  # context
        (flag,) = take("i")
        dtype = np.dtype(FLAGS[flag])
        count = int(np.prod(shape)) if shape else 1
        arrays.append(np.frombuffer(data, dtype, count, pos).reshape(shape))
        pos += count * dtype.itemsize
        versions.append(version)
    (k,) = take("Q")
    names = []
    for _ in range(k):
        (length,) = take("Q")
        names.append(data[pos:pos + length].decode())
        pos += length
    assert pos == len(data), "trailing bytes"
    return names, arrays, versions
