// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensor/elementdecode.h"
#include "tensor/elementformat.h"
#include "tensor/tensorstats.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

template <typename T>
QByteArray bytesOf(std::initializer_list<T> values, bool bigEndian = false)
{
    QByteArray out;
    for (T v : values) {
        char buf[sizeof(T)];
        std::memcpy(buf, &v, sizeof(T));
        if (bigEndian)
            std::reverse(buf, buf + sizeof(T));
        out.append(buf, sizeof(T));
    }
    return out;
}

TensorInfo info(DType t, Shape shape, ByteOrder order = ByteOrder::Little, bool fortran = false)
{
    TensorInfo i;
    i.dtype = t;
    i.shape = std::move(shape);
    i.byteOrder = order;
    i.fortranOrder = fortran;
    return i;
}

} // namespace

class TestTensorStats : public QObject
{
    Q_OBJECT

private slots:
    void floatStatisticsIgnoreNan()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        const QByteArray data = bytesOf<float>({1.0f, nan, -2.0f, 0.0f, inf, 3.0f});
        Result<TensorStats> s =
            computeStats(TensorView(data.constData(), info(DType::Float32, {6})));
        QVERIFY(s);
        QCOMPARE(s->count, 6);
        QCOMPARE(s->nanCount, 1);
        QCOMPARE(s->infCount, 1);
        QCOMPARE(s->zeroCount, 1);
        QCOMPARE(*s->min, -2.0);
        QVERIFY(std::isinf(*s->max));
        QCOMPARE(s->sha256, QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    }

    void byteOrderDoesNotChangeValuesOrHash()
    {
        const QByteArray little = bytesOf<double>({1.5, -7.25, 1e300});
        const QByteArray big = bytesOf<double>({1.5, -7.25, 1e300}, true);
        auto a = computeStats(TensorView(little.constData(), info(DType::Float64, {3})));
        auto b =
            computeStats(TensorView(big.constData(), info(DType::Float64, {3}, ByteOrder::Big)));
        QVERIFY(a && b);
        QCOMPARE(a->sha256, b->sha256);
        QCOMPARE(*a->mean, *b->mean);
        QCOMPARE(*b->min, -7.25);
    }

    void fortranOrderHashesInCOrder()
    {
        // Logical [[1, 2, 3], [4, 5, 6]] stored column-major: 1 4 2 5 3 6.
        const QByteArray fortran = bytesOf<qint32>({1, 4, 2, 5, 3, 6});
        const QByteArray c = bytesOf<qint32>({1, 2, 3, 4, 5, 6});
        const TensorView fv(fortran.constData(),
                            info(DType::Int32, {2, 3}, ByteOrder::Little, true));
        auto s = computeStats(fv);
        QVERIFY(s);
        QCOMPARE(s->sha256, QCryptographicHash::hash(c, QCryptographicHash::Sha256));
        QCOMPARE(fv.realAt(fv.storageIndex(qint64(1))), 2.0); // element [0][1]
        const qint64 idx[] = {1, 0};
        QCOMPARE(fv.realAt(fv.storageIndex(std::span<const qint64>(idx))), 4.0);
    }

    void halfAndBfloatDecode_data()
    {
        QTest::addColumn<int>("bits");
        QTest::addColumn<double>("half");
        QTest::newRow("one") << 0x3c00 << 1.0;
        QTest::newRow("minus two") << 0xc000 << -2.0;
        QTest::newRow("smallest subnormal") << 0x0001 << std::ldexp(1.0, -24);
        QTest::newRow("max") << 0x7bff << 65504.0;
        QTest::newRow("inf") << 0x7c00 << std::numeric_limits<double>::infinity();
    }
    void halfAndBfloatDecode()
    {
        QFETCH(int, bits);
        QFETCH(double, half);
        QCOMPARE(halfAsDouble(quint16(bits)), half);
        QCOMPARE(bfloat16AsDouble(0x3f80), 1.0);
        QVERIFY(std::isnan(halfAsDouble(0x7e00)));
    }

    void complexAndBool()
    {
        const QByteArray cdata = bytesOf<float>({1.0f, 2.0f, 0.0f, 0.0f, std::nanf(""), 1.0f});
        auto c = computeStats(TensorView(cdata.constData(), info(DType::Complex64, {3})));
        QVERIFY(c);
        QCOMPARE(c->nanCount, 1);
        QCOMPARE(c->zeroCount, 1);
        QVERIFY(!c->min && !c->mean);
        const TensorView cv(cdata.constData(), info(DType::Complex64, {3}));
        QCOMPARE(formatElement(cv, 0), u"(1+2j)"_s);

        const QByteArray b("\x01\x00\x01\x01", 4);
        const TensorView bv(b.constData(), info(DType::Bool, {4}));
        auto s = computeStats(bv);
        QCOMPARE(*s->mean, 0.75);
        QCOMPARE(formatElement(bv, 1), u"False"_s);
    }

    void formatsShortestRoundTrip()
    {
        const QByteArray f = bytesOf<float>({0.1f});
        QCOMPARE(formatElement(TensorView(f.constData(), info(DType::Float32, {1})), 0), u"0.1"_s);
        const QByteArray i = bytesOf<qint64>({-9007199254740993LL});
        QCOMPARE(formatElement(TensorView(i.constData(), info(DType::Int64, {1})), 0),
                 u"-9007199254740993"_s);
    }

    void emptyAndCancel()
    {
        auto empty = computeStats(TensorView(nullptr, info(DType::Float32, {0, 3})));
        QVERIFY(empty);
        QCOMPARE(empty->count, 0);
        QVERIFY(!empty->min);
        QCOMPARE(empty->sha256, QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
        const QByteArray big((1 << 21) * 4, '\0');
        StatsOptions cancel;
        cancel.progress = [](double) { return false; };
        auto cancelled =
            computeStats(TensorView(big.constData(), info(DType::Float32, {1 << 21})), cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    }
};

QTEST_GUILESS_MAIN(TestTensorStats)
#include "tst_tensorstats.moc"
