// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive/ziparchive.h"

#include "common/fileidentity.h"
#include "common/savefile.h"
#include "support/archivebuilder.h"
#include "support/resultchecks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

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
        MXL_VERIFY_OK(zip);
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

    // Issue 14: the local header must agree with the central directory (Python's zipfile
    // refuses "graphs.jsoX" in the local header of "graphs.json"; minizip compares lengths).
    void checksLocalHeaders()
    {
        const QByteArray text = QByteArray("local header ").repeated(20);
        const QByteArray good = test::ArchiveBuilder()
                                    .add(u"graphs.json"_s, text, true)
                                    .add(u"b.txt"_s, text, false)
                                    .build();
        Result<ZipArchive> ok = open(good);
        QVERIFY(ok);
        QVERIFY(ok->problems().empty());

        QByteArray renamed = good;
        const qsizetype at = renamed.indexOf("graphs.json"); // the first local header's name
        QVERIFY(at > 0 && at < renamed.lastIndexOf("graphs.json"));
        renamed[at + 10] = 'X';
        Result<ZipArchive> zip = open(renamed);
        QVERIFY(zip); // listed, with the entry refused
        QCOMPARE(zip->problems().size(), size_t(1));
        QCOMPARE(zip->problems().front().code, u"zip.header-mismatch"_s);
        Result<ByteSourcePtr> read = zip->read(0);
        QVERIFY(!read);
        QCOMPARE(read.error().code, ErrorCode::CorruptZip);
        QVERIFY2(read.error().message.contains(u"\"graphs.jsoX\""_s),
                 qPrintable(read.error().message));
        QVERIFY(zip->read(1)); // the other entry is fine

        // A different method in the local header.
        QByteArray method = good;
        const qsizetype second = method.indexOf("PK\x03\x04", at);
        QVERIFY(second > 0);
        method[second + 8] = 8; // stored -> deflated in the local header only
        Result<ZipArchive> zip2 = open(method);
        QVERIFY(zip2);
        QVERIFY(!zip2->read(1));
    }

    // Issue 14: a file truncated while open never kills the process; small files are held.
    void survivesTruncationWhileOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"big.zip"_s);
        QByteArray big(ByteSource::kMapThreshold + (1 << 20), '\0');
        for (qsizetype i = 0; i < big.size(); i += 4096)
            big[i] = char(i / 4096);
        const QByteArray bytes = test::ArchiveBuilder().add(u"big.bin"_s, big, false).build();
        QVERIFY(writeFile(path, bytes));
        Result<ByteSourcePtr> source = ByteSource::mapFile(path);
        QVERIFY(source);
        QVERIFY((*source)->isMapped());
        QCOMPARE((*source)->identity().size, bytes.size());
        Result<ZipArchive> zip = ZipArchive::open(*source, path);
        QVERIFY(zip);
        QVERIFY((*source)->checkUnchanged());
        QVERIFY(::truncate(QFile::encodeName(path).constData(), bytes.size() / 2) == 0);
        // Reading past the new end: zeros and a record of the loss, not SIGBUS.
        const char *end = (*source)->data() + (*source)->size() - 1;
        QCOMPARE(*static_cast<const volatile char *>(end), '\0');
        QVERIFY((*source)->lostPages());
        Result<ByteSourcePtr> member = zip->read(0);
        QVERIFY(!member);
        QCOMPARE(member.error().code, ErrorCode::FileChanged);
        QCOMPARE(member.error().file, path);
        QCOMPARE(member.error().member, u"big.bin"_s);
        QVERIFY2(member.error().message.contains(u"shrank"_s), qPrintable(member.error().message));
        Status unchanged = (*source)->checkUnchanged();
        QVERIFY(!unchanged);
        QCOMPARE(unchanged.error().code, ErrorCode::FileChanged);

        // A small file is read whole: what was read stays, whatever happens to the file.
        const QString small = dir.filePath(u"small.zip"_s);
        const QByteArray smallBytes =
            test::ArchiveBuilder().add(u"a.txt"_s, QByteArray("abc").repeated(100), false).build();
        QVERIFY(writeFile(small, smallBytes));
        Result<ByteSourcePtr> held = ByteSource::mapFile(small);
        QVERIFY(held && !(*held)->isMapped());
        QVERIFY(::truncate(QFile::encodeName(small).constData(), 0) == 0);
        QCOMPARE((*held)->bytes(), QByteArrayView(smallBytes));
        QVERIFY((*held)->checkUnchanged());
        // ... but the window's Save check sees that the path changed.
        Status same = checkSameFile(small, (*held)->identity());
        QVERIFY(!same);
        QCOMPARE(same.error().code, ErrorCode::FileChanged);
    }

    void refusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe.zip"_s);
        QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QString &path : {fifo, u"/dev/zero"_s, dir.path()}) {
            Result<ByteSourcePtr> source = ByteSource::mapFile(path); // never blocks
            QVERIFY(!source);
            QCOMPARE(source.error().code, ErrorCode::FileUnreadable);
            QCOMPARE(source.error().file, path);
            QVERIFY2(source.error().message.contains(u"not a regular file"_s) ||
                         source.error().message.contains(u"directory"_s),
                     qPrintable(source.error().message));
        }
    }

    void savesThroughSymlinksAndFindsStaleTemps()
    {
        QTemporaryDir dir;
        const QString real = dir.filePath(u"real.zip"_s);
        const QString link = dir.filePath(u"link.zip"_s);
        QVERIFY(writeFile(real, "old"));
        QVERIFY(QFile::link(u"real.zip"_s, link));
        QCOMPARE(resolveSaveTarget(link), real);
        QVERIFY(saveFileVerified(
            link, [&](QIODevice &d) { return writeAll(d, "new", link); },
            [](const QString &) -> Status { return Ok{}; }));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(readFile(real), QByteArray("new"));
        // A failed verification leaves no temporary behind.
        QVERIFY(!saveFileVerified(
            link, [&](QIODevice &d) { return writeAll(d, "bad", link); },
            [](const QString &) -> Status { return fail(ErrorCode::WriteFailed, u"no"_s); }));
        QCOMPARE(readFile(real), QByteArray("new"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 2); // real, link
        // What a killed save leaves: found (unlocked) once old enough, then removed.
        const QString stale = dir.filePath(u".real.zip.mxlens-AbC123"_s);
        QVERIFY(writeFile(stale, "partial"));
        QVERIFY(writeFile(dir.filePath(u".other.zip.mxlens-AbC123"_s), "not ours"));
        QVERIFY(findStaleTemps(link).isEmpty()); // younger than an hour
        QCOMPARE(findStaleTemps(link, 0), QStringList{stale});
        QCOMPARE(removeStaleTemps(link, 0), QStringList{stale});
        QVERIFY(!QFile::exists(stale));
    }

private:
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestZipArchive)
#include "tst_ziparchive.moc"
