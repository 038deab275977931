// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "diff/comparedock.h"

#include "document/archivedocument.h"
#include "document/comparecontroller.h"
#include "document/diskwatcher.h"
#include "document/documentcontroller.h"
#include "document/matchingcontroller.h"
#include "document/matchingsession.h"
#include "graph/componentindex.h"
#include "graph/graphtab.h"
#include "mainwindow/graphtabs.h"
#include "matching/matchingdock.h"
#include "models/constantsmodel.h"
#include "models/jsontreemodel.h"
#include "models/problemsmodel.h"
#include "models/tensorlistmodel.h"
#include "panels/archivepanel.h"
#include "panels/componenteditor.h"
#include "panels/outlinepanel.h"
#include "panels/propertiespanel.h"
#include "panels/tensorlistview.h"
#include "panels/tensorpanel.h"
#include "selectionhub.h"
#include "widgets/statuslabel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_documents(new DocumentController(this)), m_hub(new SelectionHub(this)),
      m_matching(new MatchingSession(this)), m_undoGroup(new QUndoGroup(this))
{
    setWindowIcon(QIcon(u":/icons/mxlens.svg"_s));
    setAcceptDrops(true);
    // The docks first: the centre shows the Tensors dock's list for files without graphs.
    createDocks();
    m_tabs = new GraphTabs(m_tensorList, this);
    createChangedBar();
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_changedBar);
    centreLayout->addWidget(m_tabs, 1);
    setCentralWidget(centre);
    createStatusBar();
    createActions();
    connectDocuments();
    connectControllers();

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_layoutRestored = restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!settings.contains(u"window/geometry"_s))
        resize(1560, 960);
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The document goes (announced) while the docks that point into it are still alive.
    m_documents->close();
}

ArchiveDocument *MainWindow::document() const
{
    return m_documents->document();
}

DiskWatcher *MainWindow::diskWatcher() const
{
    return m_documents->diskWatcher();
}

// Above the graphs: the file changed on disk since it was opened (another program wrote,
// replaced or deleted it). The window keeps showing what was opened until the user reloads.
void MainWindow::createChangedBar()
{
    m_changedBar = new QFrame(this);
    m_changedBar->setObjectName(u"changed-on-disk"_s);
    m_changedBar->setAccessibleName(tr("Changed on disk"));
    m_changedBar->setStyleSheet(u"#changed-on-disk { background: #fff4d6; border-bottom: 1px "
                                u"solid #e0c070; }"_s);
    auto *barLayout = new QHBoxLayout(m_changedBar);
    barLayout->setContentsMargins(10, 4, 6, 4);
    m_changedText = new StatusLabel(tr("Change on disk"), m_changedBar);
    m_changedText->setWordWrap(true);
    m_changedText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *reload = new QPushButton(tr("&Reload"), m_changedBar);
    reload->setToolTip(tr("Open the file as it is on disk now (unsaved edits are asked about)"));
    auto *keep = new QPushButton(tr("&Keep Mine"), m_changedBar);
    keep->setToolTip(tr("Go on with what you opened; Save will then overwrite the file on disk"));
    barLayout->addWidget(m_changedText, 1);
    barLayout->addWidget(reload);
    barLayout->addWidget(keep);
    m_changedBar->hide();
    connect(reload, &QPushButton::clicked, this, [this] {
        if (!m_documents->isOpening() && maybeSave())
            m_documents->reload();
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_documents->diskWatcher()->acknowledge();
        m_changedBar->hide();
    });
}

void MainWindow::createStatusBar()
{
    m_statusFile = new StatusLabel(tr("Status file"), this);
    m_statusFormat = new StatusLabel(tr("Status format"), this);
    m_statusZoom = new StatusLabel(tr("Zoom"), this);
    statusBar()->addWidget(m_statusFile, 1);
    statusBar()->addPermanentWidget(m_statusFormat);
    // A checkpoint saved at several epochs: which parameters sit on the graph.
    m_epochChooser = new QComboBox(this);
    m_epochChooser->setToolTip(tr("The checkpoint's parameter file shown with the symbol"));
    m_epochChooser->setVisible(false);
    statusBar()->addPermanentWidget(m_epochChooser);
    connect(m_epochChooser, &QComboBox::activated, this, [this](int index) {
        if (document() && document()->file().mxnet)
            openPath(document()->file().mxnet->symbolPath, m_epochChooser->itemData(index).toInt());
    });
    statusBar()->addPermanentWidget(m_statusZoom);
    connect(m_tabs, &GraphTabs::zoomChanged, this,
            [this](double z) { m_statusZoom->setText(tr("Zoom %1 %").arg(qRound(z * 100))); });
}

