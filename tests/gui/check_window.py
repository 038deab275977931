#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Drives the real mxlens window the way a screen reader does (issue 13): AT-SPI under a
private Xvfb and a private D-Bus session bus, one mxlens process per file of every kind
(tests/gui/make_gui_fixtures.py writes them and a manifest of what each must show).

  /usr/bin/python3 tests/gui/check_window.py --mxlens build/app/mxlens \\
      --fixtures-out build/tests/gui-fixtures [--data tests/fixtures/data] [--only ID,...]

For each file, `mxlens --select NAME FILE` with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; then, read
through the accessibility tree only:
  - the application "mxlens" and its window;
  - status bar: "Status file" (the path) and "Status format" (the kind of file);
  - Tensor dock: "Tensor name" is the selected tensor, "Tensor header"'s description gives its
    dtype and shape (as numpy says);
  - "Tensor list" (a table in the "Tensors" dock): one row per tensor, columns Name, Group,
    DType, Shape, Size, the selected tensor among its names and its row the selected one;
  - graphs: "Graph view"'s description `zoom=..;labelpx=..;uipx=..;nodes=..;folded=..`:
    labels legible (labelpx >= 0.85 uipx), MXNet parameters folded, the Zoom label agreeing;
  - once, Find: the "Find" line edit given a name and Enter pressed selects that tensor.
A label's value is read from its Text interface when it has one, else from its accessible
description (Qt 6.4's QLabel exposes no Text interface: its text is its accessible name until
an accessible name is set). Screenshots (xwd, converted here to PNG) go to
FIXTURES_OUT/screenshots/ for people to look at; nothing is asserted on them.

