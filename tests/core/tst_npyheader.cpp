// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/npyarray.h"
#include "formats/npy/npyheader.h"

#include <QtEndian>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

// A .npy v1.0 with `dict` as its header text (padded to 64 bytes as numpy does) and `data`.
QByteArray npy(const QByteArray &dict, const QByteArray &data = {}, int major = 1)
{
    QByteArray header = dict;
    const int prefix = major == 1 ? 10 : 12;
    while ((prefix + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray out("\x93NUMPY", 6);
    out += char(major);
    out += char(0);
    if (major == 1) {
        char len[2];
        qToLittleEndian<quint16>(quint16(header.size()), len);
        out.append(len, 2);
    } else {
        char len[4];
        qToLittleEndian<quint32>(quint32(header.size()), len);
        out.append(len, 4);
    }
    return out + header + data;
}

} // namespace

class TestNpyHeader : public QObject
{
    Q_OBJECT

private slots:
    void parsesHeaders_data()
    {
        QTest::addColumn<QByteArray>("dict");
        QTest::addColumn<QString>("dtype");
        QTest::addColumn<QList<qint64>>("shape");
        QTest::addColumn<bool>("fortran");
        QTest::addColumn<bool>("bigEndian");
        QTest::newRow("f4 vector")
            << QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }")
            << u"float32"_s << QList<qint64>{3} << false << false;
        QTest::newRow("big endian f8")
            << QByteArray("{'descr': '>f8', 'fortran_order': False, 'shape': (2, 2), }")
            << u"float64"_s << QList<qint64>{2, 2} << false << true;
        QTest::newRow("fortran")
            << QByteArray("{'descr': '<i8', 'fortran_order': True, 'shape': (2, 3), }")
            << u"int64"_s << QList<qint64>{2, 3} << true << false;
        QTest::newRow("0-d bool") << QByteArray(
                                         "{'descr': '|b1', 'fortran_order': False, 'shape': (), }")
                                  << u"bool"_s << QList<qint64>{} << false << false;
        QTest::newRow("key order, py2 long")
            << QByteArray("{'shape': (4L, 1L), 'fortran_order': False, 'descr': '<f2'}")
            << u"float16"_s << QList<qint64>{4, 1} << false << false;
        QTest::newRow("complex, native order")
            << QByteArray("{'descr': '=c16', 'fortran_order': False, 'shape': (0, 3), }")
            << u"complex128"_s << QList<qint64>{0, 3} << false << false;
    }
    void parsesHeaders()
    {
        QFETCH(QByteArray, dict);
        QFETCH(QString, dtype);
        QFETCH(QList<qint64>, shape);
        QFETCH(bool, fortran);
        QFETCH(bool, bigEndian);
        const Result<NpyHeader> h = parseNpyHeader(npy(dict));
        QVERIFY2(h.has_value(), h ? "" : qPrintable(h.error().describe()));
        QCOMPARE(dtypeName(h->info.dtype), dtype);
        QCOMPARE(QList<qint64>(h->info.shape.begin(), h->info.shape.end()), shape);
        QCOMPARE(h->info.fortranOrder, fortran);
        QCOMPARE(h->info.byteOrder == ByteOrder::Big, bigEndian);
        QCOMPARE(h->dataOffset % 64, 0);
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("no magic") << QByteArray("hello world, not npy") << ErrorCode::BadNpyHeader;
        QTest::newRow("truncated") << QByteArray("\x93NUMPY\x01", 7) << ErrorCode::BadNpyHeader;
        QTest::newRow("version 9") << npy("{}").replace(6, 1, "\x09") << ErrorCode::BadNpyHeader;
        QTest::newRow("header length lies")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }").left(40)
            << ErrorCode::BadNpyHeader;
        QTest::newRow("object (pickle)")
            << npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }")
            << ErrorCode::UnsupportedDType;
        QTest::newRow("structured")
            << npy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (1,), }")
            << ErrorCode::UnsupportedDType;
        QTest::newRow("string") << npy("{'descr': '<U3', 'fortran_order': False, 'shape': (1,), }")
                                << ErrorCode::UnsupportedDType;
        QTest::newRow("unknown kind")
            << npy("{'descr': '<x9', 'fortran_order': False, 'shape': (1,), }")
            << ErrorCode::UnsupportedDType;
        QTest::newRow("missing shape")
            << npy("{'descr': '<f4', 'fortran_order': False}") << ErrorCode::BadNpyHeader;
        QTest::newRow("negative dim")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-1,), }")
            << ErrorCode::BadNpyHeader;
        QTest::newRow("dim over 64 bits")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999,), }")
            << ErrorCode::ShapeOverflow;
    }
    void rejectsBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        const Result<NpyHeader> h = parseNpyHeader(bytes);
        QVERIFY(!h.has_value());
        QCOMPARE(errorCodeName(h.error().code), errorCodeName(code));
    }

    void checksDataAgainstShape()
    {
        // The shape product overflows 64 bits: refused before any size comparison.
        auto overflow =
            readNpy(ByteSource::fromBytes(npy("{'descr': '<f8', 'fortran_order': False, 'shape': "
                                              "(1099511627776, 1099511627776, 1099511627776), }")));
        QVERIFY(!overflow);
        QCOMPARE(overflow.error().code, ErrorCode::ShapeOverflow);
        // The header claims 1000 floats, 4 bytes follow.
        auto lying = readNpy(ByteSource::fromBytes(npy(
            "{'descr': '<f4', 'fortran_order': False, 'shape': (1000,), }", QByteArray(4, '\0'))));
        QVERIFY(!lying);
        QCOMPARE(lying.error().code, ErrorCode::SizeMismatch);
        QVERIFY(lying.error().offset > 0);
        // Zero elements, but dimensions whose partial products overflow: readable, no UB
        // (fuzz finding, tests/fuzz/corpus/fuzz_npy/regression-zero-size-stride-overflow).
        auto zeroSize =
            readNpy(ByteSource::fromBytes(npy("{'descr': '<f4', 'fortran_order': False, 'shape': "
                                              "(0, 1099511627776, 1099511627776), }")));
        QVERIFY(zeroSize);
        QCOMPARE(zeroSize->view().elementCount(), 0);
        // Version 2.0 header with exact data.
        QByteArray data(8, '\0');
        qToLittleEndian<float>(1.5f, data.data());
        qToLittleEndian<float>(-2.0f, data.data() + 4);
        auto ok = readNpy(ByteSource::fromBytes(
            npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", data, 2)));
        QVERIFY(ok);
        QCOMPARE(ok->view().realAt(1), -2.0);
        QCOMPARE(ok->trailingBytes, 0);
    }
};

QTEST_GUILESS_MAIN(TestNpyHeader)
#include "tst_npyheader.moc"
