// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Tensor dock on tensors built in memory: header, statistics off the UI thread (with cancel
// and superseding), the table, slicing through the per-axis spin boxes, unreadable entries,
// and the heatmap and histogram builders.
#include "models/tensortablemodel.h"
#include "panels/tensorpanel.h"
#include "widgets/heatmapwidget.h"
#include "widgets/histogramwidget.h"
#include "widgets/latestjob.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QtEndian>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

// A version 1.0 .npy of little-endian values: magic, header dict padded to 64 bytes, data.
template <typename T>
NpyArray makeNpy(const QByteArray &descr, const Shape &shape, const std::vector<T> &values)
{
    QByteArrayList dims;
    for (qint64 d : shape)
        dims << QByteArray::number(d);
    QByteArray dict = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': (" +
                      dims.join(", ") + (shape.size() == 1 ? "," : "") + "), }";
    dict += QByteArray((64 - (10 + dict.size() + 1) % 64) % 64, ' ') + '\n';
    QByteArray npy("\x93NUMPY\x01\x00", 8);
    const quint16 length = qToLittleEndian(quint16(dict.size()));
    npy += QByteArray(reinterpret_cast<const char *>(&length), 2) + dict;
    npy += QByteArray(reinterpret_cast<const char *>(values.data()),
                      qsizetype(values.size() * sizeof(T)));
    Result<NpyArray> array = readNpy(ByteSource::fromBytes(npy, u"test.npy"_s));
    if (!array)
        qFatal("bad test array: %s", qPrintable(array.error().describe()));
    return *array;
}

TensorEntry entryFor(const NpyArray &array, const QString &key)
{
    TensorEntry entry;
    entry.group = TensorGroup::Parameters;
    entry.key = key;
    entry.container = u"mxnet_parameters.npz"_s;
    entry.info = array.info();
    entry.owner = ComponentId(key);
    entry.array = std::make_shared<const NpyArray>(array);
    return entry;
}

std::vector<float> iota(int n)
{
    std::vector<float> v(static_cast<size_t>(n));
    for (int i = 0; i < n; ++i)
        v[size_t(i)] = float(i);
    return v;
}

} // namespace

class TestTensorPanel : public QObject
{
    Q_OBJECT

private slots:
    void statisticsAndTable()
    {
        TensorPanel panel;
        panel.resize(520, 640);
        panel.show();
        const std::vector<float> values{1.5f, NAN, INFINITY, -2.0f, 0.0f, 5.0f};
        panel.showTensor(entryFor(makeNpy("<f4", {2, 3}, values), u"w_1"_s), u"weight"_s);
        QCOMPARE(panel.fieldText(u"dtype"_s), u"float32"_s);
        QCOMPARE(panel.fieldText(u"shape"_s), u"(2, 3)"_s);
        QCOMPARE(panel.fieldText(u"owner"_s), u"w_1"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasStatistics(), 10000);
        QVERIFY(!panel.isBusy());
        QCOMPARE(panel.statisticText(u"count"_s), u"6"_s);
        QCOMPARE(panel.statisticText(u"min"_s), u"-2"_s);
        QCOMPARE(panel.statisticText(u"max"_s), u"inf"_s);
        QCOMPARE(panel.statisticText(u"NaN"_s), u"1"_s);
        QCOMPARE(panel.statisticText(u"Inf"_s), u"1"_s);
        QCOMPARE(panel.statisticText(u"zeros"_s), u"1"_s);
        const TensorTableModel *model = panel.tableModel();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->columnCount(), 3);
        QCOMPARE(model->index(0, 0).data().toString(), u"1.5"_s);
        QCOMPARE(model->index(0, 1).data().toString(), u"nan"_s);
        QCOMPARE(model->index(1, 2).data(TensorTableModel::RawValueRole).toDouble(), 5.0);

        // The histogram and heatmap are built when their tab is shown.
        panel.tabs()->setCurrentWidget(panel.histogram());
        QTRY_VERIFY(!panel.histogram()->histogram().counts.empty());
        QCOMPARE(panel.histogram()->histogram().finiteCount, 4);
        QCOMPARE(panel.histogram()->histogram().nonFiniteCount, 2);
        panel.tabs()->setCurrentWidget(panel.heatmap());
        QTRY_VERIFY(!panel.heatmap()->picture().image.isNull());
        QCOMPARE(panel.heatmap()->picture().image.size(), QSize(3, 2));