Exit status: 0 every check passed, 1 a check failed, 77 (ctest SKIP_RETURN_CODE) when Xvfb,
D-Bus, the AT-SPI bus or pyatspi is missing, except under CI=true, where that fails too.
"""
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from atspi_session import (CONTRACT_GRACE, SETTLE_TIMEOUT, SETTLED_TIMEOUT,  # noqa: E402
                           STARTUP_TIMEOUT, Desktop, Report, focus_and_press_enter, launch,
                           mxlens_path, parser, require_pyatspi, screenshot, stop_process,
                           wait_for, wait_for_app)
def shape_numbers(text):
    return [int(x) for x in re.findall(r"-?\d+", text or "")]


def parse_pairs(text, sep=";", kv=":"):
    out = {}
    for part in (text or "").split(sep):
        if kv in part:
            k, v = part.split(kv, 1)
            out[k.strip().lower()] = v.strip()
    return out


class Case:
    def __init__(self, spec, args, tree, desktop, report):
        self.c, self.args, self.t, self.desktop, self.r = spec, args, tree, desktop, report
        self.id = spec["id"]
        self.app = None
        self.settled = False  # once a widget showed its expected value, the window is idle

    def check(self, what, ok, detail=""):
        return self.r.check(self.id, what, ok, detail)

    # The window's parts, found anew each time (widgets may be replaced while it loads).
    def named(self, name, roles=None):
        self.t.clear(self.app)
        return self.t.find(self.app, name, roles)

    def status_bar(self):
        return self.t.find(self.app, "", {"status bar"}) or next(
            (a for a in self.t.walk(self.app) if self.t.role(a) == "status bar"), None)

    def status_texts(self):
        bar = self.status_bar()
        if bar is None:
            return []
        return [(self.t.name(a), self.t.value(a)) for a in self.t.walk(bar) if a is not bar]

    def file_names_ok(self):
        base = os.path.basename(self.c["file"])
        names = [base]
        if self.c["kind"].startswith("MXNet checkpoint") or "checkpoint" in self.c["kind"]:
            prefix = re.sub(r"-\d{4}\.params$", "", base)
            names.append(prefix + "-symbol.json")
        return names

    def loaded(self):
        """The window has the file: its name appears in the status bar or the title."""
        self.t.clear(self.app)
        names = self.file_names_ok()
        for acc in self.t.walk(self.app):
            role = self.t.role(acc)
            if role in ("frame", "label", "status bar"):
                text = self.t.name(acc) + "\n" + self.t.value(acc)
                if any(n in text for n in names):
                    return True
        return False

    def settle(self, name, accept, roles=None, read=None):
        """Waits until the widget named `name` exists and accept(value) holds; returns
        (accessible or None, last value). A name absent from the tree is given up quickly."""
        read = read or self.t.value
        found = [None, None]

        def poll():
            acc = self.named(name, roles)
            found[0] = acc
            if acc is None:
                return False
            found[1] = read(acc)
            return accept(found[1])

        if wait_for(poll, CONTRACT_GRACE):
            self.settled = True
            return found
        if found[0] is None:
            return found
        if wait_for(poll, SETTLED_TIMEOUT if self.settled else SETTLE_TIMEOUT):
            self.settled = True
        return found

    def run(self):
        spec = self.c
        confdir = tempfile.mkdtemp(prefix="conf-", dir=self.desktop.workdir)
        log = open(os.path.join(self.args.out, self.id + ".log"), "w")
        started = time.monotonic()
        proc = launch(self.args.mxlens, ["--select", spec["select"], spec["file"]],
                      self.desktop.env, confdir, log)
        try:
            self._run(proc, started)
        finally:
            stop_process(proc)
            log.close()
            shutil.rmtree(confdir, ignore_errors=True)

    def _run(self, proc, started):
        spec = self.c
        self.app = wait_for_app(self.t, proc)
        if self.app in (None, "exited"):
            self.check("application in AT-SPI tree", False,
                       "mxlens (pid %d) %s" % (proc.pid, "exited with status %s" % proc.returncode
                                               if self.app else "not found within %.0f s"
                                               % STARTUP_TIMEOUT))
            self.app = None
            return
        self.check("application in AT-SPI tree", True, "'mxlens' pid %d" % proc.pid)
        frame = wait_for(lambda: next((a for a in self.t.children(self.app)
                                       if self.t.role(a) == "frame"), None), 5)
        self.check("main window", frame is not None,
                   "frame %r" % self.t.name(frame) if frame is not None else "no frame")
        is_loaded = wait_for(self.loaded, STARTUP_TIMEOUT)
        self.r.note(self.id, "file shown after %.1f s%s" % (
            time.monotonic() - started, "" if is_loaded else " (never named in the window)"))
        # The selected tensor first: --select acts once the tensors are indexed, the last
        # thing the window does after opening.
        if "expect" in spec:
            self.check_tensor(spec["expect"], "selected")
            self.check_tensor_list()
        self.check_status()
        if spec.get("graph") and spec["kind"].startswith(("MXNet", "real MXNet")):
            self.check_graph()
        if spec.get("interact"):
            self.check_find()
        note = screenshot(self.desktop.env, os.path.join(self.args.out, "screenshots",
                                                         self.id + ".png"))
        self.r.note(self.id, note)

    def check_status(self):
        names = self.file_names_ok()
        acc, value = self.settle("Status file", lambda v: any(n in (v or "") for n in names))
        if acc is None:
            self.check("status bar: Status file", False,
                       "no accessible named 'Status file'; status bar shows %s"
                       % self.status_texts())
        else:
            self.check("status bar: Status file", any(n in (value or "") for n in names),
                       "value %r (expected to contain %s)" % (value, " or ".join(names)))
        fmt = self.c["format"]
        acc, value = self.settle("Status format", lambda v: fmt in (v or ""))
        if acc is None:
            self.check("status bar: Status format", False,
                       "no accessible named 'Status format'; status bar shows %s"
                       % self.status_texts())
        else:
            self.check("status bar: Status format", fmt in (value or ""),
                       "value %r (expected to contain %r)" % (value, fmt))

    def check_tensor(self, expect, which):
        ok_names = expect["names_ok"]
        acc, value = self.settle("Tensor name", lambda v: v in ok_names)
        if acc is None:
            self.check("Tensor dock: Tensor name (%s)" % which, False,
                       "no accessible named 'Tensor name'; the Tensor dock's first labels: %s"
                       % self.dock_labels("Tensor"))
        else:
            self.check("Tensor dock: Tensor name (%s)" % which, value in ok_names,
                       "value %r (expected one of %s)" % (value, ok_names))

        def header_ok(d):
            fields = parse_pairs(d)
            return (fields.get("dtype") == expect["dtype"] and
                    shape_numbers(fields.get("shape")) == expect["shape"])

        acc, desc = self.settle("Tensor header", header_ok, read=self.t.description)
        if acc is None:
            self.check("Tensor dock: Tensor header (%s)" % which, False,
                       "no accessible named 'Tensor header'")
            return
        fields = parse_pairs(desc)
        problems = []
        if fields.get("dtype") != expect["dtype"]:
            problems.append("dtype %r, numpy says %r" % (fields.get("dtype"), expect["dtype"]))
        if "shape" not in fields or shape_numbers(fields["shape"]) != expect["shape"]:
            problems.append("shape %r, numpy says %s" % (fields.get("shape"),
                                                         tuple(expect["shape"])))
        count = 1
        for d in expect["shape"]:
            count *= d
        # A count may be written with group separators ("9,408").
        if "elements" in fields and shape_numbers(
                re.sub(r"[,'\s\u00a0\u202f]", "", fields["elements"]))[:1] != [count]:
            problems.append("elements %r, expected %d" % (fields["elements"], count))
        self.check("Tensor dock: Tensor header (%s)" % which, not problems,
                   "; ".join(problems) if problems else "description %r" % desc)

    def dock_labels(self, title, count=3):
        """The first labels of the dock titled `title` as (name, description), for the log."""
        dock = self.named(title, {"frame"})
        if dock is None:
            return "no dock %r" % title
        labels = [(self.t.name(a), self.t.description(a)) for a in self.t.walk(dock)
                  if self.t.role(a) == "label"]
        return labels[:count]

    def check_tensor_list(self):
        spec = self.c
        self.t.clear(self.app)
        tables = self.t.find_tables(self.app, "Tensor list")
        if not tables:
            self.check("Tensor list", False, "no table named 'Tensor list'")
            return
        table = tables[0]
        docks = [a for a in self.t.ancestors(table) if self.t.role(a) == "frame"]
        self.check("Tensor list in 'Tensors' dock", any(self.t.name(a) == "Tensors" for a in docks),
                   "enclosing frames %s" % [self.t.name(a) for a in docks])
        iface = self.t.safe(table.queryTable)
        if iface is None:
            self.check("Tensor list rows", False, "the table has no Table interface")
            return
        wait_for(lambda: self.t.safe(lambda: iface.nRows, 0) == spec["tensor_count"],
                 SETTLE_TIMEOUT)
        rows = self.t.safe(lambda: iface.nRows, -1)
        self.check("Tensor list rows", rows == spec["tensor_count"],
                   "%d rows, the file holds %d tensors" % (rows, spec["tensor_count"]))
        cols = self.t.safe(lambda: iface.nColumns, 0)
        headers = []
        for c in range(cols):
            h = self.t.safe(lambda: iface.getColumnHeader(c))
            headers.append(self.t.name(h) if h is not None else
                           self.t.safe(lambda: iface.getColumnDescription(c), ""))
        wanted = ["Name", "Group", "DType", "Shape", "Size"]
        self.check("Tensor list columns", headers[:len(wanted)] == wanted,
                   "columns %s" % headers)
        cells = set()
        for r in range(max(rows, 0)):
            for c in range(min(cols, 2)):
                cell = self.t.safe(lambda: iface.getAccessibleAt(r, c))
                if cell is not None:
                    cells.add(self.t.name(cell))
        selected = [self.t.name(self.t.safe(lambda: iface.getAccessibleAt(r, 0)))
                    for r in (self.t.safe(iface.getSelectedRows) or [])]
        names = spec["expect"]["names_ok"]

        def listed(cell):
            # The list shows readable names: a module's component is prefixed by the module
            # ("gp_regression.LinvY"), export/tensornames.h.
            return cell in names or any(cell.endswith("." + n) for n in names)

        self.check("Tensor list selection follows", any(listed(n) for n in selected),
                   "selected rows %s" % selected)
        found = any(listed(c) for c in cells)
        self.check("Tensor list has selected tensor", found,
                   "%s among %d cells" % (names, len(cells)) if found
                   else "none of %s among cells %s" % (names, sorted(cells)[:8]))

    def check_graph(self):
        acc, desc = self.settle("Graph view", lambda d: "labelpx=" in (d or ""),
                                read=self.t.description)
        if acc is None:
            self.check("Graph view description", False, "no accessible named 'Graph view'")
            zoom_label = self.zoom_label()
            self.r.note(self.id, "status bar zoom label: %r" % zoom_label)
            return
        f = parse_pairs(desc, ";", "=")
        try:
            labelpx, uipx = float(f["labelpx"]), float(f["uipx"])
            zoom, folded = float(f["zoom"]), f.get("folded")
        except (KeyError, ValueError):
            self.check("Graph view description", False, "unreadable: %r" % desc)
            return
        self.check("Graph view description", True, repr(desc))
        self.check("graph labels legible", labelpx >= 0.85 * uipx,
                   "labelpx %.1f vs uipx %.1f (needs >= %.1f)" % (labelpx, uipx, 0.85 * uipx))
        self.check("MXNet parameters folded", folded == "1", "folded=%s" % folded)
        label = self.zoom_label()
        m = re.search(r"Zoom\s*(\d+)\s*%", label or "")
        self.check("Zoom status label", bool(m) and int(m.group(1)) == round(zoom * 100),
                   "label %r, view zoom=%.2f" % (label, zoom))

    def zoom_label(self):
        self.t.clear(self.app)
        for name in ("Zoom", "Status zoom"):
            acc = self.t.find(self.app, name)
            if acc is not None and re.search(r"Zoom\s*\d+", self.t.value(acc) or ""):
                return self.t.value(acc)
        for name, value in self.status_texts():
            for text in (name, value):
                if re.search(r"Zoom\s*\d+\s*%", text or ""):
                    return text
        return None

    def check_find(self):
        spec = self.c
        target = spec["find_expect"]
        edit = self.named("Find", {"text", "entry"})
        if edit is None:
            self.check("Find: line edit named 'Find'", False,
                       "no text field named 'Find' in the tool bar")
            # The same interaction through the field as it is today, to tell whether AT-SPI
            # typing works at all (a note, not a check).
            edit = next((a for a in self.t.walk(self.app) if self.t.role(a) == "text"
                         and self.t.description(a).startswith("Find")), None)
            if edit is None:
                return
        else:
            self.check("Find: line edit named 'Find'", True)
        typed = self.type_and_enter(edit, target["name"])
        self.r.note(self.id, "Find field now reads %r; %s" % (typed, self.find_status()))
        self.check_tensor(target, "after Find")

    def type_and_enter(self, edit, text):
        at = self.t.at
        editable = edit.queryEditableText()
        editable.setTextContents(text)
        wait_for(lambda: self.t.text(edit) == text, 3)

        def await_focus():
            focused = wait_for(lambda: self.t.safe(
                lambda: edit.getState().contains(at.STATE_FOCUSED)), 3)
            if not focused:
                self.r.note(self.id, "the Find field did not report focus; pressing Enter anyway")

        focus_and_press_enter(self.t, edit, await_focus)
        return self.t.text(edit)

    def find_status(self):
        """The label beside Find ("1 of 3", "no match"), for the log."""
        bar = next((a for a in self.t.walk(self.app) if self.t.role(a) == "tool bar"), None)
        if bar is None:
            return "no tool bar"
        labels = [(self.t.name(a), self.t.value(a)) for a in self.t.children(bar)
                  if self.t.role(a) == "label"]
        return "tool bar labels %s" % labels


def main():
    ap = parser(__doc__)
    ap.add_argument("--fixtures-out", required=True)
    ap.add_argument("--shared", default=os.path.join(HERE, "..", "..", "..", "shared", "fixtures"))
    ap.add_argument("--only", default="", help="comma-separated case ids")
    ap.add_argument("--keep", action="store_true", help="keep the work directory")
    args = ap.parse_args()
    args.mxlens = mxlens_path(args.mxlens)
    if args.mxlens is None:
        return 1
    require_pyatspi()

    out = os.path.abspath(args.fixtures_out)
    if os.path.isdir(out):
        shutil.rmtree(out)
    p = subprocess.run([sys.executable, os.path.join(HERE, "make_gui_fixtures.py"), out,
                        "--data", args.data, "--shared", args.shared],
                       capture_output=True, text=True)
    if p.returncode != 0:
        print("FAIL: make_gui_fixtures.py\n" + p.stdout + p.stderr)
        return 1
    with open(os.path.join(out, "manifest.json")) as f:
        cases = json.load(f)["cases"]
    for c in cases:
        c["interact"] = c["id"] == "checkpoint"
    if args.only:
        wanted = set(args.only.split(","))
        cases = [c for c in cases if c["id"] in wanted]
    args.out = os.path.join(out, "results")
    os.makedirs(os.path.join(args.out, "screenshots"), exist_ok=True)

    workdir = tempfile.mkdtemp(prefix="mxlens-gui-")
    desktop = Desktop(workdir)
    report = Report()
    began = time.monotonic()
    try:
        env, tree = desktop.start_session()
        print("display %s, session bus %s, AT-SPI bus %s" % (
            desktop.display, env["DBUS_SESSION_BUS_ADDRESS"], desktop.a11y), flush=True)
        for c in cases:
            print("--- %s: %s (%s)" % (c["id"], c["kind"], c["file"]), flush=True)
            Case(c, args, tree, desktop, report).run()
    finally:
        desktop.stop()
        for name in ("xvfb", "dbus", "at-spi"):
            src = os.path.join(workdir, name + ".log")
            if os.path.exists(src):
                shutil.copy(src, os.path.join(args.out, name + ".log"))
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    with open(os.path.join(args.out, "report.txt"), "w") as f:
        f.write("\n".join(report.lines) + "\n")
    print("gui_window_atspi: %d checks passed and %d failed on %d files in %.0f s; "
          "screenshots and logs in %s" % (report.passed, report.failed, len(cases),
                                          time.monotonic() - began, args.out), flush=True)
    return 1 if report.failed else 0


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    sys.exit(main())
