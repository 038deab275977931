// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tensor lists (Tensors dock, the centre of a file without graphs) and the selection of a
// tensor that no component owns.
#include "mainwindow/mainwindow.h"

#include "document/archivedocument.h"
#include "graph/componentindex.h"
#include "mainwindow/graphtabs.h"
#include "models/tensorlistmodel.h"
#include "panels/archivepanel.h"
#include "panels/componenteditor.h"
#include "panels/propertiespanel.h"
#include "panels/tensorlistview.h"
#include "panels/tensorpanel.h"
#include "selectionhub.h"

#include <QFileInfo>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace mxl {

QList<std::pair<QString, QString>> MainWindow::selectedTensors() const
{
    QList<std::pair<QString, QString>> picked;
    for (TensorListView *view : tensorListViews()) {
        for (const auto &t : view->selectedTensors()) {
            if (!picked.contains(t))
                picked.append(t);
        }
    }
    return picked;
}

QList<TensorListView *> MainWindow::tensorListViews() const
{
    QList<TensorListView *> views{m_tensorListView};
    if (TensorListView *centre = m_tabs->tensorListView())
        views << centre;
    return views;
}

void MainWindow::followTensorInLists(const QString &group, const QString &key)
{
    for (TensorListView *view : tensorListViews()) {
        if (key.isEmpty())
            view->clearSelection();
        else
            view->selectTensor(group, key);
    }
}

void MainWindow::onTensorSelected(const QString &group, const QString &key)
{
    const ArchiveDocument *doc = document();
    if (!doc)
        return;
    const TensorEntry *entry = nullptr;
    for (const TensorEntry &t : doc->tensors()) {
        if (t.key == key && tensorGroupName(t.group) == group) {
            entry = &t;
            break;
        }
    }
    if (!entry)
        return;
    // A tensor a component owns is shown as that component, everywhere.
    if (!entry->owner.isEmpty() && ComponentIndex(doc->graphs()).find(entry->owner).component) {
        m_hub->selectComponent(entry->owner);
        return;
    }
    m_hub->noteComponent({});
    const QString readable = m_tensorList->readableName(group, key);
    m_tensorPanel->showTensor(*entry, readable.isEmpty() ? entry->key : readable);
    m_properties->showTensor(group, key);
    m_componentEditor->showComponent({});
    m_tabs->selectComponent({});
    followTensorInLists(group, key);
    m_archivePanel->showEntry(entry->container == QFileInfo(doc->path()).fileName()
                                  ? entry->key + u".npy"_s
                                  : entry->container);
}

} // namespace mxl
