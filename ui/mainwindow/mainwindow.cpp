// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "diff/comparedock.h"

#include "document/archivedocument.h"
#include "document/diskwatcher.h"
#include "document/matchingsession.h"
#include "graph/componentindex.h"
#include "graph/graphtab.h"
#include "graph/graphview.h"
#include "matching/matchingdock.h"
#include "models/constantsmodel.h"
#include "models/entriesmodel.h"
#include "models/jsontreemodel.h"
#include "models/outlinemodel.h"
#include "models/problemsmodel.h"
#include "models/tensorlistmodel.h"
#include "panels/componenteditor.h"
#include "panels/propertiespanel.h"
#include "panels/tensorlistview.h"
#include "panels/tensorpanel.h"
#include "selectionhub.h"
#include "validate/validator.h"
#include "widgets/statuslabel.h"

#include <QCloseEvent>
#include <QComboBox>
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
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QtConcurrent>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_hub(new SelectionHub(this)), m_tabs(new QTabWidget(this)),
      m_undoGroup(new QUndoGroup(this)), m_matching(new MatchingSession(this))
{
    setWindowIcon(QIcon(u":/icons/mxlens.svg"_s));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    auto *welcome = new QLabel(
        tr("<h2>mxlens</h2><p>Open an MXFusion <code>inference.zip</code> (or a pre-zip "
           "<code>PREFIX_*.json</code> save), an MXNet checkpoint (<code>-symbol.json</code>, "
           "<code>.params</code>), an <code>.npz</code> or an <code>.npy</code> with "
           "<b>File ▸ Open</b> (Ctrl+O), or drop it here.</p>"),
        this);
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true); // one long line would set the central widget's minimum width
    welcome->setStyleSheet(u"color: #555;"_s);
    m_tabs->addTab(welcome, tr("Welcome"));

    // Above the graphs: the file changed on disk since it was opened (another program wrote,
    // replaced or deleted it). The window keeps showing what was opened until the user reloads.
    m_diskWatcher = new DiskWatcher(this);
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
        if (m_document)
            openPath(m_document->path(),
                     m_document->file().mxnet ? m_document->file().mxnet->epoch : std::nullopt);
    });
    connect(keep, &QPushButton::clicked, this, [this] {
        m_diskWatcher->acknowledge();
        m_changedBar->hide();
    });
    connect(m_diskWatcher, &DiskWatcher::changedOnDisk, this, &MainWindow::onChangedOnDisk);
    connect(m_diskWatcher, &DiskWatcher::unchangedAgain, m_changedBar, &QWidget::hide);
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_changedBar);
    centreLayout->addWidget(m_tabs, 1);
    setCentralWidget(centre);

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
        if (m_document && m_document->file().mxnet)
            openPath(m_document->file().mxnet->symbolPath, m_epochChooser->itemData(index).toInt());
    });
    statusBar()->addPermanentWidget(m_statusZoom);

    createDocks();
    createActions();
    connectMatching();
    connect(&m_compareWatcher, &QFutureWatcher<Result<Comparison>>::finished, this,
            &MainWindow::onCompareFinished);
    connect(m_compareDock, &CompareDock::compareRequested, this, &MainWindow::chooseComparison);
    connect(&m_openWatcher, &QFutureWatcher<Result<OpenedFile>>::finished, this,
            &MainWindow::onOpenFinished);
    connect(m_hub, &SelectionHub::componentSelected, this, &MainWindow::onComponentSelected);
    connect(m_hub, &SelectionHub::tensorSelected, this, &MainWindow::onTensorSelected);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (GraphTab *tab = currentTab())
            m_statusZoom->setText(tr("Zoom %1 %").arg(qRound(tab->view()->zoom() * 100)));
    });

    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    m_layoutRestored = restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!settings.contains(u"window/geometry"_s))
        resize(1560, 960);
    updateTitle();
}

