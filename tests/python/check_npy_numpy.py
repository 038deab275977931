#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Differential test of the .npy header reader against numpy's np.load (numpy 1.24).

Generates, from a fixed seed, a few thousand .npy files (valid ones as numpy writes them, and
mutations of their headers: spellings numpy accepts, and text it refuses) and a smaller set of
.npz files holding such members, then runs `mxlens-cli info --json --stats` on each and
compares with np.load(allow_pickle=False):

- both read: dtype, shape and the SHA-256 of the values as C-order little-endian bytes agree;
- numpy refuses: mxlens refuses too (or lists an error problem), never shows values silently;
- numpy reads, mxlens refuses: allowed only for mxlens's deliberate refusals (unsupported
  dtypes, rare spellings), whose messages say so; a message claiming "numpy refuses it too"
  must be true.

Run with Debian's interpreter: check_npy_numpy.py --cli PATH/mxlens-cli [--count N] [--keep DIR]
"""
import argparse
import collections
import concurrent.futures
import hashlib
import io
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import warnings
import zipfile

import numpy as np

warnings.simplefilter("ignore")

MAGIC = b"\x93NUMPY"
DTYPES = ["|b1", "|i1", "|u1", "<i2", ">i2", "<u2", "<i4", ">i4", "<u4", "<i8", ">i8", "<u8",
          ">u8", "<f2", ">f2", "<f4", ">f4", "<f8", ">f8", "<c8", ">c8", "<c16", ">c16"]
# Accepted by numpy, refused by mxlens on purpose (not numeric, or long double).
UNSUPPORTED = ["<U3", "|S4", "|V4", "<M8[ns]", "<m8[s]", "<f16", "<c32"]
# numpy.dtype spellings for each supported type, probed against numpy 1.24; the generator
# checks each against numpy before using it.
ALIASES = {
    "bool": ["?", "|?", "<?", "b1", "=b1", "bool", "bool_", "bool8", "b01", "\\x00"],
    "int8": ["b", "|b", "i1", "int8", "byte", "<i1", ">i1", "i01"],
    "uint8": ["B", "u1", "uint8", "ubyte", "|B", "\\x02"],
    "int16": ["<h", "h", "int16", "short", "i2", "<i 2", "<i+2"],
    "uint16": ["<H", "H", "uint16", "ushort", "=u2"],
    "int32": ["<i", "i", "int32", "intc", "i4", "<i04", "i\\t4", "\\x05"],
    "uint32": ["<I", "I", "uint32", "uintc", "|u4"],
    "int64": ["<l", "<q", "<p", "int64", "int", "int_", "intp", "long", "longlong", "int0",
              "i8", "\\t"],
    "uint64": ["<L", "<Q", "<P", "uint64", "uint", "uintp", "ulonglong", "uint0", "\\n"],
    "float16": ["<e", "e", "float16", "half", "f2", "|f2", "\\x17"],
    "float32": ["<f", "f", "float32", "single", "f4", "<f 4", "<f+4", "=f4", "\\x0b",
                "1f4", "f4,", "<1f4"],
    "float64": ["<d", "d", "float64", "double", "float", "float_", "f8", "<f08", "\\x0c"],
    "complex64": ["<F", "F", "complex64", "csingle", "singlecomplex", "c8"],
    "complex128": ["<D", "D", "complex128", "complex", "cdouble", "cfloat", "complex_",
                   "c16"],
}
BAD_DESCRS = ["<f2 ", " <f4", "<f4\\x00", "<x4", "<f3", "<i16", "<", "", "f0", "<float32",
              "Float32", "<f4,", "(1,)f4", "<b2", "!f4", "<f-4", "O", "|O", "<f4 4"]


def wrap(d, version=(1, 0), align=64):
    """Header text as numpy's _wrap_header writes it, padded to `align`."""
    body = "{" + "".join("'%s': %s, " % (k, v) for k, v in d) + "}"
    prefix = 10 if version[0] == 1 else 12
    pad = -(prefix + len(body) + 1) % align
    return body + " " * pad + "\n"


