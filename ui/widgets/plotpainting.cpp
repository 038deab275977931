// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/plotpainting.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <QWidget>

namespace mxl {

void paintPlaceholder(QPainter &painter, const QWidget &widget, const QString &text)
{
    painter.setPen(widget.palette().color(QPalette::PlaceholderText));
    painter.drawText(widget.rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     text);
}

QFont plotNumberFont(const QWidget &widget)
{
    QFont numbers = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    numbers.setPointSizeF(widget.font().pointSizeF() * 0.85);
    return numbers;
}

bool showPlotToolTip(QWidget &widget, QEvent &event, const std::function<QString(QPoint)> &textAt)
{
    if (event.type() != QEvent::ToolTip)
        return false;
    auto &help = static_cast<QHelpEvent &>(event);
    const QString text = textAt(help.pos());
    if (text.isEmpty()) {
        QToolTip::hideText();
        event.ignore();
    } else {
        QToolTip::showText(help.globalPos(), text, &widget);
    }
    return true;
}

} // namespace mxl
