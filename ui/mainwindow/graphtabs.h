// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "graph/graphitems.h"

#include <QHash>
#include <QTabWidget>

namespace mxl {

class ArchiveDocument;
class GraphTab;
class TensorListModel;
class TensorListView;

// The centre of the window: a welcome page before anything is open, then one tab per
// top-level graph of the document, or the list of its tensors when it has no graph.
class GraphTabs : public QTabWidget
{
    Q_OBJECT

public:
    // `tensors` is the document's tensor list, shown here for files without graphs.
    explicit GraphTabs(TensorListModel *tensors, QWidget *parent = nullptr);

    // A new document (or none): tabs are made anew.
    void showDocument(const ArchiveDocument *document);
    // The document's content was rebuilt: the same graphs keep their tabs, zoom and expansion.
    void refresh(const ArchiveDocument *document);

    GraphTab *graphTab(int index) const;
    GraphTab *currentGraphTab() const;
    // The tensor list in the centre, if the document has no graph.
    TensorListView *tensorListView() const;

    // Selects the component wherever it is drawn, bringing a tab that has it to the front;
    // an empty id clears the selection in every tab. Returns whether any tab draws it.
    bool selectComponent(const ComponentId &id);
    void setMarks(const QHash<ComponentId, NodeMark> &marks);
    void setFoldParameters(bool fold);
    void setOverviewVisible(bool visible);

signals:
    void componentClicked(const mxl::ComponentId &id);
    void tensorActivated(const QString &group, const QString &key);
    // The zoom of the tab in front, as a factor (1 = actual size).
    void zoomChanged(double zoom);

private:
    void rebuild(const ArchiveDocument *document);
    void removeAll();

    TensorListModel *m_tensors;
    QHash<ComponentId, NodeMark> m_marks;
    bool m_fold = true;
    bool m_overview = true;
};

} // namespace mxl
