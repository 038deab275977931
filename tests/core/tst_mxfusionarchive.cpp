// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the generated MXFusion fixtures: structure, tensors joined to components, and the
// problems each edge case must raise (and only those).
#include "graph/componentindex.h"
#include "open/openedfile.h"
#include "validate/validator.h"

#include <QTest>

#include "support/resultchecks.h"

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MXL_FIXTURES) + u'/' + name;
}

QStringList codesOf(const Problems &problems, Severity atLeast = Severity::Warning)
{
    QStringList codes;
    for (const Problem &p : problems) {
        if (int(p.severity) >= int(atLeast))
            codes << p.code;
    }
    return codes;
}

} // namespace

class TestMxfusionArchive : public QObject
{
    Q_OBJECT

private slots:
    void simpleNormalModel()
    {
        Result<OpenedFile> file = openFile(fixture(u"mxfusion/simple_normal.zip"_s));
        MXL_VERIFY_OK(file);
        QCOMPARE(file->format, FileFormat::MxfusionInference);
        const MxfusionArchive &a = *file->mxfusion;
        QCOMPARE(a.serializationVersion, u"2.0"_s);
        QCOMPARE(a.graphs.size(), size_t(2));
        QCOMPARE(a.graphs[0].nodes.size(), size_t(5));
        QCOMPARE(a.graphs[0].links.size(), size_t(3));
        QCOMPARE(a.graphs[1].nodes.size(), size_t(0));
        QCOMPARE(file->tensors.size(), size_t(2));
        const ComponentIndex index(a.graphs);
        QStringList owners;
        for (const TensorEntry &t : file->tensors) {
            QCOMPARE(t.group, TensorGroup::Parameters);
            QVERIFY(t.info);
            QCOMPARE(t.info->dtype, DType::Float32);
            owners << *index.find(t.owner).component->name;
        }
        QCOMPARE(owners, QStringList({u"mean"_s, u"variance"_s}));
        QCOMPARE(a.variableConstants.size(), size_t(1));
        QCOMPARE(a.variableConstants[0].value, 100.0);
        QCOMPARE(*index.find(a.variableConstants[0].id).component->name, u"N"_s);
        QCOMPARE(a.observed.size(), 1);
        QCOMPARE(*index.find(ComponentId(a.observed[0])).component->name, u"y"_s);
        QVERIFY2(codesOf(allProblems(*file)).isEmpty(),
                 qPrintable(codesOf(allProblems(*file)).join(u", "_s)));
        // Values: mean = 0.25.
        Result<NpyArray> mean = loadTensor(file->tensors[0]);
        QVERIFY(mean);
        QCOMPARE(mean->view().realAt(0), 0.25);
        // Predecessors in MXFusion's order: mean, then variance.
        const FactorGraph &g = a.graphs[0];
        const Component *normal = nullptr;
        for (const Component &c : g.nodes)
            if (c.type == u"Normal"_s)
                normal = &c;
        QVERIFY(normal);
        const auto preds = predecessorsOf(g, normal->uuid);
        QCOMPARE(preds.size(), size_t(2));
        QCOMPARE(preds[0].edgeName, u"mean"_s);
        QCOMPARE(preds[1].edgeName, u"variance"_s);
    }

    void gpModuleHasNestedGraphs()
    {
        Result<OpenedFile> file = openFile(fixture(u"mxfusion/gp_regression.zip"_s));
        MXL_VERIFY_OK(file);
        const Component *module = nullptr;
        for (const Component &c : file->mxfusion->graphs[0].nodes)
            if (c.isModule)
                module = &c;
        QVERIFY(module);
        QCOMPARE(module->type, u"GPRegression"_s);
        QCOMPARE(module->graphs.size(), size_t(2));
        QCOMPARE(*module->graphs[0].name, u"gp_regression"_s);
        for (const TensorEntry &t : file->tensors) {
            QVERIFY2(!t.owner.isEmpty(), qPrintable(t.key));
            QCOMPARE(t.info->dtype, DType::Float64);
        }
        QVERIFY2(!hasErrors(allProblems(*file)),
                 qPrintable(codesOf(allProblems(*file)).join(u", "_s)));
    }