def npy_bytes(header, data, version=(1, 0), length=None, encoding="latin1"):
    h = header.encode(encoding) if isinstance(header, str) else header
    n = len(h) if length is None else length
    if version[0] == 1:
        lenbytes = struct.pack("<H", n & 0xFFFF)
    else:
        lenbytes = struct.pack("<I", n & 0xFFFFFFFF)
    return MAGIC + bytes(version) + lenbytes + h + data


def random_array(rng):
    descr = rng.choice(DTYPES)
    ndim = rng.choice([0, 1, 1, 2, 2, 3, 4])
    shape = tuple(rng.choice([0, 1, 1, 2, 3, 4, 5]) if rng.random() < 0.9 else 0
                  for _ in range(ndim))
    dt = np.dtype(descr)
    n = int(np.prod(shape)) if shape else 1
    if dt.kind == "b":
        a = np.array([rng.random() < 0.5 for _ in range(n)], dtype=dt)
    else:
        raw = rng.randbytes(n * dt.itemsize)
        a = np.frombuffer(raw, dtype=dt).copy()
    a = a.reshape(shape)
    if ndim > 1 and rng.random() < 0.25:
        a = np.asfortranarray(a)
    return a


def base_parts(a):
    fortran = a.flags.f_contiguous and not a.flags.c_contiguous
    order = "F" if fortran else "C"
    data = a.tobytes(order=order)
    return {"descr": repr(np.lib.format.dtype_to_descr(a.dtype)),
            "fortran_order": repr(bool(fortran)), "shape": repr(tuple(a.shape))}, data


def entries(parts, order=("descr", "fortran_order", "shape")):
    return [(k, parts[k]) for k in order]


# The descr d spelled as other Python string literals np.load accepts (or must refuse).
SPELLINGS = {
    "triple": lambda d: "'''%s'''" % d,
    "dtriple": lambda d: '"""%s"""' % d,
    "concat": lambda d: "'%s' \n '%s'" % (d[:1], d[1:]),
    "escape_x": lambda d: "'" + "".join("\\x%02x" % ord(c) for c in d) + "'",
    "escape_octal": lambda d: "'" + "".join("\\%o" % ord(c) for c in d) + "'",
    "escape_u": lambda d: "'" + "".join("\\u%04x" % ord(c) for c in d) + "'",
    "escape_N": lambda d: "'\\N{LESS-THAN SIGN}%s'" % d[1:],
    "escape_unknown": lambda d: "'\\q%s'" % d,
    "newline_in": lambda d: "'%s\n'" % d,
    "unterminated": lambda d: "'%s" % d,
    "bytes_concat": lambda d: "b'%s' '%s'" % (d[:1], d[1:]),
}


def sprinkle(rng, text, after, chance, insert):
    """text with insert() added after each of its characters in `after`, at that chance."""
    out = []
    for ch in text:
        out.append(ch)
        if ch in after and rng.random() < chance:
            out.append(insert())
    return "".join(out)


