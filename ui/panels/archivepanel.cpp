// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/archivepanel.h"

#include "document/archivedocument.h"
#include "models/entriesmodel.h"
#include "panels/compacttable.h"
#include "selectionhub.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

ArchivePanel::ArchivePanel(SelectionHub *hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_model(new EntriesModel(this)), m_view(makeCompactTable(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_view->setModel(m_model);
    m_view->horizontalHeader()->resizeSection(EntriesModel::Name, 170);
    m_view->setAccessibleName(tr("Archive entries"));
    auto *testButton = new QPushButton(tr("Test integrity"), this);
    testButton->setToolTip(tr("Read every entry and check its size and CRC-32"));
    layout->addWidget(m_view);
    layout->addWidget(testButton, 0, Qt::AlignRight);
    connect(testButton, &QPushButton::clicked, this, &ArchivePanel::testRequested);
    connect(m_view, &QTableView::clicked, this, &ArchivePanel::onClicked);
    connect(m_hub, &SelectionHub::entrySelected, this, &ArchivePanel::showEntry);
}

void ArchivePanel::setDocument(const ArchiveDocument *document)
{
    m_document = document;
    m_model->setArchive(document && document->file().zip ? &*document->file().zip : nullptr);
}

void ArchivePanel::setTestResults(const QHash<QString, QString> &results)
{
    m_model->setTestResults(results);
}

void ArchivePanel::showEntry(const QString &name)
{
    if (const int row = m_model->rowOf(name); row >= 0)
        m_view->selectRow(row);
}

void ArchivePanel::onClicked(const QModelIndex &index)
{
    const QString name = m_model->entryName(index.row());
    m_hub->selectEntry(name);
    // An npz member is one tensor: the row selects it.
    if (!m_document || !name.endsWith(u".npy"_s))
        return;
    const QString key = name.chopped(4);
    const QString file = QFileInfo(m_document->path()).fileName();
    for (const TensorEntry &t : m_document->tensors()) {
        if (t.key == key && t.container == file) {
            m_hub->selectTensor(tensorGroupName(t.group), t.key);
            break;
        }
    }
}

} // namespace mxl
