// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plotwidget.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace mxl {

PlotWidget::PlotWidget(QWidget *parent) : QWidget(parent) {}

bool PlotWidget::deferWhileHidden()
{
    m_pending = !isVisible();
    return m_pending;
}

void PlotWidget::paintPlaceholder(QPainter &painter, const QString &text) const
{
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, text);
}

QFont PlotWidget::numberFont() const
{
    QFont numbers = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    numbers.setPointSizeF(font().pointSizeF() * 0.85);
    return numbers;
}

void PlotWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_pending)
        refresh();
}

bool PlotWidget::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const QString text = toolTipAt(help->pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), text, this);
    }
    return true;
}

} // namespace mxl
