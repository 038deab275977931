// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a user meets it: open a fixture, look at the scene, select, find, export.
#include "diff/comparedock.h"
#include "document/archivedocument.h"
#include "document/diskwatcher.h"
#include "document/matchingsession.h"
#include "document/tensorexportcontroller.h"
#include "export/archiveexporter.h"
#include "formats/mxnet/ndarraywriter.h"
#include "graph/componentindex.h"
#include "graph/graphitems.h"
#include "graph/graphtab.h"
#include "mainwindow/mainwindow.h"
#include "matching/matchingdock.h"
#include "models/diffmodel.h"
#include "models/matchingmodel.h"
#include "models/tensorlistmodel.h"
#include "panels/componenteditor.h"
#include "panels/propertiespanel.h"
#include "panels/tensorlistview.h"
#include "panels/tensorpanel.h"
#include "selectionhub.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>

#include <QGraphicsScene>
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

// Opens `path` in `window` and waits, 10 s at most, until its tensors are indexed once.
[[nodiscard]] bool openAndIndex(MainWindow &window, const QString &path)
{
    QSignalSpy indexed(&window, &MainWindow::tensorsIndexed);
    window.openPath(path);
    return QTest::qWaitFor([&] { return indexed.count() == 1; }, 10000);
}

template <typename T>
int countItems(QGraphicsScene *scene)
{
    int n = 0;
    for (QGraphicsItem *item : scene->items())
        n += item->type() == T::Type;
    return n;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("MXL_NO_DIALOGS", "1");
        QCoreApplication::setOrganizationName(u"mxlens-tests"_s);
    }

    // Naming the unnamed shape Variable in the Properties dock: the predicted KeyError goes
    // away at once, the graph shows the name, the title says modified; undo brings it all
    // back; saving writes a file whose graphs.json has the name, and the window is clean.
    void editsInTheWindow()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"unnamed_shape.zip"_s);
        QVERIFY(QFile::copy(fixture(u"mxfusion/unnamed_shape.zip"_s), path));
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, path));
        ArchiveDocument *doc = window.document();
        auto hasUnreachable = [&] {
            for (const Problem &p : doc->problems())
                if (p.code == u"load.unreachable-constant"_s)
                    return true;
            return false;
        };
        QVERIFY(hasUnreachable());
        const ComponentId n = doc->file().mxfusion->variableConstants.front().id;
        window.selection()->selectComponent(n);
        ComponentEditor *editor = window.componentEditor();
        QVERIFY(editor->nameEdit()->isEnabled());
        QCOMPARE(editor->constantEdit()->text(), u"100"_s);
        editor->nameEdit()->setFocus();
        QTest::keyClicks(editor->nameEdit(), u"N"_s);
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
        QVERIFY(!hasUnreachable());
        QCOMPARE(*doc->component(n)->name, u"N"_s);
        QVERIFY(window.isWindowModified());
        GraphTab *model = window.graphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLayingOut(), 10000);
        bool drawn = false;
        for (const auto &node : model->layout().nodes)
            drawn = drawn || (node.input.id == n.toString() && node.input.label == u"N"_s);
        QVERIFY(drawn);

        // A bad name is refused in place, nothing pushed.
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), u"2 N"_s);
        QTest::keyClick(editor->nameEdit(), Qt::Key_Return);
        QVERIFY(editor->errorText().contains(u"identifier"_s));
        QCOMPARE(doc->undoStack()->count(), 1);

        // The constant, edited in the same dock.
        editor->constantEdit()->selectAll();
        QTest::keyClicks(editor->constantEdit(), u"250"_s);
        QTest::keyClick(editor->constantEdit(), Qt::Key_Return);
        QCOMPARE(doc->variableConstantOf(n)->text, u"250"_s);
        QCOMPARE(doc->undoStack()->count(), 2);

        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QVERIFY(hasUnreachable());
        QVERIFY(!window.isWindowModified());
        doc->undoStack()->redo();
        QVERIFY(window.maybeSave() == false); // unsaved work, no dialog: keep it

        QVERIFY(window.save());
        QVERIFY(!window.isWindowModified());
        Result<OpenedFile> back = openFile(path);
        QVERIFY(back);
        QCOMPARE(*ComponentIndex(back->mxfusion->graphs).find(n).component->name, u"N"_s);
        QVERIFY(window.maybeSave());
    }

    // The Matching dock: a current model beside the saved archive, unmatched nodes marked in
    // both graphs, a manual pair made by selecting one node in each, then the transplant.
    // Compare With: the document against an edited export of itself. The dock lists the
    // renamed component and the dropped tensor, marks the document's graph, draws B's graph
    // beside the table, and a click on a row selects the component.
    void comparesWithAnotherFile()
    {
        const QString a = fixture(u"mxfusion/gp_regression.zip"_s);
        Result<OpenedFile> source = openFile(a);
        QVERIFY(source);
        ArchiveEdits edits;
        const TensorEntry &dropped = source->tensors.front();
        edits.dropKeys.insert(dropped.key);
        const Component &renamed = source->mxfusion->graphs[0].nodes[0];
        edits.renames.insert(renamed.uuid.toString(), u"renamed_here"_s);
        QTemporaryDir dir;
        const QString b = dir.filePath(u"b.zip"_s);
        QVERIFY(exportArchive(*source, edits, b));

        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, a));
        QSignalSpy compared(&window, &MainWindow::compared);
        window.compareWith(b);
        QTRY_COMPARE_WITH_TIMEOUT(compared.count(), 1, 10000);
        CompareDock *dock = window.compareDock();
        QCOMPARE(dock->model()->rowCount(), 2);
        QVERIFY2(dock->summaryText().contains(u"1 removed, 1 changed"_s),
                 qPrintable(dock->summaryText()));
        QCOMPARE(dock->model()->index(0, DiffModel::Status).data().toString(), u"changed"_s);
        QVERIFY(dock->model()
                    ->index(0, DiffModel::Detail)
                    .data()
                    .toString()
                    .contains(u"renamed_here"_s));
        QCOMPARE(dock->model()->index(1, DiffModel::Status).data().toString(), u"removed"_s);
        QVERIFY(dock->otherGraphCount() >= 1);

        GraphTab *mine = window.graphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!mine->isLayingOut() && !mine->layout().nodes.empty(), 10000);
        int marked = 0;
        for (QGraphicsItem *item : mine->scene()->items())
            if (item->type() == NodeItem::Type)
                marked += static_cast<NodeItem *>(item)->mark() == NodeMark::Changed;
        QVERIFY(marked >= 1);

        const QModelIndex row = dock->model()->index(0, DiffModel::Name);
        dock->table()->setCurrentIndex(row);
        emit dock->table()->clicked(row);
        QCOMPARE(window.selection()->component(), renamed.uuid);
    }

    void opensMxnetCheckpoints()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(u"mxnet/gluon_1x-symbol.json"_s),
                            dir.filePath(u"net-symbol.json"_s)));
        MainWindow window;
        window.show();
        window.openPath(dir.filePath(u"net-symbol.json"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 10000);
        QCOMPARE(window.graphTabCount(), 1);
        GraphTab *graph = window.graphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isLayingOut() && !graph->layout().nodes.empty(), 10000);
        // 12 symbol nodes and the output, the 6 weights and BatchNorm states folded into their
        // operators; unfolded, every node is drawn.
        QCOMPARE(countItems<NodeItem>(graph->scene()), 7);
        int fields = 0;
        for (QGraphicsItem *item : graph->scene()->items())
            if (item->type() == NodeItem::Type)
                fields += int(static_cast<NodeItem *>(item)->node().input.fields.size());
        QCOMPARE(fields, 6);
        graph->setFoldParameters(false);
        QTRY_VERIFY_WITH_TIMEOUT(
            !graph->isLayingOut() && countItems<NodeItem>(graph->scene()) == 13, 10000);
        QVERIFY(!window.document()->isEditable());
        QVERIFY(!window.epochChooser()->isVisible()); // a symbol alone has no epochs
    }

    // A folded weight is selected like a node: selecting the variable marks its row in the
    // operator, and the Tensor dock and the tensor list show it.
    void selectsFoldedWeights()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(u"mxnet/gluon_1x-symbol.json"_s),
                            dir.filePath(u"net-symbol.json"_s)));
        // The dense layer's weight and bias as `save_checkpoint` stores them.
        const QByteArray weightBytes(4 * 4 * 3, '\0'), biasBytes(4 * 4, '\0');
        const NdArrayInput arrays[] = {
            {u"arg:hybridsequential0_dense0_weight"_s, DType::Float32, {4, 3}, weightBytes},
            {u"arg:hybridsequential0_dense0_bias"_s, DType::Float32, {4}, biasBytes},
        };
        Result<QByteArray> params = writeNdArrayList(arrays);
        QVERIFY(params);
        QFile out(dir.filePath(u"net-0000.params"_s));
        QVERIFY(out.open(QIODevice::WriteOnly) && out.write(*params) == params->size());
        out.close();
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, dir.filePath(u"net-symbol.json"_s)));
        GraphTab *graph = window.graphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!graph->isLayingOut() && !graph->layout().nodes.empty(), 10000);
        const TensorEntry *weight = nullptr;
        for (const TensorEntry &t : window.document()->tensors())
            if (!t.owner.isEmpty() && t.key.endsWith(u"weight"_s))
                weight = &t;
        QVERIFY(weight);
        window.selection()->selectComponent(weight->owner);
        NodeItem *holder = nullptr;
        for (QGraphicsItem *item : graph->scene()->items())
            if (item->type() == NodeItem::Type && item->isSelected())
                holder = static_cast<NodeItem *>(item);
        QVERIFY(holder);
        QVERIFY(holder->activeField() >= 0);
        QCOMPARE(holder->node().input.fields[size_t(holder->activeField())].componentId,
                 weight->owner.toString());
        QCOMPARE(window.tensorPanel()->fieldText(u"dtype"_s), u"float32"_s);
        const QModelIndex current = window.tensorListView()->table()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.siblingAtColumn(TensorListModel::Key).data().toString(), weight->key);
    }

    // Another program replaces the archive while it is open: the window says so, keeps what
    // was opened, refuses to overwrite the newer file on Save, and saves once told to keep its
    // own version.
    void noticesAFileChangedOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"model.zip"_s);
        QVERIFY(QFile::copy(fixture(u"mxfusion/gp_regression.zip"_s), path));
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, path));
        QVERIFY(window.changedOnDiskBar()->isHidden());
        QVERIFY(window.diskWatcher()->checkNow().isEmpty());

        // Replaced by rename, as sync tools and editors do.
        const QString other = dir.filePath(u"new.zip"_s);
        QVERIFY(QFile::copy(fixture(u"mxfusion/gp_regression.zip"_s), other));
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::rename(other, path));
        QTRY_VERIFY_WITH_TIMEOUT(window.changedOnDiskBar()->isVisible(), 5000);
        QVERIFY(window.diskWatcher()->hasChanged());

        // An edit, then Save: refused (no dialogs), the file on disk untouched.
        const ComponentId owner = window.document()->tensors().front().owner;
        QVERIFY(window.document()->renameComponent(owner, u"renamed_var"_s));
        QSignalSpy failed(&window, &MainWindow::saveFailed);
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!window.save());
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.front().front().toString().contains(u"changed on disk"_s));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
        f.close();

        // Keep Mine: the next Save goes ahead and the bar goes away.
        window.diskWatcher()->acknowledge();
        QVERIFY(window.save());
        QVERIFY(window.diskWatcher()->checkNow().isEmpty());
        QVERIFY(window.changedOnDiskBar()->isHidden());
    }

    // File > Export Tensors: every tensor, or the picked ones, to safetensors under readable
    // names; the result is what the window lists.
    void exportsTensors()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, fixture(u"mxfusion/gp_regression.zip"_s)));
        QTemporaryDir dir;
        TensorExportController *exporter = window.tensorExporter();
        QSignalSpy done(exporter, &TensorExportController::finished);
        QSignalSpy failed(exporter, &TensorExportController::failed);
        exporter->exportTo(dir.filePath(u"all.safetensors"_s), window.document()->file(), {});
        QTRY_COMPARE_WITH_TIMEOUT(done.count() + failed.count(), 1, 20000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(done.front().at(1).toInt(), window.tensorList()->rowCount());
        Result<OpenedFile> all = openFile(dir.filePath(u"all.safetensors"_s));
        QVERIFY(all);
        QCOMPARE(int(all->tensors.size()), window.tensorList()->rowCount());
        QStringList listed;
        for (int r = 0; r < window.tensorList()->rowCount(); ++r)
            listed << window.tensorList()->nameAt(r);
        for (const TensorEntry &t : all->tensors)
            QVERIFY2(listed.contains(t.key), qPrintable(t.key)); // readable names, as listed
        // Two picked rows only.
        TensorListView *list = window.tensorListView();
        list->table()->selectRow(0);
        list->table()->selectionModel()->select(list->table()->model()->index(1, 0),
                                                QItemSelectionModel::Select |
                                                    QItemSelectionModel::Rows);
        const auto picked = window.selectedTensors();
        QCOMPARE(picked.size(), 2);
        exporter->exportTo(dir.filePath(u"two.safetensors"_s), window.document()->file(), picked);
        QTRY_COMPARE_WITH_TIMEOUT(done.count() + failed.count(), 2, 20000);
        QCOMPARE(failed.count(), 0);
        Result<OpenedFile> two = openFile(dir.filePath(u"two.safetensors"_s));
        QVERIFY(two);
        QCOMPARE(two->tensors.size(), size_t(2));
    }

    // A predicted load failure in Problems leads to the Matching dock, where the fix is.
    void loadProblemsLeadToTheFix()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, fixture(u"mxfusion/unnamed_shape.zip"_s)));
        auto *problems = window.findChild<QTableView *>(u"problems-view"_s);
        QVERIFY(problems);
        int row = -1;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < problems->model()->rowCount(); ++r)
                    if (problems->model()->index(r, 1).data().toString().startsWith(u"load."_s))
                        row = r;
                return row >= 0;
            }(),
            10000);
        auto *matching = window.findChild<QDockWidget *>(u"matching"_s);
        QVERIFY(matching);
        emit problems->clicked(problems->model()->index(row, 1));
        QVERIFY(matching->isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(u"Current Model"_s));
    }

    // A file without graphs: the centre and the Tensors dock list every array, Find and the
    // list select one, the Tensor dock and Properties show it.
    void listsTheTensorsOfFilesWithoutGraphs()
    {
        MainWindow window;
        window.show();
        QSignalSpy indexed(&window, &MainWindow::tensorsIndexed);
        window.openPath(fixture(u"npz/mixed.npz"_s));
        QTRY_COMPARE_WITH_TIMEOUT(indexed.count(), 1, 10000);
        QCOMPARE(window.tensorList()->rowCount(), 4);
        auto *tabs = window.centralWidget()->findChild<QTabWidget *>();
        QVERIFY(tabs);
        auto *centre = qobject_cast<TensorListView *>(tabs->widget(0));
        QVERIFY(centre);
        QCOMPARE(centre->table()->model()->rowCount(), 4);
        QCOMPARE(window.find(u"fortran_2d"_s), 1);
        QCOMPARE(window.selection()->tensorKey(), u"fortran_2d"_s);
        QCOMPARE(window.tensorPanel()->fieldText(u"shape"_s), u"(3, 4)"_s);
        QCOMPARE(window.tensorPanel()->fieldText(u"dtype"_s), u"float64"_s);
        QVERIFY(window.propertiesPanel()->plainText().contains(u"fortran_2d"_s));
        // Picking a row in the list selects that tensor.
        TensorListView *list = window.tensorListView();
        for (int r = 0; r < list->table()->model()->rowCount(); ++r) {
            const QModelIndex i = list->table()->model()->index(r, TensorListModel::Key);
            if (i.data().toString() == u"i4"_s)
                list->table()->setCurrentIndex(i);
        }
        QCOMPARE(window.selection()->tensorKey(), u"i4"_s);
        QCOMPARE(window.tensorPanel()->fieldText(u"dtype"_s), u"int32"_s);
        // Unnamed NDArray lists are listed by record number.
        window.openPath(fixture(u"mxnet/unnamed_mixed.nd"_s));
        QTRY_COMPARE_WITH_TIMEOUT(indexed.count(), 2, 10000);
        QCOMPARE(window.tensorList()->rowCount(), 6);
        QVERIFY(window.find(u"3"_s) >= 1);
        QCOMPARE(window.tensorPanel()->fieldText(u"shape"_s), u"(2, 2)"_s);
    }

    // Two epochs beside the symbol: the latest is shown, the status bar offers both, and
    // choosing the other reopens the checkpoint with its values.
    void picksTheCheckpointEpoch()
    {
        QTemporaryDir dir;
        QVERIFY(QFile::copy(fixture(u"mxnet/gluon_1x-symbol.json"_s),
                            dir.filePath(u"net-symbol.json"_s)));
        QVERIFY(QFile::copy(fixture(u"mxnet/prefixes-0003.params"_s),
                            dir.filePath(u"net-0003.params"_s)));
        QVERIFY(QFile::copy(fixture(u"mxnet/prefixes-0003.params"_s),
                            dir.filePath(u"net-0010.params"_s)));
        MainWindow window;
        window.show();
        QSignalSpy opened(&window, &MainWindow::opened);
        window.openPath(dir.filePath(u"net-symbol.json"_s));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 10000);
        QComboBox *epochs = window.epochChooser();
        QVERIFY(epochs->isVisible());
        QCOMPARE(epochs->count(), 2);
        QCOMPARE(epochs->currentData().toInt(), 10);
        QCOMPARE(window.document()->file().mxnet->epoch, std::optional(10));
        epochs->setCurrentIndex(0);
        emit epochs->activated(0);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 10000);
        QCOMPARE(window.document()->file().mxnet->epoch, std::optional(3));
        QCOMPARE(window.epochChooser()->currentData().toInt(), 3);
    }

    void matchesByHandAndTransplants()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, fixture(u"mxfusion/ambiguous_edges.zip"_s)));
        QVERIFY(window.openCurrentModel(fixture(u"pairs/ambiguous_current.zip"_s)));
        MatchingSession *session = window.matching();
        MatchingDock *dock = window.matchingDock();
        QVERIFY(dock->predictionText().contains(u"Exception"_s));
        QVERIFY2(dock->predictionText().contains(u" at saved "_s), // where, not only what
                 qPrintable(dock->predictionText()));
        QCOMPARE(int(session->assisted().unmatched.size()), 2);
        QCOMPARE(dock->model()->rowCount(), 4);
        QCOMPARE(dock->currentGraphCount(), 1);

        // Both graphs mark what is left: the saved one once laid out, the current one too.
        GraphTab *saved = window.graphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!saved->isLayingOut() && !saved->layout().nodes.empty(), 10000);
        auto marked = [](GraphTab *tab) {
            int n = 0;
            for (QGraphicsItem *item : tab->scene()->items())
                if (item->type() == NodeItem::Type)
                    n += static_cast<NodeItem *>(item)->mark() != NodeMark::None;
            return n;
        };
        QCOMPARE(marked(saved), 2);
        GraphTab *current = dock->currentGraphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!current->isLayingOut() && !current->layout().nodes.empty(),
                                 10000);
        QCOMPARE(marked(current), 2);

        // Pair the first unnamed saved variable with the first unnamed current one.
        const ComponentId a = window.document()->graphs()[0].nodes[0].uuid;
        const ComponentId b = session->current()->graphs[0].nodes[0].uuid;
        window.selection()->selectComponent(a);
        dock->selectCurrent(b);
        dock->pairSelected();
        QVERIFY(session->assisted().unmatched.empty());
        QCOMPARE(session->matchOfSaved(a)->rule, u"manual"_s);
        QVERIFY(session->matchOfSaved(a)->locked);
        QCOMPARE(marked(saved), 0);

        // A mapping file keeps the decision.
        QTemporaryDir dir;
        const QString map = dir.filePath(u"map.json"_s);
        QVERIFY(session->saveMapping(map));
        dock->clearSelected();
        QVERIFY(!session->matchOfSaved(a) || session->matchOfSaved(a)->current != b);
        QVERIFY(session->loadMapping(map));
        QCOMPARE(session->matchOfSaved(a)->current, b);

        // Transplant: the document becomes the current skeleton holding the saved values.
        QVERIFY(window.transplant());
        QVERIFY(window.lastTransplant().leftBehind.empty());
        ArchiveDocument *doc = window.document();
        QCOMPARE(doc->graphs()[0].nodes[0].uuid, b);
        QVERIFY(doc->tensorIndexOfKey(b.toString()) >= 0);
        QVERIFY(window.isWindowModified());
        // Save would now put another model over the saved archive: the window asks for a name.
        QVERIFY(doc->replacesItsSource());
        doc->undoStack()->undo();
        QCOMPARE(doc->graphs()[0].nodes[0].uuid, a);
        QVERIFY(!doc->replacesItsSource());
    }

    // Naming a saved variable updates the prediction at once.
    void namingUpdatesThePrediction()
    {
        MainWindow window;
        QVERIFY(openAndIndex(window, fixture(u"mxfusion/simple_normal.zip"_s)));
        QVERIFY(window.openCurrentModel(fixture(u"pairs/simple_renamed_current.zip"_s)));
        QVERIFY(window.matchingDock()->predictionText().contains(u"KeyError"_s));
        const ComponentId mean = window.matching()->mxfusion().prediction.savedNode;
        QVERIFY(window.document()->renameComponent(mean, u"mu"_s));
        QVERIFY(window.matching()->mxfusion().prediction.ok);
        QVERIFY(window.matchingDock()->predictionText().contains(u"succeed"_s));
        QVERIFY(!window.openCurrentModel(fixture(u"malformed/not_a_zip.zip"_s)));
    }

    void opensAndDrawsTheModel()
    {
        MainWindow window;
        window.show();
        QSignalSpy indexed(&window, &MainWindow::tensorsIndexed);
        window.openPath(fixture(u"mxfusion/simple_normal.zip"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 10000);
        QCOMPARE(window.graphTabCount(), 2); // model and (empty) posterior
        GraphTab *model = window.graphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLayingOut() && !model->layout().nodes.empty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(indexed.count() == 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLayingOut(), 10000);
        QCOMPARE(countItems<NodeItem>(model->scene()), 5);
        QCOMPARE(countItems<EdgeItem>(model->scene()), 3);
        // Tensor badges arrived with the index.
        bool badged = false;
        for (const auto &n : model->layout().nodes)
            badged = badged || n.input.sublabel == u"float32 (1,)"_s;
        QVERIFY(badged);

        // Selecting "mean" (through find) shows its UUID in Properties and selects it in the scene.
        QVERIFY(window.find(u"mean"_s) >= 1);
        const ComponentId selected = window.selection()->component();
        QVERIFY(!selected.isEmpty());
        QVERIFY(window.propertiesPanel()->plainText().contains(selected.toString()));
        QVERIFY(window.propertiesPanel()->plainText().contains(u"float32 (1,)"_s));
        int selectedItems = 0;
        for (QGraphicsItem *item : model->scene()->selectedItems())
            selectedItems += item->type() == NodeItem::Type;
        QCOMPARE(selectedItems, 1);

        // Clicking a node in the scene selects it everywhere.
        for (QGraphicsItem *item : model->scene()->items()) {
            if (item->type() == NodeItem::Type &&
                static_cast<NodeItem *>(item)->node().input.label == u"y"_s) {
                model->scene()->clearSelection();
                item->setSelected(true);
            }
        }
        QVERIFY(window.propertiesPanel()->plainText().contains(u"observed"_s, Qt::CaseInsensitive));

        // Export the view.
        QTemporaryDir dir;
        QVERIFY(model->exportImage(dir.filePath(u"g.svg"_s)));
        QVERIFY(QFileInfo(dir.filePath(u"g.svg"_s)).size() > 500);
    }

    // A component of the posterior is shown in the posterior's tab, also while the tabs are
    // still laying out (then no tab draws it yet and the graph that holds it decides).
    void bringsTheTabThatHoldsTheSelection()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, fixture(u"mxfusion/bnn_meanfield.zip"_s)));
        QCOMPARE(window.graphTabCount(), 2);
        QCOMPARE(window.find(u"83f0be4e"_s), 1); // a Variable of the posterior only
        QTRY_VERIFY_WITH_TIMEOUT(window.graphTab(1)->isVisible(), 5000);
        QVERIFY(!window.graphTab(0)->isVisible());
        // And back: a model component brings the model's tab.
        QVERIFY(window.find(u"prior_variance"_s) >= 1); // in the model only
        QTRY_VERIFY_WITH_TIMEOUT(window.graphTab(0)->isVisible(), 5000);
    }

    void modulesBecomeClusters()
    {
        MainWindow window;
        window.show();
        window.openPath(fixture(u"mxfusion/gp_regression.zip"_s));
        QTRY_VERIFY_WITH_TIMEOUT(window.document() != nullptr, 10000);
        GraphTab *model = window.graphTab(0);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLayingOut() && !model->layout().nodes.empty(), 10000);
        // One cluster for the module plus one per internal graph.
        QCOMPARE(countItems<ClusterItem>(model->scene()), 3);
        const int expandedNodes = countItems<NodeItem>(model->scene());
        model->setAllExpanded(false);
        QTRY_VERIFY_WITH_TIMEOUT(!model->isLayingOut(), 10000);
        QCOMPARE(countItems<ClusterItem>(model->scene()), 0);
        QCOMPARE(countItems<NodeItem>(model->scene()),
                 int(window.document()->graphs()[0].nodes.size()));
        QVERIFY(expandedNodes > countItems<NodeItem>(model->scene()));
        // Expanding again reuses the cached layout: no new layout run.
        model->setAllExpanded(true);
        QVERIFY(!model->isLayingOut());
        QCOMPARE(countItems<ClusterItem>(model->scene()), 3);
        QCOMPARE(countItems<NodeItem>(model->scene()), expandedNodes);
    }

    void reportsUnreadableFiles()
    {
        MainWindow window;
        QSignalSpy failed(&window, &MainWindow::openFailed);
        window.openPath(fixture(u"malformed/truncated.zip"_s));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
        QVERIFY(failed.front().front().toString().contains(u"truncated.zip"_s));
        QVERIFY(window.document() == nullptr);
    }

    // The verdict's Fix by naming: the saved-side names in one undoable step, the code-side
    // names listed for copying, and the prediction updated at once.
    void fixesByNaming()
    {
        MainWindow window;
        window.show();
        QVERIFY(openAndIndex(window, fixture(u"mxfusion/unnamed_shape.zip"_s)));
        QVERIFY(window.openCurrentModel(fixture(u"pairs/simple_current.zip"_s)));
        MatchingDock *dock = window.matchingDock();
        QVERIFY(dock->predictionText().contains(u"KeyError"_s));
        QVERIFY(dock->namingPlan().byNaming);
        QPushButton *fix = dock->fixButton();
        QCOMPARE(fix->accessibleName(), u"Fix by naming"_s);
        QVERIFY(fix->isVisible() && fix->isEnabled());
        auto *code = dock->findChild<QPlainTextEdit *>();
        QVERIFY(code && code->isHidden()); // nothing to change in the code
        const int steps = window.document()->undoStack()->count();
        QTest::mouseClick(fix, Qt::LeftButton);
        QVERIFY(window.matching()->mxfusion().prediction.ok);
        QVERIFY(dock->predictionText().contains(u"succeed"_s));
        QVERIFY(fix->isHidden());
        QCOMPARE(window.document()->undoStack()->count(), steps + 1);
        window.document()->undoStack()->undo();
        QVERIFY(dock->predictionText().contains(u"KeyError"_s));

        // Both sides unnamed: the name goes into the code too, ready to copy.
        QVERIFY(window.openCurrentModel(fixture(u"pairs/unnamed_shape_current.zip"_s)));
        QVERIFY(dock->namingPlan().byNaming);
        QCOMPARE(int(dock->namingPlan().currentRenames.size()), 1);
        QCOMPARE(code->accessibleName(), u"Code-side names"_s);
        QVERIFY(code->isVisible() && code->isReadOnly());
        QVERIFY2(code->toPlainText().startsWith(u"m.N = ..."_s), qPrintable(code->toPlainText()));
        QCOMPARE(code->toPlainText(), dock->codeSideNames());
        const ComponentId savedN = dock->namingPlan().savedRenames.front().uuid;
        QTest::mouseClick(fix, Qt::LeftButton);
        // The archive has its name; the load waits for the code's.
        QCOMPARE(window.document()->component(savedN)->name, std::optional<QString>(u"N"_s));
        QVERIFY(!window.matching()->mxfusion().prediction.ok);

        // No naming can work: the reason is given and the button is off.
        MainWindow other;
        QVERIFY(openAndIndex(other, fixture(u"pairs/bnn_svi_to_map_saved.zip"_s)));
        QVERIFY(other.openCurrentModel(fixture(u"pairs/bnn_svi_to_map_current.zip"_s)));
        QVERIFY(!other.matchingDock()->namingPlan().byNaming);
        QVERIFY(!other.matchingDock()->namingPlan().whyNot.isEmpty());
        QVERIFY(!other.matchingDock()->fixButton()->isEnabled());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
