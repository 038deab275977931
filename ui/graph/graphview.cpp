// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/graphview.h"

#include <QWheelEvent>

#include <algorithm>

namespace mxl {

GraphView::GraphView(QWidget *parent) : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfc));
    setFrameShape(QFrame::NoFrame);
}

void GraphView::zoomBy(double factor)
{
    const double next = std::clamp(zoom() * factor, 0.05, 8.0);
    const double applied = next / zoom();
    scale(applied, applied);
    emit zoomChanged(zoom());
}

void GraphView::setZoom(double zoom)
{
    setTransform(QTransform::fromScale(zoom, zoom));
    emit zoomChanged(this->zoom());
}

void GraphView::resetZoom()
{
    setTransform(QTransform());
    emit zoomChanged(zoom());
}

void GraphView::fit()
{
    if (!scene())
        return;
    const QRectF r = scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (r.isEmpty())
        return;
    fitInView(r, Qt::KeepAspectRatio);
    if (zoom() > 1.5) // small graphs: do not blow them up
        setTransform(QTransform::fromScale(1.5, 1.5));
    centerOn(r.center());
    emit zoomChanged(zoom());
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    // Wheel zooms (the common expectation in graph viewers); Shift+wheel scrolls.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomBy(std::pow(1.15, steps));
    event->accept();
}

} // namespace mxl
