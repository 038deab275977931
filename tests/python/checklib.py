# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""What the check_*.py scripts share: their command line, a tally of named checks and how they
end."""
import argparse
import subprocess

failures = []
passed = 0


def cli_parser(*required):
    """The command line of a check of mxlens-cli: --cli PATH and each option in `required`, all
    required; the caller adds its own options and parses."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--cli", required=True)
    for option in required:
        parser.add_argument(option, required=True)
    return parser


def check(where, ok, message=""):
    """Counts one check; a failed one is reported with `where` and `message` at the end."""
    global passed
    if ok:
        passed += 1
    else:
        failures.append("%s: %s" % (where, message))


def run(cli, args, timeout=60):
    return subprocess.run([cli] + args, capture_output=True, text=True, timeout=timeout)


def finish():
    """Prints every failure and the tally; the exit status for the script."""
    for f in failures:
        print("FAIL", f)
    print("%d passed, %d failed" % (passed, len(failures)))
    return 1 if failures else 0