def mutate(rng, a, version):
    """One mutated (or valid) .npy as (kind, bytes)."""
    parts, data = base_parts(a)
    ver = version
    kind = rng.choice(MUTATIONS)
    length = None
    enc = "utf8" if ver[0] == 3 else "latin1"
    shape = a.shape
    header = None

    def body(p=parts, order=("descr", "fortran_order", "shape"), sep=", ", trail=", ",
             kq="'"):
        inner = sep.join("%s%s%s: %s" % (kq, k, kq, p[k]) for k in order)
        return "{" + inner + trail + "}"

    if kind == "valid":
        header = wrap(entries(parts), ver)
    elif kind == "valid_unaligned":
        header = body() + "\n"
    elif kind == "junk_after":
        junk = rng.choice(["xyz", "}", "\x00", "\x00" * 7, ";", "{}", ",", " )", "#ok", "\\",
                           " # c", "\t", "\r", "\r\n", "\n\n", "\n  ", "\n x", "\n#x\n",
                           "\f", "\v", "\xa0", "\x85", "'", " \\\n", "1", "L"])
        header = body() + junk + " " * rng.randint(0, 5) + rng.choice(["\n", ""])
    elif kind == "second_dict":
        header = body() + " " + body() + "\n"
    elif kind == "nul_padding":
        h = wrap(entries(parts), ver)
        header = h.rstrip(" \n") + "\x00" * (len(h) - len(h.rstrip(" \n")) - 1) + "\n"
    elif kind == "len_past_padding":
        header = wrap(entries(parts), ver)
        hb = header.encode(enc)
        extra = rng.randint(1, 16)
        return kind, npy_bytes(hb, data, ver, len(hb) + extra)
    elif kind == "len_short":
        header = wrap(entries(parts), ver)
        hb = header.encode(enc)
        return kind, npy_bytes(hb, data, ver, max(0, len(hb) - rng.randint(1, 70)))
    elif kind == "version":
        header = wrap(entries(parts), ver)
        major = rng.choice([0, 1, 2, 3, 4, 255])
        minor = rng.choice([0, 0, 1, 2, 255])
        hb = header.encode(enc)
        lenb = struct.pack("<H", len(hb)) if major == 1 else struct.pack("<I", len(hb))
        return kind, MAGIC + bytes([major, minor]) + lenb + hb + data
    elif kind == "descr_alias":
        name = a.dtype.newbyteorder("=").name if a.dtype.byteorder != ">" else None
        if name is None or a.dtype.kind == "b":
            name = a.dtype.name
        alias = rng.choice(ALIASES[name])
        p = dict(parts, descr=repr(alias).replace("\\\\", "\\"))
        if a.dtype.byteorder == ">":
            p["descr"] = "'>%s'" % a.dtype.str[1:]
        header = body(p) + "\n"
    elif kind == "descr_bad":
        p = dict(parts, descr="'%s'" % rng.choice(BAD_DESCRS))
        header = body(p) + "\n"
    elif kind == "descr_unsupported":
        dt = np.dtype(rng.choice(UNSUPPORTED))
        n = int(np.prod(shape)) if shape else 1
        data = rng.randbytes(n * dt.itemsize)
        p = dict(parts, descr=repr(dt.str), fortran_order="False")
        header = wrap(entries(p), ver)
    elif kind == "descr_structured":
        p = dict(parts, descr=rng.choice(["[('a', '<f4')]", "('<f4', (1,))", "[('a', '<f4'), "
                                          "('b', '<i4')]", "b'<f4'", "None", "['<f4']"]))
        header = body(p) + "\n"
    elif kind == "shape_spelling":
        dims = list(shape)
        choice = rng.choice(["paren_int", "list", "hex", "underscore", "L", "plus", "minus0",
                             "leading0", "nested", "bool", "float", "negative", "spaces",
                             "trailing_comma_none", "double_neg", "binop", "octal", "binary",
                             "empty_comma"])
        if choice == "paren_int" and len(dims) == 1:
            s = "(%d)" % dims[0]
        elif choice == "list":
            s = repr(dims)
        elif choice == "hex":
            s = "(" + "".join("0x%x, " % d for d in dims) + ")"
        elif choice == "octal":
            s = "(" + "".join("0o%o, " % d for d in dims) + ")"
        elif choice == "binary":
            s = "(" + "".join("0b%s, " % bin(d)[2:] for d in dims) + ")"
        elif choice == "underscore" and dims:
            s = "(" + "".join("%s_%s, " % (str(d)[:1], str(d)[1:] or "0") for d in dims) + ")"
        elif choice == "L":
            s = "(" + "".join("%dL, " % d for d in dims) + ")"
        elif choice == "plus":
            s = "(" + "".join("+%d, " % d for d in dims) + ")"
        elif choice == "minus0":
            s = "(" + "".join(("-%d, " if d == 0 else "%d, ") % d for d in dims) + ")"
        elif choice == "leading0":
            s = "(" + "".join("0%d, " % d for d in dims) + ")"
        elif choice == "nested":
            s = "((%s))" % parts["shape"]
        elif choice == "bool" and dims:
            s = "(" + ", ".join("True" if d == 1 else str(d) for d in dims) + ",)"
        elif choice == "float" and dims:
            s = "(" + ", ".join("%d.0" % d for d in dims) + ",)"
        elif choice == "negative" and dims:
            s = "(" + ", ".join("-%d" % d for d in dims) + ",)"
        elif choice == "double_neg" and dims:
            s = "(" + ", ".join("-(-%d)" % d for d in dims) + ",)"
        elif choice == "binop" and dims:
            s = "(" + ", ".join("%d+0" % d for d in dims) + ",)"
        elif choice == "empty_comma":
            s = "(,)"
        elif choice == "trailing_comma_none":
            s = "(" + "".join("%d, " % d for d in dims) + "None)"
        else:
            s = "(" + " , ".join(str(d) for d in dims) + (" ," if len(dims) == 1 else "") + ")"
        header = body(dict(parts, shape=s)) + "\n"
    elif kind == "shape_size":
        dt = a.dtype
        choice = rng.choice(["dims32", "dims33", "zero_huge", "zero_max", "huge", "big_int",
                             "overflow_product", "zero_ok"])
        if choice == "dims32":
            s = repr((1,) * 31 + (max(shape[-1:] + (1,)),))
            n = 1
            s = repr((1,) * 32)
        elif choice == "dims33":
            s = repr((1,) * 33)
        elif choice == "zero_huge":
            s = "(0, %d)" % (2 ** 63 - 1)
        elif choice == "zero_max":
            s = "(0, %d)" % ((2 ** 63 - 1) // dt.itemsize)
        elif choice == "zero_ok":
            s = "(0, %d, %d)" % (2 ** 20, 2 ** 20)
        elif choice == "huge":
            s = "(%d,)" % (2 ** 40)
        elif choice == "big_int":
            s = "(%d,)" % (2 ** 64 + 3)
        else:
            s = "(%d, %d)" % (2 ** 32, 2 ** 32)
        p = dict(parts, shape=s, fortran_order="False")
        header = body(p) + "\n"
        if choice == "dims32":
            data = data[:dt.itemsize] if len(data) >= dt.itemsize else bytes(dt.itemsize)
    elif kind == "keys":
        choice = rng.choice(["order", "dup", "dup_bad_first", "extra", "missing", "dq", "bytes",
                             "nonstr", "empty", "set", "not_dict", "paren_dict", "unhashable"])
        keys = ["descr", "fortran_order", "shape"]
        if choice == "order":
            rng.shuffle(keys)
            header = body(order=keys, trail=rng.choice(["", ", ", ",", " ,"])) + "\n"
        elif choice == "dup":
            header = "{'shape': (7, 7), " + body()[1:] + "\n"
        elif choice == "dup_bad_first":
            header = "{'shape': 1.5, 'descr': [1], " + body()[1:] + "\n"
        elif choice == "extra":
            header = body()[:-1] + "'x': 1, }\n"
        elif choice == "missing":
            keys.remove(rng.choice(keys))
            header = body(order=keys) + "\n"
        elif choice == "dq":
            header = body(kq='"') + "\n"
        elif choice == "bytes":
            header = body(kq="b'").replace("b'descr'", "b'descr'").replace(
                "b'descrb'", "b'descr'")
            header = "{" + ", ".join("b'%s': %s" % (k, parts[k]) for k in keys) + "}\n"
        elif choice == "nonstr":
            header = body()[:-1] + "1: 2}\n"
        elif choice == "empty":
            header = "{}\n"
        elif choice == "set":
            header = "{'descr', 'fortran_order', 'shape'}\n"
        elif choice == "not_dict":
            header = "[" + body() + "]\n"
        elif choice == "unhashable":
            header = "{[1]: 2, " + body()[1:] + "\n"
        else:
            header = "(" + body() + ")\n"
    elif kind == "fortran":
        value = rng.choice(["True", "False", "0", "1", "'False'", "None", "(False)", "(True)",
                            "false", "True ", "-1"])
        header = body(dict(parts, fortran_order=value)) + "\n"
    elif kind == "whitespace":
        spaced = sprinkle(rng, body(), "{},:()", 0.4, lambda: "".join(
            rng.choice([" ", "\t", "\n", "\r\n", "\r", " ", "\f", "\v"])
            for _ in range(rng.randint(1, 3))))
        lead = rng.choice(["", "", " ", "\t", "\n", "  \n", "\n  ", "#c\n", "\r\n", "\f"])
        header = lead + spaced + rng.choice(["\n", " \n", "\n\n", "\n  \t ", "\n\t\f"])
    elif kind == "comments":
        header = sprinkle(rng, body(), "{,(", 0.3, lambda: rng.choice(
            [" # a comment\n", "#\n", " #' } x\n", "\n# x\n  "]))
        header += rng.choice(["\n", " # end\n", "\n# more\n", "  #x"])
    elif kind == "continuation":
        h = body()
        i = h.index(",") + 1
        header = h[:i] + rng.choice([" \\\n ", "\\\n", " \\\r\n"]) + h[i:] + "\n"
    elif kind == "strings":
        d = parts["descr"][1:-1]
        choice = rng.choice(["u", "r", "b", "f", "U", "R", "triple", "dtriple", "concat",
                             "escape_x", "escape_octal", "escape_u", "escape_N", "br", "ur",
                             "escape_unknown", "newline_in", "unterminated", "key_concat",
                             "key_escape", "bytes_concat"])
        if choice in ("u", "r", "b", "f", "U", "R", "br", "ur"):
            descr = "%s'%s'" % (choice, d)
        elif choice in SPELLINGS:
            descr = SPELLINGS[choice](d)
        else:
            descr = parts["descr"]
        p = dict(parts, descr=descr)
        header = body(p) + "\n"
        if choice == "key_concat":
            header = header.replace("'shape'", "'sh' \"ape\"")
        elif choice == "key_escape":
            header = header.replace("'shape'", "'\\x73hape'")
    elif kind == "byte_flip":
        hb = bytearray(wrap(entries(parts), ver).encode(enc))
        for _ in range(rng.randint(1, 2)):
            i = rng.randrange(len(hb))
            hb[i] = rng.choice(b" \t\n\r\x00'\"{}(),:#\\0123456789LTFNxeul-+.[]\x80\xff")
        return kind, npy_bytes(bytes(hb), data, ver)
    elif kind == "char_delete":
        hb = bytearray(wrap(entries(parts), ver).encode(enc))
        i = rng.randrange(len(hb.rstrip(b" \n")))
        del hb[i]
        return kind, npy_bytes(bytes(hb), data, ver)
    elif kind == "data_size":
        header = wrap(entries(parts), ver)
        choice = rng.choice(["short", "long", "none"])
        if choice == "short":
            data = data[:max(0, len(data) - rng.randint(1, 8))]
        elif choice == "long":
            data = data + rng.randbytes(rng.randint(1, 9))
        else:
            data = b""
    elif kind == "non_ascii":
        h = body()
        choice = rng.choice(["comment_latin1", "comment_utf8", "descr_utf8", "bom", "nbsp"])
        if choice == "comment_latin1":
            hb = (h + " # caf\xe9\n").encode("latin1")
        elif choice == "comment_utf8":
            hb = (h + " # caf\xe9 \u2713\n").encode("utf8")
        elif choice == "descr_utf8":
            hb = body(dict(parts, descr="'\xe9%s'" % parts["descr"][1:-1])).encode("utf8") + b"\n"
        elif choice == "bom":
            hb = b"\xef\xbb\xbf" + h.encode() + b"\n"
        else:
            hb = h.encode() + b"\xc2\xa0\n"
        return kind, npy_bytes(hb, data, ver)
    elif kind == "long_header":
        header = body() + " " * rng.choice([9900, 9950, 10100]) + "\n"
        if ver[0] == 1:
            ver = (2, 0)
    if header is None:
        header = wrap(entries(parts), ver)
    try:
        hb = header.encode(enc)
    except UnicodeEncodeError:
        hb = header.encode("utf8")
    return kind, npy_bytes(hb, data, ver, length)


MUTATIONS = (["valid"] * 6 + ["valid_unaligned"] * 2 +
             ["junk_after"] * 6 + ["second_dict", "nul_padding", "len_past_padding",
                                   "len_short", "version", "version"] +
             ["descr_alias"] * 5 + ["descr_bad"] * 3 + ["descr_unsupported", "descr_structured"] +
             ["shape_spelling"] * 5 + ["shape_size"] * 2 + ["keys"] * 4 + ["fortran"] * 2 +
             ["whitespace"] * 4 + ["comments"] * 2 + ["continuation", "strings", "strings",
                                                      "strings"] +
             ["byte_flip"] * 5 + ["char_delete"] * 3 + ["data_size"] * 2 + ["non_ascii",
                                                                           "long_header"])


def numpy_view(a):
    little = np.ascontiguousarray(a).astype(a.dtype.newbyteorder("<"))
    return {"dtype": a.dtype.name, "shape": list(a.shape),
            "sha256": hashlib.sha256(little.tobytes()).hexdigest()}


def numpy_load_npy(path):
    try:
        a = np.load(path, allow_pickle=False)
        if not isinstance(a, np.ndarray):
            return {"refused": "not an array"}
        if a.dtype.fields is not None or a.dtype.kind in "OSUVMm" or a.dtype.itemsize > 16 or (
                a.dtype.kind == "f" and a.dtype.itemsize > 8) or (
                a.dtype.kind == "c" and a.dtype.itemsize > 16):
            return {"unsupported": a.dtype.str}
        return numpy_view(a)
    except BaseException as e:  # noqa: B902 - numpy raises many kinds, all mean "refused"
        return {"refused": "%s: %s" % (type(e).__name__, str(e)[:100])}


def numpy_load_npz(path):
    out = {}
    try:
        with np.load(path, allow_pickle=False) as z:
            for key in z.files:
                try:
                    with z.zip.open(key + ".npy") as m:
                        if m.read(6) != MAGIC:
                            out[key] = {"refused": "not npy"}
                            continue
                    a = z[key]
                    if a.dtype.fields is not None or a.dtype.kind in "OSUVMm" or (
                            a.dtype.kind in "fc" and a.dtype.itemsize > 16) or (
                            a.dtype.kind == "f" and a.dtype.itemsize > 8):
                        out[key] = {"unsupported": a.dtype.str}
                    else:
                        out[key] = numpy_view(a)
                except BaseException as e:  # noqa: B902
                    out[key] = {"refused": "%s: %s" % (type(e).__name__, str(e)[:100])}
    except BaseException as e:  # noqa: B902
        return {"__archive__": {"refused": str(e)[:100]}}
    return out


def run_cli(cli, path):
    p = subprocess.run([cli, "info", "--json", "--stats", path], capture_output=True,
                       text=True, timeout=30, errors="replace")
    if p.returncode < 0 or p.returncode > 3:
        return {"crash": p.returncode, "stderr": p.stderr[-300:]}
    if p.returncode != 0 and not p.stdout.strip():
        return {"exit": p.returncode, "error": p.stderr.strip()}
    try:
        return {"exit": p.returncode, "json": json.loads(p.stdout)}
    except ValueError:
        return {"exit": p.returncode, "error": "no JSON: " + p.stderr.strip()[:200]}


DELIBERATE = ("not supported", "mxlens does not read", "mxlens refuses")


def classify(np_res, mx_tensor, mx_error, mx_flagged):
    """(category, ok) for one array. mx_tensor: the tensor's JSON or None; mx_error: the error
    message mxlens gave (file or tensor), or None."""
    if mx_tensor is not None and "sha256" in mx_tensor and mx_error is None:
        if "refused" in np_res:
            if mx_flagged:
                return "numpy refuses, mxlens reads with an error problem", True
            return "SILENT: numpy refuses, mxlens shows values", False
        if "unsupported" in np_res:
            return "UNEXPECTED: mxlens reads a dtype numpy gives as " + np_res["unsupported"], False
        same = (mx_tensor.get("dtype") == np_res["dtype"] and
                mx_tensor.get("shape") == np_res["shape"] and
                mx_tensor.get("sha256") == np_res["sha256"])
        return ("both read, agree", True) if same else ("DISAGREE: both read, values differ",
                                                        False)
    message = mx_error or "(no message)"
    if "refused" in np_res:
        return "both refuse", True
    if "numpy refuses it too" in message:
        return "FALSE CLAIM: mxlens says numpy refuses, numpy reads", False
    if "unsupported" in np_res:
        return "numpy reads an unsupported dtype, mxlens refuses", True
    if any(m in message for m in DELIBERATE):
        return "numpy reads, mxlens refuses on purpose", True
    return "STRICTER: numpy reads, mxlens refuses", False


def check_npy(cli, path):
    np_res = numpy_load_npy(path)
    mx = run_cli(cli, path)
    if "crash" in mx:
        return "CRASH", False, mx
    if "json" in mx:
        j = mx["json"]
        t = j["tensors"][0] if j.get("tensors") else None
        err = t["error"]["message"] if t and "error" in t else None
        flagged = any(p["severity"] == "error" for p in j.get("problems", []))
        cat, ok = classify(np_res, t, err, flagged)
    else:
        cat, ok = classify(np_res, None, mx.get("error"), False)
    return cat, ok, {"numpy": np_res, "mxlens": mx.get("error") or "read"}


def check_npz(cli, path):
    np_res = numpy_load_npz(path)
    mx = run_cli(cli, path)
    if "crash" in mx:
        return [("CRASH", False, mx)]
    if "__archive__" in np_res or "json" not in mx:
        return [("npz not compared (archive-level)", True, {})]
    j = mx["json"]
    flagged = any(p["severity"] == "error" for p in j.get("problems", []))
    results = []
    tensors = {t["key"]: t for t in j.get("tensors", [])}
    for key, res in np_res.items():
        t = tensors.get(key)
        err = t["error"]["message"] if t and "error" in t else (None if t else "missing")
        cat, ok = classify(res, t, err, flagged)
        results.append((cat, ok, {"member": key, "numpy": res, "mxlens": err or "read"}))
    return results


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--count", type=int, default=2000, help=".npy files to generate")
    ap.add_argument("--npz", type=int, default=200, help=".npz files to generate")
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--jobs", type=int, default=max(2, (os.cpu_count() or 2) * 2))
    ap.add_argument("--keep", help="copy disagreeing inputs into this directory")
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="mxl-npy-") as tmp:
        npy_paths, kinds, members = [], {}, []
        for i in range(args.count):
            a = random_array(rng)
            version = rng.choice([(1, 0)] * 6 + [(2, 0), (3, 0), (3, 0)])
            kind, blob = mutate(rng, a, version)
            path = os.path.join(tmp, "a%05d.npy" % i)
            with open(path, "wb") as f:
                f.write(blob)
            npy_paths.append(path)
            kinds[path] = kind
            if len(blob) < 4096:
                members.append((kind, blob))
        npz_paths = []
        for i in range(args.npz):
            path = os.path.join(tmp, "z%04d.npz" % i)
            method = rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])
            with zipfile.ZipFile(path, "w", method) as z:
                for k in range(rng.randint(1, 3)):
                    kind, blob = rng.choice(members)
                    z.writestr("m%d_%s.npy" % (k, kind), blob)
            npz_paths.append(path)

        counts = collections.Counter()
        by_kind = collections.defaultdict(collections.Counter)
        failures = []
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for path, (cat, ok, detail) in zip(npy_paths,
                                               pool.map(lambda p: check_npy(args.cli, p),
                                                        npy_paths)):
                counts["npy: " + cat] += 1
                by_kind[kinds[path]][cat] += 1
                if not ok:
                    failures.append((path, kinds[path], cat, detail))
            for path, results in zip(npz_paths, pool.map(lambda p: check_npz(args.cli, p),
                                                         npz_paths)):
                for cat, ok, detail in results:
                    counts["npz member: " + cat] += 1
                    if not ok:
                        failures.append((path, "npz", cat, detail))

        print("%d .npy and %d .npz files generated (seed %d)" % (len(npy_paths), len(npz_paths),
                                                                 args.seed))
        for cat, n in sorted(counts.items()):
            print("  %6d  %s" % (n, cat))
        if args.verbose:
            for kind, c in sorted(by_kind.items()):
                print("  %-18s %s" % (kind, dict(c)))
        if args.keep and failures:
            os.makedirs(args.keep, exist_ok=True)
            for path, _, _, _ in failures:
                with open(path, "rb") as f, open(os.path.join(args.keep, os.path.basename(path)),
                                                 "wb") as g:
                    g.write(f.read())
        for path, kind, cat, detail in failures[:40]:
            with open(path, "rb") as f:
                head = f.read(200)
            print("FAIL %s (%s): %s\n     %s\n     %r" % (os.path.basename(path), kind, cat,
                                                         detail, head))
        if failures:
            print("%d failures" % len(failures))
            return 1
        print("ok")
        return 0


if __name__ == "__main__":
    sys.exit(main())
