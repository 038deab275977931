// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of the window under QAbstractItemModelTester, on real fixtures.
#include "document/archivedocument.h"
#include "document/matchingsession.h"
#include "models/constantsmodel.h"
#include "models/diffmodel.h"
#include "models/entriesmodel.h"
#include "models/jsontreemodel.h"
#include "models/matchingmodel.h"
#include "models/outlinemodel.h"
#include "models/problemsmodel.h"
#include "models/tensorlistmodel.h"
#include "validate/validator.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

std::unique_ptr<ArchiveDocument> load(const QString &name)
{
    Result<OpenedFile> file = openFile(QStringLiteral(MXL_FIXTURES) + u'/' + name);
    if (!file)
        return nullptr;
    return std::make_unique<ArchiveDocument>(std::move(*file));
}

// The horizontal header texts, as the views (and AT-SPI) read them.
QStringList headers(const QAbstractItemModel &model)
{
    QStringList out;
    for (int c = 0; c < model.columnCount(); ++c)
        out << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return out;
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void outline_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("simple") << u"mxfusion/simple_normal.zip"_s;
        QTest::newRow("gp module") << u"mxfusion/gp_regression.zip"_s;
        QTest::newRow("bnn posterior") << u"mxfusion/bnn_meanfield.zip"_s;
    }
    void outline()
    {
        QFETCH(QString, file);
        auto doc = load(file);
        QVERIFY(doc);
        OutlineModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDocument(doc.get());
        QCOMPARE(model.rowCount(), int(doc->graphs().size()));
        QCOMPARE(model.rowCount(model.index(0, 0)), int(doc->graphs()[0].nodes.size()));
        // Every component can be found back, with its UUID.
        const Component &first = doc->graphs()[0].nodes.front();
        const QModelIndexList hits = model.indexesOf(first.uuid);
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.front().data(OutlineModel::ComponentIdRole).toString(),
                 first.uuid.toString());
        model.setDocument(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void simpleTables()
    {
        auto doc = load(u"mxfusion/simple_normal.zip"_s);
        QVERIFY(doc);
        EntriesModel entries;
        QAbstractItemModelTester t1(&entries,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        entries.setArchive(&*doc->file().zip);
        QCOMPARE(entries.rowCount(), 6);
        QCOMPARE(entries.index(0, EntriesModel::Name).data().toString(), u"graphs.json"_s);
        QCOMPARE(entries.index(1, EntriesModel::Method).data().toString(), u"deflated"_s);
        entries.setTestResults({{u"graphs.json"_s, u"ok"_s}});
        QCOMPARE(entries.index(0, EntriesModel::Status).data().toString(), u"OK"_s);

        ConstantsModel constants;
        QAbstractItemModelTester t2(&constants,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        constants.setDocument(doc.get());
        QCOMPARE(constants.rowCount(), 1);
        QCOMPARE(constants.index(0, ConstantsModel::Component).data().toString(), u"N"_s);
        QCOMPARE(constants.index(0, ConstantsModel::Value).data().toString(), u"100"_s);

        JsonTreeModel config;
        QAbstractItemModelTester t3(&config,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        config.setRoot(&doc->file().mxfusion->configuration);
        QCOMPARE(config.rowCount(), 1);
        const QModelIndex observed = config.index(0, 0);
        QCOMPARE(observed.data().toString(), u"observed"_s);
        QCOMPARE(config.rowCount(observed), 1);

        ProblemsModel problems;
        QAbstractItemModelTester t4(&problems,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto bad = load(u"mxfusion/unnamed_shape.zip"_s);
        QVERIFY(bad);
        problems.setProblems(bad->problems());
        QVERIFY(problems.rowCount() > 0);
        QCOMPARE(problems.index(0, ProblemsModel::SeverityColumn).data().toString(), u"error"_s);
    }

    // Every model's column headers, to the letter: the GUI test and the translations read them.
    void columnHeaders()
    {
        auto doc = load(u"mxfusion/simple_normal.zip"_s);
        QVERIFY(doc);
        ConstantsModel constants;
        QCOMPARE(headers(constants),
                 (QStringList{u"Component"_s, u"Stored in"_s, u"Value"_s, u"UUID"_s}));
        DiffModel diff;
        QCOMPARE(headers(diff),
                 (QStringList{u"Status"_s, u"Kind"_s, u"Name"_s, u"A"_s, u"B"_s, u"Change"_s,
                              u"max |a−b|"_s, u"relative"_s, u"cosine"_s}));
        EntriesModel entries;
        QCOMPARE(headers(entries), (QStringList{u"Entry"_s, u"Size"_s, u"Compressed"_s, u"Ratio"_s,
                                                u"Method"_s, u"CRC-32"_s, u"Integrity"_s}));
        JsonTreeModel config;
        QCOMPARE(headers(config), (QStringList{u"Key"_s, u"Value"_s, u"Type"_s}));
        MatchingSession session;
        MatchingModel matching(&session);
        QCOMPARE(headers(matching), (QStringList{u"Saved"_s, u"Type"_s, u"Current"_s, u"Rule"_s,
                                                 u"Confidence"_s, u"Lock"_s}));
        OutlineModel outline;
        QCOMPARE(headers(outline), (QStringList{u"Name"_s, u"Type"_s, u"Value"_s}));
        ProblemsModel problems;
        QCOMPARE(headers(problems),
                 (QStringList{u"Severity"_s, u"Code"_s, u"Message"_s, u"Location"_s}));
        TensorListModel tensors;
        QCOMPARE(headers(tensors),
                 (QStringList{u"Name"_s, u"Group"_s, u"DType"_s, u"Shape"_s, u"Size"_s, u"Key"_s}));
        for (const QAbstractItemModel *model : std::initializer_list<const QAbstractItemModel *>{
                 &constants, &diff, &entries, &config, &matching, &outline, &problems, &tensors}) {
            QVERIFY(!model->headerData(0, Qt::Vertical, Qt::DisplayRole).isValid());
            QVERIFY(!model->headerData(0, Qt::Horizontal, Qt::ToolTipRole).isValid());
        }
    }

    // Numbers align right; the rest keeps the view's default.
    void alignment()
    {
        auto doc = load(u"mxfusion/simple_normal.zip"_s);
        QVERIFY(doc);
        const int right = int(Qt::AlignRight | Qt::AlignVCenter);
        EntriesModel entries;
        entries.setArchive(&*doc->file().zip);
        QCOMPARE(entries.index(0, EntriesModel::Size).data(Qt::TextAlignmentRole).toInt(), right);
        QCOMPARE(entries.index(0, EntriesModel::Ratio).data(Qt::TextAlignmentRole).toInt(), right);
        QVERIFY(!entries.index(0, EntriesModel::Name).data(Qt::TextAlignmentRole).isValid());
        TensorListModel tensors;
        tensors.setDocument(doc.get());
        QVERIFY(tensors.rowCount() > 0);
        QCOMPARE(tensors.index(0, TensorListModel::Size).data(Qt::TextAlignmentRole).toInt(),
                 right);
        QVERIFY(!tensors.index(0, TensorListModel::Shape).data(Qt::TextAlignmentRole).isValid());
        QCOMPARE(tensors.index(0, TensorListModel::Name).data(TensorListModel::SortRole),
                 tensors.index(0, TensorListModel::Name).data());
    }
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
