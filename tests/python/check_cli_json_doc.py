#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""docs/cli-json.md against the real `mxlens-cli … --json`: the page's key tables ("Object
`PATH`"), enumerations ("Enum `NAME`") and console examples are read from the markdown, the
documented commands are run on the fixtures, and the output must agree:

- every key of a documented object is listed in its table (no undocumented key, at any level
  the page documents; an object or list of objects the page neither documents nor calls a map
  is an error);
- every value has the table's JSON type, and a value of an enumeration is one of its values;
- a key marked "always" is in every instance; "with `--stats`" / "with `--fix`" only in runs
  with that option (and `--fix` in every one); a condition naming formats holds exactly for
  those formats; every other key is seen at least once; every documented object is seen;
- the exit status and the summary counts agree with the output, as the page says;
- every console example prints exactly what the page shows, with the exit status it shows;
- the enumerations of formats, error codes, problem codes and dtypes are the sources' lists.

check_cli_json_doc.py --cli PATH --data tests/fixtures/data [--real tests/fixtures/real/mxnet-real]
"""
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

from checklib import check, cli_parser, finish

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TYPE_WORDS = ("string", "integer", "number", "boolean", "null", "array", "object")
NON_FINITE = ("NaN", "Infinity", "-Infinity")


# ---- the page ----------------------------------------------------------------------------

def cells(line):
    return [c.strip() for c in re.split(r"(?<!\\)\|", line.strip())[1:-1]]


def parse_doc(path):
    """{path: {key: row}}, {enum: set(values)}, [console example blocks]."""
    objects, enums, examples = {}, {}, []
    lines = open(path, encoding="utf-8").read().split("\n")
    current = None  # ("object" | "enum", name)
    in_console = False
    block = []
    for line in lines:
        if in_console:
            if line.startswith("```"):
                examples.append(block)
                in_console = False
            else:
                block.append(line)
            continue
        if line.startswith("```console"):
            in_console, block = True, []
            continue
        m = re.match(r"#{2,6} (Object|Enum) `([^`]+)`\s*$", line)
        if m:
            current = (m.group(1).lower(), m.group(2))
            if current[0] == "object":
                objects[current[1]] = {}
            else:
                enums[current[1]] = set()
            continue
        if line.startswith("#"):
            current = None
            continue
        if current and line.startswith("|"):
            row = cells(line)
            first = re.fullmatch(r"`([^`]+)`", row[0])
            if not first:
                continue  # the header and the separator
            if current[0] == "enum":
                enums[current[1]].add(first.group(1))
            else:
                check("doc: %s.%s has four cells" % (current[1], first.group(1)), len(row) == 4,
                      line)
                if len(row) == 4:
                    objects[current[1]][first.group(1)] = parse_row(row)
    return objects, enums, examples


def parse_row(row):
    _, type_cell, present, meaning = row
    t = type_cell.lower()
    link = re.search(r"\[`([^`]+)`\]\(#object-[^)]*\)", type_cell)
    nonfinite = "non-finite string" in t
    t = re.sub(r"\[`[^`]*`\]\([^)]*\)", "", t)
    elements = re.search(r"\barray of (integers|strings)\b", t)
    is_map = "(map)" in t
    t = re.sub(r"\([^)]*\)", "", t)
    t = t.replace("non-finite string", "")
    t = re.sub(r"\bof \w+", "", t)
    types = set(re.findall(r"\b(%s)\b" % "|".join(TYPE_WORDS), t))
    enum = re.search(r"\(#enum-([a-z0-9-]+)\)", type_cell + " " + meaning)
    return {
        "types": types, "nonfinite": nonfinite, "link": link.group(1) if link else None,
        "elements": elements.group(1) if elements else None, "map": is_map,
        "present": present, "enum": enum.group(1) if enum else None,
    }


# ---- checking one output ------------------------------------------------------------------

class Contract:
    def __init__(self, objects, enums):
        self.objects, self.enums = objects, enums
        self.instances = {p: 0 for p in objects}
        self.seen = {(p, k): 0 for p, rows in objects.items() for k in rows}
        self.keys_checked = 0

    def type_ok(self, row, v):
        if isinstance(v, bool):
            return "boolean" in row["types"]
        if v is None:
            return "null" in row["types"]
        if isinstance(v, int):
            return bool({"integer", "number"} & row["types"])
        if isinstance(v, float):
            return "number" in row["types"]
        if isinstance(v, str):
            return "string" in row["types"] or (row["nonfinite"] and v in NON_FINITE)
        if isinstance(v, list):
            if "array" not in row["types"]:
                return False
            if row["elements"] == "integers":
                return all(isinstance(x, int) and not isinstance(x, bool) for x in v)
            if row["elements"] == "strings":
                return all(isinstance(x, str) for x in v)
            return True
        if isinstance(v, dict):
            return "object" in row["types"]
        return False

    def walk(self, value, path, run, where):
        rows = self.objects.get(path)
        if rows is None:
            check("%s: %s is documented" % (run.name, path), False, where)
            return
        if not isinstance(value, dict):
            check("%s: %s is an object" % (run.name, where), False, repr(value)[:200])
            return
        self.instances[path] += 1
        for key in value:
            check("%s: %s.%s is documented" % (run.name, path, key), key in rows,
                  "undocumented key at %s" % where)
        for key, row in rows.items():
            self.keys_checked += 1
            present = key in value
            self.check_presence(path, key, row, present, run, where)
            if not present:
                continue
            self.seen[(path, key)] += 1
            v = value[key]
            check("%s: %s.%s has type %s" % (run.name, path, key, "/".join(sorted(row["types"]))),
                  self.type_ok(row, v), "%s.%s = %s" % (where, key, json.dumps(v)[:200]))
            if row["enum"]:
                values = self.enums.get(row["enum"], set())
                check("%s: %s.%s is a %s" % (run.name, path, key, row["enum"]),
                      v is None or v in values or (row["nonfinite"] and v in NON_FINITE),
                      "%s.%s = %r" % (where, key, v))
            self.descend(v, row, path, key, run, "%s.%s" % (where, key))

    def descend(self, v, row, path, key, run, where):
        target = row["link"]
        items = v if isinstance(v, list) else [v]
        nested = [x for x in items if isinstance(x, (dict, list))]
        if not nested:
            return
        if row["map"]:
            return  # keys from the data; values are checked by the type only
        if target is None:
            check("%s: %s.%s's objects are documented" % (run.name, path, key), False,
                  "%s holds %s" % (where, json.dumps(v)[:200]))
            return
        for i, x in enumerate(items):
            if x is not None:
                self.walk(x, target, run, "%s[%d]" % (where, i) if isinstance(v, list) else where)

    def check_presence(self, path, key, row, present, run, where):
        cond = row["present"]
        name = "%s: %s.%s present (%s)" % (run.name, path, key, cond)
        if cond.startswith("always"):
            check(name, present, "missing at %s" % where)
            return
        if "`--stats`" in cond and not run.has("--stats"):
            check(name, not present, "present without --stats at %s" % where)
        if "`--fix`" in cond:
            check(name, present == run.has("--fix"), "at %s" % where)
        formats = [f for f in re.findall(r"`([^`]+)`", cond) if f in self.enums.get("format", ())]
        if formats and run.format is not None:
            check(name, present == (run.format in formats),
                  "format %s at %s" % (run.format, where))

    def finish(self):
        for path, n in self.instances.items():
            check("an instance of %s was checked" % path, n > 0, "no run printed one")
        for (path, key), n in self.seen.items():
            if self.instances.get(path):
                check("%s.%s was seen" % (path, key), n > 0, "no run printed it")


# ---- running the commands -----------------------------------------------------------------

class Run:
    def __init__(self, cli, data, command, args):
        self.command, self.args = command, args
        self.name = " ".join([command] + args)
        r = subprocess.run([cli, command] + args, cwd=data, capture_output=True, text=True,
                           timeout=120)
        self.rc, self.stdout, self.stderr = r.returncode, r.stdout, r.stderr
        self.json = None
        self.format = None
        if r.returncode in (0, 1):
            try:
                self.json = json.loads(r.stdout)
            except ValueError as e:
                check("%s: prints JSON" % self.name, False, "%s: %s" % (e, r.stdout[:200]))
        check("%s: exit 0 or 1" % self.name, r.returncode in (0, 1),
              "exit %d: %s" % (r.returncode, r.stderr.strip()))
        check("%s: nothing on stderr" % self.name, r.stderr == "", r.stderr[:200])
        if isinstance(self.json, dict) and command in ("info", "validate"):
            self.format = self.json.get("format")

    def has(self, option):
        return option in self.args


def check_exit_status(run):
    j = run.json
    if not isinstance(j, dict):
        return
    name = "%s: exit status" % run.name
    if run.command in ("info", "validate"):
        severities = [p.get("severity") for p in j.get("problems", [])]
        check(name, run.rc == (1 if "error" in severities else 0), "exit %d" % run.rc)
        if run.command == "validate":
            counts = [severities.count(s) for s in ("error", "warning", "info")]
            check("%s: counts" % run.name,
                  [j.get("errors"), j.get("warnings"), j.get("infos")] == counts
                  and j.get("valid") == (counts[0] == 0), json.dumps(j)[:200])
    elif run.command == "reconcile":
        if "fix" in j:
            check(name, run.rc == (0 if j["fix"].get("by_naming") else 1), "exit %d" % run.rc)
        else:
            check(name, run.rc == (0 if j.get("complete") else 1), "exit %d" % run.rc)
        if j.get("mode") == "mxfusion":
            check("%s: complete is mxfusion.ok" % run.name,
                  j.get("complete") == j.get("mxfusion", {}).get("ok"), "")
    elif run.command == "diff":
        check(name, run.rc == (0 if j.get("identical") else 1), "exit %d" % run.rc)
        s = j.get("summary", {})
        listed = len(j.get("components", [])) + len(j.get("tensors", []))
        check("%s: summary counts what is listed" % run.name,
              s.get("added", 0) + s.get("removed", 0) + s.get("changed", 0) == listed
              and j.get("identical") == (listed == 0), json.dumps(s))


def check_examples(cli, data, examples):
    """Console blocks: "$ mxlens-cli ARGS" then what it prints (stdout, then stderr), and
    "$ echo $?" then its exit status."""
    count = 0
    for block in examples:
        last = None
        i = 0
        while i < len(block):
            line = block[i]
            i += 1
            if not line.startswith("$ "):
                continue
            expected = []
            while i < len(block) and not block[i].startswith("$ "):
                expected.append(block[i])
                i += 1
            command = line[2:]
            if command == "echo $?":
                check("example exit status of %s" % (last.args if last else "?"),
                      last is not None and [str(last.returncode)] == expected,
                      "got %s, page says %s" % (last.returncode if last else None, expected))
                continue
            args = shlex.split(command)
            check("example %s runs mxlens-cli" % command, args[0] == "mxlens-cli", "")
            last = subprocess.run([cli] + args[1:], cwd=data, capture_output=True, text=True,
                                  timeout=120)
            got = (last.stdout + last.stderr).rstrip("\n").split("\n")
            count += 1
            check("example `%s` prints what the page shows" % command, got == expected,
                  first_difference(expected, got))
    check("the page has examples of every command",
          count >= 4, "%d examples" % count)


def first_difference(expected, got):
    for n, (a, b) in enumerate(zip(expected, got)):
        if a != b:
            return "line %d: page %r, output %r" % (n + 1, a, b)
    return "page has %d lines, output %d" % (len(expected), len(got))


def check_errors(cli, data):
    for args, path in ((["info", "no-such-file.zip", "--json"], "no-such-file.zip"),
                       (["validate", "malformed/not_a_zip.zip", "--json"],
                        "malformed/not_a_zip.zip"),
                       (["diff", "npz/mixed.npz", "malformed/truncated.zip", "--json"],
                        "malformed/truncated.zip")):
        r = subprocess.run([cli] + args, cwd=data, capture_output=True, text=True, timeout=60)
        lines = r.stderr.split("\n")
        check("error %s: exit 2, nothing on stdout, one stderr line" % args,
              r.returncode == 2 and r.stdout == "" and len(lines) == 2 and lines[1] == ""
              and lines[0].startswith("mxlens-cli: error: %s: " % path),
              "exit %d, stdout %r, stderr %r" % (r.returncode, r.stdout[:100], r.stderr))
    r = subprocess.run([cli, "reconcile", "a.zip", "--json"], cwd=data, capture_output=True,
                       text=True, timeout=60)
    check("usage error: exit 2, two stderr lines",
          r.returncode == 2 and r.stdout == "" and re.fullmatch(
              r"mxlens-cli: error: [^\n]+\nTry 'mxlens-cli --help'\.\n", r.stderr) is not None,
          r.stderr)


# ---- the sources' enumerations ------------------------------------------------------------

def source_file(pattern):
    for path in glob.glob(os.path.join(ROOT, "core", "**", "*.*"), recursive=True):
        if path.endswith((".cpp", ".h")):
            text = open(path, encoding="utf-8").read()
            m = re.search(pattern, text)
            if m:
                return text, m
    return None, None


def function_strings(signature):
    """The u"…"_s literals returned by the function whose definition starts with
    `signature`."""
    text, m = source_file(re.escape(signature) + r"[^)]*\)\s*\{")
    if not text:
        return None
    body = text[m.end():]
    body = body[:body.find("\n}\n")]
    return set(re.findall(r'return u"([^"]+)"_s;', body))


def check_enums_against_sources(enums):
    expected = {
        "format": function_strings("QString formatName(FileFormat"),
        "error-code": function_strings("QString errorCodeName(ErrorCode"),
    }
    text, _ = source_file(r"inline constexpr Code \w+\{\"")
    if text:
        expected["problem-code"] = {c for c in re.findall(r'inline constexpr Code \w+\{"([^"]+)"\}',
                                                          text) if not c.endswith(".")}
    text, _ = source_file(r"DTypeRow, \d+> kTypes")
    if text:
        expected["dtype"] = set(re.findall(r'\{DType::\w+, "(\w+)"', text))
    for name, values in expected.items():
        if values:
            values.discard("unknown")  # the fallback after a switch, not a value
        check("enum %s is in the sources" % name, bool(values), "not found under core/")
        if values:
            doc = enums.get(name, set())
            check("enum %s matches the sources" % name, doc == values,
                  "only in the page: %s; only in the code: %s"
                  % (sorted(doc - values), sorted(values - doc)))


# ---- the runs -----------------------------------------------------------------------------

INFO_FILES = [
    "mxfusion/simple_normal.zip", "mxfusion/gp_regression.zip", "mxfusion/dtypes.zip",
    "mxfusion/ambiguous_edges.zip", "mxfusion/bnn_meanfield.zip",
    "malformed/lying_npy_header.zip", "malformed/nan_constants.zip",
    "malformed/duplicate_entry.zip", "malformed/bad_crc_npz.zip",
    "legacy/simple_normal_v021/inference_graphs.json", "legacy/gp_regression_v020/inference_graph_0.json",
    "mxnet/gluon_1x-symbol.json", "mxnet/foreach_subgraph-symbol.json", "mxnet/sparse.nd",
    "mxnet/unnamed_mixed.nd", "mxnet/dtypes.params", "mxnet/reserved_trailing.params",
    "mxnet/sparse_bad_indices.nd", "mxnet/empty.nd",
    "npz/mixed.npz", "npz/empty.npz", "npy/c16.npy", "npy/f4_be.npy", "npy/zero_d.npy",
    "npy/zero_size.npy", "npy/fortran_2d.npy",
]


def make_extra_files(cli, data, tmp):
    """Files the fixtures lack: safetensors (written by convert), and two npz that differ in
    shape and in values including all-zero ones (numpy, when it is installed)."""
    files = []
    for source, name in (("npz/mixed.npz", "mixed.safetensors"),
                         ("mxnet/dtypes.params", "dtypes.safetensors")):
        out = os.path.join(tmp, name)
        r = subprocess.run([cli, "convert", source, "-o", out], cwd=data, capture_output=True,
                           text=True, timeout=60)
        check("convert %s -> %s" % (source, name), r.returncode == 0, r.stderr)
        if r.returncode == 0:
            files.append(out)
    pair = None
    try:
        import numpy as np
        a, b = os.path.join(tmp, "a.npz"), os.path.join(tmp, "b.npz")
        np.savez(a, w=np.array([1.0, 2.0, 3.0]), zeros=np.zeros(3), shape=np.ones((2, 3)),
                 gone=np.ones(2), nan=np.array([np.nan, 1.0]))
        np.savez(b, w=np.array([1.0, 2.5, 3.0]), zeros=np.array([0.0, 1.0, 0.0]),
                 shape=np.ones((3, 2)), new=np.ones(1), nan=np.array([2.0, 1.0]))
        pair = (a, b)
    except ImportError:
        pass
    return files, pair


def make_mapping(cli, data, tmp, saved, current):
    """A mapping file locking one pair assisted matching finds by edge, so `manual` and
    `locked` appear."""
    r = subprocess.run([cli, "reconcile", saved, current, "--json", "--mode", "assisted"],
                       cwd=data, capture_output=True, text=True, timeout=60)
    try:
        matches = json.loads(r.stdout)["matches"]
    except (ValueError, KeyError):
        matches = []
    pair = next((m for m in matches if m["rule"] != "name"), None)
    check("a pair to lock in a mapping", pair is not None, r.stdout[:200])
    if pair is None:
        return None
    path = os.path.join(tmp, "map.json")
    with open(path, "w") as f:
        json.dump({"format": "mxlens-mapping", "version": 1, "saved": saved, "current": current,
                   "pairs": [{"saved": pair["saved"], "current": pair["current"],
                              "locked": True}], "rejected": []}, f)
    return path


def main():
    parser = cli_parser("--data")
    parser.add_argument("--real", help="tests/fixtures/real/mxnet-real (a checkpoint)")
    parser.add_argument("--doc", default=os.path.join(ROOT, "docs", "cli-json.md"))
    args = parser.parse_args()
    cli, data = os.path.abspath(args.cli), os.path.abspath(args.data)

    objects, enums, examples = parse_doc(args.doc)
    for needed in ("info", "validate", "reconcile", "diff"):
        check("the page documents %s" % needed, needed in objects, "no Object `%s`" % needed)
    contract = Contract(objects, enums)
    check_enums_against_sources(enums)

    tmp = tempfile.mkdtemp(prefix="mxl-json-doc-")
    try:
        extra, npz_pair = make_extra_files(cli, data, tmp)
        files = list(INFO_FILES) + extra
        if args.real:
            for name in ("mtcnn-det1/det1-symbol.json", "mtcnn-det1/det1-0001.params",
                         "apache-mxnet-legacy/save_000800.json"):
                files.append(os.path.join(os.path.abspath(args.real), name))
        runs = []
        for f in files:
            runs.append(Run(cli, data, "info", [f, "--json"]))
            runs.append(Run(cli, data, "info", [f, "--json", "--stats"]))
            runs.append(Run(cli, data, "validate", [f, "--json"]))
        with open(os.path.join(data, "pairs", "manifest.json")) as f:
            pairs = [(p["saved"], p["current"]) for p in json.load(f)]
        for saved, current in pairs:
            for mode in ("mxfusion", "assisted"):
                for fix in ([], ["--fix"]):
                    runs.append(Run(cli, data, "reconcile",
                                    [saved, current, "--json", "--mode", mode] + fix))
        mapping = make_mapping(cli, data, tmp, "pairs/simple_unnamed_mean_saved.zip",
                               "pairs/simple_unnamed_mean_current.zip")
        if mapping:
            for fix in ([], ["--fix"]):
                runs.append(Run(cli, data, "reconcile",
                                ["pairs/simple_unnamed_mean_saved.zip",
                                 "pairs/simple_unnamed_mean_current.zip", "--json", "--mode",
                                 "assisted", "--mapping", mapping] + fix))
        diffs = [("mxfusion/gp_regression.zip", "mxfusion/gp_regression.zip"),
                 ("mxfusion/gp_regression.zip", "pairs/gp_current.zip"),
                 ("pairs/simple_current.zip", "pairs/simple_renamed_current.zip"),
                 ("mxnet/worked_example_v2.params", "mxnet/dtypes.params"),
                 ("mxnet/worked_example_v0.params", "mxnet/worked_example_v3.params"),
                 ("mxnet/unnamed_mixed.nd", "mxnet/unnamed_mixed.nd"),
                 ("npz/mixed.npz", "mxfusion/simple_normal.zip"),
                 ("mxfusion/simple_normal.zip", "pairs/extra_node_current.zip")]
        if extra:
            diffs.append(("npz/mixed.npz", extra[0]))
        if npz_pair:
            diffs.append(npz_pair)
        for a, b in diffs:
            runs.append(Run(cli, data, "diff", [a, b, "--json"]))

        for run in runs:
            if isinstance(run.json, dict):
                contract.walk(run.json, run.command, run, run.command)
                check_exit_status(run)
        contract.finish()
        check_examples(cli, data, examples)
        check_errors(cli, data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d object tables, %d documented keys, %d enumerations; %d runs, %d key checks"
          % (len(objects), len(contract.seen), len(enums), len(runs), contract.keys_checked))
    return finish()


if __name__ == "__main__":
    sys.exit(main())
