#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The folders import only downward: check_layering.py SOURCE_DIR

Every `#include "x/y.h"` of core/, cli/, ui/ and app/ is resolved as the compiler does (the
file's own folder, then cli/ for the CLI's files, ui/ for the window's, then core/) and must
point to a folder earlier in LAYERS than the file's own folder (or the same one). A file in
core/ never reaches cli/, ui/ or app/; cli/ never reaches ui/ or app/. Prints every violation
with file:line and exits 1; exits 0 when there is none."""
import os
import re
import sys

# Bottom first. A folder may include itself and anything listed before it.
# Each format of core/formats is a layer of its own; the files directly in core/formats
# (TensorEntry, which the MXFusion reader lists and every format loads) sit between the readers
# they hold and the MXFusion reader; the dispatcher that opens any kind of file is core/open.
LAYERS = [
    "core/common", "core/tensor", "core/archive", "core/graph", "core/layout",
    "core/formats/json", "core/formats/npy", "core/formats/npz", "core/formats/safetensors",
    "core/formats/mxnet", "core/formats", "core/formats/mxfusion", "core/open",
    "core/reconcile", "core/validate", "core/export", "core/diff", "core/document",
    "core/buildinfo",
    "cli",
    "ui", "ui/models", "ui/widgets", "ui/graph", "ui/panels", "ui/diff", "ui/matching",
    "ui/document", "ui/mainwindow",
    "app",
]
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def folder_of(path):
    """core/formats/mxnet/x.h -> core/formats/mxnet; core/formats/tensorentry.h -> core/formats;
    core/document/commands/x.h -> core/document; ui/selectionhub.h -> ui; app/main.cpp -> app;
    cli/commands/info.cpp -> cli (one layer)."""
    parts = path.split("/")
    if parts[0] in ("app", "cli") or len(parts) == 2:
        return parts[0]
    if parts[:2] == ["core", "formats"] and len(parts) > 3:
        return "/".join(parts[:3])
    return parts[0] + "/" + parts[1]


def resolve(root, including, name):
    own = os.path.dirname(including)
    candidates = [os.path.join(own, name)]
    if including.startswith(("cli/", "app/")):
        candidates.append(os.path.join("cli", name))
    if including.startswith(("ui/", "app/")):
        candidates.append(os.path.join("ui", name))
    candidates.append(os.path.join("core", name))
    for c in candidates:
        if os.path.isfile(os.path.join(root, c)):
            return os.path.normpath(c)
    return None


def main():
    root = sys.argv[1]
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    problems = []
    for top in ("core", "cli", "ui", "app"):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for f in sorted(files):
                if not f.endswith((".h", ".cpp")):
                    continue
                path = os.path.relpath(os.path.join(folder, f), root)
                mine = folder_of(path)
                if mine not in rank:
                    problems.append("%s: folder %s is not in the layer list of %s"
                                    % (path, mine, os.path.basename(__file__)))
                    continue
                text = open(os.path.join(root, path), encoding="utf-8").read()
                for m in INCLUDE.finditer(text):
                    target = resolve(root, path, m.group(1))
                    if target is None:
                        continue  # generated (moc, ui) or a system header in quotes
                    theirs = folder_of(target)
                    if theirs == mine or theirs not in rank:
                        continue
                    if rank[theirs] > rank[mine]:
                        line = text.count("\n", 0, m.start(1)) + 1
                        problems.append("%s:%d: %s includes %s (%s is above %s)"
                                        % (path, line, mine, target, theirs, mine))
    for p in problems:
        print(p)
    print("layering: %d violation(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
