#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Files that change on disk while mxlens-cli reads or writes them (issue 14): a fault matrix.

Faults: truncate to 0, truncate to half, same-size rewrite, partial in-place rewrite (data
bytes only), rename-replace (another file renamed over the path), unlink. Each lands
  before  - before the command starts (the command reads the damaged file);
  opened  - after the command opened its input, before any work (MXL_TEST_PAUSE_AT=opened:
            the CLI stops itself with SIGSTOP, the fault is applied, then SIGCONT);
  written - writing commands: after the output's temporary file is written, before it is read
            back and renamed (MXL_TEST_PAUSE_AT=written).
Commands: info --json --stats, convert npz->params, convert params->npz, export (a deflated
and a stored MXFusion archive), tensor -o. Inputs are generated above the 32 MiB mapping
threshold (mapped, SIGBUS-guarded) and, for some rows, small (read whole at open).

Every cell asserts: no signal (exit code < 128); exit 0 only with an output that is valid and
holds what was opened (zipfile.testzip(), numpy, the NDArray reader of mxnet_reader.py) - never
"verified" with a corrupt output; otherwise exit 2 with an error naming the file and never
"Bad address"; the target untouched on failure; no temporary file left beside it.
Plus: a symlinked target, FIFO inputs (exit 2 within a timeout), and kill -9 during a large
export followed by a second export that removes the stale temporary.

check_file_faults.py --cli PATH --data tests/fixtures/data [--matrix] [--quick]"""
import glob
import hashlib
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from checklib import check, cli_parser, finish  # noqa: E402
from mxnet_reader import read_params  # noqa: E402

BIG_ELEMENTS = 10_000_000  # 40 MB of float32: above the 32 MiB mapping threshold
FAULTS = ["truncate-0", "truncate-half", "same-size-rewrite", "partial-rewrite",
          "rename-replace", "unlink"]


def apply_fault(fault, path):
    size = os.path.getsize(path)
    if fault == "truncate-0":
        os.truncate(path, 0)
    elif fault == "truncate-half":
        os.truncate(path, size // 2)
    elif fault == "same-size-rewrite":
        with open(path, "r+b") as f:  # the same length, other bytes, in place
            data = f.read()
            f.seek(0)
            f.write(bytes(b ^ 0x5A for b in data[:4096]) + data[4096:][::-1])
    elif fault == "partial-rewrite":
        with open(path, "r+b") as f:  # 64 KiB in the middle: data bytes, not headers
            f.seek(size // 2)
            chunk = f.read(65536)
            f.seek(size // 2)
            f.write(bytes(b ^ 0xFF for b in chunk))
    elif fault == "rename-replace":
        other = path + ".other"
        with open(other, "wb") as f:
            f.write(b"another file, renamed over the path\n" * 100)
        os.rename(other, path)
    elif fault == "unlink":
        os.unlink(path)
    else:
        raise ValueError(fault)


def wait_stopped(proc, timeout=60):
    """Waits until `proc` stopped itself (state T), or exited."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            return False
        try:
            with open("/proc/%d/stat" % proc.pid) as f:
                state = f.read().rsplit(")", 1)[1].split()[0]
            if state in ("T", "t"):
                return True
        except OSError:
            return False
        time.sleep(0.01)
    return False


def run_cli(cli, args, pause=None, fault=None, target=None, timeout=120):
    """Runs the CLI; with `pause`, applies `fault` to `target` while it is stopped there.
    Returns (returncode, stdout, stderr, paused)."""
    env = dict(os.environ)
    env.pop("MXL_TEST_PAUSE_AT", None)
    if pause:
        env["MXL_TEST_PAUSE_AT"] = pause
    proc = subprocess.Popen([cli] + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env, text=True)
    paused = False
    if pause:
        paused = wait_stopped(proc)
        if paused:
            apply_fault(fault, target)
            os.kill(proc.pid, signal.SIGCONT)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        return -999, out, err + "\n(timed out)", paused
    return proc.returncode, out, err, paused


def litter(directory):
    return glob.glob(os.path.join(directory, ".*.mxlens-*"))


# --- inputs ------------------------------------------------------------------------------------

def npz_bytes(arrays, compression=False):
    buf = io.BytesIO()
    (np.savez_compressed if compression else np.savez)(buf, **arrays)
    return buf.getvalue()


