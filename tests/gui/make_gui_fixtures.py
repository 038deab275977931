#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes one file of every kind README's Formats table lists, at the shapes real models have,
for tests/gui/check_window.py, and a manifest saying what the window must show for each.
Deterministic (run twice, get identical bytes); nothing here is committed.

  /usr/bin/python3 tests/gui/make_gui_fixtures.py OUTDIR [--data tests/fixtures/data]
                                                         [--shared tests/fixtures/real]

OUTDIR/ gets:
  npz/state_dict.npz        numpy.savez (stored members): a torchvision-style state dict
  npz/embeddings.npz        numpy.savez_compressed (deflated members)
  npy/features.npy          numpy.save
  gluon/resnet_block.params Gluon save_parameters: "0.weight", "1.gamma", ... V2 records
  npx/encoder.params        MXNet 2.x npx.save of a dict: V3 records, named, a 0-d array too
  nd/mean_224.nd            the mean image MXNet's ImageRecordIter saves: "mean_img" (3,224,224)
  nd/unnamed_list.nd        nd.save of a list: no names
  safetensors/bert.safetensors  a Hugging Face-style safetensors file (F16, I64, F32, F64)
  checkpoint/resnet-symbol.json + resnet-0000.params
                            a ResNet-18-shaped Module checkpoint (MXNet 1.x JSON, arg:/aux:)
  symbol_only/resnet-symbol.json   the same symbol without parameters
  manifest.json             per file: what to --select, the expected tensor name, dtype and
                            shape (from numpy), the tensor count, the status-bar format