// The document's life in the window: the controller says what happened, the window shows it.
void MainWindow::connectDocuments()
{
    DocumentController *docs = m_documents;
    connect(docs, &DocumentController::openStarted, this, [this](const QString &path) {
        m_statusFile->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(docs, &DocumentController::openFailed, this, &MainWindow::onOpenFailed);
    connect(docs, &DocumentController::documentChanged, this, &MainWindow::onDocumentChanged);
    connect(docs, &DocumentController::contentChanged, this, &MainWindow::onContentChanged);
    connect(docs, &DocumentController::opened, this, &MainWindow::onOpened);
    connect(docs, &DocumentController::tensorIndexingStarted, this, [this] {
        m_statusFile->setText(tr("%1 — reading tensor headers…").arg(document()->path()));
    });
    connect(docs, &DocumentController::tensorsIndexed, this, [this] {
        m_statusFile->setText(QDir::toNativeSeparators(document()->path()));
        emit tensorsIndexed();
    });
    connect(docs, &DocumentController::integrityTested, this,
            [this](const QHash<QString, QString> &results) {
                int bad = 0;
                for (const QString &r : results)
                    bad += r != u"ok"_s;
                m_archivePanel->setTestResults(results);
                statusBar()->showMessage(
                    bad == 0 ? tr("All %1 entries are intact.").arg(results.size())
                             : tr("%1 of %2 entries are damaged.").arg(bad).arg(results.size()),
                    8000);
            });
    connect(docs, &DocumentController::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    connect(docs, &DocumentController::unchangedOnDiskAgain, m_changedBar, &QWidget::hide);
}

void MainWindow::connectControllers()
{
    m_matchingController = new MatchingController(m_matching, m_matchingDock, this, this);
    connect(m_documents, &DocumentController::documentChanged, m_matchingController,
            &MatchingController::setDocument);
    connect(m_matchingController, &MatchingController::marksChanged, this,
            &MainWindow::updateMarks);
    connect(m_matchingController, &MatchingController::failed, this, &MainWindow::matchingFailed);
    connect(m_matchingController, &MatchingController::statusMessage, statusBar(),
            &QStatusBar::showMessage);
    connect(m_matchingController, &MatchingController::currentModelOpened, this,
            [this] { raiseDock(m_matchingDockWidget); });

    m_compareController = new CompareController(m_compareDock, this, this);
    connect(m_compareDock, &CompareDock::compareRequested, this,
            [this] { m_compareController->chooseAndCompare(document()); });
    connect(m_compareController, &CompareController::started, this,
            [this] { raiseDock(m_compareDockWidget); });
    connect(m_compareController, &CompareController::marksChanged, this, &MainWindow::updateMarks);
    connect(m_compareController, &CompareController::compared, this, &MainWindow::compared);
    connect(m_compareController, &CompareController::compareFailed, this,
            &MainWindow::compareFailed);
    connect(m_compareController, &CompareController::statusMessage, statusBar(),
            &QStatusBar::showMessage);

    connect(m_hub, &SelectionHub::componentSelected, this, &MainWindow::onComponentSelected);
    connect(m_hub, &SelectionHub::tensorSelected, this, &MainWindow::onTensorSelected);
    connect(m_tabs, &GraphTabs::componentClicked, m_hub, &SelectionHub::selectComponent);
    connect(m_tabs, &GraphTabs::tensorActivated, m_hub, &SelectionHub::selectTensor);
}

// A dock the user asked for comes to the front, with room for the graph it shows beside its
// table.
void MainWindow::raiseDock(QDockWidget *dock)
{
    dock->show();
    dock->raise();
    if (dock->height() < 320)
        resizeDocks({dock}, {360}, Qt::Vertical);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!m_layoutRestored) {
        m_layoutRestored = true; // a user's later arrangement is theirs
        // After the show has been laid out: resizeDocks() works on the final geometry only.
        QTimer::singleShot(0, this, &MainWindow::applyFirstRunLayout);
    }
}

void MainWindow::openPath(const QString &path, std::optional<int> epoch)
{
    if (m_documents->isOpening() || !maybeSave())
        return;
    m_documents->open(path, epoch);
}

void MainWindow::updateEpochChooser()
{
    const OpenedFile *file = document() ? &document()->file() : nullptr;
    const bool several = file && file->mxnet && file->mxnet->checkpoint &&
                         file->mxnet->checkpoint->epochs.size() > 1 && file->mxnet->epoch;
    const QSignalBlocker block(m_epochChooser);
    m_epochChooser->clear();
    m_epochChooser->setVisible(several);
    if (!several)
        return;
    for (const CheckpointFiles::Epoch &e : file->mxnet->checkpoint->epochs) {
        m_epochChooser->addItem(tr("epoch %1").arg(e.epoch), e.epoch);
        if (e.epoch == *file->mxnet->epoch)
            m_epochChooser->setCurrentIndex(m_epochChooser->count() - 1);
    }
}

void MainWindow::onOpenFailed(const QString &path, const QString &message)
{
    m_statusFile->setText(tr("Could not open %1").arg(path));
    emit openFailed(message);
    QMessageBox box(QMessageBox::Critical, tr("Cannot open file"),
                    tr("mxlens cannot open this file."), QMessageBox::Ok, this);
    box.setInformativeText(message);
    if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS"))
        box.exec();
}

// The models and panels follow the controller by themselves (createDocks connects them);
// here the window's own parts: selection, graph tabs, undo, title.
void MainWindow::onDocumentChanged(ArchiveDocument *doc)
{
    if (!doc) {
        m_compareController->clear(); // a comparison belongs to the document it was made for
        m_hub->clear();
        m_tensorPanel->clear();
        m_tabs->showDocument(nullptr);
        m_changedBar->hide();
        for (QAction *a : m_documentActions)
            a->setEnabled(false);
        updateEditActions();
        updateTitle();
        return;
    }
    connect(doc, &ArchiveDocument::problemsChanged, this,
            [this] { m_problems->setProblems(document()->problems()); });
    connect(doc, &ArchiveDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &ArchiveDocument::modifiedChanged, this, &MainWindow::updateEditActions);
    connect(doc, &ArchiveDocument::pathChanged, this, &MainWindow::updateTitle);
    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());
}

// The document's content was rebuilt (opened, edited, indexed): graph tabs keep their state,
// and the selection is shown again in every view.
void MainWindow::onContentChanged(ArchiveDocument *doc)
{
    if (!doc)
        return;
    m_tabs->refresh(doc);
    m_problems->setProblems(doc->problems());
    updateEditActions();
    updateMarks();
    if (!m_hub->component().isEmpty()) {
        onComponentSelected(m_hub->component());
    } else if (!m_hub->tensorKey().isEmpty()) {
        const QString group = m_hub->tensorGroup(), key = m_hub->tensorKey();
        m_hub->noteTensor({}, {});
        m_hub->selectTensor(group, key);
    }
    updateTitle();
}

void MainWindow::onOpened()
{
    const ArchiveDocument *doc = document();
    addRecent(m_documents->openingPath());
    if (doc->graphs().empty() && doc->file().zip)
        findChild<QDockWidget *>(u"archive"_s)->raise(); // the centre lists the tensors
    else if (doc->graphs().empty())
        m_tensorListDock->raise(); // nothing to outline
    for (QAction *a : m_documentActions)
        a->setEnabled(true);
    m_statusFile->setText(QDir::toNativeSeparators(doc->path()));
    QString format = formatDescription(doc->file().format);
    if (doc->file().format == FileFormat::MxfusionInference &&
        !doc->file().mxfusion->serializationVersion.isEmpty())
        format += tr(" %1").arg(doc->file().mxfusion->serializationVersion);
    m_statusFormat->setText(format);
    updateEpochChooser();
    updateTitle();
    m_changedBar->hide();
    emit opened();
}

void MainWindow::onChangedOnDisk(const QString &message)
{
    m_changedText->setText(
        tr("<b>Changed on disk since you opened it.</b> %1<br>The window shows the file as "
           "you opened it.")
            .arg(message.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
    m_changedBar->show();
    // Values of a big file are read from its mapping, which now shows the new bytes (or
    // none): what is on screen is dropped rather than mixed with statistics of the old ones.
    if (m_documents->readsValuesFromMapping())
        m_tensorPanel->showUnavailable(
            tr("The file changed on disk after it was opened, and this tensor's values are read "
               "from it: Reload to see what it holds now."));
    statusBar()->showMessage(
        tr("%1 changed on disk")
            .arg(QDir::toNativeSeparators(document() ? document()->path() : QString())),
        10000);
}

void MainWindow::updateMarks()
{
    // The comparison's marks under the matching ones: matching is what the user is doing now.
    QHash<ComponentId, NodeMark> marks = m_compareController->marks();
    marks.insert(m_matchingController->marks());
    m_tabs->setMarks(marks);
}

void MainWindow::onComponentSelected(const ComponentId &id)
{
    const ArchiveDocument *doc = document();
    if (!doc)
        return;
    m_componentEditor->showComponent(id);
    m_tabs->selectComponent(id);
    m_outlinePanel->showComponent(id);
    // Tensor.
    const int t = doc->tensorIndexOf(id);
    if (t >= 0) {
        const TensorEntry &entry = doc->tensors()[size_t(t)];
        const ComponentRef ref = ComponentIndex(doc->graphs()).find(id);
        m_tensorPanel->showTensor(entry, ref.component ? ref.component->displayName() : entry.key);
        m_hub->noteTensor(tensorGroupName(entry.group), entry.key);
        followTensorInLists(tensorGroupName(entry.group), entry.key);
        m_archivePanel->showEntry(entry.container);
    } else {
        m_tensorPanel->clear();
        m_hub->noteTensor({}, {});
        followTensorInLists({}, {});
    }
}

GraphTab *MainWindow::currentTab() const
{
    return m_tabs->currentGraphTab();
}

GraphTab *MainWindow::graphTab(int index) const
{
    return m_tabs->graphTab(index);
}

int MainWindow::graphTabCount() const
{
    return m_tabs->count();
}

void MainWindow::updateTitle()
{
    const ArchiveDocument *doc = document();
    if (!doc) {
        setWindowTitle(u"mxlens"_s);
        setWindowModified(false);
        return;
    }
    setWindowTitle(u"%1[*] — mxlens"_s.arg(QFileInfo(doc->path()).fileName()));
    setWindowModified(doc->isModified());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().front().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile()) {
        openPath(urls.front().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace mxl
