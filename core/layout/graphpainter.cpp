// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "layout/graphpainter.h"

#include "common/savefile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

constexpr double kMargin = 12.0;

QFont labelFont(const GraphStyle &style, bool bold = false)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPixelSize(style.fontPixelSize);
    f.setBold(bold);
    return f;
}

} // namespace

QPainterPath nodeShape(const GraphLayout::Node &node)
{
    QPainterPath path;
    if (node.input.kind == NodeKind::Variable)
        path.addEllipse(node.box);
    else
        path.addRoundedRect(node.box, node.input.kind == NodeKind::Module ? 6 : 2,
                            node.input.kind == NodeKind::Module ? 6 : 2);
    return path;
}

namespace {

int headerRows(const GraphLayout::Node &node)
{
    return node.input.sublabel.isEmpty() ? 1 : 2;
}

double rowHeight(const GraphLayout::Node &node)
{
    return node.box.height() / double(headerRows(node) + int(node.input.fields.size()));
}

} // namespace

QRectF fieldRect(const GraphLayout::Node &node, size_t index)
{
    if (index >= node.input.fields.size())
        return {};
    const double h = rowHeight(node);
    return QRectF(node.box.left(), node.box.top() + h * double(headerRows(node) + int(index)),
                  node.box.width(), h);
}

int fieldAt(const GraphLayout::Node &node, QPointF point)
{
    for (size_t i = 0; i < node.input.fields.size(); ++i) {
        if (fieldRect(node, i).contains(point))
            return int(i);
    }
    return -1;
}

QPainterPath edgePath(const GraphLayout::Edge &edge)
{
    QPainterPath path;
    if (edge.spline.empty())
        return path;
    path.moveTo(edge.spline.front());
    for (size_t i = 1; i + 2 < edge.spline.size(); i += 3)
        path.cubicTo(edge.spline[i], edge.spline[i + 1], edge.spline[i + 2]);
    return path;
}

QPolygonF arrowHead(const GraphLayout::Edge &edge)
{
    if (!edge.hasArrow || edge.spline.empty())
        return {};
    const QPointF from = edge.spline.back();
    const QPointF tip = edge.arrowTip;
    const QPointF d = tip - from;
    const double len = std::hypot(d.x(), d.y());
    if (len < 1e-6)
        return {};
    const QPointF u = d / len;
    const QPointF n(-u.y(), u.x());
    const double halfWidth = len * 0.35;
    return QPolygonF({tip, from + n * halfWidth, from - n * halfWidth});
}

void paintCluster(QPainter &p, const GraphLayout::Cluster &cluster, const GraphStyle &style)
{
    p.save();
    p.setPen(QPen(style.clusterStroke, 1.0, Qt::DashLine));
    p.setBrush(style.clusterFill);
    p.drawRoundedRect(cluster.box, 8, 8);
    p.setPen(style.moduleStroke);
    p.setFont(labelFont(style, true));
    const QRectF labelBox(cluster.box.left() + 6, cluster.box.top() + 2, cluster.box.width() - 12,
                          style.fontPixelSize * 1.6);
    p.drawText(labelBox, Qt::AlignHCenter | Qt::AlignVCenter, cluster.input.label);
    p.restore();
}

void paintEdge(QPainter &p, const GraphLayout::Edge &edge, const GraphStyle &style)
{
    p.save();
    p.setPen(QPen(style.edge, 1.1));
    p.setBrush(Qt::NoBrush);
    p.drawPath(edgePath(edge));
    const QPolygonF head = arrowHead(edge);
    if (!head.isEmpty()) {
        p.setBrush(style.edge);
        p.drawPolygon(head);
    }
    if (!edge.input.label.isEmpty()) {
        QFont f = labelFont(style);
        f.setPixelSize(std::max(8, style.fontPixelSize - 2));
        f.setItalic(true);
        p.setFont(f);
        p.setPen(style.edgeLabel);
        const QFontMetricsF fm(f);
        const double w = fm.horizontalAdvance(edge.input.label) + 4;
        p.drawText(
            QRectF(edge.labelPos.x() - w / 2, edge.labelPos.y() - fm.height() / 2, w, fm.height()),
            Qt::AlignCenter, edge.input.label);
    }
    p.restore();
}

