// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace mxl {

class ArchiveDocument;
class OutlineModel;
class SelectionHub;

// The Outline dock: every graph and its components as a tree, with a filter over name, UUID,
// type, dtype and shape. A click selects the component; the tree follows the selection.
class OutlinePanel : public QWidget
{
    Q_OBJECT

public:
    OutlinePanel(SelectionHub *hub, QWidget *parent = nullptr);

    void setDocument(const ArchiveDocument *document);
    // Shows the component's first row, without announcing it.
    void showComponent(const ComponentId &id);

    OutlineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }

private:
    void onClicked(const QModelIndex &index);

    SelectionHub *m_hub;
    OutlineModel *m_model;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_filterEdit;
    QTreeView *m_view;
};

} // namespace mxl
