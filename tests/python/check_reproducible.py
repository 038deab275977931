#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Regenerates the fixtures into a temporary folder and checks that they equal the committed
ones byte for byte, so the generator and the data never drift apart."""
import filecmp
import os
import subprocess
import sys
import tempfile

fixtures = sys.argv[1]
committed = os.path.join(fixtures, "data")
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run([sys.executable, os.path.join(fixtures, "make_fixtures.py"), tmp],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(fixtures, "make_mxnet_fixtures.py"), tmp],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, os.path.join(fixtures, "make_legacy_fixtures.py"), tmp],
                   check=True, stdout=subprocess.DEVNULL)
    passed = failed = 0
    for root, _, files in os.walk(tmp):
        for name in sorted(files):
            fresh = os.path.join(root, name)
            rel = os.path.relpath(fresh, tmp)
            old = os.path.join(committed, rel)
            if os.path.exists(old) and filecmp.cmp(fresh, old, shallow=False):
                passed += 1
            else:
                failed += 1
                print(f"differs or missing in tests/fixtures/data: {rel}")
    for root, _, files in os.walk(committed):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), committed)
            if not os.path.exists(os.path.join(tmp, rel)):
                failed += 1
                print(f"committed but no longer generated: {rel}")
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or not passed else 0)
