// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// safetensors (issue 17): the header reader against hostile files, the writer's layout, files
// opened as tensor-only documents, readable tensor names over the fixtures, and convert's
// round trips (archive -> safetensors -> npz, checkpoint -> safetensors -> params) compared
// by the SHA-256 of every tensor's C-order little-endian values.
#include "export/convert.h"
#include "export/tensornames.h"
#include "formats/mxnet/ndarraywriter.h"
#include "formats/safetensors/safetensorsfile.h"
#include "formats/safetensors/safetensorswriter.h"
#include "open/openedfile.h"
#include "tensor/tensorstats.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include "support/resultchecks.h"

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

QString fixture(const QString &rel)
{
    return QStringLiteral(MXL_FIXTURES "/") + rel;
}

// A safetensors file from its JSON header and data section; `length` overrides the field.
QByteArray safetensorsBytes(const QByteArray &json, const QByteArray &data = {},
                            std::optional<quint64> length = std::nullopt)
{
    QByteArray out(8, Qt::Uninitialized);
    qToLittleEndian<quint64>(length.value_or(quint64(json.size())), out.data());
    return out + json + data;
}

Result<SafetensorsHeader> readBytes(const QByteArray &bytes)
{
    return readSafetensorsHeader(bytes);
}

QByteArray floats(std::initializer_list<float> values)
{
    QByteArray out;
    for (float v : values) {
        char b[4];
        qToLittleEndian<float>(v, b);
        out.append(b, 4);
    }
    return out;
}

// SHA-256 of every tensor (C-order little-endian values), in order.
QStringList hashes(const OpenedFile &file)
{
    QStringList out;
    for (const TensorEntry &t : file.tensors) {
        Result<NpyArray> array = loadTensor(t);
        if (!array)
            return {u"error: "_s + array.error().describe()};
        Result<TensorStats> stats = computeStats(array->view());
        out << (stats ? QString::fromLatin1(stats->sha256.toHex()) : u"error"_s);
    }
    return out;
}

QStringList keysOf(const OpenedFile &file)
{
    QStringList out;
    for (const TensorEntry &t : file.tensors)
        out << t.key;
    return out;
}