    void edgeCasesRaiseTheirProblems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("unnamed shape variable")
            << u"mxfusion/unnamed_shape.zip"_s << u"load.unreachable-constant"_s;
        QTest::newRow("ambiguous edges")
            << u"mxfusion/ambiguous_edges.zip"_s << u"graph.ambiguous-edge-name"_s;
        QTest::newRow("v0.3.0 gluon names")
            << u"mxfusion/gluon_names_v030.zip"_s << u"tensor.gluon-name-key"_s;
        QTest::newRow("NaN and Inf") << u"mxfusion/dtypes.zip"_s << u"tensor.nan"_s;
        QTest::newRow("bad CRC in npz") << u"malformed/bad_crc_npz.zip"_s << u"zip.crc-mismatch"_s;
        QTest::newRow("lying npy header")
            << u"malformed/lying_npy_header.zip"_s << u"tensor.size-mismatch"_s;
        QTest::newRow("overflowing shape")
            << u"malformed/overflow_shape.zip"_s << u"tensor.shape-overflow"_s;
        QTest::newRow("bad version") << u"malformed/bad_version.zip"_s << u"version.unsupported"_s;
        QTest::newRow("component version")
            << u"malformed/component_bad_version.zip"_s << u"component.bad-version"_s;
        QTest::newRow("unknown link endpoint")
            << u"malformed/link_unknown_endpoint.zip"_s << u"graph.link-endpoint-unknown"_s;
        QTest::newRow("unresolved attribute")
            << u"malformed/attribute_unresolved.zip"_s << u"graph.attribute-unresolved"_s;
        QTest::newRow("duplicate entry")
            << u"malformed/duplicate_entry.zip"_s << u"zip.duplicate-name"_s;
        QTest::newRow("unsafe name") << u"malformed/unsafe_name.zip"_s << u"zip.unsafe-name"_s;
        QTest::newRow("zip bomb") << u"malformed/zip_bomb.zip"_s << u"zip.bomb"_s;
        QTest::newRow("encrypted") << u"malformed/encrypted_flag.zip"_s << u"zip.encrypted"_s;
    }
    void edgeCasesRaiseTheirProblems()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        Limits limits;
        limits.bombMinimumSize = 1 << 20; // the committed bomb is small
        OpenOptions options;
        options.limits = limits;
        Result<OpenedFile> opened = openFile(fixture(file), options);
        MXL_VERIFY_OK(opened);
        const QStringList codes = codesOf(allProblems(*opened));
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u", "_s)));
        // The rest stays listed.
        QVERIFY(!opened->mxfusion->graphs.empty());
    }

    void unusableFilesFail_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("truncated") << u"malformed/truncated.zip"_s << ErrorCode::CorruptZip;
        QTest::newRow("not a zip") << u"malformed/not_a_zip.zip"_s << ErrorCode::NotAZip;
        QTest::newRow("empty file") << u"malformed/empty_file.zip"_s << ErrorCode::NotAZip;
        QTest::newRow("graphs not a list")
            << u"malformed/graphs_not_list.zip"_s << ErrorCode::BadGraphJson;
        QTest::newRow("graphs bad json")
            << u"malformed/graphs_bad_json.zip"_s << ErrorCode::BadJson;
        QTest::newRow("deep json") << u"malformed/deep_json.zip"_s << ErrorCode::JsonTooDeep;
        QTest::newRow("missing graphs")
            << u"malformed/missing_graphs.zip"_s << ErrorCode::MemberMissing;
        QTest::newRow("pickle") << u"malformed/pickle_object.npy"_s << ErrorCode::UnsupportedDType;
        QTest::newRow("bad descr") << u"malformed/bad_descr.npy"_s << ErrorCode::UnsupportedDType;
        QTest::newRow("overflow npy")
            << u"malformed/overflow_shape.npy"_s << ErrorCode::ShapeOverflow;
    }
    void unusableFilesFail()
    {
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        Result<OpenedFile> opened = openFile(fixture(file));
        MXL_VERIFY_FAILS_WITH(opened, code);
    }
};

QTEST_GUILESS_MAIN(TestMxfusionArchive)
#include "tst_mxfusionarchive.moc"
