#!/usr/bin/python3
# SPDX-FileCopyrightText: 2026 The mxlens authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic benchmark inputs of issue 13, the size of real models:
  resnet152-symbol.json  ResNet-152 v1 (bottleneck units 3, 8, 36, 3): ~155 convolutions, each
                         followed by BatchNorm with its gamma/beta/moving_mean/moving_var
                         variables, ~1,300 nodes, MXNet 1.x JSON as dmlc writes it;
  senet154-symbol.json   SENet-154-sized: the same stages with grouped 3x3 convolutions and a
                         squeeze-excitation block per unit (global pooling, FullyConnected,
                         relu, FullyConnected, sigmoid, Reshape, broadcast_mul), ~1,850 nodes;
  arrays-<MB>.npz        numpy.savez of 500 float32 arrays of varied sizes, MB mebibytes.
Usage: make_model_inputs.py OUTDIR [--npz-mb 1024]   (files already there are kept)"""
import argparse
import importlib.util
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def load(name, rel):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "..", rel))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The symbol builder and dmlc's JSON layout of the GUI fixtures (which take the record
# writers of tests/fixtures/make_mxnet_fixtures.py).
gui = load("make_gui_fixtures", os.path.join("gui", "make_gui_fixtures.py"))


def conv_bn(s, name, x, filters, kernel, stride, pad, relu=True, groups=1):
    w = s.var(name + "_weight")
    attrs = dict(kernel="(%d, %d)" % kernel, no_bias="True", num_filter=str(filters),
                 pad="(%d, %d)" % pad, stride="(%d, %d)" % stride, workspace="256")
    if groups > 1:
        attrs["num_group"] = str(groups)
    x = s.op("Convolution", name, [[x, 0, 0], [w, 0, 0]], **attrs)
    x = s.bn(name + "_bn", x)
    return s.relu(name + "_relu", x) if relu else x


def squeeze_excite(s, p, x, channels, reduction=16):
    w = s.op("Pooling", p + "se_pool", [[x, 0, 0]], global_pool="True", kernel="(1, 1)",
             pool_type="avg")
    fw, fb = s.var(p + "se_fc1_weight"), s.var(p + "se_fc1_bias")
    w = s.op("FullyConnected", p + "se_fc1", [[w, 0, 0], [fw, 0, 0], [fb, 0, 0]],
             num_hidden=str(channels // reduction))
    w = s.relu(p + "se_relu", w)
    fw, fb = s.var(p + "se_fc2_weight"), s.var(p + "se_fc2_bias")
    w = s.op("FullyConnected", p + "se_fc2", [[w, 0, 0], [fw, 0, 0], [fb, 0, 0]],
             num_hidden=str(channels))
    w = s.op("Activation", p + "se_sigmoid", [[w, 0, 0]], act_type="sigmoid")
    w = s.op("Reshape", p + "se_reshape", [[w, 0, 0]], shape="(0, 0, 1, 1)")
    return s.op("broadcast_mul", p + "se_scale", [[x, 0, 0], [w, 0, 0]])


def bottleneck_net(units=(3, 8, 36, 3), se=False):
    s = gui.SymbolBuilder()
    x = s.var("data")
    if se:  # SENet-154's deep stem: three 3x3 convolutions
        x = conv_bn(s, "conv0a", x, 64, (3, 3), (2, 2), (1, 1))
        x = conv_bn(s, "conv0b", x, 64, (3, 3), (1, 1), (1, 1))
        x = conv_bn(s, "conv0c", x, 128, (3, 3), (1, 1), (1, 1))
    else:
        x = conv_bn(s, "conv0", x, 64, (7, 7), (2, 2), (3, 3))
    x = s.op("Pooling", "pool0", [[x, 0, 0]], kernel="(3, 3)", pad="(1, 1)", pool_type="max",
             stride="(2, 2)")
    add = 0
    for stage, count in enumerate(units, start=1):
        width = 64 * 2 ** (stage - 1)
        for unit in range(1, count + 1):
            p = "stage%d_unit%d_" % (stage, unit)
            stride = (2, 2) if unit == 1 and stage > 1 else (1, 1)
            mid = width * 2 if se else width
            y = conv_bn(s, p + "conv1", x, mid, (1, 1), (1, 1), (0, 0))
            y = conv_bn(s, p + "conv2", y, mid, (3, 3), stride, (1, 1),
                        groups=64 if se else 1)
            y = conv_bn(s, p + "conv3", y, width * 4, (1, 1), (1, 1), (0, 0), relu=False)
            if se:
                y = squeeze_excite(s, p, y, width * 4)
            if unit == 1:
                x = conv_bn(s, p + "sc", x, width * 4, (1, 1), stride, (0, 0), relu=False)
            y = s.op("elemwise_add", "_plus%d" % add, [[y, 0, 0], [x, 0, 0]])
            add += 1
            x = s.relu(p + "relu", y)
    x = s.op("Pooling", "pool1", [[x, 0, 0]], global_pool="True", kernel="(7, 7)",
             pool_type="avg")
    x = s.op("Flatten", "flatten0", [[x, 0, 0]])
    w, b = s.var("fc1_weight"), s.var("fc1_bias")
    x = s.op("FullyConnected", "fc1", [[x, 0, 0], [w, 0, 0], [b, 0, 0]], num_hidden="1000")
    label = s.var("softmax_label")
    x = s.op("SoftmaxOutput", "softmax", [[x, 0, 0], [label, 0, 0]])
    return s.symbol([[x, 0, 0]])


def write_npz(path, megabytes, rng):
    """500 float32 arrays, sizes log-uniform over three decades, shapes like layers'."""
    weights = np.exp(rng.uniform(0, np.log(1000), 500))
    counts = (weights / weights.sum() * megabytes * (1 << 20) / 4).astype(np.int64)
    arrays = {}
    for i, n in enumerate(counts):
        n = max(int(n), 64)
        if i % 3 == 0:
            shape = (n,)
        elif i % 3 == 1:
            shape = (64, n // 64)
        else:
            k = max(n // (9 * 64), 1)
            shape = (k, 64, 3, 3)
        arrays["layer%03d_%s" % (i, ("bias", "weight", "conv")[i % 3])] = \
            rng.standard_normal(int(np.prod(shape)), dtype=np.float32).reshape(shape)
    with gui.fixed_zip_clock():
        np.savez(path, **arrays)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--npz-mb", type=int, default=1024)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    for name, symbol in (("resnet152", bottleneck_net()),
                         ("senet154", bottleneck_net(se=True))):
        path = os.path.join(a.out, name + "-symbol.json")
        with open(path, "wb") as f:
            f.write(gui.mx.DmlcJson.dumps(symbol))
    if a.npz_mb:
        path = os.path.join(a.out, "arrays-%d.npz" % a.npz_mb)
        if not os.path.exists(path):
            write_npz(path + ".part.npz", a.npz_mb, np.random.default_rng(a.npz_mb))
            os.replace(path + ".part.npz", path)


if __name__ == "__main__":
    main()
