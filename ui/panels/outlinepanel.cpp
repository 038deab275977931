// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/outlinepanel.h"

#include "models/outlinemodel.h"
#include "selectionhub.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace mxl {

OutlinePanel::OutlinePanel(SelectionHub *hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_model(new OutlineModel(this)),
      m_filter(new QSortFilterProxyModel(this)), m_filterEdit(new QLineEdit(this)),
      m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_filterEdit->setPlaceholderText(tr("Filter: name, UUID, type, dtype, shape"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter outline"));
    m_filter->setSourceModel(m_model);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(OutlineModel::SearchTextRole);
    m_view->setModel(m_filter);
    m_view->setUniformRowHeights(true);
    m_view->header()->setSectionResizeMode(OutlineModel::Name, QHeaderView::Interactive);
    m_view->header()->resizeSection(OutlineModel::Name, 170);
    m_view->setAccessibleName(tr("Outline"));
    layout->addWidget(m_filterEdit);
    layout->addWidget(m_view);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_view, &QTreeView::clicked, this, &OutlinePanel::onClicked);
    connect(m_view, &QTreeView::activated, this, &OutlinePanel::onClicked);
}

void OutlinePanel::setDocument(const ArchiveDocument *document)
{
    m_model->setDocument(document);
    m_view->expandToDepth(0);
}

void OutlinePanel::showComponent(const ComponentId &id)
{
    const QModelIndexList hits = m_model->indexesOf(id);
    if (hits.isEmpty())
        return;
    const QModelIndex proxy = m_filter->mapFromSource(hits.front());
    if (proxy.isValid()) {
        m_view->setCurrentIndex(proxy);
        m_view->scrollTo(proxy);
    }
}

void OutlinePanel::onClicked(const QModelIndex &index)
{
    const QString id = index.siblingAtColumn(0).data(OutlineModel::ComponentIdRole).toString();
    if (!id.isEmpty())
        m_hub->selectComponent(ComponentId(id));
}

} // namespace mxl
