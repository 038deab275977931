// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/symboljson.h"

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "support/mxnetfixtures.h"
#include "support/resultchecks.h"

using namespace Qt::StringLiterals;
using namespace mxl;
using namespace mxl::test;

namespace {

Result<SymbolFile> load(const QString &path, const SymbolReadOptions &options = {})
{
    return readSymbolJson(readAll(path), QFileInfo(path).fileName(), {}, options);
}

QStringList names(const SymbolGraph &g)
{
    QStringList out;
    for (const SymbolNode &n : g.nodes)
        out << n.name;
    return out;
}

bool hasProblem(const Problems &problems, const QString &code)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem &p) { return p.code == code; });
}

} // namespace

class TestMxnetSymbol : public QObject
{
    Q_OBJECT

private slots:
    // MXNet's own 0.8 upgrade-test file: BatchNorm gets its two aux variables, legacy keys
    // become __key__, and "weight_lr_mult" on fc1 lands on fc1_weight.
    void legacy08Upgraded()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        auto file = load(realFile(u"apache-mxnet-legacy/save_000800.json"_s));
        MXL_VERIFY_OK(file);
        QCOMPARE(file->layout, SymbolLayout::Legacy);
        QCOMPARE(file->fileVersion, 800);
        QCOMPARE(file->upgradedNodes, 2);
        QVERIFY(hasProblem(file->problems, u"symbol.upgraded"_s));
        const SymbolGraph &g = file->graph;
        QCOMPARE(g.nodes.size(), size_t(19));
        QCOMPARE(names(g).mid(13, 4),
                 (QStringList{u"batchnorm0_beta"_s, u"batchnorm0_moving_mean"_s,
                              u"batchnorm0_moving_var"_s, u"batchnorm0"_s}));
        const SymbolNode &bn = g.nodes[16];
        QCOMPARE(bn.op, u"BatchNorm"_s);
        QCOMPARE(bn.inputs, (std::vector<SymbolEntry>{
                                {11, 0, 0}, {12, 0, 0}, {13, 0, 0}, {14, 0, 0}, {15, 0, 0}}));
        QVERIFY(g.nodes[14].addedByUpgrade && g.nodes[15].addedByUpgrade);
        QCOMPARE(attrValue(g.nodes[14].attrs, u"fix_gamma"), std::optional(u"True"_s));
        QCOMPARE(attrValue(g.nodes[14].attrs, u"__ctx_group__"), std::optional(u"stage2"_s));
        QCOMPARE(g.nodes[18].inputs, (std::vector<SymbolEntry>{{16, 0, 0}, {17, 0, 0}}));
        QCOMPARE(g.heads, (std::vector<SymbolEntry>{{18, 0, 0}}));
        QCOMPARE(g.argNodes, (std::vector<qint64>{0, 1, 2, 5, 6, 9, 10, 12, 13, 14, 15, 17}));
        QCOMPARE(auxiliaryStateNodes(g), (std::vector<qint64>{14, 15}));
        const HiddenAttributes weight = hiddenAttributes(g.nodes[1].attrs);
        QCOMPARE(weight.lrMult, std::optional(1.2));
        QCOMPARE(weight.wdMult, std::optional(0.3));
        QCOMPARE(weight.ctxGroup, u"stage1"_s);
        QCOMPARE(hiddenAttributes(g.nodes[0].attrs).lrMult, std::optional(0.2));
        QVERIFY(!attrValue(g.nodes[0].attrs, u"lr_mult"));
        // param before attr, in file order
        QCOMPARE(g.nodes[3].attrs.front().first, u"no_bias"_s);
    }

    void legacy08AsStored()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        SymbolReadOptions options;
        options.upgrade = false;
        auto file = load(realFile(u"apache-mxnet-legacy/save_000800.json"_s), options);
        QVERIFY(file);
        const SymbolGraph &g = file->graph;
        QCOMPARE(g.nodes.size(), size_t(17));
        QCOMPARE(g.nodes[14].inputs.size(), size_t(3));
        QCOMPARE(g.nodes[3].inputs[1], (SymbolEntry{1, 0, 0}));
        QCOMPARE(attrValue(g.nodes[0].attrs, u"lr_mult"), std::optional(u"0.2"_s));
        QVERIFY(g.nodeRowPtr.empty());
        QVERIFY(!g.mxnetVersion());
    }

    void det1()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        auto file = load(realFile(u"mtcnn-det1/det1-symbol.json"_s));
        MXL_VERIFY_OK(file);
        QCOMPARE(file->layout, SymbolLayout::Legacy);
        QCOMPARE(file->upgradedNodes, 0);
        const SymbolGraph &g = file->graph;
        QCOMPARE(g.nodes.size(), size_t(24));
        QCOMPARE(g.argNodes.size(), size_t(14));
        QCOMPARE(g.heads, (std::vector<SymbolEntry>{{19, 0, 0}, {23, 0, 0}}));
        QCOMPARE(g.nodes[5].op, u"LeakyReLU"_s);
        QCOMPARE(attrValue(g.nodes[5].attrs, u"act_type"), std::optional(u"prelu"_s));
        QCOMPARE(parseShapeAttr(*attrValue(g.nodes[3].attrs, u"kernel")),
                 std::optional(Shape{3, 3}));
        QVERIFY(auxiliaryStateNodes(g).empty());
    }

    void gluonExportRoundTrips()
    {
        const QByteArray text = readAll(generated(u"gluon_1x-symbol.json"_s));
        auto file = readSymbolJson(text, u"gluon"_s);
        MXL_VERIFY_OK(file);
        QCOMPARE(file->layout, SymbolLayout::Modern);
        QCOMPARE(file->fileVersion, 10300);
        QVERIFY(file->problems.empty());
        const SymbolGraph &g = file->graph;
        QCOMPARE(g.nodeRowPtr.size(), g.nodes.size() + 1);
        QCOMPARE(g.nodes[10].inputs.size(), size_t(12));
        QCOMPARE(g.nodes[10].inputs.back(), (SymbolEntry{4, 1, 0}));
        QCOMPARE(auxiliaryStateNodes(g), (std::vector<qint64>{7, 8}));
        const HiddenAttributes w = hiddenAttributes(g.nodes[1].attrs);
        QCOMPARE(w.shape, std::optional(Shape{9, 0}));
        QCOMPARE(w.dtype, std::optional(DType::Float32));
        QCOMPARE(w.storage, std::optional(NdStorage::Dense));
        QCOMPARE(w.lrMult, std::optional(1.0));
        QCOMPARE(hiddenAttributes(g.nodes[2].attrs).init, u"zeros"_s);
        const HiddenAttributes gamma = hiddenAttributes(g.nodes[5].attrs);
        QCOMPARE(gamma.init, u"normal"_s);
        QCOMPARE(gamma.initArgs, u"{\"sigma\":0.01}"_s);
        QCOMPARE(hiddenAttributes(g.nodes[7].attrs).init, u"zero"_s);
        auto written = writeSymbolJson(g);
        QVERIFY(written);
        QCOMPARE(*written, text);
    }

    void subgraphsRoundTrip()
    {
        const QByteArray text = readAll(generated(u"foreach_subgraph-symbol.json"_s));
        auto file = readSymbolJson(text, u"foreach"_s);
        MXL_VERIFY_OK(file);
        const SymbolGraph &g = file->graph;
        QCOMPARE(g.nodes[3].op, u"_foreach"_s);
        QCOMPARE(g.nodes[3].subgraphs.size(), size_t(1));
        const SymbolGraph &body = g.nodes[3].subgraphs[0];
        QCOMPARE(body.nodes.size(), size_t(5));
        QCOMPARE(body.heads, (std::vector<SymbolEntry>{{4, 0, 0}, {4, 0, 0}}));
        QVERIFY(body.attrs.empty());
        QCOMPARE(g.nodes[4].name, u"t\u00e9te \"quoted\"\tname"_s);
        QCOMPARE(attrValue(g.nodes[4].attrs, u"note"), std::optional(u"line\nbreak \\ done"_s));
        QCOMPARE(g.nodes[5].controlDeps, std::vector<qint64>{4});
        QCOMPARE(g.nodes[5].inputs[0], (SymbolEntry{3, 1, 0}));
        QCOMPARE(g.attrs.size(), size_t(2));
        QCOMPARE(g.attrs[0].name, u"is_np_shape"_s);
        QCOMPARE(g.mxnetVersion(), std::optional<qint64>(10901));
        auto written = writeSymbolJson(g);
        QVERIFY(written);
        QCOMPARE(*written, text);
        QVERIFY(!written->contains("\\u"));
    }

    void nnvmAttrLayout()
    {
        auto file = load(generated(u"nnvm_attr-symbol.json"_s));
        QVERIFY(file);
        QCOMPARE(file->layout, SymbolLayout::Nnvm);
        QCOMPARE(file->fileVersion, 1200);
        QCOMPARE(attrValue(file->graph.nodes[1].attrs, u"act_type"), std::optional(u"relu"_s));
        auto written = writeSymbolJson(file->graph);
        QVERIFY(written && written->contains("\"attrs\": {\"act_type\": \"relu\"}"));
    }

    // Writing is idempotent for every real and generated file: write(read(write(g))) ==
    // write(g), and the re-read graph equals the first one.
    void writeIsStable_data()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        QTest::addColumn<QString>("path");
        QTest::newRow("0.8") << realFile(u"apache-mxnet-legacy/save_000800.json"_s);
        QTest::newRow("det1") << realFile(u"mtcnn-det1/det1-symbol.json"_s);
        QTest::newRow("nnvm") << generated(u"nnvm_attr-symbol.json"_s);
        QTest::newRow("foreach") << generated(u"foreach_subgraph-symbol.json"_s);
    }
    void writeIsStable()
    {
        QFETCH(QString, path);
        auto file = load(path);
        QVERIFY(file);
        auto once = writeSymbolJson(file->graph);
        QVERIFY(once);
        auto again = readSymbolJson(*once, u"again"_s);
        MXL_VERIFY_OK(again);
        QCOMPARE(again->graph.nodes.size(), file->graph.nodes.size());
        QCOMPARE(names(again->graph), names(file->graph));
        QCOMPARE(again->graph.heads, file->graph.heads);
        QCOMPARE(again->graph.argNodes, file->graph.argNodes);
        QCOMPARE(writeSymbolJson(again->graph).value(), *once);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("cycle") << u"cycle-symbol.json"_s << ErrorCode::BadGraphJson;
        QTest::newRow("input 7 of 1")
            << u"input_out_of_range-symbol.json"_s << ErrorCode::BadGraphJson;
        QTest::newRow("variable output 1")
            << u"variable_output_1-symbol.json"_s << ErrorCode::BadGraphJson;
        QTest::newRow("4-element entry")
            << u"entry_four_items-symbol.json"_s << ErrorCode::BadGraphJson;
        QTest::newRow("no heads") << u"no_heads-symbol.json"_s << ErrorCode::BadGraphJson;
        QTest::newRow("array attribute")
            << u"attr_not_string-symbol.json"_s << ErrorCode::BadGraphJson;
        QTest::newRow("300 levels") << u"too_deep-symbol.json"_s << ErrorCode::JsonTooDeep;
        QTest::newRow("truncated") << u"not_json-symbol.json"_s << ErrorCode::BadJson;
    }
    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        auto result = load(generated(u"malformed/"_s + file));
        MXL_VERIFY_FAILS_WITH(result, code);
        QCOMPARE(result.error().file, file);
    }

    void warnings()
    {
        const QByteArray text = R"json({"nodes": [{"op": "null", "name": "w", "attrs":
            {"__shape__": "(3, x)", "__dtype__": "99", "__lr_mult__": "fast",
             "__storage_type__": "-1", "__init__": "[1]"}, "inputs": []},
            {"op": "relu", "name": "r", "inputs": [[0, 0]]}],
            "arg_nodes": [0, 1], "node_row_ptr": [0, 1], "heads": [[1, 5]]})json";
        auto file = readSymbolJson(text, u"w"_s);
        MXL_VERIFY_OK(file);
        QVERIFY(hasProblem(file->problems, u"symbol.bad-node-row-ptr"_s));
        QVERIFY(hasProblem(file->problems, u"symbol.arg-not-variable"_s));
        QCOMPARE(std::count_if(
                     file->problems.begin(), file->problems.end(),
                     [](const Problem &p) { return p.code == u"symbol.bad-hidden-attribute"_s; }),
                 4);
        QVERIFY(file->graph.nodeRowPtr.empty());
        QStringList invalid;
        const HiddenAttributes h = hiddenAttributes(file->graph.nodes[0].attrs, &invalid);
        QVERIFY(!h.shape && !h.dtype && !h.lrMult && !h.storage);
        QCOMPARE(invalid.size(), 4);
    }

    void writerRefuses()
    {
        SymbolGraph g;
        SymbolNode n;
        n.op = u"null"_s;
        n.name = u"bad\u0001name"_s;
        g.nodes.push_back(n);
        g.argNodes = {0};
        g.heads = {{0, 0, 0}};
        QCOMPARE(writeSymbolJson(g).error().code, ErrorCode::WriteFailed);
        g.nodes[0].name = u"ok"_s;
        QVERIFY(writeSymbolJson(g));
        g.heads = {{3, 0, 0}};
        QCOMPARE(writeSymbolJson(g).error().code, ErrorCode::WriteFailed);
    }

    void shapeStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QList<qint64>>("dims");
        QTest::newRow("python") << u"(3, 3)"_s << true << QList<qint64>{3, 3};
        QTest::newRow("one") << u"(9,)"_s << true << QList<qint64>{9};
        QTest::newRow("empty") << u"()"_s << true << QList<qint64>{};
        QTest::newRow("old c++") << u"(3,3)"_s << true << QList<qint64>{3, 3};
        QTest::newRow("tuple printing") << u"[3,3]"_s << true << QList<qint64>{3, 3};
        QTest::newRow("python 2 longs") << u"(1L, 1L)"_s << true << QList<qint64>{1, 1};
        QTest::newRow("numpy unknown") << u"(-1, 4)"_s << true << QList<qint64>{-1, 4};
        QTest::newRow("None") << u"None"_s << false << QList<qint64>{};
        QTest::newRow("garbage") << u"(3, x)"_s << false << QList<qint64>{};
        QTest::newRow("double comma") << u"(3,,)"_s << false << QList<qint64>{};
        QTest::newRow("lone comma") << u"(,)"_s << false << QList<qint64>{};
    }
    void shapeStrings()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QList<qint64>, dims);
        const std::optional<Shape> shape = parseShapeAttr(text);
        QCOMPARE(shape.has_value(), valid);
        if (valid)
            QCOMPARE(QList<qint64>(shape->begin(), shape->end()), dims);
    }

    void truncations()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        for (const QString &path : {generated(u"foreach_subgraph-symbol.json"_s),
                                    realFile(u"apache-mxnet-legacy/save_000800.json"_s)}) {
            const QByteArray full = readAll(path);
            for (qsizetype n = 0; n < full.size() - 1; n += 7)
                QVERIFY(!readSymbolJson(full.left(n), u"t"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestMxnetSymbol)
#include "tst_mxnetsymbol.moc"
