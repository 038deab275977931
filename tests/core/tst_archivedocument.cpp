// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every edit command: apply -> check -> undo -> equal to the original -> redo -> equal to the
// applied state, with spies on the document's signals; then the edited archive is written and
// read back by mxlens and by Python's zipfile, numpy and networkx.
#include "document/archivedocument.h"
#include "export/transplant.h"
#include "graph/componentindex.h"
#include "reconcile/currentmodel.h"
#include "support/archivebuilder.h"
#include "support/resultchecks.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MXL_FIXTURES) + u'/' + name;
}

std::unique_ptr<ArchiveDocument> openDocument(const QString &path)
{
    Result<OpenedFile> file = openFile(path);
    if (!file)
        qFatal("cannot open %s", qPrintable(file.error().describe()));
    return std::make_unique<ArchiveDocument>(std::move(*file));
}

void describeGraph(const FactorGraph &g, QStringList &out)
{
    for (const Component &c : g.nodes) {
        out << c.uuid.toString() + u'=' + c.name.value_or(u"<null>"_s);
        for (const FactorGraph &inner : c.graphs)
            describeGraph(inner, out);
    }
}

// Everything a user can see of the content, as text: names of every component occurrence,
// constants, observed list, tensors with their values' hash, and the problem codes.
QString snapshot(const ArchiveDocument &doc)
{
    QStringList out;
    for (const FactorGraph &g : doc.graphs())
        describeGraph(g, out);
    for (const VariableConstant &c : doc.file().mxfusion->variableConstants)
        out << u"const "_s + c.id.toString() + u'=' + c.text;
    out << u"observed "_s + doc.file().mxfusion->observed.join(u',');
    for (const TensorEntry &t : doc.tensors()) {
        Result<NpyArray> a = loadTensor(t);
        const QByteArray hash =
            a ? QCryptographicHash::hash(a->data().toByteArray(), QCryptographicHash::Sha1).toHex()
              : QByteArray("error");
        out << u"tensor %1 %2 %3 %4"_s.arg(t.key, tensorGroupName(t.group),
                                           QString::fromLatin1(hash), t.owner.toString());
    }
    for (const Problem &p : doc.problems())
        out << u"problem "_s + p.code;
    return out.join(u'\n');
}

// A float32 .npy (format 1.0) of `values` with `shape`.
QByteArray npyFloat32(const std::vector<float> &values, const QString &shape)
{
    QByteArray header =
        u"{'descr': '<f4', 'fortran_order': False, 'shape': %1, }"_s.arg(shape).toLatin1();
    while ((10 + header.size() + 1) % 64 != 0)
        header += ' ';
    header += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out += char(header.size() & 0xff);
    out += char(header.size() >> 8);
    out += header;
    out += QByteArray(reinterpret_cast<const char *>(values.data()),
                      qsizetype(values.size() * sizeof(float)));
    return out;
}

QJsonObject pythonReadBack(const QString &path)
{
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {QStringLiteral(MXL_TESTS) + u"/python/read_back.py"_s, path});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
        qWarning("%s", python.readAllStandardError().constData());
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

const Component *findByName(const ArchiveDocument &doc, const QString &name)
{
    for (const Component *c : allComponents(doc.graphs()))
        if (c->name == name)
            return c;
    return nullptr;
}

QStringList namesOf(const ArchiveDocument &doc, const ComponentId &id)
{
    QStringList lines;
    for (const FactorGraph &g : doc.graphs())
        describeGraph(g, lines);
    QStringList out;
    for (const QString &l : lines)
        if (l.startsWith(id.toString() + u'='))
            out << l.section(u'=', 1);
    return out;
}

} // namespace

class TestArchiveDocument : public QObject
{
    Q_OBJECT

    // Runs the undo/redo round trip around whatever `edit` pushed.
    void roundTrip(ArchiveDocument &doc, const QString &original, const char *signal,
                   int commands = 1)
    {
        QSignalSpy spy(&doc, signal);
        QSignalSpy modified(&doc, &ArchiveDocument::modifiedChanged);
        const QString applied = snapshot(doc);
        QVERIFY(applied != original);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), commands);
        doc.undoStack()->undo();
        QCOMPARE(snapshot(doc), original);
        QVERIFY(!doc.isModified());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(modified.count(), 1);
        doc.undoStack()->redo();
        QCOMPARE(snapshot(doc), applied);
        QCOMPARE(spy.count(), 2);
        QVERIFY(doc.isModified());
    }

