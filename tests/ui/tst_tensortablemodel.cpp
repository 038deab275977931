// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Tensor dock's table model under QAbstractItemModelTester, on .npy files built in memory:
// 0-d, 1-D, 2-D, 3-D slicing, Fortran order, big-endian, empty and capped arrays.
#include "models/tensortablemodel.h"

#include <QAbstractItemModelTester>
#include <QtEndian>
#include <QTest>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

// Values as raw bytes in the byte order numpy's descr says ('<' or '>').
template <typename T>
QByteArray bytesOf(const std::vector<T> &values, bool bigEndian = false)
{
    QByteArray out(qsizetype(values.size() * sizeof(T)), Qt::Uninitialized);
    for (size_t i = 0; i < values.size(); ++i) {
        char buf[sizeof(T)];
        std::memcpy(buf, &values[i], sizeof(T));
        if (bigEndian)
            std::reverse(buf, buf + sizeof(T));
        std::memcpy(out.data() + i * sizeof(T), buf, sizeof(T));
    }
    return out;
}

// A version 1.0 .npy: magic, header dict padded to a multiple of 64 bytes, data.
NpyArray makeNpy(const QByteArray &descr, const Shape &shape, const QByteArray &data,
                 bool fortran = false)
{
    QByteArrayList dims;
    for (qint64 d : shape)
        dims << QByteArray::number(d);
    QByteArray dict = "{'descr': '" + descr +
                      "', 'fortran_order': " + (fortran ? "True" : "False") + ", 'shape': (" +
                      dims.join(", ") + (shape.size() == 1 ? "," : "") + "), }";
    const qsizetype unpadded = 10 + dict.size() + 1;
    dict += QByteArray((64 - unpadded % 64) % 64, ' ') + '\n';
    QByteArray npy("\x93NUMPY\x01\x00", 8);
    const quint16 length = qToLittleEndian(quint16(dict.size()));
    npy += QByteArray(reinterpret_cast<const char *>(&length), 2) + dict + data;
    Result<NpyArray> array = readNpy(ByteSource::fromBytes(npy, u"test.npy"_s));
    if (!array)
        qFatal("bad test array: %s", qPrintable(array.error().describe()));
    return *array;
}

std::vector<double> iota(int n, double scale = 1)
{
    std::vector<double> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = i * scale;
    return v;
}

QString text(const TensorTableModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

double raw(const TensorTableModel &model, int row, int column)
{
    return model.index(row, column).data(TensorTableModel::RawValueRole).toDouble();
}

} // namespace

class TestTensorTableModel : public QObject
{
    Q_OBJECT

private slots:
    void zeroAndOneDimensional()
    {
        TensorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setArray(makeNpy("<f8", {}, bytesOf<double>({3.5})));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(text(model, 0, 0), u"3.5"_s);
        QCOMPARE(raw(model, 0, 0), 3.5);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"[] = 3.5"_s);