def make_inputs(cli, data, work, big_elements):
    rng = np.random.default_rng(14)
    big = {"big": rng.standard_normal(big_elements, dtype=np.float32),
           "small": np.arange(12, dtype=np.float64).reshape(3, 4)}
    inputs = {}
    inputs["npz"] = os.path.join(work, "in.npz")
    with open(inputs["npz"], "wb") as f:
        f.write(npz_bytes(big))
    inputs["params"] = os.path.join(work, "in.params")
    r = subprocess.run([cli, "convert", inputs["npz"], "-o", inputs["params"]],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    # MXFusion archives: a fixture with a big extra parameter (deflated fast, and stored).
    fixture = os.path.join(data, "mxfusion", "bnn_meanfield.zip")
    with zipfile.ZipFile(fixture) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    for name, method in (("zip", zipfile.ZIP_DEFLATED), ("stored-zip", zipfile.ZIP_STORED)):
        path = os.path.join(work, "in-%s.zip" % name)
        with zipfile.ZipFile(path, "w", method, allowZip64=False, compresslevel=1) as out:
            for info, payload in entries:
                if info.filename == "mxnet_parameters.npz":
                    with np.load(io.BytesIO(payload)) as params:
                        arrays = {k: params[k] for k in params.files}
                    arrays["padding"] = big["big"]
                    payload = npz_bytes(arrays)
                info.compress_type = method
                out.writestr(info, payload, compress_type=method, compresslevel=1)
        inputs[name] = path
    inputs["small-zip"] = os.path.join(work, "in-small.zip")
    shutil.copyfile(fixture, inputs["small-zip"])
    inputs["small-npz"] = os.path.join(work, "in-small.npz")
    with open(inputs["small-npz"], "wb") as f:
        f.write(npz_bytes({"big": big["big"][:100000], "small": big["small"]}))
    return inputs, big


# --- what a successful output must hold ---------------------------------------------------------

def zip_entries(path):
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad is not None:
            raise ValueError("CRC-32 mismatch in %s" % bad)
        return {i.filename: z.read(i.filename) for i in z.infolist()}


def npz_arrays(path):
    with np.load(path) as z:
        return {k: z[k] for k in z.files}


def params_arrays(path):
    with open(path, "rb") as f:
        names, arrays, _ = read_params(f.read())
    return dict(zip(names, arrays))


def same_arrays(a, b):
    return a.keys() == b.keys() and all(
        a[k].dtype == b[k].dtype and a[k].shape == b[k].shape and np.array_equal(a[k], b[k])
        for k in a)


def output_problem(kind, out, reference):
    """None when the output at `out` is valid and (with a reference) holds what was opened."""
    try:
        if kind == "export":
            got = zip_entries(out)
            if reference is not None and got != zip_entries(reference):
                return "the output's entries differ from the archive opened"
        elif kind == "to-params":
            got = params_arrays(out)
            if reference is not None and not same_arrays(got, npz_arrays(reference)):
                return "the .params values differ from the npz opened"
        elif kind == "to-npz":
            got = npz_arrays(out)
            if reference is not None and not same_arrays(got, params_arrays(reference)):
                return "the npz values differ from the .params opened"
        elif kind == "tensor":
            got = np.load(out)
            if reference is not None:
                want = (npz_arrays(reference) if reference.endswith(".npz")
                        else params_arrays(reference))["big"]
                if not np.array_equal(got, want):
                    return "the tensor differs from the one opened"
        elif kind == "info":
            report = json.loads(out)
            if reference is not None:
                want = hashlib.sha256(reference.tobytes()).hexdigest()
                got = [t.get("sha256") for t in report["tensors"] if t["key"] in ("big", "padding")]
                if got != [want]:
                    return "the reported SHA-256 is not that of the data opened"
    except Exception as e:  # noqa: BLE001 - any failure to read back is the finding
        return "the output does not read back: %s" % e
    return None


def outcome(rc, err, kind):
    if rc == 0 or (rc == 1 and kind == "info"):
        return "ok" if kind == "info" else "ok, output = what was opened"
    for needle, label in (("changed on disk", "refused: changed on disk"),
                          ("shrank", "refused: shrank"), ("empty", "refused: empty"),
                          ("No such file", "refused: no such file"),
                          ("CRC-32", "refused: CRC-32"), ("central directory", "refused: corrupt zip"),
                          ("not a zip", "refused: not a zip"), ("unrecognised", "refused: unrecognised"),
                          ("corrupt", "refused: corrupt"), ("no tensor", "refused: no such tensor")):
        if needle in err:
            return label
    return "refused"


# --- the matrix ---------------------------------------------------------------------------------

def commands(inputs, work):
    """(column, input key, kind, args builder(input, out), output name)"""
    return [
        ("info --stats (npz)", "npz", "info", lambda i, o: ["info", "--json", "--stats", i], None),
        ("info --stats (params)", "params", "info", lambda i, o: ["info", "--json", "--stats", i], None),
        ("info --stats (zip)", "zip", "info", lambda i, o: ["info", "--json", "--stats", i], None),
        ("convert npz->params", "npz", "to-params", lambda i, o: ["convert", i, "-o", o], "out.params"),
        ("convert params->npz", "params", "to-npz", lambda i, o: ["convert", i, "-o", o], "out.npz"),
        ("export (deflated)", "zip", "export", lambda i, o: ["export", i, "-o", o], "out.zip"),
        ("export (stored)", "stored-zip", "export", lambda i, o: ["export", i, "-o", o], "out.zip"),
        ("export (small)", "small-zip", "export", lambda i, o: ["export", i, "-o", o], "out.zip"),
        ("tensor -o (npz)", "npz", "tensor", lambda i, o: ["tensor", i, "big", "-o", o], "out.npy"),
        ("tensor -o (params)", "params", "tensor", lambda i, o: ["tensor", i, "big", "-o", o], "out.npy"),
        ("tensor -o (small npz)", "small-npz", "tensor", lambda i, o: ["tensor", i, "big", "-o", o], "out.npy"),
    ]


def run_matrix(cli, inputs, big, work, timings):
    matrix = {}
    for column, key, kind, build, out_name in commands(inputs, work):
        for fault in FAULTS:
            for timing in timings:
                if timing == "written" and kind == "info":
                    continue
                cell = os.path.join(work, "cell")
                shutil.rmtree(cell, ignore_errors=True)
                os.makedirs(cell)
                src = os.path.join(cell, os.path.basename(inputs[key]))
                pristine = os.path.join(work, "pristine-" + os.path.basename(inputs[key]))
                shutil.copyfile(inputs[key], src)
                shutil.copyfile(inputs[key], pristine)
                out = os.path.join(cell, out_name) if out_name else None
                where = "%s / %s / %s" % (column, fault, timing)
                if timing == "before":
                    apply_fault(fault, src)
                    rc, stdout, err, paused = run_cli(cli, build(src, out))
                    reference = None  # what was opened is the damaged file itself
                else:
                    rc, stdout, err, paused = run_cli(cli, build(src, out), pause=timing,
                                                      fault=fault, target=src)
                    check(where + ": reached the pause", paused, err)
                    reference = pristine  # what the command opened
                check(where + ": no signal", 0 <= rc < 128, "exit %d\n%s" % (rc, err))
                check(where + ": no 'Bad address'", "Bad address" not in err, err)
                if rc == 0 or (rc == 1 and kind == "info"):
                    # info exits 1 when it lists error-level problems (the generated archive
                    # has an unowned tensor; a damaged input a CRC mismatch): it still ran.
                    if kind == "info":
                        ref = None
                        if reference is not None:
                            ref = big["big"]
                        problem = output_problem("info", stdout, ref)
                    else:
                        problem = output_problem(kind, out, reference)
                    check(where + ": exit 0 with a valid output holding what was opened",
                          problem is None, problem)
                else:
                    check(where + ": exit 2", rc == 2, "exit %d\n%s" % (rc, err))
                    check(where + ": a clear message naming the file",
                          "error:" in err and os.path.basename(src) in err, err)
                    if out:
                        check(where + ": no output on failure", not os.path.exists(out), out)
                check(where + ": no temporary file left", not litter(cell), str(litter(cell)))
                if timing != "before":
                    label = outcome(rc, err, kind)
                    matrix.setdefault((fault, timing), {})[column] = label
                os.remove(pristine)
    return matrix


def print_matrix(matrix):
    columns = [c[0] for c in commands({}, "")]
    print("| fault (after open / before commit) | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for (fault, timing), cells in sorted(matrix.items(), key=lambda kv: (FAULTS.index(kv[0][0]), kv[0][1])):
        print("| %s, at %s | " % (fault, timing) + " | ".join(cells.get(c, "-") for c in columns) + " |")


# --- special cells ------------------------------------------------------------------------------

def check_symlink(cli, inputs, work):
    d = os.path.join(work, "links")
    os.makedirs(d)
    for args, out_name, kind, ref in (
            (["export", inputs["small-zip"]], "out.zip", "export", inputs["small-zip"]),
            (["convert", inputs["small-npz"]], "out.params", "to-params", inputs["small-npz"]),
            (["convert", inputs["params"]], "out.npz", "to-npz", inputs["params"]),
            (["tensor", inputs["small-npz"], "big"], "out.npy", "tensor", inputs["small-npz"])):
        real = os.path.join(d, "real-" + out_name)
        link = os.path.join(d, "link-" + out_name)
        with open(real, "wb") as f:
            f.write(b"old content")
        os.symlink(os.path.basename(real), link)
        r = subprocess.run([cli] + args + ["-o", link], capture_output=True, text=True)
        where = "symlinked target %s" % out_name
        check(where + ": exit 0", r.returncode == 0, r.stderr)
        check(where + ": the link stays a link", os.path.islink(link)
              and os.readlink(link) == os.path.basename(real), os.path.realpath(link))
        check(where + ": the link's target is written", output_problem(kind, real, ref) is None,
              output_problem(kind, real, ref))
        check(where + ": no temporary file left", not litter(d), str(litter(d)))


def check_fifos(cli, data, work):
    d = os.path.join(work, "fifos")
    os.makedirs(d)
    fifo = os.path.join(d, "input.zip")
    os.mkfifo(fifo)
    small = os.path.join(data, "mxfusion", "bnn_meanfield.zip")
    # A checkpoint whose .params half is a FIFO, opened by its symbol.
    shutil.copyfile(os.path.join(data, "mxnet", "gluon_1x-symbol.json"),
                    os.path.join(d, "model-symbol.json"))
    os.mkfifo(os.path.join(d, "model-0000.params"))
    cases = [
        (["info", fifo], True), (["info", "--stats", fifo], True), (["validate", fifo], True),
        (["tensor", fifo, "x", "-o", os.path.join(d, "o.npy")], True),
        (["export", fifo, "-o", os.path.join(d, "o.zip")], True),
        (["convert", fifo, "-o", os.path.join(d, "o.npz")], True),
        (["diff", fifo, small], True), (["reconcile", small, fifo], True),
        (["export", small, "--onto", fifo, "-o", os.path.join(d, "o.zip")], True),
        (["info", "/dev/zero"], True),
        (["info", os.path.join(d, "model-symbol.json")], False),
    ]
    for args, must_fail in cases:
        start = time.time()
        try:
            r = subprocess.run([cli] + args, capture_output=True, text=True, timeout=20)
            rc, err = r.returncode, r.stderr
        except subprocess.TimeoutExpired:
            rc, err = -999, "blocked (timed out after 20 s)"
        where = "FIFO/device input: " + " ".join(os.path.basename(a) for a in args)
        check(where + ": returns quickly", rc != -999 and time.time() - start < 10, err)
        if must_fail:
            check(where + ": exit 2 with a clear message", rc == 2 and (
                "FIFO" in err or "device" in err), "exit %d: %s" % (rc, err))
        else:
            check(where + ": the FIFO half is reported, not read", 0 <= rc < 128, err)


def check_kill_during_export(cli, inputs, work):
    d = os.path.join(work, "kill")
    os.makedirs(d)
    out = os.path.join(d, "out.zip")
    env = dict(os.environ, MXL_TEST_PAUSE_AT="written")
    proc = subprocess.Popen([cli, "export", inputs["zip"], "-o", out], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    stopped = wait_stopped(proc)
    check("kill -9 during export: paused with its temporary written", stopped and litter(d),
          str(litter(d)))
    proc.kill()
    os.kill(proc.pid, signal.SIGCONT)
    proc.communicate()
    check("kill -9 during export: the temporary is left (the process could not remove it)",
          len(litter(d)) == 1, str(litter(d)))
    check("kill -9 during export: the target was not created", not os.path.exists(out))
    r = subprocess.run([cli, "export", inputs["zip"], "-o", out], capture_output=True, text=True)
    check("second export: exit 0", r.returncode == 0, r.stderr)
    check("second export: says it removed the stale temporary",
          "removed" in r.stderr and "interrupted save" in r.stderr, r.stderr)
    check("second export: no temporary left", not litter(d), str(litter(d)))
    check("second export: a valid output", output_problem("export", out, inputs["zip"]) is None,
          output_problem("export", out, inputs["zip"]))


def main():
    ap = cli_parser("--data")
    ap.add_argument("--matrix", action="store_true", help="print the matrix for the README")
    ap.add_argument("--quick", action="store_true", help="faults after open only")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="mxl-faults-") as work:
        inputs, big = make_inputs(a.cli, a.data, work, BIG_ELEMENTS)
        timings = ["opened", "written"] if a.quick else ["before", "opened", "written"]
        matrix = run_matrix(a.cli, inputs, big, work, timings)
        check_symlink(a.cli, inputs, work)
        check_fifos(a.cli, a.data, work)
        check_kill_during_export(a.cli, inputs, work)
        if a.matrix:
            print_matrix(matrix)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