        panel.clear();
        QCOMPARE(panel.tableModel()->rowCount(), 0);
        QVERIFY(!panel.hasStatistics());
        QVERIFY(panel.heatmap()->picture().image.isNull());
    }

    void slicingThroughSpinBoxes()
    {
        TensorPanel panel;
        panel.show();
        panel.showTensor(entryFor(makeNpy("<f4", {2, 3, 4}, iota(24)), u"t"_s), u"t"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasStatistics(), 10000);
        const TensorTableModel *model = panel.tableModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->columnCount(), 4);
        QCOMPARE(model->index(2, 3).data().toString(), u"11"_s);
        const QList<QSpinBox *> spins = panel.findChildren<QSpinBox *>();
        QCOMPARE(spins.size(), 3); // one per axis; those of the shown axes are hidden
        spins[0]->setValue(1);
        QCOMPARE(model->slice().fixedIndex()[0], 1);
        QCOMPARE(model->index(2, 3).data().toString(), u"23"_s);
        QCOMPARE(panel.statisticText(u"max"_s), u"23"_s);
    }

    void newerTensorSupersedesOlder()
    {
        TensorPanel panel;
        QSignalSpy ready(&panel, &TensorPanel::statisticsReady);
        panel.showTensor(entryFor(makeNpy("<f4", {1 << 20}, iota(1 << 20)), u"big"_s), u"a"_s);
        panel.showTensor(entryFor(makeNpy("<f8", {3}, std::vector<double>{7, 8, 9}), u"s"_s),
                         u"b"_s);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        QTest::qWait(200); // whatever the first tensor's workers return is dropped
        QCOMPARE(ready.count(), 1);
        QCOMPARE(panel.statisticText(u"count"_s), u"3"_s);
        QCOMPARE(panel.statisticText(u"mean"_s), u"8"_s);
        QCOMPARE(panel.tableModel()->rowCount(), 3);
    }

    void cancelStatistics()
    {
        TensorPanel panel;
        connect(&panel, &TensorPanel::valuesLoaded, &panel, &TensorPanel::cancelStatistics);
        panel.showTensor(entryFor(makeNpy("<f4", {1 << 22}, iota(1 << 22)), u"c"_s), u"c"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isBusy(), 10000);
        QVERIFY(!panel.hasStatistics());
        QCOMPARE(panel.statisticText(u"min"_s), QString());
        // The values are still shown, up to the cap.
        QCOMPARE(panel.tableModel()->rowCount(), int(TensorTableModel::kMaxRows));
        QVERIFY(panel.tableModel()->isCapped());
    }

    void unreadableEntry()
    {
        TensorPanel panel;
        TensorEntry entry;
        entry.key = u"broken"_s;
        entry.error = Error{ErrorCode::BadNpyHeader, u"header is not a dict"_s, {}, {}, 10};
        panel.showTensor(entry, u"broken"_s);
        QVERIFY(panel.errorText().contains(u"header is not a dict"_s));
        QVERIFY(!panel.isBusy());
        QCOMPARE(panel.tableModel()->rowCount(), 0);
    }

    void complexHasNoHeatmap()
    {
        TensorPanel panel;
        panel.show();
        panel.tabs()->setCurrentWidget(panel.heatmap());
        const std::vector<float> pairs{1, 2, 3, 4}; // complex64 (1+2j), (3+4j)
        panel.showTensor(entryFor(makeNpy("<c8", {2}, pairs), u"z"_s), u"z"_s);
        QTRY_VERIFY_WITH_TIMEOUT(panel.hasStatistics(), 10000);
        QVERIFY(panel.heatmap()->message().contains(u"complex"_s));
        QCOMPARE(panel.tableModel()->index(1, 0).data().toString(), u"(3+4j)"_s);
    }

    void heatmapDownsamples()
    {
        // 1000 x 1000 into at most 100 x 100 pixels: block means, NaN blocks grey.
        std::vector<float> values = iota(1'000'000);
        for (int r = 0; r < 10; ++r)
            for (int c = 0; c < 10; ++c)
                values[size_t(r * 1000 + c)] = NAN; // the whole first block
        const TensorSlice slice = TensorSlice::defaultFor(makeNpy("<f4", {1000, 1000}, values));
        const std::optional<HeatmapImage> picture = buildHeatmap(slice, QSize(100, 100));
        QVERIFY(picture);
        QCOMPARE(picture->image.size(), QSize(100, 100));
        QVERIFY(picture->averaged);
        QVERIFY(!picture->sampled);
        QVERIFY(picture->hasNaN);
        QCOMPARE(picture->max, 999'999.0);
        QCOMPARE(QColor(picture->image.pixel(0, 0)), QColor(0x8c, 0x8c, 0x8c));
        // Finite range [10, 999999]; the last block (rows and columns 990-999) has mean 995494.5.
        QCOMPARE(picture->min, 10.0);
        QCOMPARE(picture->image.pixel(99, 99), viridisRgb((995494.5 - 10) / (999999.0 - 10)));
        const std::atomic<bool> cancelled{true};
        QVERIFY(!buildHeatmap(slice, QSize(100, 100), qint64(1) << 24, &cancelled));
        QVERIFY(buildHeatmap(slice, QSize(100, 100), 10'000)->sampled);
    }

    void largeSlicesBuildOnWorkers()
    {
        const NpyArray array = makeNpy("<f4", {1000, 1000}, iota(1'000'000));
        HeatmapWidget heatmap;
        heatmap.resize(300, 200);
        heatmap.show();
        heatmap.setSlice(TensorSlice::defaultFor(array));
        QVERIFY(heatmap.isBuilding()); // the UI thread did not wait
        QTRY_VERIFY_WITH_TIMEOUT(!heatmap.picture().image.isNull(), 10000);
        QVERIFY(heatmap.picture().averaged);
        QVERIFY(heatmap.picture().image.width() <= 300);
        QVERIFY(heatmap.picture().image.height() <= 200);

        HistogramWidget histogram;
        histogram.show();
        histogram.setArray(array);
        QVERIFY(histogram.isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(!histogram.isComputing(), 10000);
        QCOMPARE(histogram.histogram().counts.size(), size_t(HistogramWidget::kDefaultBins));
        QCOMPARE(histogram.histogram().counts.front(), 15625); // [0, 999999 / 64)
    }

    void histogramBins()
    {
        const NpyArray array =
            makeNpy("<f8", {6}, std::vector<double>{0, 1, 2, 3, 4, std::nan("")});
        const std::optional<Histogram> h = computeHistogram(array.view(), 4);
        QVERIFY(h);
        QCOMPARE(h->counts, (std::vector<qint64>{1, 1, 1, 2})); // the last bin includes max
        QCOMPARE(h->finiteCount, 5);
        QCOMPARE(h->nonFiniteCount, 1);
        const NpyArray constant = makeNpy("<i4", {3}, std::vector<qint32>{7, 7, 7});
        QCOMPARE(computeHistogram(constant.view(), 64)->counts, std::vector<qint64>{3});
    }

    // A tooltip for a point of the plot, none off it.
    void plotToolTips()
    {
        const NpyArray array = makeNpy("<f8", {2, 2}, std::vector<double>{0, 1, 2, 3});
        HistogramWidget histogram;
        histogram.resize(400, 300);
        histogram.show();
        histogram.setBinCount(2);
        histogram.setArray(array);
        QCOMPARE(histogram.histogram().finiteCount, 4);
        auto tipAt = [&](QWidget &widget, QPoint pos) {
            QHelpEvent help(QEvent::ToolTip, pos, widget.mapToGlobal(pos));
            QCoreApplication::sendEvent(&widget, &help);
            // An ignored event: no tooltip here (the last one fades out).
            return help.isAccepted() && QToolTip::isVisible() ? QToolTip::text() : QString();
        };
        QCOMPARE(tipAt(histogram, QPoint(390, 150)), QString());
        QCOMPARE(tipAt(histogram, QPoint(histogram.width() - 30, 150)), u"[1.5, 3]\n2 values"_s);
        HeatmapWidget heatmap;
        heatmap.resize(300, 300);
        heatmap.show();
        heatmap.setSlice(TensorSlice::defaultFor(array));
        QVERIFY(!heatmap.picture().image.isNull());
        QCOMPARE(tipAt(heatmap, QPoint(15, 15)), u"[0, 0] = 0"_s);
        QCOMPARE(tipAt(heatmap, QPoint(295, 295)), QString());
        QVERIFY(heatmap.message().isEmpty());
    }

    // What the heatmap and the histogram build on: only the latest run delivers, a superseded
    // worker is told to stop, and a run on the calling thread delivers before it returns.
    void latestJobDeliversTheLatest()
    {
        QObject context;
        std::vector<int> delivered;
        LatestJob<int> job(&context, [&](int value) { delivered.push_back(value); });
        std::atomic<bool> started = false;
        std::atomic<bool> sawCancel = false;
        job.run(
            [&](const std::atomic<bool> *cancel) -> std::optional<int> {
                started = true;
                while (!cancel->load())
                    QThread::msleep(1);
                sawCancel = true;
                return 1; // a late result: dropped
            },
            true);
        QVERIFY(job.isRunning());
        QTRY_VERIFY(started.load());
        job.run([](const std::atomic<bool> *) -> std::optional<int> { return 2; }, true);
        QTRY_VERIFY(!job.isRunning());
        QTRY_VERIFY(sawCancel.load());
        QTest::qWait(50); // the superseded worker's result, had it been delivered
        QCOMPARE(delivered, std::vector<int>{2});
        job.run(
            [](const std::atomic<bool> *cancel) -> std::optional<int> { return cancel ? 0 : 3; },
            false);
        QCOMPARE(delivered, (std::vector<int>{2, 3}));
        QVERIFY(!job.isRunning());
    }
};

QTEST_MAIN(TestTensorPanel)
#include "tst_tensorpanel.moc"
