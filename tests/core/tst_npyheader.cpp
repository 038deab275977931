// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/npyarray.h"
#include "formats/npy/npyheader.h"

#include <QtEndian>
#include <QTest>

#include "support/resultchecks.h"

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
        // Python-literal spellings numpy 1.24's np.load accepts (tests/python/check_npy_numpy.py).
        QTest::newRow("comment, CRLF, no trailing comma")
            << QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (3,)} # note\r\n")
            << u"float32"_s << QList<qint64>{3} << false << false;
        QTest::newRow("numpy type names and codes")
            << QByteArray("{'descr': 'float32', 'fortran_order': False, 'shape': (1,), }")
            << u"float32"_s << QList<qint64>{1} << false << false;
        QTest::newRow("'<e' is float16")
            << QByteArray("{'descr': '<e', 'fortran_order': False, 'shape': (1,), }")
            << u"float16"_s << QList<qint64>{1} << false << false;
        QTest::newRow("'|?' is bool")
            << QByteArray("{'descr': '|?', 'fortran_order': False, 'shape': (1,), }") << u"bool"_s
            << QList<qint64>{1} << false << false;
        QTest::newRow("hex, underscore, plus, -0")
            << QByteArray("{'descr': '<i4', 'fortran_order': False, 'shape': (0x2, 1_0, +3, -0)}")
            << u"int32"_s << QList<qint64>{2, 10, 3, 0} << false << false;
        QTest::newRow("duplicate key: the last wins")
            << QByteArray("{'shape': [1, 'x'], 'shape': (7, 7), 'descr': '<f4', 'fortran_order': "
                          "False, 'shape': (2,)}")
            << u"float32"_s << QList<qint64>{2} << false << false;
        QTest::newRow("quotes, escapes, concatenation, parentheses")
            << QByteArray("({\"descr\": '\\x3c' \"f4\", u'fortran_order': (True),\n"
                          "  'shape': ((2, 3)),})")
            << u"float32"_s << QList<qint64>{2, 3} << true << false;
        QTest::newRow("32 dimensions")
            << QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 1, 1, 1, 1, "
                          "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, "
                          "1, 1)}")
            << u"float32"_s << QList<qint64>(32, 1) << false << false;
    }
    void parsesHeaders()
    {
        QFETCH(QByteArray, dict);
        QFETCH(QString, dtype);
        QFETCH(QList<qint64>, shape);
        QFETCH(bool, fortran);
        QFETCH(bool, bigEndian);
        const Result<NpyHeader> h = parseNpyHeader(npy(dict));
        MXL_VERIFY_OK(h);
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
        // Issue 19: inputs numpy 1.24 refuses that mxlens used to read.
        const QByteArray f4 = "{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }";
        QTest::newRow("text after the dict") << npy(f4 + "xyz") << ErrorCode::BadNpyHeader;
        QTest::newRow("a second dict") << npy(f4 + f4) << ErrorCode::BadNpyHeader;
        QByteArray nulPadded = npy(f4);
        nulPadded.replace(10 + f4.size(), nulPadded.size() - 11 - f4.size(),
                          QByteArray(nulPadded.size() - 11 - f4.size(), '\0'));
        QTest::newRow("NUL padding") << nulPadded << ErrorCode::BadNpyHeader;
        QByteArray pastPadding = npy(f4, QByteArray(12, '\x01'));
        pastPadding[8] = char(pastPadding[8] + 4);
        QTest::newRow("header length past the padding") << pastPadding << ErrorCode::BadNpyHeader;
        QTest::newRow("minor version 1")
            << npy(f4).replace(7, 1, "\x01") << ErrorCode::BadNpyHeader;
        QTest::newRow("descr with a trailing space")
            << npy("{'descr': '<f2 ', 'fortran_order': False, 'shape': (3,), }")
            << ErrorCode::UnsupportedDType;
        QTest::newRow("shape (3) is an int")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3), }")
            << ErrorCode::BadNpyHeader;
        QTest::newRow("33 dimensions")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 1, 1, 1, 1, 1, 1, "
                   "1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1)}")
            << ErrorCode::BadNpyHeader;
        QTest::newRow("zero size, but too big")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (0, 9223372036854775807)}")
            << ErrorCode::ShapeOverflow;
        QTest::newRow("bool dimension")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (True,)}")
            << ErrorCode::BadNpyHeader;
        QTest::newRow("leading zero")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (03,)}")
            << ErrorCode::BadNpyHeader;
        QTest::newRow("fortran_order 0")
            << npy("{'descr': '<f4', 'fortran_order': 0, 'shape': (3,)}")
            << ErrorCode::BadNpyHeader;
        QTest::newRow("Python 2 long in format 3.0")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3L,)}", {}, 3)
            << ErrorCode::BadNpyHeader;
        QTest::newRow("extra key")
            << npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'x': 1}")
            << ErrorCode::BadNpyHeader;
        QTest::newRow("indented dict line")
            << npy("\n  {'descr': '<f4', 'fortran_order': False, 'shape': (3,)}")
            << ErrorCode::BadNpyHeader;
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
        // Zero elements, but dimensions whose partial products overflow (fuzz finding,
        // tests/fuzz/corpus/fuzz_npy/regression-zero-size-stride-overflow): numpy refuses it
        // ("array is too big"), as mxlens now does; zero-size arrays within the limit read.
        auto zeroSize =
            readNpy(ByteSource::fromBytes(npy("{'descr': '<f4', 'fortran_order': False, 'shape': "
                                              "(0, 1099511627776, 1099511627776), }")));
        QVERIFY(!zeroSize);
        QCOMPARE(zeroSize.error().code, ErrorCode::ShapeOverflow);
        auto zeroOk =
            readNpy(ByteSource::fromBytes(npy("{'descr': '<f4', 'fortran_order': False, 'shape': "
                                              "(0, 1048576, 1048576), }")));
        QVERIFY(zeroOk);
        QCOMPARE(zeroOk->view().elementCount(), 0);
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