        model.setArray(makeNpy("<i4", {4}, bytesOf<qint32>({10, -20, 30, 2147483647})));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(text(model, 1, 0), u"-20"_s);
        QCOMPARE(raw(model, 3, 0), 2147483647.0);
        QCOMPARE(model.headerData(2, Qt::Vertical).toString(), u"2"_s);
        QVERIFY(model.index(3, 0).data(Qt::ToolTipRole).toString().startsWith(u"[3] = "_s));
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(0, 0), 5));
        QVERIFY(!model.isCapped());

        model.setArray(makeNpy("<f4", {0, 3}, {})); // empty: nothing to show
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        model.setArray(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void elements_data()
    {
        QTest::addColumn<NpyArray>("array");
        QTest::addColumn<int>("index"); // row of the 1-D array
        QTest::addColumn<QString>("display");
        QTest::addColumn<double>("rawValue");
        const std::vector<float> floats{0.1f, -2.5f, NAN, -INFINITY};
        QTest::newRow("float32 shortest")
            << makeNpy("<f4", {4}, bytesOf(floats)) << 0 << u"0.1"_s << double(0.1f);
        QTest::newRow("float32 nan")
            << makeNpy("<f4", {4}, bytesOf(floats)) << 2 << u"nan"_s << double(NAN);
        QTest::newRow("float32 -inf")
            << makeNpy("<f4", {4}, bytesOf(floats)) << 3 << u"-inf"_s << -double(INFINITY);
        QTest::newRow("big-endian float32")
            << makeNpy(">f4", {4}, bytesOf(floats, true)) << 1 << u"-2.5"_s << -2.5;
        QTest::newRow("big-endian int64")
            << makeNpy(">i8", {2}, bytesOf<qint64>({1, qint64(1) << 62}, true)) << 1
            << u"4611686018427387904"_s << 4611686018427387904.0;
        QTest::newRow("big-endian uint16")
            << makeNpy(">u2", {2}, bytesOf<quint16>({1, 65535}, true)) << 1 << u"65535"_s
            << 65535.0;
        QTest::newRow("bool") << makeNpy("|b1", {2}, QByteArray("\x00\x01", 2)) << 1 << u"True"_s
                              << 1.0;
    }

    void elements()
    {
        QFETCH(NpyArray, array);
        QFETCH(int, index);
        QFETCH(QString, display);
        QFETCH(double, rawValue);
        TensorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(array);
        QCOMPARE(text(model, index, 0), display);
        if (std::isnan(rawValue))
            QVERIFY(std::isnan(raw(model, index, 0)));
        else
            QCOMPARE(raw(model, index, 0), rawValue);
    }

    void twoDimensional()
    {
        TensorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(makeNpy("<f8", {2, 3}, bytesOf(iota(6, 0.5)))); // arange(6) * 0.5
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(text(model, 1, 2), u"2.5"_s);
        QCOMPARE(raw(model, 1, 0), 1.5);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"2"_s);
        model.setSlice(1, 0, {}); // transposed
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(raw(model, 2, 1), 2.5);
        model.setFormatOptions({2});
        QCOMPARE(text(model, 2, 1), u"2.5"_s);
    }

    void threeDimensionalSlices()
    {
        // np.arange(24, dtype='<i2').reshape(2, 3, 4): value = 12 i + 4 j + k.
        std::vector<qint16> values(24);
        for (int i = 0; i < 24; ++i)
            values[size_t(i)] = qint16(i);
        TensorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(makeNpy("<i2", {2, 3, 4}, bytesOf(values)));
        // numpy's convention: the last two axes, the first fixed at 0.
        QCOMPARE(model.rowAxis(), 1);
        QCOMPARE(model.columnAxis(), 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(text(model, 2, 3), u"11"_s);

        model.setSlice(1, 2, {1, 0, 0});
        QCOMPARE(text(model, 2, 3), u"23"_s);
        QCOMPARE(model.index(2, 3).data(Qt::ToolTipRole).toString(), u"[1, 2, 3] = 23"_s);
        model.setSlice(0, 2, {0, 1, 0}); // rows: axis 0, columns: axis 2, axis 1 at 1
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(raw(model, 1, 3), 12.0 + 4.0 + 3.0);
        model.setSlice(2, 0, {0, 2, 0}); // rows: axis 2, columns: axis 0, axis 1 at 2
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(raw(model, 3, 1), 12.0 + 8.0 + 3.0);
        model.setSlice(1, 2, {7, 0, 0}); // out of range: clamped to the last index
        QCOMPARE(model.slice().fixedIndex()[0], 1);
        QCOMPARE(raw(model, 0, 0), 12.0);
        model.setSlice(1, 1, {0, 0, 2}); // same axis twice: a single column
        QCOMPARE(model.columnAxis(), -1);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(raw(model, 2, 0), 8.0 + 2.0);
    }

    void fortranOrder()
    {
        // Shape (2, 3, 4) in column-major storage: element (i, j, k) at i + 2 j + 6 k.
        std::vector<double> storage(24);
        for (int i = 0; i < 2; ++i)
            for (int j = 0; j < 3; ++j)
                for (int k = 0; k < 4; ++k)
                    storage[size_t(i + 2 * j + 6 * k)] = 100 * i + 10 * j + k;
        TensorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setArray(makeNpy("<f8", {2, 3, 4}, bytesOf(storage), true));
        QCOMPARE(text(model, 2, 3), u"23"_s);
        model.setSlice(1, 2, {1, 0, 0});
        QCOMPARE(raw(model, 2, 1), 121.0);
        model.setSlice(2, 0, {0, 2, 0});
        QCOMPARE(raw(model, 3, 1), 123.0);
        QCOMPARE(text(model, 1, 0), u"21"_s);
    }

    void capped()
    {
        TensorTableModel model;
        model.setArray(makeNpy("|u1", {2'000'000}, QByteArray(2'000'000, '\x07')));
        QCOMPARE(model.sliceRows(), 2'000'000);
        QCOMPARE(model.rowCount(), int(TensorTableModel::kMaxRows));
        QVERIFY(model.isCapped());
        QVERIFY(model.capNote().contains(u"rows"_s));
        QVERIFY(model.headerData(0, Qt::Vertical, Qt::ToolTipRole)
                    .toString()
                    .contains(model.capNote()));
        QCOMPARE(text(model, int(TensorTableModel::kMaxRows) - 1, 0), u"7"_s);
    }
};

QTEST_MAIN(TestTensorTableModel)
#include "tst_tensortablemodel.moc"
