// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DocumentController: the order in which a document is announced and let go, saving, and
// results of workers that finish after their document was replaced.
#include "document/archivedocument.h"
#include "document/documentcontroller.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MXL_FIXTURES) + u'/' + name;
}

// Records every announcement as text, in order ("content:null", "document:<path>", …).
struct Journal
{
    QStringList events;
    explicit Journal(DocumentController &docs)
    {
        auto name = [](const ArchiveDocument *d) {
            return d ? QFileInfo(d->path()).fileName() : u"null"_s;
        };
        QObject::connect(&docs, &DocumentController::documentChanged, &docs,
                         [this, name](ArchiveDocument *d) { events << u"document:"_s + name(d); });
        QObject::connect(&docs, &DocumentController::contentChanged, &docs,
                         [this, name](ArchiveDocument *d) { events << u"content:"_s + name(d); });
        QObject::connect(&docs, &DocumentController::opened, &docs,
                         [this] { events << u"opened"_s; });
        QObject::connect(&docs, &DocumentController::tensorsIndexed, &docs,
                         [this] { events << u"indexed"_s; });
    }
};

} // namespace

class TestDocumentController : public QObject
{
    Q_OBJECT

private slots:
    // A second document: the first is announced as gone (content first, so models let go
    // before the graph tabs), then the new one, then its tensor index.
    void announcesInOrder()
    {
        DocumentController docs;
        Journal journal(docs);
        QSignalSpy indexed(&docs, &DocumentController::tensorsIndexed);
        docs.open(fixture(u"mxfusion/simple_normal.zip"_s));
        QVERIFY(indexed.wait(10000));
        docs.open(fixture(u"npz/mixed.npz"_s));
        QVERIFY(indexed.wait(10000));
        QCOMPARE(journal.events,
                 (QStringList{u"document:simple_normal.zip"_s, u"content:simple_normal.zip"_s,
                              u"opened"_s, u"content:simple_normal.zip"_s, u"indexed"_s,
                              u"content:null"_s, u"document:null"_s, u"document:mixed.npz"_s,
                              u"content:mixed.npz"_s, u"opened"_s, u"content:mixed.npz"_s,
                              u"indexed"_s}));
        journal.events.clear();
        docs.close();
        QCOMPARE(journal.events, (QStringList{u"content:null"_s, u"document:null"_s}));
        QVERIFY(docs.document() == nullptr);
    }

    // Closed while its tensors are being indexed: the finished index, already queued, never
    // reaches the next document (or none).
    void dropsResultsOfAReplacedDocument()
    {
        DocumentController docs;
        QSignalSpy opened(&docs, &DocumentController::opened);
        QSignalSpy indexed(&docs, &DocumentController::tensorsIndexed);
        docs.open(fixture(u"mxfusion/bnn_meanfield.zip"_s));
        QVERIFY(opened.wait(10000));
        docs.close(); // waits for the worker; its finished() is queued, not delivered
        QTest::qWait(200);
        QCOMPARE(indexed.count(), 0);
        docs.open(fixture(u"mxfusion/simple_normal.zip"_s));
        QVERIFY(opened.wait(10000));
        QVERIFY(indexed.wait(10000));
        QCOMPARE(indexed.count(), 1);
        QVERIFY(docs.document()->file().tensorsIndexed);
    }

    void reportsWhatCannotBeOpened()
    {
        DocumentController docs;
        QSignalSpy failed(&docs, &DocumentController::openFailed);
        docs.open(fixture(u"does-not-exist.zip"_s));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.at(0).at(0).toString().endsWith(u"does-not-exist.zip"_s));
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(docs.document() == nullptr);
    }

    // Saving makes the saved file the one watched: a change on disk is measured against it.
    void savesAndWatchesTheSavedFile()
    {
        QTemporaryDir dir;
        DocumentController docs;
        QSignalSpy indexed(&docs, &DocumentController::tensorsIndexed);
        docs.open(fixture(u"mxfusion/simple_normal.zip"_s));
        QVERIFY(indexed.wait(10000));
        const QString target = dir.filePath(u"saved.zip"_s);
        Result<ExportReport> report = docs.saveTo(target);
        QVERIFY2(report, report ? "" : qPrintable(report.error().describe()));
        QVERIFY(docs.changeOnDisk().isEmpty());
        QFile f(target);
        QVERIFY(f.open(QIODevice::Append));
        f.write("tail");
        f.close();
        QVERIFY(!docs.changeOnDisk().isEmpty());
        QVERIFY(docs.testIntegrity());
    }
};

QTEST_MAIN(TestDocumentController)
#include "tst_documentcontroller.moc"
