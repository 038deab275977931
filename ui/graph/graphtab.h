// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "graph/factorgraph.h"
#include "graph/graphitems.h"
#include "layout/graphlayout.h"
#include "layout/graphpainter.h"
#include "layout/layoutbuilder.h"

#include <QFutureWatcher>
#include <QHash>

#include <optional>
#include <QSet>
#include <QWidget>

class QGraphicsScene;
class QLabel;
class QPushButton;

namespace mxl {

class GraphView;
class OverviewView;
class NodeItem;

// One top-level graph: its view, its scene, and the layout that feeds them. Layout runs on a
// worker thread; a newer request supersedes an older one (generation counter), and Cancel
// drops the pending result. The graph is borrowed from the document, which outlives the tab.
class GraphTab : public QWidget
{
    Q_OBJECT

public:
    GraphTab(const FactorGraph *graph, QWidget *parent = nullptr);
    ~GraphTab() override;

    GraphView *view() const { return m_view; }
    OverviewView *overview() const { return m_overview; }
    void setOverviewVisible(bool visible);
    QGraphicsScene *scene() const { return m_scene; }
    const GraphLayout &layout() const { return m_layout; }
    bool isLayingOut() const { return m_pending; }

    void setDecorations(GraphDecorations decorations);
    // The document rebuilt its content (an edit): draw `graph` now, with `decorations`, keeping
    // the expanded modules, the direction and the viewport.
    void setGraph(const FactorGraph *graph, GraphDecorations decorations);
    const FactorGraph *graph() const { return m_graph; }
    void setExpanded(const ComponentId &module, bool expanded);
    void setAllExpanded(bool expanded);
    void setDirection(LayoutDirection direction);
    LayoutDirection direction() const { return m_direction; }
    // MXNet: weights and auxiliary states drawn inside their operator (the default), or as
    // nodes of their own.
    void setFoldParameters(bool fold);
    bool foldParameters() const { return m_fold; }
    // Whether this graph has anything to fold.
    bool canFold() const { return !m_decorations.foldable.isEmpty(); }
    // Fits the graph to the view, unless its text would be smaller than the interface's: then
    // shows it at the smallest legible zoom, at its inputs (top, or left), overview on.
    void showLegibly();
    // Selects every drawing of `id` (a component can appear inside several module clusters);
    // returns false if the graph does not draw it.
    bool selectComponent(const ComponentId &id, bool center = true);
    void highlight(const QSet<ComponentId> &ids);
    // Matching marks, kept across relayouts.
    void setMarks(QHash<ComponentId, NodeMark> marks);
    Status exportImage(const QString &path) const;
    void relayout();
    void cancelLayout();

signals:
    void componentClicked(const mxl::ComponentId &id);
    void layoutFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onLayoutDone();
    void rebuildScene();
    void onSceneSelectionChanged();
    void placeOverview();
    void describeView();
    void startLayout(const LayoutRequest &request);
    static QByteArray cacheKey(const LayoutRequest &request);

    const FactorGraph *m_graph;
    GraphDecorations m_decorations;
    QSet<ComponentId> m_expanded;
    QHash<ComponentId, NodeMark> m_marks;
    LayoutDirection m_direction = LayoutDirection::TopDown;
    bool m_fold = true;
    QString m_pressedField; // a folded field under the mouse press, selected on release
    ComponentId m_selected; // kept across relayouts, and set before the first one finishes
    GraphStyle m_style;
    GraphLayout m_layout;
    QGraphicsScene *m_scene;
    GraphView *m_view;
    OverviewView *m_overview;
    bool m_overviewWanted = true;
    QWidget *m_overlay;
    QLabel *m_overlayText;
    QPushButton *m_cancelButton;
    QFutureWatcher<Result<GraphLayout>> m_watcher;
    quint64 m_generation = 0;
    quint64 m_pendingGeneration = 0;
    bool m_pending = false;
    bool m_fitAfterLayout = true;
    bool m_fitWhenShown = false; // a hidden tab's viewport has no real size to fit to
    bool m_selecting = false;
    std::optional<LayoutRequest> m_queued; // requested while a layout was still running
    QByteArray m_runningKey;
    // Layouts by request, so toggling a module or the direction back is instant.
    QHash<QByteArray, GraphLayout> m_cache;
    QList<QByteArray> m_cacheOrder;
};

} // namespace mxl