private slots:
    void renameEverywhere()
    {
        // The GP module's internals share UUIDs with the model and posterior graphs.
        auto doc = openDocument(fixture(u"mxfusion/gp_regression.zip"_s));
        const QString original = snapshot(*doc);
        const Component *x = findByName(*doc, u"X"_s);
        QVERIFY(x);
        const ComponentId id = x->uuid;
        QVERIFY(namesOf(*doc, id).size() > 1);
        QSignalSpy renamed(doc.get(), &ArchiveDocument::componentRenamed);
        QVERIFY(doc->renameComponent(id, u"inputs"_s));
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(renamed.front().front().value<ComponentId>(), id);
        for (const QString &n : namesOf(*doc, id))
            QCOMPARE(n, u"inputs"_s);
        roundTrip(*doc, original, SIGNAL(componentRenamed(mxl::ComponentId)));
    }

    void renameMergesAndRejects()
    {
        auto doc = openDocument(fixture(u"mxfusion/simple_normal.zip"_s));
        const ComponentId id = findByName(*doc, u"mean"_s)->uuid;
        QVERIFY(doc->renameComponent(id, u"m"_s));
        QVERIFY(doc->renameComponent(id, u"mu"_s));
        QCOMPARE(doc->undoStack()->count(), 1); // typing merges into one step
        QVERIFY(doc->renameComponent(id, u"mean"_s));
        QCOMPARE(doc->undoStack()->count(), 0); // back to the original: the step is gone
        QVERIFY(!doc->isModified());
        for (const QString &bad : {u"1x"_s, u"a b"_s, u"x-y"_s}) {
            const Status s = doc->renameComponent(id, bad);
            QVERIFY(!s);
            QVERIFY(s.error().message.contains(u"identifier"_s));
        }
        QVERIFY(!doc->renameComponent(ComponentId(u"nope"_s), u"x"_s));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void namingFixesThePrediction()
    {
        // An unnamed shape Variable cannot be reached: its constant gives a KeyError at install.
        auto doc = openDocument(fixture(u"mxfusion/unnamed_shape.zip"_s));
        auto codes = [&] {
            QStringList c;
            for (const Problem &p : doc->problems())
                c << p.code;
            return c;
        };
        QVERIFY(codes().contains(u"load.unreachable-constant"_s));
        const QString key = doc->file().mxfusion->variableConstants.front().id.toString();
        QVERIFY(doc->renameComponent(ComponentId(key), u"N"_s));
        QVERIFY(!codes().contains(u"load.unreachable-constant"_s));
        doc->undoStack()->undo();
        QVERIFY(codes().contains(u"load.unreachable-constant"_s));
    }

    void constants()
    {
        auto doc = openDocument(fixture(u"mxfusion/simple_normal.zip"_s));
        const QString original = snapshot(*doc);
        const ComponentId id = doc->file().mxfusion->variableConstants.front().id;
        QVERIFY(!doc->setConstantValue(id, u"abc"_s));
        QVERIFY(doc->setConstantValue(id, u"4"_s));
        QVERIFY(doc->setConstantValue(id, u"42"_s)); // merges
        QCOMPARE(doc->variableConstantOf(id)->text, u"42"_s);
        QVERIFY(doc->variableConstantOf(id)->isInteger);
        roundTrip(*doc, original, SIGNAL(constantChanged(mxl::ComponentId)));
        QVERIFY(doc->setConstantValue(id, u"0.5"_s));
        QCOMPARE(doc->variableConstantOf(id)->text, u"0.5"_s);
        QVERIFY(doc->setConstantValue(id, u"1e-5"_s));
        QCOMPARE(doc->variableConstantOf(id)->text, u"1e-05"_s); // Python's repr
        QVERIFY(doc->setConstantValue(id, u"nan"_s));
        QCOMPARE(doc->variableConstantOf(id)->text, u"NaN"_s);
        QCOMPARE(doc->undoStack()->count(), 1);
    }

    void observed()
    {
        auto doc = openDocument(fixture(u"mxfusion/simple_normal.zip"_s));
        const QString original = snapshot(*doc);
        const ComponentId y(doc->file().mxfusion->observed.front());
        QVERIFY(doc->setObserved(y, false));
        QVERIFY(!doc->isObserved(y));
        roundTrip(*doc, original, SIGNAL(configurationChanged()));
        QVERIFY(!doc->setConfiguration("{\"observed\": [1]}"));
        QVERIFY(!doc->setConfiguration("[]"));
    }

    void replaceTensor()
    {
        auto doc = openDocument(fixture(u"mxfusion/simple_normal.zip"_s));
        const QString original = snapshot(*doc);
        const QString key = doc->tensors().front().key; // float32 (1,)
        QVERIFY(doc->replaceTensor(key, npyFloat32({2.5f}, u"(1,)"_s)));
        Result<NpyArray> a = loadTensor(doc->tensors().front());
        QVERIFY(a);
        QCOMPARE(*reinterpret_cast<const float *>(a->data().data()), 2.5f);
        roundTrip(*doc, original, SIGNAL(tensorsChanged()));
        // A shape change needs confirmation.
        const QByteArray wide = npyFloat32({1, 2, 3}, u"(3,)"_s);
        Result<TensorReplacementCheck> check = doc->checkTensorReplacement(key, wide);
        QVERIFY(check && check->changesShape && !check->changesDtype);
        QVERIFY(!doc->replaceTensor(key, wide));
        QVERIFY(doc->replaceTensor(key, wide, true));
        QCOMPARE(doc->tensors().front().info->shape, (Shape{3}));
        QVERIFY(!doc->replaceTensor(key, "not an npy", true));
        QVERIFY(!doc->replaceTensor(u"nope"_s, wide, true));
    }

    void deleteTensor()
    {
        auto doc = openDocument(fixture(u"mxfusion/simple_normal.zip"_s));
        const QString original = snapshot(*doc);
        const size_t before = doc->tensors().size();
        QVERIFY(doc->deleteTensor(doc->tensors().front().key));
        QCOMPARE(doc->tensors().size(), before - 1);
        roundTrip(*doc, original, SIGNAL(tensorsChanged()));
    }

    void dropUnowned()
    {
        // simple_normal with one npz member no component owns.
        Result<OpenedFile> source = openFile(fixture(u"mxfusion/simple_normal.zip"_s));
        QVERIFY(source);
        test::ArchiveBuilder outer;
        for (int i = 0; i < int(source->zip->entries().size()); ++i) {
            const QString name = source->zip->entries()[size_t(i)].name;
            QByteArray bytes = (*source->zip->read(i))->bytes().toByteArray();
            if (name == u"mxnet_parameters.npz"_s) {
                test::ArchiveBuilder npz;
                npz.add(source->tensors[0].key + u".npy"_s,
                        (*loadTensor(source->tensors[0])).bytes->bytes().toByteArray(), false);
                npz.add(source->tensors[1].key + u".npy"_s,
                        (*loadTensor(source->tensors[1])).bytes->bytes().toByteArray(), false);
                npz.add(u"0badf00d_0000_4000_8000_000000000000.npy"_s, npyFloat32({7}, u"(1,)"_s),
                        false);
                bytes = npz.build();
            }
            outer.add(name, bytes);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"stray.zip"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(outer.build());
        f.close();
        auto doc = openDocument(path);
        const QString original = snapshot(*doc);
        QVERIFY(original.contains(u"problem tensor.unknown-key"_s));
        Result<int> dropped = doc->dropUnownedTensors();
        QVERIFY(dropped);
        QCOMPARE(*dropped, 1);
        QVERIFY(!snapshot(*doc).contains(u"tensor.unknown-key"_s));
        roundTrip(*doc, original, SIGNAL(tensorsChanged()));
        QCOMPARE(*doc->dropUnownedTensors(), 0);
    }

    void saveAsIsReadBack()
    {
        auto doc = openDocument(fixture(u"mxfusion/gp_regression.zip"_s));
        const ComponentId x = findByName(*doc, u"X"_s)->uuid;
        const ComponentId constant = doc->file().mxfusion->variableConstants.front().id;
        const QString key = doc->tensors().front().key;
        QVERIFY(doc->renameComponent(x, u"inputs"_s));
        QVERIFY(doc->setConstantValue(constant, u"12"_s));
        QVERIFY(doc->replaceTensor(key, npyFloat32({0.25f}, u"(1,)"_s), true));
        QVERIFY(doc->deleteTensor(doc->tensors()[1].key));
        const QString edited = snapshot(*doc);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"edited.zip"_s);
        QSignalSpy path(doc.get(), &ArchiveDocument::pathChanged);
        Result<ExportReport> report = doc->saveAs(out);
        MXL_VERIFY_OK(report);
        QCOMPARE(path.count(), 1);
        QCOMPARE(doc->path(), out);
        QVERIFY(!doc->isModified());
        // version.json and configuration.json were not edited: copied raw.
        QVERIFY(report->copiedRaw.contains(u"version.json"_s));
        QVERIFY(report->copiedRaw.contains(u"configuration.json"_s));

        auto again = openDocument(out);
        QCOMPARE(snapshot(*again), edited);

        const QJsonObject py = pythonReadBack(out);
        QVERIFY(!py.isEmpty());
        QVERIFY(py.value(u"testzip"_s).isNull());
        QCOMPARE(py.value(u"names"_s).toObject().value(x.toString()).toString(), u"inputs"_s);
        QCOMPARE(py.value(u"variable_constants"_s).toObject().value(constant.toString()).toInt(),
                 12);
        const QJsonObject tensors = py.value(u"tensors"_s).toObject();
        QCOMPARE(tensors.size(), int(doc->tensors().size()));
        QCOMPARE(tensors.value(key).toObject().value(u"dtype"_s).toString(), u"float32"_s);
    }

    void transplant_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("current");
        QTest::newRow("simple") << u"mxfusion/simple_normal.zip"_s << u"pairs/simple_current.zip"_s;
        QTest::newRow("bnn") << u"mxfusion/bnn_meanfield.zip"_s << u"pairs/bnn_current.zip"_s;
        QTest::newRow("gp") << u"mxfusion/gp_regression.zip"_s << u"pairs/gp_current.zip"_s;
        QTest::newRow("bare graphs.json")
            << u"mxfusion/simple_normal.zip"_s << u"pairs/simple_current_graphs.json"_s;
    }

    void transplant()
    {
        QFETCH(QString, saved);
        QFETCH(QString, current);
        auto doc = openDocument(fixture(saved));
        const QString original = snapshot(*doc);
        Result<CurrentModel> model = openCurrentModel(fixture(current));
        QVERIFY(model);
        const ReconcileResult matched = reconcileLikeMxfusion(
            doc->graphs(), model->graphs, storedValuesOf(doc->file()), model->values);
        QVERIFY(matched.prediction.ok);
        QHash<QString, QString> map;
        for (const ComponentMatch &m : matched.matches)
            map.insert(m.saved.toString(), m.current.toString());
        TransplantReport report;
        Result<QByteArray> bytes = buildTransplant(doc->file(), *model, map, {}, report);
        MXL_VERIFY_OK(bytes);
        QVERIFY(report.leftBehind.empty());
        if (model->values)
            QVERIFY(report.leftInitial.empty());
        Result<OpenedFile> result =
            openSource(ByteSource::fromBytes(*bytes, u"transplant.zip"_s), u"transplant.zip"_s);
        QVERIFY(result);
        auto transplanted = std::make_shared<const OpenedFile>(std::move(*result));
        QVERIFY(doc->applyTransplant(transplanted, u"Transplant"_s));

        // The current model's skeleton, holding the saved values under its UUIDs.
        QCOMPARE(doc->graphs().size(), model->graphs.size());
        QCOMPARE(doc->graphs().front().nodes.front().uuid,
                 model->graphs.front().nodes.front().uuid);
        Result<OpenedFile> before = openFile(fixture(saved));
        for (const TensorEntry &t : before->tensors) {
            const int i = doc->tensorIndexOfKey(map.value(t.key));
            QVERIFY(i >= 0);
            QCOMPARE(loadTensor(doc->tensors()[size_t(i)])->data().toByteArray(),
                     loadTensor(t)->data().toByteArray());
        }
        // Reconciling the result against the current model predicts a successful load.
        const ReconcileResult after = reconcileLikeMxfusion(
            doc->graphs(), model->graphs, storedValuesOf(doc->file()), model->values);
        QVERIFY2(after.prediction.ok, qPrintable(after.prediction.message));
        roundTrip(*doc, original, SIGNAL(contentReset()));
    }
};

QTEST_GUILESS_MAIN(TestArchiveDocument)
#include "tst_archivedocument.moc"
