// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPoint>

#include <functional>

class QEvent;
class QPainter;
class QString;
class QWidget;

namespace mxl {

// What the heatmap and the histogram share in painting: the text shown instead of a plot (no
// tensor, computing, not available), the font of the numbers on their scales, and the tooltip
// of a point of the plot.

// `text` muted, centred and wrapped in `widget`.
void paintPlaceholder(QPainter &painter, const QWidget &widget, const QString &text);
// The fixed-width system font, a little smaller than the widget's.
QFont plotNumberFont(const QWidget &widget);
// For event(): false unless `event` asks for a tooltip; then shows `textAt(point)` (hides the
// tooltip and ignores the event when it is empty) and returns true.
bool showPlotToolTip(QWidget &widget, QEvent &event, const std::function<QString(QPoint)> &textAt);

} // namespace mxl