QStringList readableOf(const OpenedFile &file)
{
    QStringList out;
    for (const TensorName &n : readableTensorNames(file))
        out << n.readable;
    return out;
}

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    void write(const QString &name, const QByteArray &bytes)
    {
        QFile f(path(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dtypeNames()
    {
        const QStringList names{u"BOOL"_s, u"U8"_s,  u"I8"_s,  u"U16"_s, u"I16"_s,
                                u"U32"_s,  u"I32"_s, u"U64"_s, u"I64"_s, u"F16"_s,
                                u"BF16"_s, u"F32"_s, u"F64"_s};
        for (const QString &n : names) {
            const std::optional<DType> t = dtypeFromSafetensorsName(n);
            QVERIFY2(t, qPrintable(n));
            QCOMPARE(safetensorsDTypeName(*t), std::optional(n));
        }
        QVERIFY(!safetensorsDTypeName(DType::Complex64));
        QVERIFY(!safetensorsDTypeName(DType::Complex128));
        QVERIFY(!dtypeFromSafetensorsName(u"F8_E4M3"_s));
        QVERIFY(!dtypeFromSafetensorsName(u"f32"_s));
    }

    void readsAWellFormedFile()
    {
        const QByteArray json = R"({"__metadata__":{"format":"pt"},"b":{"dtype":"F32","shape":[1],)"
                                R"("data_offsets":[8,12]},"a":{"dtype":"F32","shape":[2],)"
                                R"("data_offsets":[0,8]},"empty":{"dtype":"I64","shape":[0,3],)"
                                R"("data_offsets":[12,12]}})";
        Result<SafetensorsHeader> h = readBytes(safetensorsBytes(json, floats({1, 2, 3})));
        MXL_VERIFY_OK(h);
        QCOMPARE(h->tensors.size(), size_t(3));
        // In data order, whatever the key order.
        QCOMPARE(h->tensors[0].name, u"a"_s);
        QCOMPARE(h->tensors[1].name, u"b"_s);
        QCOMPARE(h->tensors[2].name, u"empty"_s);
        QCOMPARE(h->tensors[0].offset, 8 + json.size());
        QCOMPARE(h->tensors[2].info.shape, Shape({0, 3}));
        QCOMPARE(h->metadataValue(u"format"_s), std::optional(u"pt"_s));
    }

    void hostileHeaders_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("says");
        QTest::addColumn<qint64>("offset");

        const QByteArray one = floats({1});
        auto entry = [](const char *name, const char *dtype, const char *shape, qint64 b,
                        qint64 e) {
            return QByteArray("\"") + name + "\":{\"dtype\":\"" + dtype + "\",\"shape\":" + shape +
                   ",\"data_offsets\":[" + QByteArray::number(b) + "," + QByteArray::number(e) +
                   "]}";
        };
        // A file of the one tensor "w", its entry as given, over `data`.
        auto onlyW = [&](const char *dtype, const QByteArray &shape, qint64 b, qint64 e,
                         const QByteArray &data) {
            return safetensorsBytes("{" + entry("w", dtype, shape.constData(), b, e) + "}", data);
        };
        QTest::newRow("shorter than the length field")
            << QByteArray("\x02\0\0", 3) << ErrorCode::SizeMismatch << u"8-byte header length"_s
            << qint64(0);
        QTest::newRow("length past the end")
            << safetensorsBytes("{}", {}, 1000) << ErrorCode::SizeMismatch
            << u"says 1000 bytes of JSON, but only 2 bytes follow"_s << qint64(0);
        QTest::newRow("length 2^63")
            << safetensorsBytes("{}", {}, quint64(1) << 63) << ErrorCode::SizeMismatch
            << u"9223372036854775808 bytes of JSON"_s << qint64(0);
        QTest::newRow("length 2^64-1")
            << safetensorsBytes("{}", {}, ~quint64(0)) << ErrorCode::SizeMismatch
            << u"18446744073709551615 bytes"_s << qint64(0);
        QTest::newRow("not an object")
            << safetensorsBytes("[1, 2]") << ErrorCode::BadJson << u"start with '{'"_s << qint64(8);
        QTest::newRow("invalid JSON") << safetensorsBytes("{\"a\": }") << ErrorCode::BadJson
                                      << u"are not one JSON object: invalid JSON"_s << qint64(-2);
        QTest::newRow("nested bomb")
            << safetensorsBytes("{\"a\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}")
            << ErrorCode::JsonTooDeep << u"deeper than 3"_s << qint64(8 + 7);
        QTest::newRow("NaN is not JSON")
            << safetensorsBytes(
                   "{\"a\":{\"dtype\":\"F32\",\"shape\":[NaN],\"data_offsets\":[0,4]}}", one)
            << ErrorCode::BadJson << u"NaN and Infinity are not JSON"_s << qint64(-2);
        QTest::newRow("duplicate tensor")
            << safetensorsBytes("{" + entry("w", "F32", "[1]", 0, 4) + "," +
                                    entry("w", "F32", "[1]", 4, 8) + "}",
                                floats({1, 2}))
            << ErrorCode::BadJson << u"listed twice"_s << qint64(-2);
        QTest::newRow("duplicate field")
            << safetensorsBytes(
                   R"({"w":{"dtype":"F32","dtype":"F64","shape":[1],"data_offsets":[0,4]}})", one)
            << ErrorCode::BadJson << u"\"dtype\" appears twice"_s << qint64(9);
        QTest::newRow("duplicate metadata key")
            << safetensorsBytes(R"({"__metadata__":{"a":"1","a":"2"}})") << ErrorCode::BadJson
            << u"appears twice"_s << qint64(9);
        QTest::newRow("unknown dtype")
            << onlyW("F8_E4M3", "[4]", 0, 4, one) << ErrorCode::UnsupportedDType
            << u"unsupported dtype \"F8_E4M3\""_s << qint64(9);
        QTest::newRow("complex dtype") << onlyW("C64", "[1]", 0, 8, floats({1, 2}))
                                       << ErrorCode::UnsupportedDType << u"\"C64\""_s << qint64(9);
        QTest::newRow("shape product overflows")
            << onlyW("F32", "[1099511627776,1099511627776]", 0, 4, one) << ErrorCode::ShapeOverflow
            << u"more bytes than 2^63"_s << qint64(9);
        QTest::newRow("dimension past 2^63")
            << onlyW("F32", "[18446744073709551615]", 0, 4, one) << ErrorCode::BadJson
            << u"integer from 0 to 2^63-1"_s << qint64(9);
        QTest::newRow("negative dimension")
            << onlyW("F32", "[-1]", 0, 4, one) << ErrorCode::BadJson << u"found -1"_s << qint64(9);
        QTest::newRow("fractional dimension") << onlyW("F32", "[1.5]", 0, 4, one)
                                              << ErrorCode::BadJson << u"found 1.5"_s << qint64(9);
        QTest::newRow("too many dimensions")
            << onlyW("F32", "[" + QByteArray("1,").repeated(70) + "1]", 0, 4, one)
            << ErrorCode::ShapeOverflow << u"71 dimensions"_s << qint64(9);
        QTest::newRow("offsets end before they begin")
            << onlyW("F32", "[0]", 4, 0, one) << ErrorCode::SizeMismatch
            << u"end before they begin"_s << qint64(9);
        QTest::newRow("offsets past the data")
            << onlyW("F32", "[2]", 0, 8, one) << ErrorCode::SizeMismatch
            << u"past the end of the data section (4 bytes)"_s << qint64(9);
        QTest::newRow("size disagrees with shape")
            << onlyW("F32", "[2]", 0, 4, one) << ErrorCode::SizeMismatch
            << u"hold 4 bytes; F32 of shape (2,) needs 8"_s << qint64(9);
        QTest::newRow("overlap") << safetensorsBytes("{" + entry("a", "F32", "[2]", 0, 8) + "," +
                                                         entry("b", "F32", "[2]", 4, 12) + "}",
                                                     floats({1, 2, 3}))
                                 << ErrorCode::SizeMismatch
                                 << u"overlap those of a, which end at 8"_s << qint64(-2);
        QTest::newRow("gap") << safetensorsBytes("{" + entry("a", "F32", "[1]", 0, 4) + "," +
                                                     entry("b", "F32", "[1]", 8, 12) + "}",
                                                 floats({1, 2, 3}))
                             << ErrorCode::SizeMismatch
                             << u"bytes 4 to 8 of the data section belong to no tensor"_s
                             << qint64(-3);
        QTest::newRow("bytes after the last tensor")
            << safetensorsBytes("{" + entry("a", "F32", "[1]", 0, 4) + "}", floats({1, 2}))
            << ErrorCode::SizeMismatch << u"4 bytes after the last tensor"_s << qint64(-3);
        QTest::newRow("missing field")
            << safetensorsBytes(R"({"w":{"dtype":"F32","shape":[1]}})", one) << ErrorCode::BadJson
            << u"dtype, shape and data_offsets"_s << qint64(9);
        QTest::newRow("entry not an object")
            << safetensorsBytes(R"({"w":"F32"})") << ErrorCode::BadJson << u"expected an object"_s
            << qint64(9);
        QTest::newRow("metadata value a list")
            << safetensorsBytes(R"({"__metadata__":{"a":["x"]}})") << ErrorCode::BadJson
            << u"\"a\" is a list"_s << qint64(9);
        QByteArray manyKeys = "{\"w\":{";
        for (int i = 0; i < 70; ++i)
            manyKeys += "\"k" + QByteArray::number(i) + "\":0,";
        QTest::newRow("entry with too many keys")
            << safetensorsBytes(manyKeys + "\"dtype\":\"F32\"}}") << ErrorCode::BadJson
            << u"more than 64 keys"_s << qint64(9);
        QTest::newRow("metadata value not a string")
            << safetensorsBytes(R"({"__metadata__":{"epoch":3}})") << ErrorCode::BadJson
            << u"\"epoch\" is 3"_s << qint64(9);
    }

    // Every hostile file fails with its code, says what was expected, and points at a byte:
    // `offset` >= 0 is exact; -2 means "inside the header", -3 "inside the data section".
    void hostileHeaders()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        QFETCH(QString, says);
        QFETCH(qint64, offset);
        Result<SafetensorsHeader> h = readBytes(bytes);
        MXL_VERIFY_FAILS_WITH(h, code);
        QVERIFY2(h.error().message.contains(says), qPrintable(h.error().describe()));
        const qint64 at = h.error().offset;
        const qint64 headerEnd =
            bytes.size() >= 8 ? 8 + qFromLittleEndian<quint64>(bytes.data()) : 0;
        if (offset >= 0)
            QCOMPARE(at, offset);
        else if (offset == -2)
            QVERIFY2(at >= 8 && at < headerEnd, qPrintable(QString::number(at)));
        else
            QVERIFY2(at >= headerEnd && at <= bytes.size(), qPrintable(QString::number(at)));

        // Through openFile: the error names the file.
        write(u"hostile.safetensors"_s, bytes);
        Result<OpenedFile> file = openFile(path(u"hostile.safetensors"_s));
        MXL_VERIFY_FAILS_WITH(file, code);
        QCOMPARE(file.error().file, path(u"hostile.safetensors"_s));
    }

    // parseJson's ordered objects insert by linear search: a header of 100,000 tensors took two
    // minutes through it. The SAX reader takes a fraction of a second.
    void manyTensorsAreReadInLinearTime()
    {
        QByteArray json = "{";
        for (int i = 0; i < 200'000; ++i)
            json += "\"t" + QByteArray::number(i) +
                    "\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[0,0]},";
        json.back() = '}';
        QElapsedTimer timer;
        timer.start();
        Result<SafetensorsHeader> h = readBytes(safetensorsBytes(json));
        QVERIFY(h);
        QCOMPARE(h->tensors.size(), size_t(200'000));
        QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    }

    void detectedByContent()
    {
        const QByteArray json = R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        write(u"values.bin"_s, safetensorsBytes(json, floats({1.5f, -2})));
        Result<OpenedFile> file = openFile(path(u"values.bin"_s));
        MXL_VERIFY_OK(file);
        QCOMPARE(file->format, FileFormat::Safetensors);
        QCOMPARE(formatName(file->format), u"safetensors"_s);
        QVERIFY(file->tensorsIndexed);
        QCOMPARE(keysOf(*file), QStringList{u"x"_s});
        QCOMPARE(file->tensors[0].group, TensorGroup::Arrays);
        Result<NpyArray> x = loadTensor(file->tensors[0]);
        QVERIFY(x);
        QCOMPARE(x->view().realAt(0), 1.5);
        QCOMPARE(x->view().realAt(1), -2.0);
        // An empty header is a file without tensors.
        write(u"empty.safetensors"_s, safetensorsBytes("{}"));
        Result<OpenedFile> empty = openFile(path(u"empty.safetensors"_s));
        QVERIFY(empty);
        QVERIFY(empty->tensors.empty());
    }

    void writerLayout()
    {
        std::vector<SafetensorsEntry> entries{{u"a"_s, DType::BFloat16, {3}},
                                              {u"b"_s, DType::Float64, {}},
                                              {u"c"_s, DType::Bool, {0}}};
        Result<QByteArray> header = safetensorsHeaderBytes(entries, {{u"k"_s, u"v"_s}});
        QVERIFY(header);
        QCOMPARE(header->size() % 8, 0);
        QCOMPARE(qint64(qFromLittleEndian<quint64>(header->constData())), header->size() - 8);
        QVERIFY(header->mid(8).startsWith("{\"__metadata__\":{\"k\":\"v\"},\"a\":"));
        QVERIFY(header->endsWith('}') || header->endsWith(' '));
        const QByteArray bytes = *header + QByteArray(6, '\x3f') + QByteArray(8, '\0');
        Result<SafetensorsHeader> back = readBytes(bytes);
        MXL_VERIFY_OK(back);
        QCOMPARE(back->tensors.size(), size_t(3));
        QCOMPARE(back->tensors[0].info.dtype, DType::BFloat16);
        QCOMPARE(back->tensors[1].offset, header->size() + 6);
        QCOMPARE(back->tensors[1].info.shape, Shape{});

        QCOMPARE(safetensorsHeaderBytes({{u"z"_s, DType::Complex64, {1}}}, {}).error().code,
                 ErrorCode::UnsupportedDType);
        QCOMPARE(
            safetensorsHeaderBytes({{u"__metadata__"_s, DType::Float32, {1}}}, {}).error().code,
            ErrorCode::BadUsage);
        QCOMPARE(safetensorsHeaderBytes(
                     {{u"z"_s, DType::Float32, {1}}, {u"z"_s, DType::Float32, {1}}}, {})
                     .error()
                     .code,
                 ErrorCode::BadUsage);
    }

    void littleEndianChunksOfFortranAndBigEndianArrays()
    {
        for (const QString &name :
             {u"npy/fortran_2d.npy"_s, u"npy/f4_be.npy"_s, u"npy/i8_be.npy"_s}) {
            Result<OpenedFile> file = openFile(fixture(name));
            QVERIFY(file);
            Result<NpyArray> array = loadTensor(file->tensors[0]);
            QVERIFY(array);
            QByteArray gathered;
            QVERIFY(forEachLittleEndianChunk(array->view(), [&](QByteArrayView chunk) -> Status {
                gathered += chunk.toByteArray();
                return Ok{};
            }));
            TensorInfo info = array->info();
            info.byteOrder = ByteOrder::Little;
            info.fortranOrder = false;
            QCOMPARE(computeStats(TensorView(gathered.constData(), info))->sha256,
                     computeStats(array->view())->sha256);
        }
    }

    void readableNamesOfTheFixtures()
    {
        Result<OpenedFile> bnn = openFile(fixture(u"mxfusion/bnn_meanfield.zip"_s));
        QVERIFY(bnn);
        const std::vector<TensorName> names = readableTensorNames(*bnn);
        QCOMPARE(names.size(), bnn->tensors.size());
        QHash<QString, TensorName> byName;
        for (const TensorName &n : names)
            byName.insert(n.readable, n);
        QCOMPARE(byName.size(), qsizetype(names.size()));
        QVERIFY(byName.contains(u"posterior.hybrid0_dense0_weight.mean"_s));
        QVERIFY(byName.contains(u"posterior.hybrid0_dense2_bias.variance"_s));
        QCOMPARE(byName[u"prior_variance"_s].source, NameSource::ComponentName);
        const TensorName &mean = byName[u"posterior.hybrid0_dense0_weight.mean"_s];
        QCOMPARE(mean.source, NameSource::GraphPath);
        QCOMPARE(mean.group, TensorGroup::Parameters);
        QVERIFY(mean.stored.startsWith(u"83f0be4e"_s)); // the UUID stays in the metadata
        // A constant broadcast into a prior's mean, in the model graph.
        QCOMPARE(byName[u"hybrid0_dense0_weight.mean.data"_s].group, TensorGroup::Constants);
        // Stable: the same names on every call.
        QCOMPARE(readableOf(*bnn), readableOf(*openFile(fixture(u"mxfusion/bnn_meanfield.zip"_s))));

        Result<OpenedFile> gp = openFile(fixture(u"mxfusion/gp_regression.zip"_s));
        QVERIFY(gp);
        QCOMPARE(readableOf(*gp),
                 QStringList({u"noise_var"_s, u"gp_regression.F.rbf_variance"_s,
                              u"gp_regression.F.rbf_lengthscale"_s, u"gp_regression.L"_s,
                              u"gp_regression.LinvY"_s, u"gp_regression.X"_s}));

        // Two unnamed parameters that reach the same spot: a stable UUID suffix each.
        Result<OpenedFile> ambiguous = openFile(fixture(u"mxfusion/ambiguous_edges.zip"_s));
        QVERIFY(ambiguous);
        const std::vector<TensorName> a = readableTensorNames(*ambiguous);
        QCOMPARE(a.size(), size_t(2));
        QVERIFY(a[0].disambiguated && a[1].disambiguated);
        QCOMPARE(a[0].readable, a[0].base + u'~' + a[0].stored.left(8));
        QVERIFY(a[0].readable != a[1].readable);

        Result<OpenedFile> gluon = openFile(fixture(u"mxfusion/gluon_names_v030.zip"_s));
        QVERIFY(gluon);
        QCOMPARE(readableOf(*gluon).front(), u"hybrid0_dense0_weight"_s);

        Result<OpenedFile> params = openFile(fixture(u"mxnet/prefixes-0003.params"_s));
        QVERIFY(params);
        QCOMPARE(readableOf(*params),
                 QStringList({u"conv_weight"_s, u"bn_moving_mean"_s, u"bn_gamma"_s, u"plain"_s}));
        QCOMPARE(readableTensorNames(*params)[1].stored, u"aux:bn_moving_mean"_s);
        QCOMPARE(readableTensorNames(*params)[1].source, NameSource::MxnetName);

        Result<OpenedFile> npz = openFile(fixture(u"npz/mixed.npz"_s));
        QVERIFY(npz);
        QCOMPARE(readableOf(*npz), keysOf(*npz));
    }

    void argAndAuxOfTheSameNameAreToldApart()
    {
        const QByteArray data = floats({1, 2});
        std::vector<NdArrayInput> inputs{{u"arg:x"_s, DType::Float32, {2}, data, false},
                                         {u"aux:x"_s, DType::Float32, {2}, data, false},
                                         {u"arg:x~arg"_s, DType::Float32, {2}, data, false}};
        write(u"clash.params"_s, *writeNdArrayList(inputs));
        Result<OpenedFile> file = openFile(path(u"clash.params"_s));
        QVERIFY(file);
        // "x~arg" is taken, so the group tag cannot be used; the key prefix can.
        const QStringList names = readableOf(*file);
        QCOMPARE(names.size(), 3);
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
        QCOMPARE(names[2], u"x~arg"_s);
        QCOMPARE(names[0], u"x~arg:x"_s);
        QCOMPARE(names[1], u"x~aux:x"_s);
    }

    void archiveToSafetensorsToNpz()
    {
        Result<OpenedFile> archive = openFile(fixture(u"mxfusion/bnn_meanfield.zip"_s));
        QVERIFY(archive);
        Result<ConvertReport> st = convertFile(*archive, path(u"bnn.safetensors"_s));
        MXL_VERIFY_OK(st);
        QCOMPARE(st->names, TensorNaming::Readable);
        QCOMPARE(st->arrays, int(archive->tensors.size()));
        Result<OpenedFile> back = openFile(path(u"bnn.safetensors"_s));
        QVERIFY(back);
        QCOMPARE(keysOf(*back), readableOf(*archive));
        QCOMPARE(hashes(*back), hashes(*archive));
        QCOMPARE(back->safetensors->metadataValue(u"mxlens.source"_s),
                 std::optional(u"bnn_meanfield.zip"_s));
        QCOMPARE(back->safetensors->metadataValue(u"mxlens.names"_s), std::optional(u"readable"_s));
        // The UUIDs come back as the stored keys.
        QStringList stored;
        for (const TensorName &n : readableTensorNames(*back))
            stored << n.stored;
        QCOMPARE(stored, keysOf(*archive));

        Result<ConvertReport> npz = convertFile(*back, path(u"bnn.npz"_s));
        MXL_VERIFY_OK(npz);
        QCOMPARE(npz->names, TensorNaming::Stored);
        Result<OpenedFile> npzBack = openFile(path(u"bnn.npz"_s));
        QVERIFY(npzBack);
        QCOMPARE(keysOf(*npzBack), keysOf(*archive));
        QCOMPARE(hashes(*npzBack), hashes(*archive));

        // Deterministic: the same bytes on a second run.
        QVERIFY(convertFile(*archive, path(u"bnn2.safetensors"_s)));
        QFile a(path(u"bnn.safetensors"_s)), b(path(u"bnn2.safetensors"_s));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void checkpointToSafetensorsToParams()
    {
        Result<OpenedFile> params = openFile(fixture(u"mxnet/prefixes-0003.params"_s));
        QVERIFY(params);
        QVERIFY(convertFile(*params, path(u"p.safetensors"_s)));
        Result<OpenedFile> st = openFile(path(u"p.safetensors"_s));
        QVERIFY(st);
        QCOMPARE(keysOf(*st), readableOf(*params));
        Result<ConvertReport> back = convertFile(*st, path(u"p.params"_s));
        MXL_VERIFY_OK(back);
        Result<OpenedFile> again = openFile(path(u"p.params"_s));
        QVERIFY(again);
        QCOMPARE(keysOf(*again), keysOf(*params)); // arg:/aux: restored from the metadata
        QCOMPARE(hashes(*again), hashes(*params));
        // --names readable strips them for good.
        ConvertOptions readable;
        readable.names = TensorNaming::Readable;
        QVERIFY(convertFile(*st, path(u"p-readable.params"_s), readable));
        QCOMPARE(keysOf(*openFile(path(u"p-readable.params"_s))), readableOf(*params));
    }

    void bigEndianAndFortranBecomeLittleEndianCOrder()
    {
        for (const QString &name : {u"fortran_2d"_s, u"f4_be"_s, u"i8_be"_s, u"f2"_s, u"zero_d"_s,
                                    u"zero_size"_s, u"b1"_s}) {
            Result<OpenedFile> npy = openFile(fixture(u"npy/"_s + name + u".npy"_s));
            QVERIFY(npy);
            const QString out = path(name + u".safetensors"_s);
            Result<ConvertReport> r = convertFile(*npy, out);
            MXL_VERIFY_OK(r);
            Result<OpenedFile> back = openFile(out);
            QVERIFY(back);
            QCOMPARE(back->tensors[0].info->byteOrder, ByteOrder::Little);
            QVERIFY(!back->tensors[0].info->fortranOrder);
            QCOMPARE(back->tensors[0].info->shape, npy->tensors[0].info->shape);
            QCOMPARE(hashes(*back), hashes(*npy));
        }
    }

    void whatTheTargetCannotHoldIsRefused()
    {
        Result<OpenedFile> c16 = openFile(fixture(u"npy/c16.npy"_s));
        QVERIFY(c16);
        Result<ConvertReport> r = convertFile(*c16, path(u"c16.safetensors"_s));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::UnsupportedDType);
        QVERIFY(r.error().message.contains(u"complex"_s));
        QVERIFY(!QFile::exists(path(u"c16.safetensors"_s)));

        // bfloat16 stays bfloat16 in safetensors, and numpy has no type for it in an npz.
        const QByteArray json = R"({"h":{"dtype":"BF16","shape":[2],"data_offsets":[0,4]}})";
        write(u"bf16.safetensors"_s, safetensorsBytes(json, QByteArray("\x80\x3f\x00\x40", 4)));
        Result<OpenedFile> bf16 = openFile(path(u"bf16.safetensors"_s));
        QVERIFY(bf16);
        QVERIFY(convertFile(*bf16, path(u"bf16-copy.safetensors"_s)));
        QCOMPARE(openFile(path(u"bf16-copy.safetensors"_s))->tensors[0].info->dtype,
                 DType::BFloat16);
        QVERIFY(!convertFile(*bf16, path(u"bf16.npz"_s)));
        QVERIFY(!QFile::exists(path(u"bf16.npz"_s)));

        // Outputs that cannot hold an MXFusion archive's values.
        Result<OpenedFile> archive = openFile(fixture(u"mxfusion/simple_normal.zip"_s));
        QVERIFY(archive);
        QVERIFY(!convertFile(*archive, path(u"x.txt"_s)));
        QVERIFY(!convertFile(*archive, path(u"x.zip"_s)));
        QVERIFY(!convertFile(*archive, path(u"x.params"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