namespace {

// An operator with its weights folded in: the label on top, then one row per field with the
// role on the left and dtype and shape on the right, as Netron draws them.
void paintFields(QPainter &p, const GraphLayout::Node &node, const GraphStyle &style,
                 int activeField)
{
    const auto &fields = node.input.fields;
    const double h = rowHeight(node);
    const double top = node.box.top() + h * headerRows(node);
    p.setPen(QPen(style.factorStroke.lighter(150), 0.8));
    p.drawLine(QPointF(node.box.left(), top), QPointF(node.box.right(), top));
    QFont roleFont = labelFont(style);
    roleFont.setPixelSize(std::max(8, style.fontPixelSize - 1));
    QFont detailFont(u"DejaVu Sans Mono"_s);
    detailFont.setPixelSize(std::max(8, style.fontPixelSize - 2));
    const QFontMetricsF roleMetrics(roleFont), detailMetrics(detailFont);
    for (size_t i = 0; i < fields.size(); ++i) {
        const QRectF row = fieldRect(node, i).adjusted(6, 0, -6, 0);
        if (int(i) == activeField) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xff, 0xd8, 0xb0));
            p.drawRect(fieldRect(node, i).adjusted(1.5, 0, -1.5, 0));
        }
        const double roleWidth =
            fields[i].detail.isEmpty()
                ? row.width()
                : std::min(roleMetrics.horizontalAdvance(fields[i].role) + 2, row.width() * 0.6);
        p.setFont(roleFont);
        p.setPen(style.text);
        p.drawText(QRectF(row.left(), row.top(), roleWidth, row.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   roleMetrics.elidedText(fields[i].role, Qt::ElideRight, roleWidth));
        if (fields[i].detail.isEmpty())
            continue;
        p.setFont(detailFont);
        p.setPen(style.badge);
        const double detailWidth = row.width() - roleWidth - 6;
        p.drawText(QRectF(row.right() - detailWidth, row.top(), detailWidth, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   detailMetrics.elidedText(fields[i].detail, Qt::ElideLeft, detailWidth));
    }
}

} // namespace

void paintNode(QPainter &p, const GraphLayout::Node &node, const GraphStyle &style, bool selected,
               int activeField)
{
    p.save();
    QColor fill, stroke;
    switch (node.input.kind) {
    case NodeKind::Variable:
        fill = node.input.observed ? style.observedFill : style.variableFill;
        stroke = style.variableStroke;
        break;
    case NodeKind::Factor:
        fill = style.factorFill;
        stroke = style.factorStroke;
        break;
    case NodeKind::Module:
        fill = style.moduleFill;
        stroke = style.moduleStroke;
        break;
    }
    p.setPen(QPen(selected ? QColor(0xe0, 0x5a, 0x00) : stroke, selected ? 2.6 : 1.3));
    p.setBrush(fill);
    p.drawPath(nodeShape(node));
    if (node.input.kind == NodeKind::Module) {
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(stroke, 0.8));
        p.drawRoundedRect(node.box.adjusted(3, 3, -3, -3), 4, 4);
    }
    const QFont font = labelFont(style, node.input.kind != NodeKind::Factor);
    p.setFont(font);
    p.setPen(style.text);
    const QFontMetricsF fm(font);
    QRectF textBox = node.box;
    if (!node.input.fields.empty())
        textBox.setHeight(rowHeight(node));
    else if (!node.input.sublabel.isEmpty())
        textBox.setBottom(node.box.center().y() + 1);
    const QString label = fm.elidedText(node.input.label, Qt::ElideMiddle, node.box.width() - 8);
    p.drawText(textBox, Qt::AlignCenter, label);
    if (!node.input.sublabel.isEmpty()) {
        QFont badgeFont(u"DejaVu Sans Mono"_s);
        badgeFont.setPixelSize(std::max(8, style.fontPixelSize - 2));
        p.setFont(badgeFont);
        p.setPen(style.badge);
        const QRectF badgeBox(node.box.left(), node.box.center().y() + 1, node.box.width(),
                              node.box.height() / 2 - 4);
        p.drawText(badgeBox, Qt::AlignHCenter | Qt::AlignTop,
                   QFontMetricsF(badgeFont).elidedText(node.input.sublabel, Qt::ElideRight,
                                                       node.box.width() - 10));
    }
    if (!node.input.fields.empty())
        paintFields(p, node, style, activeField);
    p.restore();
}

void paintLayout(QPainter &p, const GraphLayout &layout, const GraphStyle &style)
{
    for (const auto &c : layout.clusters)
        paintCluster(p, c, style);
    for (const auto &e : layout.edges)
        paintEdge(p, e, style);
    for (const auto &n : layout.nodes)
        paintNode(p, n, style);
}

Status renderLayoutToFile(const GraphLayout &layout, const QString &path, double scale,
                          const GraphStyle &style, double *usedScale)
{
    if (usedScale)
        *usedScale = 1.0;
    const QRectF source = layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin);
    QByteArray bytes;
    if (path.endsWith(u".svg"_s, Qt::CaseInsensitive)) {
        QBuffer buffer(&bytes);
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(u"mxlens graph"_s);
        QPainter p(&svg);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(QRectF(QPointF(0, 0), source.size()), style.background);
        p.translate(-source.topLeft());
        paintLayout(p, layout, style);
        p.end();
    } else if (path.endsWith(u".png"_s, Qt::CaseInsensitive)) {
        // A real model is tens of thousands of points long: scaled down to a picture viewers
        // open (and memory holds: 16384 x 16384 x 4 bytes at most) rather than refused.
        const double longest = std::max(source.width(), source.height());
        if (longest * scale > kMaxRenderPixels)
            scale = kMaxRenderPixels / longest;
        if (usedScale)
            *usedScale = scale;
        const QSize size = (source.size() * scale).toSize().expandedTo(QSize(1, 1));
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(style.background);
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        p.translate(-source.topLeft());
        paintLayout(p, layout, style);
        p.end();
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
    } else {
        return failIn(path, ErrorCode::BadUsage,
                      QCoreApplication::translate("Render", "the output must end in .svg or .png"));
    }
    return saveBytes(path, bytes);
}

} // namespace mxl
