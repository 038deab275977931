// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diff/filediff.h"
#include "graph/graphitems.h"

#include <QHash>

#include <QWidget>

#include <memory>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace mxl {

class DiffModel;
class GraphTab;
class SelectionHub;

// The Compare dock: the document (A) against another file (B). A table of what was added,
// removed and changed, coloured by status, with the value differences of changed tensors;
// B's graphs beside it with added and changed nodes marked (the document's own graphs get
// the removed and changed marks from the window). Clicking a row selects the component in
// both. The dock only shows a comparison; the window computes it.
class CompareDock : public QWidget
{
    Q_OBJECT

public:
    CompareDock(SelectionHub *hub, QWidget *parent = nullptr);
    ~CompareDock() override;

    // Shows `diff` of the document against `other`, which the dock keeps alive (its graph
    // tabs borrow the graphs).
    void setComparison(std::shared_ptr<const OpenedFile> other, FileDiff diff);
    void setStatus(const QString &message);
    void clear();

    DiffModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    int otherGraphCount() const;
    GraphTab *otherGraphTab(int index) const;
    QString summaryText() const;

signals:
    void compareRequested();

private:
    void selectRow(const QModelIndex &index);

    SelectionHub *m_hub;
    DiffModel *m_model;
    QLabel *m_summary;
    QCheckBox *m_showUnchanged;
    QTableView *m_table;
    QTabWidget *m_otherTabs;
    std::shared_ptr<const OpenedFile> m_other;
};

// Marks for the graphs of one side: on A, components removed or changed (a changed tensor
// marks its owner); on B, components added or changed.
QHash<ComponentId, NodeMark> diffMarks(const FileDiff &diff, bool sideA);

} // namespace mxl
