// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of the window under QAbstractItemModelTester, on real fixtures.
#include "document/archivedocument.h"
#include "models/constantsmodel.h"
#include "models/entriesmodel.h"
#include "models/jsontreemodel.h"
#include "models/outlinemodel.h"
#include "models/problemsmodel.h"
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
};

QTEST_MAIN(TestModels)
#include "tst_models.moc"
