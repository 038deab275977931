// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/ndarrayfile.h"
#include "formats/mxnet/ndarraywriter.h"
#include "formats/mxnet/symboljson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include "support/mxnetfixtures.h"
#include "support/resultchecks.h"

#include <map>

using namespace Qt::StringLiterals;
using namespace mxl;
using namespace mxl::test;

namespace {

Result<NdArrayList> load(const QString &path, const Limits &limits = {})
{
    return readNdArrayList(ByteSource::fromBytes(readAll(path)), QFileInfo(path).fileName(),
                           limits);
}

std::vector<double> values(const NdArrayList &list, const NdArrayRecord &rec)
{
    Result<DenseArray> dense = densify(list, rec);
    if (!dense)
        qFatal("densify failed: %s", qPrintable(dense.error().describe()));
    const TensorView view = dense->view();
    std::vector<double> out;
    for (qint64 i = 0; i < view.elementCount(); ++i)
        out.push_back(view.realAt(view.storageIndex(i)));
    return out;
}

std::vector<double> iota(int n, double start = 0, double step = 1)
{
    std::vector<double> out;
    for (int i = 0; i < n; ++i)
        out.push_back(start + i * step);
    return out;
}

} // namespace

class TestMxnetNdArray : public QObject
{
    Q_OBJECT

private slots:
    void legacyV0Unnamed()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        auto list = load(realFile(u"apache-mxnet-legacy/legacy_ndarray.v0"_s));
        MXL_VERIFY_OK(list);
        QCOMPARE(list->arrays.size(), size_t(6));
        QVERIFY(!list->named);
        QCOMPARE(list->trailingBytes, 0);
        QVERIFY(list->problems.empty());
        for (const NdArrayRecord &rec : list->arrays) {
            QCOMPARE(rec.version, NdArrayVersion::V0);
            QVERIFY(!rec.isNone);
            QVERIFY(rec.key.isEmpty());
            QCOMPARE(rec.dtype, DType::Float32);
            QCOMPARE(rec.shape, Shape{128});
            QCOMPARE(values(*list, rec), iota(128));
        }
    }

    // The 13 arg: arrays must be exactly the symbol's weights, with the shapes its operators
    // imply: conv weight (num_filter, C, kh, kw), bias (num_filter,), PReLU gamma (C,).
    void det1ParamsMatchSymbol()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        auto list = load(realFile(u"mtcnn-det1/det1-0001.params"_s));
        MXL_VERIFY_OK(list);
        QCOMPARE(list->arrays.size(), size_t(13));
        QVERIFY(list->named);
        QCOMPARE(list->trailingBytes, 0);
        auto symbol = readSymbolJson(readAll(realFile(u"mtcnn-det1/det1-symbol.json"_s)),
                                     u"det1-symbol.json"_s);
        QVERIFY(symbol);
        const SymbolGraph &g = symbol->graph;
        QStringList argNames;
        for (qint64 a : g.argNodes) {
            if (g.nodes[size_t(a)].name != u"data"_s)
                argNames << g.nodes[size_t(a)].name;
        }
        QStringList paramNames;
        for (const NdArrayRecord &rec : list->arrays) {
            QCOMPARE(rec.prefix, u"arg"_s);
            QCOMPARE(rec.dtype, DType::Float32);
            QCOMPARE(rec.version, NdArrayVersion::V0);
            QCOMPARE(rec.key, u"arg:"_s + rec.name);
            paramNames << rec.name;
        }
        argNames.sort();
        paramNames.sort();
        QCOMPARE(paramNames, argNames);
        std::vector<qint64> channels(g.nodes.size(), 3); // data is (N, 3, H, W)
        int checked = 0;
        for (size_t i = 0; i < g.nodes.size(); ++i) {
            const SymbolNode &n = g.nodes[i];
            if (n.isVariable())
                continue;
            const qint64 inChannels = channels[size_t(n.inputs[0].node)];
            channels[i] = inChannels;
            auto shapeOf = [&](size_t slot) {
                const QString name = g.nodes[size_t(n.inputs[slot].node)].name;
                return list->arrays[size_t(list->indexOf(name, true))].shape;
            };
            if (n.op == u"Convolution"_s) {
                const qint64 filters = attrValue(n.attrs, u"num_filter")->toLongLong();
                const Shape kernel = *parseShapeAttr(*attrValue(n.attrs, u"kernel"));
                QCOMPARE(shapeOf(1), (Shape{filters, inChannels, kernel[0], kernel[1]}));
                QCOMPARE(shapeOf(2), Shape{filters});
                channels[i] = filters;
                checked += 2;
            } else if (n.op == u"LeakyReLU"_s) {
                QCOMPARE(shapeOf(1), Shape{inChannels});
                ++checked;
            }
        }
        QCOMPARE(checked, 13);
    }

    void workedExample_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<NdArrayVersion>("version");
        QTest::addColumn<qint64>("dataOffset");
        QTest::newRow("V0") << u"worked_example_v0.params"_s << NdArrayVersion::V0 << qint64(0x30);
        QTest::newRow("V1") << u"worked_example_v1.params"_s << NdArrayVersion::V1 << qint64(0x3c);
        QTest::newRow("V2") << u"worked_example_v2.params"_s << NdArrayVersion::V2 << qint64(0x40);
        QTest::newRow("V3") << u"worked_example_v3.params"_s << NdArrayVersion::V3 << qint64(0x40);
    }
    void workedExample()
    {
        QFETCH(QString, file);
        QFETCH(NdArrayVersion, version);
        QFETCH(qint64, dataOffset);
        auto list = load(generated(file));
        MXL_VERIFY_OK(list);
        QCOMPARE(list->arrays.size(), size_t(1));
        const NdArrayRecord &rec = list->arrays[0];
        QCOMPARE(rec.version, version);
        QCOMPARE(rec.key, u"arg:fc1_weight"_s);
        QCOMPARE(rec.prefix, u"arg"_s);
        QCOMPARE(rec.name, u"fc1_weight"_s);
        QCOMPARE(rec.shape, (Shape{2, 3}));
        QCOMPARE(rec.storage, NdStorage::Dense);
        QCOMPARE(rec.devType, 1);
        QCOMPARE(rec.dataOffset, dataOffset);
        QCOMPARE(rec.dataBytes, 24);
        QCOMPARE(values(*list, rec), iota(6, 1));
    }

    void everyTypeFlag()
    {
        auto list = load(generated(u"dtypes.params"_s));
        MXL_VERIFY_OK(list);
        QCOMPARE(list->arrays.size(), size_t(13));
        for (int flag = 0; flag < 13; ++flag) {
            const NdArrayRecord &rec = list->arrays[size_t(flag)];
            QCOMPARE(rec.typeFlag, flag);
            QCOMPARE(rec.dtype, *dtypeFromTypeFlag(flag));
            QCOMPARE(typeFlagFromDType(rec.dtype), std::optional<int>(flag));
            QCOMPARE(rec.name, dtypeName(rec.dtype));
            QCOMPARE(rec.shape, (Shape{2, 3}));
            const QString n = rec.name;
            std::vector<double> expected;
            if (n == u"bool"_s)
                expected = {0, 1, 0, 1, 0, 1};
            else if (n.startsWith(u"float"_s))
                expected = iota(6, -3, 1.5);
            else if (n == u"bfloat16"_s)
                expected = iota(6, 0, 1.5);
            else if (n.startsWith(u"int"_s))
                expected = iota(6, -2);
            else
                expected = iota(6);
            QCOMPARE(values(*list, rec), expected);
        }
        QVERIFY(!dtypeFromTypeFlag(13));
        QVERIFY(!dtypeFromTypeFlag(-1));
        QVERIFY(!typeFlagFromDType(DType::Complex64));
    }

    void numpyShapeV3()
    {
        auto list = load(generated(u"v3_numpy.params"_s));
        MXL_VERIFY_OK(list);
        QCOMPARE(list->arrays.size(), size_t(4));
        const auto &a = list->arrays;
        QCOMPARE(a[0].shape, Shape{});
        QVERIFY(!a[0].isNone);
        QCOMPARE(values(*list, a[0]), std::vector<double>{2.5});
        QCOMPARE(a[1].shape, (Shape{0, 3}));
        QCOMPARE(a[1].dtype, DType::Int64);
        QCOMPARE(a[1].dataBytes, 0);
        QVERIFY(values(*list, a[1]).empty());
        QVERIFY(a[2].isNone);
        QCOMPARE(a[2].name, u"unknown"_s);
        QCOMPARE(values(*list, a[3]), iota(4));
        QCOMPARE(densify(*list, a[2]).error().code, ErrorCode::BadNdArray);
    }

    void unnamedWithNoneArrays()
    {
        auto list = load(generated(u"unnamed_mixed.nd"_s));
        MXL_VERIFY_OK(list);
        QVERIFY(!list->named);
        QCOMPARE(list->arrays.size(), size_t(6));
        const std::vector<NdArrayVersion> versions{NdArrayVersion::V0, NdArrayVersion::V0,
                                                   NdArrayVersion::V1, NdArrayVersion::V1,
                                                   NdArrayVersion::V2, NdArrayVersion::V2};
        for (size_t i = 0; i < 6; ++i) {
            QCOMPARE(list->arrays[i].version, versions[i]);
            QCOMPARE(list->arrays[i].isNone, i % 2 == 0);
        }
        QCOMPARE(values(*list, list->arrays[1]), iota(3));
        QCOMPARE(list->arrays[3].dtype, DType::Int32);
        QCOMPARE(values(*list, list->arrays[3]), iota(4));
        QCOMPARE(list->arrays[5].devType, 2);
        QCOMPARE(list->arrays[5].devId, 1);
        QCOMPARE(values(*list, list->arrays[5]), iota(5));
        auto empty = load(generated(u"empty.nd"_s));
        QVERIFY(empty);
        QVERIFY(empty->arrays.empty());
    }

    void prefixesSplit()
    {
        auto list = load(generated(u"prefixes-0003.params"_s));
        QVERIFY(list);
        QStringList got;
        for (const NdArrayRecord &r : list->arrays)
            got << r.prefix + u'|' + r.name;
        QCOMPARE(got, (QStringList{u"arg|conv_weight"_s, u"aux|bn_moving_mean"_s, u"arg|bn_gamma"_s,
                                   u"|plain"_s}));
        QCOMPARE(list->indexOf(u"aux:bn_moving_mean"_s), 1);
        QCOMPARE(list->indexOf(u"bn_gamma"_s, true), 2);
        QCOMPARE(list->indexOf(u"bn_gamma"_s), -1);
    }

    void sparseDensify()
    {
        auto list = load(generated(u"sparse.nd"_s));
        MXL_VERIFY_OK(list);
        QVERIFY(list->problems.empty());
        const auto &a = list->arrays;
        QCOMPARE(a[0].storage, NdStorage::RowSparse);
        QCOMPARE(a[0].storageShape, (Shape{2, 3}));
        QCOMPARE(a[0].aux.size(), size_t(1));
        QCOMPARE(a[0].aux[0].shape, Shape{2});
        QCOMPARE(values(*list, a[0]), (std::vector<double>{1, 2, 3, 0, 0, 0, 4, 5, 6, 0, 0, 0}));
        QCOMPARE(a[1].storage, NdStorage::Csr);
        QCOMPARE(a[1].storageShape, Shape{2});
        QCOMPARE(a[1].aux[0].shape, Shape{3});
        QCOMPARE(a[1].aux[1].dtype, DType::Int64);
        QCOMPARE(values(*list, a[1]), (std::vector<double>{0, 1, 0, 0, 0, 2}));
        QCOMPARE(a[2].dtype, DType::Float64);
        QCOMPARE(a[2].aux[0].dtype, DType::Int32);
        QCOMPARE(values(*list, a[2]), (std::vector<double>{5, 0, 0, 6, 0, 0, 0, 0, 0, 7, 0, 0}));
        QCOMPARE(a[3].shape, (Shape{1024, qint64(1) << 40}));
        QCOMPARE(densify(*list, a[3]).error().code, ErrorCode::MemberTooLarge);
    }

    void badSparseReportedPerArray()
    {
        auto list = load(generated(u"sparse_bad_indices.nd"_s));
        MXL_VERIFY_OK(list);
        QCOMPARE(list->problems.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            QVERIFY(list->arrays[i].error);
            QCOMPARE(list->problems[i].code, u"mxnet.bad-sparse"_s);
            QCOMPARE(densify(*list, list->arrays[i]).error().code, ErrorCode::BadNdArray);
        }
        QVERIFY(!list->arrays[3].error);
        QCOMPARE(values(*list, list->arrays[3]), iota(3));
    }

    void reservedAndTrailing()
    {
        auto list = load(generated(u"reserved_trailing.params"_s));
        QVERIFY(list);
        QCOMPARE(list->reserved, quint64(7));
        QCOMPARE(list->trailingBytes, 5);
        QCOMPARE(list->problems.size(), size_t(2));
        QCOMPARE(list->problems[0].code, u"mxnet.reserved-nonzero"_s);
        QCOMPARE(list->problems[1].code, u"mxnet.trailing-bytes"_s);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("bad magic") << u"bad_magic.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("truncated header")
            << u"truncated_header.params"_s << ErrorCode::SizeMismatch;
        QTest::newRow("truncated payload")
            << u"truncated_payload.params"_s << ErrorCode::SizeMismatch;
        QTest::newRow("truncated names") << u"truncated_names.params"_s << ErrorCode::SizeMismatch;
        QTest::newRow("K not 0 or N") << u"names_mismatch.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("N beyond the file") << u"huge_count.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("1000 dims") << u"too_many_dims.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("ndim -1") << u"negative_ndim.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("dim -5") << u"negative_dim.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("type flag 13")
            << u"unknown_type_flag.params"_s << ErrorCode::UnsupportedDType;
        QTest::newRow("stype 3") << u"unknown_stype.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("2^120 elements") << u"shape_overflow.params"_s << ErrorCode::ShapeOverflow;
        QTest::newRow("name of 2^62 bytes") << u"huge_name.params"_s << ErrorCode::BadNdArray;
        QTest::newRow("V0 2^48 elements") << u"v0_huge_payload.params"_s << ErrorCode::SizeMismatch;
    }
    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(ErrorCode, code);
        auto list = load(generated(u"malformed/"_s + file));
        MXL_VERIFY_FAILS_WITH(list, code);
        QCOMPARE(list.error().file, file);
        QVERIFY(list.error().offset >= 0);
    }

    // Every prefix of every valid file fails cleanly; every single-byte change is survived.
    void truncationsAndFlips()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        const QStringList files{generated(u"sparse.nd"_s), generated(u"dtypes.params"_s),
                                generated(u"unnamed_mixed.nd"_s), generated(u"v3_numpy.params"_s),
                                realFile(u"apache-mxnet-legacy/legacy_ndarray.v0"_s)};
        for (const QString &path : files) {
            const QByteArray full = readAll(path);
            for (qsizetype n = 0; n < std::min<qsizetype>(full.size(), 1200); ++n) {
                auto list = readNdArrayList(ByteSource::fromBytes(full.left(n)), u"t"_s);
                QVERIFY2(!list, qPrintable(u"%1 cut at %2 loads"_s.arg(path).arg(n)));
            }
            for (qsizetype i = 0; i < std::min<qsizetype>(full.size(), 400); ++i) {
                QByteArray bytes = full;
                bytes[i] = char(bytes[i] ^ 0xA5);
                auto list = readNdArrayList(ByteSource::fromBytes(bytes), u"t"_s);
                if (list) {
                    for (const NdArrayRecord &r : list->arrays)
                        (void)densify(*list, r);
                }
            }
        }
    }

    void writerMatchesSpecExample()
    {
        const std::array<float, 6> v{1, 2, 3, 4, 5, 6};
        NdArrayInput in;
        in.key = u"arg:fc1_weight"_s;
        in.shape = {2, 3};
        in.data = QByteArrayView(reinterpret_cast<const char *>(v.data()), 24);
        auto bytes = writeNdArrayList(std::span(&in, 1));
        QVERIFY(bytes);
        QCOMPARE(bytes->size(), 118);
        QCOMPARE(*bytes, readAll(generated(u"worked_example_v2.params"_s)));
        in.numpyShape = true;
        QCOMPARE(*writeNdArrayList(std::span(&in, 1)),
                 readAll(generated(u"worked_example_v3.params"_s)));
    }

    void writerRoundTrips_data()
    {
        MXL_REQUIRE_REAL_FIXTURES();
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("identical");
        QTest::newRow("dtypes") << generated(u"dtypes.params"_s) << true;
        QTest::newRow("prefixes") << generated(u"prefixes-0003.params"_s) << true;
        QTest::newRow("V3") << generated(u"worked_example_v3.params"_s) << true;
        QTest::newRow("V1 -> V2") << generated(u"worked_example_v1.params"_s) << false;
        QTest::newRow("det1 V0 -> V2") << realFile(u"mtcnn-det1/det1-0001.params"_s) << false;
        QTest::newRow("legacy unnamed")
            << realFile(u"apache-mxnet-legacy/legacy_ndarray.v0"_s) << false;
        QTest::newRow("empty") << generated(u"empty.nd"_s) << true;
    }
    // Fuzzing found it: a csr record with INT64_MAX rows made the error message itself
    // overflow (rows + 1). The record must be listed with a clear error, nothing more.
    void regressionCsrIndptrOverflow()
    {
        auto list = load(QStringLiteral(
            MXL_TESTS "/fuzz/corpus/fuzz_ndarray/regression-csr-indptr-length-overflow"));
        MXL_VERIFY_OK(list);
        QCOMPARE(list->arrays.size(), size_t(3));
        const NdArrayRecord &csr = list->arrays[2];
        QCOMPARE(csr.storage, NdStorage::Csr);
        QVERIFY(csr.error);
        QVERIFY2(csr.error->message.contains(u"expected (9223372036854775808,)"_s),
                 qPrintable(csr.error->message));
        QVERIFY(!densify(*list, csr));
    }

    void writerRoundTrips()
    {
        QFETCH(QString, path);
        QFETCH(bool, identical);
        auto list = load(path);
        QVERIFY(list);
        auto bytes = writeNdArrayList(*list);
        MXL_VERIFY_OK(bytes);
        if (identical)
            QCOMPARE(*bytes, list->bytes->bytes().toByteArray());
        auto again = readNdArrayList(ByteSource::fromBytes(*bytes), u"written"_s);
        QVERIFY(again);
        QCOMPARE(again->named, list->named);
        QCOMPARE(again->arrays.size(), list->arrays.size());
        for (size_t i = 0; i < list->arrays.size(); ++i) {
            const NdArrayRecord &a = list->arrays[i];
            const NdArrayRecord &b = again->arrays[i];
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.dtype, a.dtype);
            QCOMPARE(b.shape, a.shape);
            QCOMPARE(b.version,
                     a.version == NdArrayVersion::V3 ? NdArrayVersion::V3 : NdArrayVersion::V2);
            QCOMPARE(again->data(b), list->data(a));
        }
        QCOMPARE(writeNdArrayList(*again).value(), *bytes);
    }

    void writerDensifiesAndRefuses()
    {
        auto sparse = load(generated(u"sparse.nd"_s));
        QVERIFY(sparse);
        QCOMPARE(writeNdArrayList(*sparse).error().code, ErrorCode::MemberTooLarge);
        sparse->arrays.pop_back();
        auto bytes = writeNdArrayList(*sparse);
        QVERIFY(bytes);
        auto dense = readNdArrayList(ByteSource::fromBytes(*bytes), u"w"_s);
        QVERIFY(dense);
        QCOMPARE(dense->arrays[1].storage, NdStorage::Dense);
        QCOMPARE(values(*dense, dense->arrays[1]), (std::vector<double>{0, 1, 0, 0, 0, 2}));
        auto withNone = load(generated(u"v3_numpy.params"_s));
        QCOMPARE(writeNdArrayList(*withNone).error().code, ErrorCode::WriteFailed);

        const QByteArray eight(8, '\0');
        NdArrayInput in;
        in.dtype = DType::Complex64;
        in.shape = {1};
        in.data = eight;
        QCOMPARE(writeNdArrayList(std::span(&in, 1)).error().code, ErrorCode::UnsupportedDType);
        in.dtype = DType::Float32;
        QCOMPARE(writeNdArrayList(std::span(&in, 1)).error().code, ErrorCode::SizeMismatch);
        in.shape = {-2, -1};
        QCOMPARE(writeNdArrayList(std::span(&in, 1)).error().code, ErrorCode::ShapeOverflow);
        in.shape = {};
        in.data = QByteArrayView(eight).first(4);
        auto scalar = writeNdArrayList(std::span(&in, 1), false);
        QVERIFY(scalar);
        auto back = readNdArrayList(ByteSource::fromBytes(*scalar), u"s"_s);
        QVERIFY(back);
        QCOMPARE(back->arrays[0].version, NdArrayVersion::V3);
        QCOMPARE(back->arrays[0].shape, Shape{});
        QVERIFY(!back->named);
    }

    // numpy reads what the writer wrote, following mxnet README §2 on its own.
    void numpyReadsWrittenFile()
    {
        const QString python = u"/usr/bin/python3"_s;
        if (!QFile::exists(python))
            QSKIP("no /usr/bin/python3");
        auto list = load(generated(u"dtypes.params"_s));
        QVERIFY(list);
        list->arrays.resize(12); // numpy has no bfloat16
        auto bytes = writeNdArrayList(*list);
        QVERIFY(bytes);
        const char *script = R"py(
import struct, sys, numpy as np
d = sys.stdin.buffer.read()
assert struct.unpack_from('<QQQ', d, 0) == (0x112, 0, 12)
p, out = 24, []
types = ['<f4','<f8','<f2','u1','<i4','i1','<i8','?','<i2','<u2','<u4','<u8']
for i in range(12):
    magic, stype, ndim = struct.unpack_from('<Iii', d, p); p += 12
    assert magic == 0xF993FAC9 and stype == 0
    shape = struct.unpack_from('<%dq' % ndim, d, p); p += 8 * ndim
    dev, devid, flag = struct.unpack_from('<iii', d, p); p += 12
    a = np.frombuffer(d, types[flag], int(np.prod(shape)), p).reshape(shape)
    p += a.nbytes
    out.append(float(a.astype(np.float64).sum()))
(k,) = struct.unpack_from('<Q', d, p); p += 8
names = []
for i in range(k):
    (n,) = struct.unpack_from('<Q', d, p); names.append(d[p + 8:p + 8 + n].decode()); p += 8 + n
assert p == len(d)
print(' '.join('%s=%g' % (n, s) for n, s in zip(names, out)))
)py";
        QProcess py;
        py.start(python, {u"-c"_s, QString::fromUtf8(script)});
        QVERIFY(py.waitForStarted());
        py.write(*bytes);
        py.closeWriteChannel();
        QVERIFY(py.waitForFinished(30000));
        QVERIFY2(py.exitCode() == 0, py.readAllStandardError().constData());
        QCOMPARE(QString::fromUtf8(py.readAllStandardOutput()).trimmed(),
                 u"arg:float32=4.5 arg:float64=4.5 arg:float16=4.5 arg:uint8=15 arg:int32=3 "
                 "arg:int8=3 arg:int64=3 arg:bool=3 arg:int16=3 arg:uint16=15 arg:uint32=15 "
                 "arg:uint64=15"_s);
    }
};

QTEST_GUILESS_MAIN(TestMxnetNdArray)
#include "tst_mxnetndarray.moc"