The MXFusion inference.zip, the pre-zip save and the real MXNet checkpoint are the committed
fixtures (tests/fixtures/data, tests/fixtures/real), named by path in the manifest.
"""
import argparse
import contextlib
import importlib.util
import io
import json
import os
import struct
import sys
import time as real_time
import zipfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(HERE)
ROOT = os.path.dirname(TESTS)


def load_mxnet_writers():
    """tests/fixtures/make_mxnet_fixtures.py as a module: its spec-exact record writers and
    dmlc's JSON layout (importing it writes nothing)."""
    path = os.path.join(TESTS, "fixtures", "make_mxnet_fixtures.py")
    spec = importlib.util.spec_from_file_location("make_mxnet_fixtures", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


mx = load_mxnet_writers()
sys.path.insert(0, os.path.join(TESTS, "python"))
from mxnet_reader import read_params  # noqa: E402


class _FixedTime:
    """zipfile stamps members with time.localtime(time.time()): a fixed clock instead, so that
    numpy's own savez writes the same bytes every run."""
    STAMP = real_time.struct_time((2024, 1, 2, 3, 4, 6, 1, 2, 0))

    def time(self):
        return 1704164646.0

    def localtime(self, *_):
        return self.STAMP

    def __getattr__(self, name):
        return getattr(real_time, name)


@contextlib.contextmanager
def fixed_zip_clock():
    saved = zipfile.time
    zipfile.time = _FixedTime()
    try:
        yield
    finally:
        zipfile.time = saved


def write_bytes(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def desc(arr):
    return {"dtype": str(arr.dtype), "shape": list(arr.shape)}


def case(cid, kind, path, select, arrays, fmt, **extra):
    """One manifest entry: `arrays` is the ordered name -> numpy array of the file."""
    sel = arrays.get(select) if arrays else None
    entry = {"id": cid, "kind": kind, "file": os.path.abspath(path), "select": select,
             "tensor_count": len(arrays), "tensors": list(arrays), "format": fmt}
    if sel is not None:
        entry["expect"] = dict(desc(sel), name=select, names_ok=[select])
    if extra.get("find") in (arrays or {}):
        entry["find_expect"] = dict(desc(arrays[extra["find"]]), name=extra["find"],
                                    names_ok=[extra["find"]])
    entry.update(extra)
    return entry


# --- numpy files -----------------------------------------------------------------------------

def numpy_files(out, rng):
    cases = []
    # A torchvision resnet18-style state dict saved with numpy.savez (stored members), the
    # classifier cut to 100 classes to keep the file small.
    sd = {
        "conv1.weight": rng.standard_normal((64, 3, 7, 7), dtype=np.float32) * 0.05,
        "bn1.weight": np.ones(64, np.float32), "bn1.bias": np.zeros(64, np.float32),
        "bn1.running_mean": rng.standard_normal(64, dtype=np.float32) * 0.1,
        "bn1.running_var": (rng.random(64, dtype=np.float32) + 0.5),
        "bn1.num_batches_tracked": np.array(1000, np.int64),
        "layer1.0.conv1.weight": rng.standard_normal((64, 64, 3, 3), dtype=np.float32) * 0.05,
        "fc.weight": rng.standard_normal((100, 512), dtype=np.float32) * 0.02,
        "fc.bias": np.zeros(100, np.float32),
    }
    path = os.path.join(out, "npz", "state_dict.npz")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with fixed_zip_clock():
        np.savez(path, **sd)
    cases.append(case("npz_stored", "npz (numpy.savez, stored)", path, "conv1.weight", sd,
                      "numpy npz", find="fc.weight"))

    emb = {
        "embeddings": rng.standard_normal((5000, 32)).astype(np.float16),
        "labels": rng.integers(0, 10, 5000).astype(np.int64),
        "mask": rng.random(5000) < 0.9,
    }
    path = os.path.join(out, "npz", "embeddings.npz")
    with fixed_zip_clock():
        np.savez_compressed(path, **emb)
    cases.append(case("npz_deflated", "npz (numpy.savez_compressed, deflated)", path,
                      "embeddings", emb, "numpy npz"))

    feats = rng.standard_normal((256, 512), dtype=np.float32)
    path = os.path.join(out, "npy", "features.npy")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    np.save(path, feats)
    cases.append(case("npy", "npy (numpy.save)", path, "features", {"features": feats},
                      "numpy array"))
    return cases


# --- MXNet NDArray lists ----------------------------------------------------------------------

def gluon_params(out, rng):
    """HybridSequential(Conv2D(64, 7, strides=2), BatchNorm(), Activation, MaxPool2D,
    Conv2D(128, 3), BatchNorm(), Activation, GlobalAvgPool2D, Dense(10)).save_parameters():
    structural names, no arg:/aux: prefixes, V2 records, MXNet 1.x's nd.save of a dict."""
    p = {}

    def conv_bn(conv, shape):
        """Block `conv` (a Conv2D of weight shape `shape`) and the BatchNorm after it."""
        n, bn = shape[0], conv + 1
        p["%d.weight" % conv] = rng.standard_normal(shape, dtype=np.float32) * 0.05
        p["%d.bias" % conv] = np.zeros(n, np.float32)
        p["%d.gamma" % bn] = np.ones(n, np.float32)
        p["%d.beta" % bn] = np.zeros(n, np.float32)
        p["%d.running_mean" % bn] = rng.standard_normal(n, dtype=np.float32) * 0.1
        p["%d.running_var" % bn] = rng.random(n, dtype=np.float32) + 0.5

    conv_bn(0, (64, 3, 7, 7))
    conv_bn(4, (128, 64, 3, 3))
    p["8.weight"] = rng.standard_normal((10, 128), dtype=np.float32) * 0.05
    p["8.bias"] = np.zeros(10, np.float32)
    path = os.path.join(out, "gluon", "resnet_block.params")
    write_bytes(path, mx.ndlist([mx.dense(a) for a in p.values()], list(p)))
    return case("gluon_params", "Gluon save_parameters (V2, structural names)", path,
                "0.weight", p, "MXNet NDArray list", find="8.weight")


def npx_params(out, rng):
    """MXNet 2.x npx.save('encoder.params', {...}): V3 records (NumPy shape semantics)."""
    p = {
        "encoder.embedding.weight": rng.standard_normal((1000, 64)).astype(np.float16),
        "encoder.dense.weight": rng.standard_normal((256, 64), dtype=np.float32) * 0.05,
        "encoder.dense.bias": np.zeros(256, np.float32),
        "encoder.step": np.array(1200, np.int64),
    }
    path = os.path.join(out, "npx", "encoder.params")
    write_bytes(path, mx.ndlist([mx.dense(a, mx.V3) for a in p.values()], list(p)))
    return case("npx_v3", "npx.save dict (V3 records, named)", path,
                "encoder.embedding.weight", p, "MXNet NDArray list")


def nd_files(out, rng):
    cases = []
    # ImageRecordIter's mean image (src/io/iter_normalize.h saves it as {"mean_img": mean}).
    mean = (rng.random((3, 224, 224), dtype=np.float32) * 20 + np.array(
        [123.68, 116.78, 103.94], np.float32)[:, None, None]).astype(np.float32)
    path = os.path.join(out, "nd", "mean_224.nd")
    write_bytes(path, mx.ndlist([mx.dense(mean)], ["mean_img"]))
    cases.append(case("nd_mean_image", "nd.save of a named mean image", path, "mean_img",
                      {"mean_img": mean}, "MXNet NDArray list"))

    # nd.save('list.nd', [a, b, c]): no names; mxlens names them by position.
    arrays = [np.arange(128, dtype=np.float32), rng.standard_normal((4, 5)),
              np.arange(10, dtype=np.int32)]
    path = os.path.join(out, "nd", "unnamed_list.nd")
    write_bytes(path, mx.ndlist([mx.dense(a) for a in arrays]))
    cases.append(case("nd_unnamed_list", "nd.save of a list (unnamed)", path, "1",
                      {str(i): a for i, a in enumerate(arrays)}, "MXNet NDArray list"))
    return cases


# --- a ResNet-18-shaped MXNet 1.x checkpoint --------------------------------------------------

class SymbolBuilder:
    def __init__(self):
        self.nodes, self.outputs = [], {}

    def add(self, node, outputs=1):
        self.nodes.append(node)
        self.outputs[node["name"]] = outputs
        return len(self.nodes) - 1

    def var(self, name, **attrs):
        return self.add(mx.var(name, **attrs))

    def op(self, kind, name, inputs, outputs=1, **attrs):
        return self.add(mx.op(kind, name, inputs, **attrs), outputs)

    def conv(self, name, x, filters, kernel, stride, pad):
        w = self.var(name + "_weight")
        return self.op("Convolution", name, [[x, 0, 0], [w, 0, 0]], kernel="(%d, %d)" % kernel,
                       no_bias="True", num_filter=str(filters), pad="(%d, %d)" % pad,
                       stride="(%d, %d)" % stride, workspace="256")

    def bn(self, name, x):
        g, b = self.var(name + "_gamma"), self.var(name + "_beta")
        m = self.var(name + "_moving_mean", __init__='["zero", {}]')
        v = self.var(name + "_moving_var", __init__='["one", {}]')
        # Three outputs (the output, the batch mean and variance); the moving statistics are
        # auxiliary states, version 1 entries as MXNet 1.x writes mutated inputs.
        return self.op("BatchNorm", name, [[x, 0, 0], [g, 0, 0], [b, 0, 0], [m, 0, 1], [v, 0, 1]],
                       outputs=3, eps="2e-05", fix_gamma="False", momentum="0.9",
                       use_global_stats="False")

    def relu(self, name, x):
        return self.op("Activation", name, [[x, 0, 0]], act_type="relu")

    def symbol(self, heads):
        ptr = [0]
        for n in self.nodes:
            ptr.append(ptr[-1] + self.outputs[n["name"]])
        return {"nodes": self.nodes,
                "arg_nodes": [i for i, n in enumerate(self.nodes) if n["op"] == "null"],
                "node_row_ptr": ptr, "heads": heads,
                "attrs": {"mxnet_version": ["int", 10600]}}


def resnet_symbol(widths=(8, 16, 32, 64), units=(2, 2, 2, 2), classes=10):
    s = SymbolBuilder()
    x = s.var("data")
    x = s.conv("conv0", x, widths[0], (7, 7), (2, 2), (3, 3))
    x = s.relu("relu0", s.bn("bn0", x))
    x = s.op("Pooling", "pooling0", [[x, 0, 0]], kernel="(3, 3)", pad="(1, 1)", pool_type="max",
             stride="(2, 2)")
    add = 0
    for stage, (width, count) in enumerate(zip(widths, units), start=1):
        for unit in range(1, count + 1):
            p = "stage%d_unit%d_" % (stage, unit)
            stride = (2, 2) if unit == 1 and stage > 1 else (1, 1)
            y = s.relu(p + "relu1", s.bn(p + "bn1", s.conv(p + "conv1", x, width, (3, 3), stride,
                                                          (1, 1))))
            y = s.bn(p + "bn2", s.conv(p + "conv2", y, width, (3, 3), (1, 1), (1, 1)))
            if unit == 1 and stage > 1:
                x = s.bn(p + "sc_bn", s.conv(p + "sc", x, width, (1, 1), stride, (0, 0)))
            y = s.op("elemwise_add", "_plus%d" % add, [[y, 0, 0], [x, 0, 0]])
            add += 1
            x = s.relu(p + "relu2", y)
    x = s.op("Pooling", "pool1", [[x, 0, 0]], global_pool="True", kernel="(7, 7)",
             pool_type="avg")
    x = s.op("Flatten", "flatten0", [[x, 0, 0]])
    w, b = s.var("fc1_weight"), s.var("fc1_bias")
    x = s.op("FullyConnected", "fc1", [[x, 0, 0], [w, 0, 0], [b, 0, 0]], num_hidden=str(classes))
    label = s.var("softmax_label")
    x = s.op("SoftmaxOutput", "softmax", [[x, 0, 0], [label, 0, 0]])
    return s.symbol([[x, 0, 0]])


def checkpoint_params(symbol, rng):
    """Shapes inferred from the symbol the way MXNet does for a 3x224x224 input; values like a
    trained network's. Returns (arg, aux) name -> array, in node order."""
    nodes = symbol["nodes"]
    channels = {0: 3}
    arg, aux = {}, {}
    for i, n in enumerate(nodes):
        if n["op"] == "null":
            continue
        src = n["inputs"][0][0]
        c_in = channels.get(src)
        attrs = n["attrs"]
        if n["op"] == "Convolution":
            k = eval(attrs["kernel"])  # "(3, 3)": a literal tuple written above
            c_out = int(attrs["num_filter"])
            w = nodes[n["inputs"][1][0]]["name"]
            arg[w] = (rng.standard_normal((c_out, c_in) + k, dtype=np.float32) *
                      np.float32(np.sqrt(2.0 / (c_in * k[0] * k[1]))))
            channels[i] = c_out
        elif n["op"] == "BatchNorm":
            names = [nodes[e[0]]["name"] for e in n["inputs"][1:]]
            arg[names[0]] = (1 + 0.1 * rng.standard_normal(c_in, dtype=np.float32))
            arg[names[1]] = 0.1 * rng.standard_normal(c_in, dtype=np.float32)
            aux[names[2]] = 0.1 * rng.standard_normal(c_in, dtype=np.float32)
            aux[names[3]] = rng.random(c_in, dtype=np.float32) + 0.5
            channels[i] = c_in
        elif n["op"] == "FullyConnected":
            hidden = int(attrs["num_hidden"])
            arg[nodes[n["inputs"][1][0]]["name"]] = 0.05 * rng.standard_normal((hidden, c_in),
                                                                                dtype=np.float32)
            arg[nodes[n["inputs"][2][0]]["name"]] = np.zeros(hidden, np.float32)
            channels[i] = hidden
        else:
            channels[i] = c_in
    return arg, aux


def checkpoint_files(out, rng):
    symbol = resnet_symbol()
    text = mx.DmlcJson.dumps(symbol)
    arg, aux = checkpoint_params(symbol, rng)
    keyed = {"arg:" + k: v for k, v in arg.items()}
    keyed.update({"aux:" + k: v for k, v in aux.items()})
    folder = os.path.join(out, "checkpoint")
    write_bytes(os.path.join(folder, "resnet-symbol.json"), text)
    params = os.path.join(folder, "resnet-0000.params")
    write_bytes(params, mx.ndlist([mx.dense(a) for a in keyed.values()], list(keyed)))
    assert os.path.getsize(params) < 2 << 20
    only = os.path.join(out, "symbol_only", "resnet-symbol.json")
    write_bytes(only, text)
    # mxlens names a checkpoint's tensors by parameter (the graph variable) or by key: accept
    # either for the selected one.
    first = "arg:conv0_weight"
    c = case("checkpoint", "MXNet checkpoint (ResNet-18 shape, arg:/aux:)", params,
             "conv0_weight", {}, "MXNet checkpoint", graph=True, nodes=len(symbol["nodes"]),
             find="fc1_weight")
    c["tensor_count"] = len(keyed)
    c["tensors"] = list(keyed)
    c["expect"] = dict(desc(keyed[first]), name="conv0_weight",
                       names_ok=["conv0_weight", first])
    c["find_expect"] = dict(desc(keyed["arg:fc1_weight"]), name="fc1_weight",
                            names_ok=["fc1_weight", "arg:fc1_weight"])
    s = case("symbol_only", "MXNet symbol JSON alone", only, "stage1_unit1_conv1", {},
             "MXNet symbol", graph=True, nodes=len(symbol["nodes"]))
    return [c, s]


# --- safetensors -----------------------------------------------------------------------------

def safetensors_file(out, rng):
    """A Hugging Face BERT-style checkpoint as the safetensors library writes it: u64 header
    length, the JSON header (keys sorted, "__metadata__" first, padded with spaces to 8 bytes),
    the tensors' little-endian C-order bytes at their data_offsets."""
    t = {
        "bert.embeddings.word_embeddings.weight":
            rng.standard_normal((1000, 64)).astype(np.float16),
        "bert.embeddings.position_ids": np.arange(512, dtype=np.int64).reshape(1, 512),
        "bert.embeddings.LayerNorm.weight": np.ones(64, np.float32),
        "bert.encoder.layer.0.attention.self.query.weight":
            rng.standard_normal((64, 64), dtype=np.float32) * 0.02,
        "bert.pooler.dense.bias": np.zeros(64, np.float64),
    }
    codes = {"float16": "F16", "float32": "F32", "float64": "F64", "int64": "I64"}
    header, blobs, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for name in sorted(t):
        data = t[name].astype(t[name].dtype.newbyteorder("<")).tobytes()
        header[name] = {"dtype": codes[str(t[name].dtype)], "shape": list(t[name].shape),
                        "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * (-len(text) % 8)
    path = os.path.join(out, "safetensors", "bert.safetensors")
    write_bytes(path, struct.pack("<Q", len(text)) + text + b"".join(blobs))
    ordered = {name: t[name] for name in sorted(t)}
    return case("safetensors", "safetensors (Hugging Face layout)", path,
                "bert.encoder.layer.0.attention.self.query.weight", ordered, "safetensors")


# --- files committed elsewhere, read with numpy for the expectations --------------------------

def read_ndlist(path):
    """A committed NDArray list as name -> array (its index for an unnamed list), read by the
    spec-written reader of tests/python/mxnet_reader.py."""
    with open(path, "rb") as f:
        names, arrays, _ = read_params(f.read())
    return dict(zip(names or [str(i) for i in range(len(arrays))], arrays))


def mxfusion_names(graphs):
    """Component name -> UUID over every graph and module graph of a graphs.json."""
    out = {}

    def walk(graph):
        for node in graph.get("nodes", []):
            c = node.get("id", node)
            if c.get("name"):
                out.setdefault(c["name"], c["uuid"])
            for inner in c.get("graphs", []) or []:
                walk(inner)

    for g in graphs:
        walk(g)
    return out


def mxfusion_arrays(path):
    """Every stored tensor of an inference.zip, read by numpy (parameters, then constants)."""
    arrays = {}
    with zipfile.ZipFile(path) as z:
        graphs = json.loads(z.read("graphs.json"))
        for member in ("mxnet_parameters.npz", "mxnet_constants.npz"):
            if member in z.namelist():
                with np.load(io.BytesIO(z.read(member))) as npz:
                    for key in npz.files:
                        arrays[key] = npz[key]
    return graphs, arrays


def committed_files(data, shared):
    cases = []
    zpath = os.path.join(data, "mxfusion", "gp_regression.zip")
    graphs, arrays = mxfusion_arrays(zpath)
    uuid = mxfusion_names(graphs)["LinvY"]
    c = case("mxfusion_zip", "MXFusion inference.zip (GP regression module)", zpath, "LinvY",
             {}, "MXFusion inference archive", graph=True)
    c.update(tensor_count=len(arrays), tensors=list(arrays),
             expect=dict(desc(arrays[uuid]), name="LinvY", names_ok=["LinvY", uuid]))
    cases.append(c)

    # The pre-zip save made from that archive (same UUIDs and arrays, tests/fixtures/data/
    # legacy/README.md); its parameters file is an nd.save binary, read here to check.
    legacy = os.path.join(data, "legacy", "gp_regression_v021", "inference_graphs.json")
    saved = read_ndlist(os.path.join(os.path.dirname(legacy), "inference_params.json"))
    assert all(saved[k].shape == arrays[k].shape for k in saved)
    c = case("mxfusion_prezip", "MXFusion pre-zip save v0.2.1", legacy, "LinvY", {},
             "MXFusion pre-zip save", graph=True)
    c.update(tensor_count=len(arrays), tensors=list(arrays),
             expect=dict(desc(saved[uuid]), name="LinvY", names_ok=["LinvY", uuid]))
    cases.append(c)

    det1 = os.path.join(shared, "mxnet-real", "mtcnn-det1", "det1-0001.params")
    if os.path.exists(det1):
        real = read_ndlist(det1)
        c = case("real_mtcnn", "real MXNet checkpoint (MTCNN det1, V0 records, epoch 1)", det1,
                 "conv1_weight", {}, "MXNet checkpoint", graph=True)
        c.update(tensor_count=len(real), tensors=list(real),
                 expect=dict(desc(real["arg:conv1_weight"]), name="conv1_weight",
                             names_ok=["conv1_weight", "arg:conv1_weight"]))
        cases.append(c)
    return cases


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--data", default=os.path.join(TESTS, "fixtures", "data"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "tests", "fixtures", "real"))
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(13)
    cases = numpy_files(out, rng)
    cases.append(gluon_params(out, rng))
    cases.append(npx_params(out, rng))
    cases += nd_files(out, rng)
    cases.append(safetensors_file(out, np.random.default_rng(14)))
    cases += checkpoint_files(out, rng)
    cases += committed_files(os.path.abspath(a.data), os.path.abspath(a.shared))
    with open(os.path.join(out, "manifest.json"), "w") as f:
        json.dump({"cases": cases}, f, indent=1, sort_keys=True)
        f.write("\n")
    print("%d cases in %s" % (len(cases), os.path.join(out, "manifest.json")))


if __name__ == "__main__":
    main()
