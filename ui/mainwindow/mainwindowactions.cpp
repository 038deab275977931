// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Menus, toolbar, shortcuts, recent files and the small dialogs.
#include "mainwindow/mainwindow.h"

#include "buildinfo/buildinfo.h"
#include "document/archivedocument.h"
#include "document/comparecontroller.h"
#include "document/matchingcontroller.h"
#include "document/tensorexportcontroller.h"
#include "graph/graphtab.h"
#include "graph/graphview.h"
#include "mainwindow/graphtabs.h"
#include "widgets/statuslabel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

constexpr int kMaxRecent = 10;

} // namespace

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QAction *openCurrent = file->addAction(tr("Open &Current Model for Matching…"), this,
                                           [this] { m_matchingController->chooseCurrentModel(); });
    openCurrent->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_documentActions << openCurrent;
    QAction *compare = file->addAction(
        tr("Compare &With…"), this, [this] { m_compareController->chooseAndCompare(document()); });
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_documentActions << compare;
    file->addSeparator();
    QAction *exportAction =
        file->addAction(tr("&Export Graph as SVG or PNG…"), this, &MainWindow::exportGraph);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    // The values, for frameworks people still use: safetensors or npz, readable names.
    m_tensorExporter = new TensorExportController(this);
    QAction *exportAll = file->addAction(tr("Export &Tensors…"), this, [this] {
        if (document())
            m_tensorExporter->chooseAndExport(this, document()->file(), {});
    });
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAll->setToolTip(tr("Write every tensor to a .safetensors or .npz file, under readable "
                             "names (PyTorch, JAX, Hugging Face and numpy read them)"));
    QAction *exportSelected = file->addAction(tr("Export &Selected Tensors…"), this, [this] {
        const auto picked = selectedTensors();
        if (!document())
            return;
        if (picked.isEmpty()) {
            statusBar()->showMessage(tr("Select tensors in the Tensors list first "
                                        "(Ctrl-click or Shift-click for several)."),
                                     6000);
            return;
        }
        m_tensorExporter->chooseAndExport(this, document()->file(), picked);
    });
    m_documentActions << exportAll << exportSelected;
    connect(m_tensorExporter, &TensorExportController::started, this, [this](const QString &path) {
        statusBar()->showMessage(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    });
    connect(m_tensorExporter, &TensorExportController::finished, this,
            [this](const QString &path, int arrays) {
                statusBar()->showMessage(tr("Exported %n tensor(s) to %1, verified by reading "
                                            "them back.",
                                            nullptr, arrays)
                                             .arg(QDir::toNativeSeparators(path)),
                                         10000);
            });
    connect(m_tensorExporter, &TensorExportController::failed, this,
            [this](const QString &path, const QString &message) {
                statusBar()->clearMessage();
                QMessageBox box(QMessageBox::Critical, tr("Cannot export the tensors"),
                                tr("%1 was not written.").arg(QDir::toNativeSeparators(path)),
                                QMessageBox::Ok, this);
                box.setInformativeText(message);
                if (!qEnvironmentVariableIsSet("MXL_NO_DIALOGS"))
                    box.exec();
            });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *findAction = edit->addAction(tr("&Find…"));
    findAction->setShortcut(QKeySequence::Find);
    createEditActions(file, exportAction, edit);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    auto viewAction = [this](const QString &text, const QKeySequence &key, auto slot) {
        QAction *a = m_viewMenu->addAction(text, this, [this, slot] {
            if (GraphTab *tab = currentTab())
                slot(tab);
        });
        a->setShortcut(key);
        m_documentActions << a;
        return a;
    };
    QAction *zoomIn =
        viewAction(tr("Zoom &In"), QKeySequence::ZoomIn, [](GraphTab *t) { t->view()->zoomIn(); });
    QAction *zoomOut = viewAction(tr("Zoom &Out"), QKeySequence::ZoomOut,
                                  [](GraphTab *t) { t->view()->zoomOut(); });
    viewAction(tr("&Actual Size"), QKeySequence(Qt::CTRL | Qt::Key_0),
               [](GraphTab *t) { t->view()->resetZoom(); });
    QAction *fit = viewAction(tr("&Fit to Window"), QKeySequence(Qt::CTRL | Qt::Key_9),
                              [](GraphTab *t) { t->view()->fit(); });
    m_viewMenu->addSeparator();
    viewAction(tr("&Expand All Modules"), QKeySequence(),
               [](GraphTab *t) { t->setAllExpanded(true); });
    viewAction(tr("&Collapse All Modules"), QKeySequence(),
               [](GraphTab *t) { t->setAllExpanded(false); });
    QAction *direction = viewAction(
        tr("Toggle &Left-Right Layout"), QKeySequence(Qt::CTRL | Qt::Key_L), [](GraphTab *t) {
            t->setDirection(t->direction() == LayoutDirection::TopDown ? LayoutDirection::LeftRight
                                                                       : LayoutDirection::TopDown);
        });
    viewAction(tr("&Relayout"), QKeySequence(Qt::Key_F5), [](GraphTab *t) { t->relayout(); });
    // MXNet: weights and auxiliary states inside their operator, as Netron draws them.
    m_foldAction = m_viewMenu->addAction(tr("&Fold Weights into Operators"));
    m_foldAction->setCheckable(true);
    m_foldAction->setChecked(true);
    m_foldAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_foldAction->setToolTip(tr("Draw an MXNet operator's weights and auxiliary states inside "
                                "it, or as nodes of their own"));
    connect(m_foldAction, &QAction::toggled, m_tabs, &GraphTabs::setFoldParameters);
    QAction *overview = m_viewMenu->addAction(tr("Show &Overview"));
    overview->setCheckable(true);
    overview->setChecked(true);
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(overview, &QAction::toggled, m_tabs, &GraphTabs::setOverviewVisible);
    m_viewMenu->addSeparator();
    QMenu *docks = m_viewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        docks->addAction(dock->toggleViewAction());
    exportAction->setEnabled(false);
    m_documentActions << exportAction;
    for (QAction *a : m_documentActions)
        a->setEnabled(false);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About mxlens"), this, &MainWindow::showAbout);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"main-toolbar"_s);
    bar->setMovable(false);
    bar->addAction(open);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    // Toolbar buttons show icon texts: without their menu accelerators, which some languages
    // write as "(&O)" and Qt 6.4 does not strip.
    open->setIconText(tr("Open"));
    zoomIn->setIconText(tr("Zoom In"));
    zoomOut->setIconText(tr("Zoom Out"));
    fit->setIconText(tr("Fit to Window"));
    direction->setIconText(tr("Left-Right"));
    bar->addAction(zoomIn);
    bar->addAction(zoomOut);
    bar->addAction(fit);
    bar->addAction(direction);
    bar->addSeparator();
    m_findEdit = new QLineEdit(bar);
    m_findEdit->setPlaceholderText(tr("Find (Ctrl+F): name, key, UUID prefix, type, dtype, shape"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setAccessibleName(tr("Find"));
    m_findEdit->setMaximumWidth(380);
    bar->addWidget(m_findEdit);
    m_findStatus = new StatusLabel(tr("Find result"), bar);
    m_findStatus->setMinimumWidth(70);
    m_findStatus->setContentsMargins(6, 0, 0, 0);
    bar->addWidget(m_findStatus);
    connect(findAction, &QAction::triggered, this, [this] {
        m_findEdit->setFocus();
        m_findEdit->selectAll();
    });
    connect(m_findEdit, &QLineEdit::returnPressed, this, [this] { find(m_findEdit->text()); });
    connect(m_findEdit, &QLineEdit::textEdited, this, [this](const QString &t) {
        m_lastFind.clear();
        find(t);
    });
}

void MainWindow::chooseFile()
{
    QSettings settings;
    const QString dir = settings.value(u"files/lastDir"_s).toString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open"), dir,
                                     tr("Archives and checkpoints (*.zip *.npz *.npy *.params *.nd "
                                        "*.ndarray *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(u"files/lastDir"_s, QFileInfo(path).absolutePath());
    openPath(path);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"files/recent"_s).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(u"files/recent"_s, recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(u"files/recent"_s).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openPath(path); })
            ->setToolTip(path);
    }
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(u"files/recent"_s);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::exportGraph()
{
    GraphTab *tab = currentTab();
    if (!tab || !document())
        return;
    const QString base = QFileInfo(document()->path()).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Graph"), base + u"-graph.svg"_s, tr("SVG (*.svg);;PNG (*.png)"));
    if (path.isEmpty())
        return;
    if (Status s = tab->exportImage(path); !s)
        QMessageBox::warning(this, tr("Export failed"), s.error().describe());
    else
        statusBar()->showMessage(tr("Exported %1").arg(path), 5000);
}

void MainWindow::showShortcuts()
{
    QString rows;
    for (QAction *a : findChildren<QAction *>()) {
        if (a->shortcut().isEmpty() || a->text().isEmpty())
            continue;
        rows += u"<tr><td>%1</td><td style='padding-left:16px'><b>%2</b></td></tr>"_s.arg(
            a->text().remove(u'&'), a->shortcut().toString(QKeySequence::NativeText));
    }
    rows +=
        tr("<tr><td>Zoom with the mouse</td><td style='padding-left:16px'><b>Wheel</b></td></tr>"
           "<tr><td>Pan</td><td style='padding-left:16px'><b>Drag the background</b></td></tr>"
           "<tr><td>Expand or collapse a module</td><td style='padding-left:16px'><b>Double-click "
           "it</b></td></tr>");
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(u"<table>"_s + rows + u"</table>"_s);
    box.exec();
}

void MainWindow::showAbout()
{
    QString libs;
    for (const auto &[name, version] : libraryVersions())
        libs += u"<tr><td>%1</td><td style='padding-left:12px'>%2</td></tr>"_s.arg(name, version);
    QMessageBox::about(this, tr("About mxlens"),
                       tr("<h3>mxlens %1</h3><p>A browser and editor for MXFusion inference "
                          "archives and MXNet checkpoints.</p><p>Built with:</p><table>%2</table>")
                           .arg(mxlensVersion(), libs));
}

} // namespace mxl
