#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The window in Simplified Chinese (issue 18), read through AT-SPI as check_window.py does
(same private Xvfb, D-Bus session and AT-SPI bus: atspi_session.py).

  /usr/bin/python3 tests/gui/check_window_zh.py --mxlens build/app/mxlens \\
      [--data tests/fixtures/data] [--out DIR]

Starts `mxlens FILE` with LANG=zh_CN.UTF-8 LANGUAGE=zh_CN (no --lang: the environment alone
must choose Chinese), then checks:
  - the menu bar's items are Chinese: 文件, 编辑, 视图, 帮助 (with their accelerators);
  - the docks are titled in Chinese: 大纲, 张量, 属性, 问题;
  - the "张量列表" (Tensor list) table's column headers are Chinese and none is clipped at the
    default window size: each header cell's width (AT-SPI extents) holds an estimate of its
    text's width (a CJK glyph is one em, the em taken from the header's height, Latin glyphs
    0.6 em, plus the cell's margins).
A screenshot goes to OUT/mxlens-zh_CN.png for people to look at.

Exit status as check_window.py: 0 passed, 1 failed, 77 (SKIP) without Xvfb, D-Bus, AT-SPI,
pyatspi or a CJK font, except under CI.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import atspi_session as cw  # noqa: E402

MENUS = ["文件", "编辑", "视图", "帮助"]
DOCKS = ["大纲", "张量", "属性", "问题"]
TENSOR_LIST = "张量列表"
COLUMNS = ["名称", "组", "数据类型", "形状", "大小"]
CASE = "zh_CN"


def has_cjk_font():
    if not shutil.which("fc-list"):
        return True  # cannot tell; the window will show
    p = subprocess.run(["fc-list", ":lang=zh-cn", "family"], capture_output=True, text=True)
    return bool(p.stdout.strip())


def text_width(text, em):
    """A generous estimate of text's width in pixels at em pixels per CJK glyph."""
    width = 0.0
    for ch in text:
        wide = unicodedata.east_asian_width(ch) in ("W", "F")
        width += em if wide else 0.62 * em
    return width


def extents(tree, acc):
    import pyatspi
    box = tree.safe(lambda: acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS))
    return None if box is None else (box.x, box.y, box.width, box.height)


def main():
    ap = cw.parser(__doc__)
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    mxlens = cw.mxlens_path(args.mxlens)
    if mxlens is None:
        return 1
    cw.require_pyatspi()
    if not has_cjk_font():
        cw.unavailable("no font covers Simplified Chinese (apt-get install fonts-wqy-microhei)")
    file = os.path.abspath(os.path.join(args.data, "mxfusion", "gp_regression.zip"))
    workdir = tempfile.mkdtemp(prefix="mxlens-gui-zh-")
    out = os.path.abspath(args.out) if args.out else workdir
    os.makedirs(out, exist_ok=True)
    desktop = cw.Desktop(workdir)
    report = cw.Report()
    proc = None
    try:
        env, tree = desktop.start_session()
        log = open(os.path.join(out, "mxlens-zh.log"), "w")
        proc = cw.launch(mxlens, [file], env, os.path.join(workdir, "conf"), log,
                         unset=("LC_ALL", "LC_MESSAGES"), LANG="zh_CN.UTF-8", LANGUAGE="zh_CN")
        app = cw.wait_for_app(tree, proc)
        if app in (None, "exited"):
            report.check(CASE, "application in AT-SPI tree", False, "mxlens did not come up")
            return 1

        def tensor_tables():
            tree.clear(app)
            return tree.find_tables(app, TENSOR_LIST)

        cw.wait_for(tensor_tables, cw.STARTUP_TIMEOUT)  # the file is indexed

        # Menu bar.
        bar = next((a for a in tree.walk(app, prune=False) if tree.role(a) == "menu bar"), None)
        items = [tree.name(a) for a in tree.children(bar)] if bar is not None else []
        missing = [m for m in MENUS if not any(i.startswith(m) for i in items)]
        report.check(CASE, "menu bar in Chinese", bar is not None and not missing,
                     "items %s%s" % (items, "; missing %s" % missing if missing else ""))

        # Dock titles.
        frames = [tree.name(a) for a in tree.walk(app) if tree.role(a) == "frame"]
        missing = [d for d in DOCKS if d not in frames]
        report.check(CASE, "dock titles in Chinese", not missing,
                     "frames %s%s" % (frames, "; missing %s" % missing if missing else ""))

        # The Tensor list: raise its dock (tabbed with the outline), then its headers.
        for acc in tree.walk(app, prune=False):
            if tree.role(acc) == "page tab" and tree.name(acc) == "张量":
                tree.safe(lambda: acc.queryAction().doAction(0))
                break
        time.sleep(1.0)
        tables = tensor_tables()
        if not tables:
            report.check(CASE, "Tensor list", False, "no table named %r" % TENSOR_LIST)
        else:
            table = tables[0]
            iface = tree.safe(table.queryTable)
            cols = tree.safe(lambda: iface.nColumns, 0) if iface is not None else 0
            headers, clipped, widths = [], [], []
            for c in range(cols):
                h = tree.safe(lambda: iface.getColumnHeader(c))
                name = tree.name(h) if h is not None else ""
                headers.append(name)
                box = extents(tree, h) if h is not None else None
                if box is None or box[2] <= 0 or box[3] <= 0:
                    clipped.append("%s: no extents" % name)
                    continue
                # A header is about 1.8 em of its font high (line height and margins).
                em = max(12.0, 0.55 * box[3])
                need = text_width(name, em) + 8
                widths.append("%s %dpx/%dpx" % (name, box[2], need))
                if box[2] < need:
                    clipped.append("%s: %d px wide, its text needs about %d" % (name, box[2],
                                                                               need))
            report.check(CASE, "Tensor list columns in Chinese",
                         headers[:len(COLUMNS)] == COLUMNS, "columns %s" % headers)
            report.check(CASE, "Tensor list headers not clipped", cols > 0 and not clipped,
                         "; ".join(clipped) if clipped else ", ".join(widths))
        report.note(CASE, cw.screenshot(env, os.path.join(out, "mxlens-zh_CN.png")))
    finally:
        if proc is not None:
            cw.stop_process(proc)
        desktop.stop()
        if not args.out:
            shutil.rmtree(workdir, ignore_errors=True)
    print("gui_window_zh: %d checks passed and %d failed" % (report.passed, report.failed))
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
