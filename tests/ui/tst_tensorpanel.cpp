// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Tensor dock's table model (under QAbstractItemModelTester) and the panel itself, on the
// dtype fixture: byte orders, Fortran order, 0-d, 3-D slicing, NaN/Inf statistics.
#include "formats/openedfile.h"
#include "models/tensortablemodel.h"
#include "panels/tensorpanel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

struct Fixture
{
    OpenedFile file;
    QHash<QString, const TensorEntry *> byName;
};

Fixture load()
{
    Fixture f;
    Result<OpenedFile> file = openFile(QStringLiteral(MXL_FIXTURES) + u"/mxfusion/dtypes.zip"_s);
    if (!file)
        return f;
    f.file = std::move(*file);
    const FactorGraph &g = f.file.mxfusion->graphs[0];
    for (const TensorEntry &t : f.file.tensors)
        f.byName.insert(*g.find(t.owner)->name, &t);
    return f;
}

} // namespace

class TestTensorPanel : public QObject
{
    Q_OBJECT

private slots:
    void tableModelSlices()
    {
        const Fixture f = load();
        QVERIFY(f.byName.contains(u"fortran_3d"_s));
        TensorTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // np.arange(24).reshape(2, 3, 4) in Fortran order: value = 12*i + 4*j + k.
        model.setArray(*loadTensor(*f.byName[u"fortran_3d"_s]));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(1, 2).data(TensorTableModel::RawValueRole).toDouble(), 12.0 + 8.0);
        model.setSlice(1, 2, {1, 0, 0}); // rows = axis 1, columns = axis 2, axis 0 fixed at 1
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(2, 3).data().toString(), u"23"_s);
        QVERIFY(model.index(2, 3).data(Qt::ToolTipRole).toString().contains(u"[1, 2, 3]"_s));

        model.setArray(*loadTensor(*f.byName[u"f4_be"_s])); // big-endian arange(6).reshape(2, 3)
        QCOMPARE(model.index(1, 0).data().toString(), u"3"_s);
        model.setArray(*loadTensor(*f.byName[u"zero_d"_s]));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"3.5"_s);
        model.setArray(*loadTensor(*f.byName[u"zero_size"_s]));
        QCOMPARE(model.rowCount(), 0);
        model.setArray(*loadTensor(*f.byName[u"b1"_s]));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, 0).data().toString(), u"False"_s);
        model.setArray(std::nullopt);
        QCOMPARE(model.rowCount(), 0);
    }

    void panelShowsStatistics()
    {
        const Fixture f = load();
        TensorPanel panel;
        panel.resize(500, 600);
        panel.show();
        QSignalSpy ready(&panel, &TensorPanel::statisticsReady);
        panel.showTensor(*f.byName[u"nan_inf"_s], u"nan_inf"_s); // [1, nan, inf, -inf, -2]
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QCOMPARE(panel.statisticText(u"NaN"_s), u"1"_s);
        QCOMPARE(panel.statisticText(u"Inf"_s), u"2"_s);
        QCOMPARE(panel.statisticText(u"count"_s), u"5"_s);
        QCOMPARE(panel.tableModel()->rowCount(), 5);
        QCOMPARE(panel.tableModel()->index(1, 0).data().toString(), u"nan"_s);

        panel.showTensor(*f.byName[u"i8"_s], u"i8"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 2, 10000);
        QCOMPARE(panel.statistics()->min, -double(1LL << 62));
        QCOMPARE(panel.tableModel()->index(0, 0).data().toString(), u"4611686018427387904"_s);
        panel.clear();
        QCOMPARE(panel.tableModel()->rowCount(), 0);
    }
};

QTEST_MAIN(TestTensorPanel)
#include "tst_tensorpanel.moc"
