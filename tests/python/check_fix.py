#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""`mxlens-cli reconcile SAVED CURRENT --fix [--json]` on every pair of
tests/fixtures/data/pairs/manifest.json: a pair that loads gets an empty plan; for a pair that
does not, the plan's saved names applied with `export --rename` (and the code-side names applied
to the current archive the same way, as the code change would) make `reconcile` predict
success, and the plan never names two components that are not each other's (the truth of the
manifest); where the manifest says names cannot help, the tool says why, with exit status 1.

Run with Debian's interpreter: check_fix.py --cli PATH/mxlens-cli --data tests/fixtures/data
"""
import json
import os
import sys
import tempfile

from checklib import check, cli_parser, finish, run


def rename_args(renames):
    out = []
    for r in renames:
        out += ["--rename", "%s=%s" % (r["uuid"], r["name"] if r["name"] is not None else "")]
    return out


def check_pair(cli, data, row, tmp):
    saved, current = os.path.join(data, row["saved"]), os.path.join(data, row["current"])
    where = "reconcile --fix %s %s" % (row["saved"], row["current"])
    r = run(cli, ["reconcile", saved, current, "--fix", "--json"])
    try:
        out = json.loads(r.stdout)
        fix = out["fix"]
    except (ValueError, KeyError):
        check(where, False, "no fix object: exit %d %r %r" % (r.returncode, r.stdout[:200], r.stderr))
        return
    keys = {"by_naming", "saved_renames", "current_renames", "why_not"}
    check(where + " (keys)", keys <= set(fix), "keys %s" % sorted(fix))
    check(where + " (by_naming)", fix["by_naming"] == row["by_naming"],
          "by_naming %r, expected %r (%s)" % (fix["by_naming"], row["by_naming"], fix.get("why_not")))
    check(where + " (exit status)", r.returncode == (0 if fix["by_naming"] else 1),
          "exit %d with by_naming %r" % (r.returncode, fix["by_naming"]))
    if row["loads"]:
        check(where + " (empty plan)", fix["by_naming"] and not fix["saved_renames"]
              and not fix["current_renames"], "a pair that loads got %r" % fix)
        return
    if not fix["by_naming"]:
        check(where + " (why)", bool(fix["why_not"]) and "transplant" in fix["why_not"].lower()
              or "by hand" in (fix["why_not"] or ""), "no reason given: %r" % fix["why_not"])
        check(where + " (no names)", not fix["saved_renames"] and not fix["current_renames"],
              "names without a plan: %r" % fix)
        return
    check(where + " (some names)", bool(fix["saved_renames"] or fix["current_renames"]),
          "a failing pair with an empty plan")
    # Never wrong: a name given on both sides joins true counterparts only.
    truth = row["truth"]
    saved_by_name = {x["name"]: x["uuid"] for x in fix["saved_renames"] if x["name"]}
    for c in fix["current_renames"]:
        s = saved_by_name.get(c["name"])
        check(where + " (code name %s)" % c["name"], s is not None and truth.get(s) == c["uuid"],
              "names saved %s and current %s, which are not counterparts" % (s, c["uuid"]))
        check(where + " (where %s)" % c["name"], bool(c["where"]) and c["line"].endswith("= ...")
              and c["name"] in c["line"], "no way to find it: %r" % c)
    fixed = os.path.join(tmp, os.path.basename(row["saved"]) + ".fixed.zip")
    e = run(cli, ["export", saved, "-o", fixed] + rename_args(fix["saved_renames"]))
    check(where + " (export saved)", e.returncode == 0, e.stderr)
    if fix["current_renames"]:
        cur = os.path.join(tmp, os.path.basename(row["current"]) + ".named.zip")
        e = run(cli, ["export", current, "-o", cur] + rename_args(fix["current_renames"]))
        check(where + " (export current)", e.returncode == 0, e.stderr)
        current = cur
    r = run(cli, ["reconcile", fixed, current, "--json"])
    after = json.loads(r.stdout or "{}")
    check(where + " (loads after)", r.returncode == 0 and after.get("mxfusion", {}).get("ok"),
          "still %r" % after.get("mxfusion"))
    # And MXFusion's pairs then agree with the truth wherever the truth knows the component.
    wrong = [m for m in after.get("matches", []) if m["saved"] in truth and truth[m["saved"]] != m["current"]]
    check(where + " (pairs after)", not wrong, "wrong pairs %r" % wrong[:3])
    r = run(cli, ["reconcile", fixed, current, "--fix", "--json"])
    again = json.loads(r.stdout or "{}").get("fix", {})
    check(where + " (plan after)", r.returncode == 0 and again.get("by_naming")
          and not again.get("saved_renames") and not again.get("current_renames"), "%r" % again)


def main():
    args = cli_parser("--data").parse_args()
    with open(os.path.join(args.data, "pairs", "manifest.json")) as f:
        rows = json.load(f)
    with tempfile.TemporaryDirectory() as tmp:
        for row in rows:
            check_pair(args.cli, args.data, row, tmp)
        # The text form says the same, and --fix without a failure says there is nothing to do.
        amb = [os.path.join(args.data, x) for x in ["mxfusion/ambiguous_edges.zip", "pairs/ambiguous_current.zip"]]
        r = run(args.cli, ["reconcile"] + amb + ["--fix"])
        check("reconcile --fix (text, no plan)", r.returncode == 1 and "no naming" in r.stdout, r.stdout)
        # One pair made by hand settles which input is which: then names can work.
        out = json.loads(run(args.cli, ["reconcile"] + amb + ["--mode", "assisted", "--json"]).stdout)
        first = out["candidates"][0]
        mapping = os.path.join(tmp, "map.json")
        with open(mapping, "w") as f:
            json.dump({"format": "mxlens-mapping", "version": 1, "pairs": [
                {"saved": first["saved"], "current": first["candidates"][0]["current"]}]}, f)
        r = run(args.cli, ["reconcile"] + amb + ["--mapping", mapping, "--fix", "--json"])
        fix = json.loads(r.stdout or "{}").get("fix", {})
        check("reconcile --fix --mapping", r.returncode == 0 and fix.get("by_naming")
              and len(fix.get("current_renames", [])) == 2, "%r" % fix)
        r = run(args.cli, ["reconcile", os.path.join(args.data, "mxfusion/simple_normal.zip"),
                           os.path.join(args.data, "pairs/simple_renamed_current.zip"), "--fix"])
        check("reconcile --fix (text)", r.returncode == 0 and "-> mu" in r.stdout
              and "export" in r.stdout, r.stdout)
    return finish()


if __name__ == "__main__":
    sys.exit(main())
