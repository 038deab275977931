// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ziparchive.h"

#include "support/archivebuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace mxl;

class TestZipArchive : public QObject
{
    Q_OBJECT

private:
    static Result<ZipArchive> open(const QByteArray &bytes, const Limits &limits = {})
    {
        return ZipArchive::open(ByteSource::fromBytes(bytes), u"test.zip"_s, limits);
    }

private slots:
    void readsStoredAndDeflatedMembers()
    {
        const QByteArray text = QByteArray("hello mxlens ").repeated(100);
        const QByteArray bytes = test::ArchiveBuilder()
                                     .add(u"a.txt"_s, text, false)
                                     .add(u"b.txt"_s, text, true)
                                     .add(u"empty"_s, {}, true)
                                     .build();
        Result<ZipArchive> zip = open(bytes);
        QVERIFY2(zip, zip ? "" : qPrintable(zip.error().describe()));
        QCOMPARE(zip->entries().size(), size_t(3));
        QCOMPARE(zip->entries()[0].method, 0);
        QCOMPARE(zip->entries()[1].method, 8);
        QVERIFY(zip->entries()[1].compressedSize < zip->entries()[1].size);
        QVERIFY(zip->problems().empty());
        for (int i = 0; i < 2; ++i) {
            Result<ByteSourcePtr> data = zip->read(i);
            QVERIFY(data);
            QCOMPARE((*data)->bytes(), QByteArrayView(text));
        }
        // A stored member is a view into the archive's own bytes, not a copy.
        Result<ByteSourcePtr> stored = zip->read(0);
        QVERIFY((*stored)->data() >= zip->source()->data() &&
                (*stored)->data() < zip->source()->data() + zip->source()->size());
        QCOMPARE((*zip->read(2))->size(), 0);
        QCOMPARE(zip->indexOf(u"b.txt"_s), 1);
        QCOMPARE(zip->indexOf(u"missing"_s), -1);
    }

    void detectsCorruptData()
    {
        const QByteArray text = QByteArray("0123456789").repeated(50);
        QByteArray bytes = test::ArchiveBuilder().add(u"a.txt"_s, text, false).build();
        const qsizetype at = bytes.indexOf("0123456789");
        bytes[at + 5] = 'X';
        Result<ZipArchive> zip = open(bytes);
        QVERIFY(zip);
        Result<ByteSourcePtr> data = zip->read(0);
        QVERIFY(!data);
        QCOMPARE(data.error().code, ErrorCode::CrcMismatch);
        QCOMPARE(data.error().member, u"a.txt"_s);
        QVERIFY(data.error().offset > 0);
    }

    void detectsCorruptDeflateStream()
    {
        QByteArray bytes =
            test::ArchiveBuilder().add(u"a.txt"_s, QByteArray("abcdefgh").repeated(500)).build();
        Result<ZipArchive> zip = open(bytes);
        QVERIFY(zip);
        const qint64 offset = zip->entries()[0].dataOffset;
        for (qint64 i = 0; i < zip->entries()[0].compressedSize; ++i)
            bytes[offset + i] = char(0xff);
        zip = open(bytes);
        QVERIFY(zip);
        Result<ByteSourcePtr> data = zip->read(0);
        QVERIFY(!data);
        QVERIFY(data.error().code == ErrorCode::InflateFailed ||
                data.error().code == ErrorCode::CrcMismatch);
    }

    void reportsNamesAndBombs()
    {
        const QByteArray zeros(4 << 20, '\0');
        const QByteArray bytes = test::ArchiveBuilder()
                                     .add(u"x"_s, "1")
                                     .add(u"x"_s, "2")
                                     .add(u"../escape"_s, "3")
                                     .add(u"zeros.bin"_s, zeros)
                                     .build();
        Limits limits;
        limits.bombMinimumSize = 1 << 20;
        Result<ZipArchive> zip = open(bytes, limits);
        QVERIFY(zip);
        QStringList codes;
        for (const Problem &p : zip->problems())
            codes << p.code;
        QVERIFY(codes.contains(u"zip.duplicate-name"_s));
        QVERIFY(codes.contains(u"zip.unsafe-name"_s));
        QVERIFY(codes.contains(u"zip.bomb"_s));
        QCOMPARE(zip->indexOf(u"x"_s), 0);
        Result<ByteSourcePtr> bomb = zip->read(3);
        QVERIFY(!bomb);
        QCOMPARE(bomb.error().code, ErrorCode::ZipBomb);
        // The rest stays readable.
        QCOMPARE((*zip->read(1))->bytes(), QByteArrayView("2"));
    }

    void rejectsNonArchives_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<ErrorCode>("code");
        const QByteArray good = test::ArchiveBuilder().add(u"a"_s, "abc").build();
        QTest::newRow("empty") << QByteArray() << ErrorCode::NotAZip;
        QTest::newRow("text") << QByteArray("just some text") << ErrorCode::NotAZip;
        QTest::newRow("truncated") << good.left(good.size() / 2) << ErrorCode::CorruptZip;
        QTest::newRow("no directory") << good.left(good.size() - 22) << ErrorCode::CorruptZip;
    }
    void rejectsNonArchives()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(ErrorCode, code);
        Result<ZipArchive> zip = open(bytes);
        QVERIFY(!zip);
        QCOMPARE(errorCodeName(zip.error().code), errorCodeName(code));
        QCOMPARE(zip.error().file, u"test.zip"_s);
    }

    void opensEmptyArchive()
    {
        const QByteArray eocd = QByteArray("PK\x05\x06", 4) + QByteArray(18, '\0');
        Result<ZipArchive> zip = open(eocd);
        QVERIFY(zip);
        QVERIFY(zip->entries().empty());
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
