#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window when its file changes on disk (issue 14), read through AT-SPI as check_window.py
does (same private Xvfb, D-Bus session and AT-SPI bus: atspi_session.py).

  /usr/bin/python3 tests/gui/check_window_faults.py --mxlens build/app/mxlens \\
      [--data tests/fixtures/data] [--out DIR]

For each fault, a fresh copy of a file is opened with `mxlens --select NAME COPY`; once the
Tensor dock shows NAME, the fault is applied to the copy, and then:
  - the window is alive (no signal: SIGBUS was the crash of old);
  - the "Change on disk" label (the bar above the graphs) says the file changed, naming it;
  - Find selects another tensor, and the Tensor dock shows it, or the changed-on-disk error for a
    mapped file whose bytes are gone, and the window is still alive.
Faults: truncate to 0 and to half, a same-size rewrite, a partial rewrite in place, a
rename-replace and an unlink, on a small archive (read whole at open) and a 40 MB npz (mapped).
Also a FIFO as the file: refused at once, the window stays responsive and exits when closed.

Exit status as check_window.py: 0 passed, 1 failed, 77 (SKIP) without Xvfb, D-Bus, AT-SPI or
pyatspi, except under CI.
"""
import os
import shutil
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import atspi_session as cw  # noqa: E402

FAULTS = ["truncate-0", "truncate-half", "rewrite-same-size", "rewrite-part", "rename-replace",
          "unlink"]


def apply_fault(fault, path):
    size = os.path.getsize(path)
    if fault == "truncate-0":
        os.truncate(path, 0)
    elif fault == "truncate-half":
        os.truncate(path, size // 2)
    elif fault == "rewrite-same-size":
        with open(path, "r+b") as f:
            f.write(bytes(reversed(open(path, "rb").read())))
    elif fault == "rewrite-part":
        with open(path, "r+b") as f:
            f.seek(size // 2)
            f.write(b"\xa5" * min(4096, size - size // 2))
    elif fault == "rename-replace":
        other = path + ".new"
        shutil.copyfile(path, other)
        with open(other, "r+b") as f:
            f.seek(size // 2)
            f.write(b"\x5a" * 64)
        os.replace(other, path)
    elif fault == "unlink":
        os.unlink(path)


def make_big_npz(path):
    import numpy as np
    rng = np.random.default_rng(14)
    arrays = {"a%d" % i: rng.standard_normal((1000, 1000)).astype(np.float32) for i in range(10)}
    np.savez(path, **arrays)  # 40 MB, stored members: mapped, not read whole


class Window:
    def __init__(self, tree, env, mxlens, workdir, name):
        self.t, self.env, self.mxlens, self.workdir, self.name = tree, env, mxlens, workdir, name
        self.proc = None
        self.app = None

    def start(self, args):
        conf = os.path.join(self.workdir, "conf-" + self.name)
        log = open(os.path.join(self.workdir, self.name + ".log"), "w")
        self.proc = cw.launch(self.mxlens, args, self.env, conf, log, MXL_NO_DIALOGS="1",
                              LANGUAGE="en")
        app = cw.wait_for_app(self.t, self.proc)
        self.app = app if app not in (None, "exited") else None
        return self.app is not None

    def alive(self):
        return self.proc is not None and self.proc.poll() is None

    def label(self, name):
        self.t.clear(self.app)
        acc = self.t.find(self.app, name)
        return None if acc is None else self.t.value(acc)

    def wait_label(self, name, predicate, timeout=cw.SETTLE_TIMEOUT):
        return cw.wait_for(lambda: (lambda v: v if v is not None and predicate(v) else None)(
            self.label(name)), timeout)

    def find(self, text):
        self.t.clear(self.app)
        edit = next((a for a in self.t.walk(self.app) if self.t.role(a) == "text"
                     and self.t.name(a) == "Find"), None)
        if edit is None:
            return False
        edit.queryEditableText().setTextContents(text)
        cw.focus_and_press_enter(self.t, edit, lambda: time.sleep(0.3))
        return True

    def stop(self):
        if self.proc is None:
            return None
        return cw.stop_process(self.proc, 10)


def run_fault(report, tree, env, args, workdir, kind, source, first, second, fault):
    case = "%s/%s" % (kind, fault)
    path = os.path.join(workdir, "%s-%s%s" % (kind, fault, os.path.splitext(source)[1]))
    shutil.copyfile(source, path)
    w = Window(tree, env, args.mxlens, workdir, "%s-%s" % (kind, fault))
    try:
        if not report.check(case, "window up", w.start(["--select", first, path])):
            return
        shown = w.wait_label("Tensor name", lambda v: v == first, cw.STARTUP_TIMEOUT)
        report.check(case, "tensor shown before the fault", shown == first, repr(shown))
        apply_fault(fault, path)
        changed = w.wait_label("Change on disk", lambda v: "changed" in v.lower())
        report.check(case, "bar says changed on disk", bool(changed) and
                     os.path.basename(path) in changed, repr(changed))
        report.check(case, "alive after the fault", w.alive(), "exit %s" % w.proc.returncode)
        w.find(second)
        after = w.wait_label("Tensor name", lambda v: v == second)
        error = w.label("Tensor header")
        report.note(case, "after Find %r: Tensor name %r, header %r" % (second, after, error))
        report.check(case, "another tensor selected after the fault", after == second,
                     repr(after))
        time.sleep(0.5)
        report.check(case, "alive after selecting", w.alive(), "exit %s" % w.proc.returncode)
    finally:
        rc = w.stop()
        report.check(case, "no signal at exit", rc in (0, -15, None) or rc == 143,
                     "exit status %s" % rc)


def run_fifo(report, tree, env, args, workdir):
    case = "fifo"
    path = os.path.join(workdir, "pipe.params")
    os.mkfifo(path)
    w = Window(tree, env, args.mxlens, workdir, "fifo")
    try:
        if not report.check(case, "window up", w.start([path])):
            return
        status = w.wait_label("Status file", lambda v: "could not open" in v.lower())
        report.check(case, "refused at once", bool(status), repr(status))
        report.check(case, "alive", w.alive())
    finally:
        started = time.monotonic()
        rc = w.stop()
        report.check(case, "exits when closed", rc in (0, -15, 143) and
                     time.monotonic() - started < 10, "exit status %s" % rc)


def main():
    ap = cw.parser(__doc__)
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    args.mxlens = cw.mxlens_path(args.mxlens)
    if args.mxlens is None:
        return 1
    cw.require_pyatspi()
    workdir = tempfile.mkdtemp(prefix="mxlens-gui-faults-")
    if args.out:
        os.makedirs(args.out, exist_ok=True)
    desktop = cw.Desktop(workdir)
    report = cw.Report()
    try:
        env, tree = desktop.start_session()
        small = os.path.abspath(os.path.join(args.data, "mxfusion", "gp_regression.zip"))
        big = os.path.join(workdir, "big-source.npz")
        make_big_npz(big)
        for fault in FAULTS:
            run_fault(report, tree, env, args, workdir, "small", small, "LinvY", "noise_var",
                      fault)
        for fault in FAULTS:
            run_fault(report, tree, env, args, workdir, "big", big, "a1", "a7", fault)
        run_fifo(report, tree, env, args, workdir)
    finally:
        desktop.stop()
        if args.out:
            with open(os.path.join(args.out, "report.txt"), "w") as f:
                f.write("\n".join(report.lines) + "\n")
        shutil.rmtree(workdir, ignore_errors=True)
    print("gui_window_faults: %d checks passed and %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