MainWindow::~MainWindow()
{
    for (auto *w : std::initializer_list<QFutureWatcherBase *>{
             &m_openWatcher, &m_indexWatcher, &m_valuesWatcher, &m_integrityWatcher,
             &m_compareWatcher})
        w->waitForFinished();
    // The document goes before the child widgets do.
    detachDocument();
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

void MainWindow::detachDocument()
{
    // Models, panels and the matching session keep pointers into the document: they let go
    // before it is replaced or destroyed.
    m_configuration->setRoot(nullptr);
    m_entries->setArchive(nullptr);
    m_tensorList->setDocument(nullptr);
    m_outline->setDocument(nullptr);
    m_constants->setDocument(nullptr);
    m_properties->setDocument(nullptr);
    m_componentEditor->setDocument(nullptr);
    m_matchingDock->setDocument(nullptr);
    m_matching->setDocument(nullptr);
}

void MainWindow::openPath(const QString &path, std::optional<int> epoch)
{
    if (m_openWatcher.isRunning() || !maybeSave())
        return;
    m_openingPath = QFileInfo(path).absoluteFilePath();
    m_statusFile->setText(tr("Opening %1…").arg(QDir::toNativeSeparators(m_openingPath)));
    const QString p = m_openingPath;
    // Only the central directory and the JSON entries: tensors are indexed afterwards.
    m_openWatcher.setFuture(QtConcurrent::run([p, epoch] {
        OpenOptions options;
        options.indexTensors = false;
        options.epoch = epoch;
        return openFile(p, options);
    }));
}

void MainWindow::updateEpochChooser()
{
    const OpenedFile *file = m_document ? &m_document->file() : nullptr;
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

void MainWindow::onOpenFinished()
{
    Result<OpenedFile> result = m_openWatcher.result();
    if (!result) {
        const QString message = result.error().describe();
        m_statusFile->setText(tr("Could not open %1").arg(m_openingPath));
        emit openFailed(message);
        QMessageBox box(QMessageBox::Critical, tr("Cannot open file"),
                        tr("mxlens cannot open this file."), QMessageBox::Ok, this);
        box.setInformativeText(message);
        if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS"))
            box.exec();
        return;
    }
    addRecent(m_openingPath);
    showDocument(std::make_unique<ArchiveDocument>(std::move(*result), this));
}

void MainWindow::showDocument(std::unique_ptr<ArchiveDocument> document)
{
    // Workers read the old document: let them finish before it goes away.
    m_indexWatcher.waitForFinished();
    m_valuesWatcher.waitForFinished();
    m_integrityWatcher.waitForFinished();
    m_compareWatcher.waitForFinished();
    m_compareDock->clear(); // a comparison belongs to the document it was made for
    m_compareMarks.clear();
    m_hub->clear();
    m_tensorPanel->clear();
    detachDocument();
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    m_document = std::move(document);
    const ArchiveDocument *doc = m_document.get();
    connect(doc, &ArchiveDocument::problemsChanged, this,
            [this] { m_problems->setProblems(m_document->problems()); });
    connect(doc, &ArchiveDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc, &ArchiveDocument::modifiedChanged, this, &MainWindow::updateEditActions);
    m_undoGroup->addStack(doc->undoStack());
    m_undoGroup->setActiveStack(doc->undoStack());
    m_componentEditor->setDocument(m_document.get());
    m_matching->setDocument(doc);
    m_matchingDock->setDocument(m_document.get());

    connect(doc, &ArchiveDocument::componentRenamed, this, &MainWindow::refreshViews);
    connect(doc, &ArchiveDocument::constantChanged, this, &MainWindow::refreshViews);
    connect(doc, &ArchiveDocument::configurationChanged, this, &MainWindow::refreshViews);
    connect(doc, &ArchiveDocument::tensorsChanged, this, &MainWindow::refreshViews);
    connect(doc, &ArchiveDocument::contentReset, this, &MainWindow::refreshViews);
    connect(doc, &ArchiveDocument::pathChanged, this, &MainWindow::updateTitle);
    rebuildGraphTabs();
    m_entries->setArchive(doc->file().zip ? &*doc->file().zip : nullptr);
    m_tensorList->setDocument(doc);
    m_outline->setDocument(doc);
    m_outlineView->expandToDepth(0);
    if (doc->graphs().empty() && doc->file().zip)
        findChild<QDockWidget *>(u"archive"_s)->raise(); // the centre lists the tensors
    else if (doc->graphs().empty())
        m_tensorListDock->raise(); // nothing to outline
    m_properties->setDocument(doc);
    m_constants->setDocument(m_document.get());
    m_configuration->setRoot(doc->file().mxfusion ? &doc->file().mxfusion->configuration : nullptr);
    m_problems->setProblems(doc->problems());
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
    watchDocumentFiles();
    emit opened();
    startTensorIndexing();
}

void MainWindow::watchDocumentFiles()
{
    m_changedBar->hide();
    if (!m_document) {
        m_diskWatcher->stop();
        return;
    }
    const OpenedFile &file = m_document->base() ? *m_document->base() : m_document->file();
    QList<DiskWatcher::Watched> files;
    if (file.source)
        files.append({file.path, file.source->identity()});
    // A checkpoint opened from its symbol: the parameters are what training rewrites.
    if (file.mxnet && file.mxnet->parameters && file.mxnet->parameters->bytes &&
        QFileInfo(file.mxnet->paramsPath) != QFileInfo(file.path))
        files.append({file.mxnet->paramsPath, file.mxnet->parameters->bytes->identity()});
    m_diskWatcher->watch(files);
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
    const OpenedFile *base = m_document ? m_document->base().get() : nullptr;
    const bool mapped =
        base && ((base->source && base->source->isMapped()) ||
                 (base->mxnet && base->mxnet->parameters && base->mxnet->parameters->bytes &&
                  base->mxnet->parameters->bytes->isMapped()));
    if (mapped)
        m_tensorPanel->showUnavailable(
            tr("The file changed on disk after it was opened, and this tensor's values are read "
               "from it: Reload to see what it holds now."));
    statusBar()->showMessage(
        tr("%1 changed on disk")
            .arg(QDir::toNativeSeparators(m_document ? m_document->path() : QString())),
        10000);
}

void MainWindow::rebuildGraphTabs()
{
    while (m_tabs->count() > 0) {
        QWidget *w = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete w;
    }
    const auto &graphs = m_document->graphs();
    const GraphDecorations decorations = graphDecorations(m_document->file());
    for (size_t i = 0; i < graphs.size(); ++i) {
        auto *tab = new GraphTab(&graphs[i], m_tabs);
        tab->setFoldParameters(m_foldAction->isChecked());
        QString label = i == 0 ? tr("Model") : tr("Posterior %1").arg(i);
        if (graphs[i].name)
            label += u" \u201c%1\u201d"_s.arg(*graphs[i].name);
        m_tabs->addTab(tab, label);
        connect(tab, &GraphTab::componentClicked, m_hub, &SelectionHub::selectComponent);
        connect(tab->view(), &GraphView::zoomChanged, this, [this, tab](double z) {
            if (tab == currentTab())
                m_statusZoom->setText(tr("Zoom %1 %").arg(qRound(z * 100)));
        });
        tab->setDecorations(decorations);
    }
    if (graphs.empty()) {
        // No graph to draw: the centre lists the tensors, the file's whole content.
        auto *list = new TensorListView(m_tensorList, tr("Tensor list, main view"), m_tabs);
        connect(list, &TensorListView::tensorActivated, m_hub, &SelectionHub::selectTensor);
        m_tabs->addTab(list, tr("Tensors"));
    }
}

// The document rebuilt its content after an edit (or indexing): every view that points into it
// takes the new content. Graph tabs keep their state; the selection is shown again.
void MainWindow::refreshViews()
{
    if (!m_document)
        return;
    const auto &graphs = m_document->graphs();
    bool sameTabs = int(graphs.size()) == graphTabCount() && !graphs.empty();
    for (int i = 0; sameTabs && i < graphTabCount(); ++i)
        sameTabs = graphTab(i) != nullptr;
    if (sameTabs) {
        const GraphDecorations decorations = graphDecorations(m_document->file());
        for (int i = 0; i < graphTabCount(); ++i)
            graphTab(i)->setGraph(&graphs[size_t(i)], decorations);
    } else {
        rebuildGraphTabs();
    }
    m_entries->setArchive(m_document->file().zip ? &*m_document->file().zip : nullptr);
    m_tensorList->setDocument(m_document.get());
    m_outline->setDocument(m_document.get());
    m_outlineView->expandToDepth(0);
    m_constants->setDocument(m_document.get());
    m_configuration->setRoot(
        m_document->file().mxfusion ? &m_document->file().mxfusion->configuration : nullptr);
    m_properties->setDocument(m_document.get());
    m_matchingDock->setDocument(m_document.get());
    updateEditActions();
    updateMatchingMarks();
    if (!m_hub->component().isEmpty()) {
        onComponentSelected(m_hub->component());
    } else if (!m_hub->tensorKey().isEmpty()) {
        const QString group = m_hub->tensorGroup(), key = m_hub->tensorKey();
        m_hub->noteTensor({}, {});
        m_hub->selectTensor(group, key);
    }
    updateTitle();
}

void MainWindow::startTensorIndexing()
{
    if (!m_document)
        return;
    m_statusFile->setText(tr("%1 — reading tensor headers…").arg(m_document->path()));
    disconnect(&m_indexWatcher, nullptr, this, nullptr);
    // The worker keeps the file as read alive; edits never change it.
    std::shared_ptr<const OpenedFile> file = m_document->base();
    m_indexWatcher.setFuture(QtConcurrent::run([file] { return computeTensorIndex(*file); }));
    connect(&m_indexWatcher, &QFutureWatcher<TensorIndex>::finished, this, [this] {
        m_document->applyTensorIndex(m_indexWatcher.result());
        refreshViews();
        m_statusFile->setText(QDir::toNativeSeparators(m_document->path()));
        emit tensorsIndexed();
        // NaN/Inf need every value: checked last, still off the UI thread.
        std::shared_ptr<const OpenedFile> f = m_document->base();
        disconnect(&m_valuesWatcher, nullptr, this, nullptr);
        m_valuesWatcher.setFuture(QtConcurrent::run([f] {
            ValidateOptions options;
            Problems all = validateFile(*f, options);
            Problems values;
            for (Problem &p : all) {
                if (p.code.startsWith(u"tensor.nan"_s) || p.code.startsWith(u"tensor.inf"_s))
                    values.push_back(std::move(p));
            }
            return values;
        }));
        connect(&m_valuesWatcher, &QFutureWatcher<Problems>::finished, this,
                [this] { m_document->applyValueProblems(m_valuesWatcher.result()); });
    });
}

void MainWindow::onComponentSelected(const ComponentId &id)
{
    if (!m_document)
        return;
    m_componentEditor->showComponent(id);
    // Graph tabs: select it wherever it is drawn; bring a tab that has it to the front.
    bool currentHasIt = false;
    int firstWithIt = -1;
    for (int i = 0; i < graphTabCount(); ++i) {
        const bool has = graphTab(i)->selectComponent(id, true);
        if (has && firstWithIt < 0)
            firstWithIt = i;
        if (has && graphTab(i) == currentTab())
            currentHasIt = true;
    }
    if (!currentHasIt && firstWithIt >= 0)
        m_tabs->setCurrentIndex(firstWithIt);
    // Outline.
    const QModelIndexList hits = m_outline->indexesOf(id);
    if (!hits.isEmpty()) {
        const QModelIndex proxy = m_outlineFilter->mapFromSource(hits.front());
        if (proxy.isValid()) {
            m_outlineView->setCurrentIndex(proxy);
            m_outlineView->scrollTo(proxy);
        }
    }
    // Tensor.
    const int t = m_document->tensorIndexOf(id);
    if (t >= 0) {
        const TensorEntry &entry = m_document->tensors()[size_t(t)];
        const ComponentRef ref = ComponentIndex(m_document->graphs()).find(id);
        m_tensorPanel->showTensor(entry, ref.component ? ref.component->displayName() : entry.key);
        m_hub->noteTensor(tensorGroupName(entry.group), entry.key);
        followTensorInLists(tensorGroupName(entry.group), entry.key);
        const int row = m_entries->rowOf(entry.container);
        if (row >= 0)
            m_entriesView->selectRow(row);
    } else {
        m_tensorPanel->clear();
        m_hub->noteTensor({}, {});
        followTensorInLists({}, {});
    }
}

GraphTab *MainWindow::currentTab() const
{
    return qobject_cast<GraphTab *>(m_tabs->currentWidget());
}

GraphTab *MainWindow::graphTab(int index) const
{
    return qobject_cast<GraphTab *>(m_tabs->widget(index));
}

int MainWindow::graphTabCount() const
{
    return m_tabs->count();
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(u"mxlens"_s);
        return;
    }
    setWindowTitle(u"%1[*] — mxlens"_s.arg(QFileInfo(m_document->path()).fileName()));
    setWindowModified(m_document->isModified());
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
