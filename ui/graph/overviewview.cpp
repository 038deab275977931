// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "graph/overviewview.h"

#include <QMouseEvent>
#include <QScrollBar>

namespace mxl {

OverviewView::OverviewView(QGraphicsView *main, QWidget *parent)
    : QGraphicsView(main->scene(), parent), m_main(main)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setRenderHints(QPainter::Antialiasing);
    setStyleSheet(QStringLiteral("border: 1px solid #b9c2cf; background: #fbfbfc;"));
    setToolTip(tr("Overview: click or drag to move the view"));
    auto update = [this] { viewport()->update(); };
    connect(m_main->horizontalScrollBar(), &QScrollBar::valueChanged, this, update);
    connect(m_main->verticalScrollBar(), &QScrollBar::valueChanged, this, update);
}

void OverviewView::refit()
{
    if (scene())
        fitInView(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    viewport()->update();
}

QRectF OverviewView::visibleArea() const
{
    return m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
}

void OverviewView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->setPen(QPen(QColor(0xe0, 0x5a, 0x00), 0));
    painter->setBrush(QColor(0xe0, 0x5a, 0x00, 30));
    painter->drawRect(visibleArea());
}

void OverviewView::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
}

void OverviewView::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

void OverviewView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

} // namespace mxl
