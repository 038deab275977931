// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/diffmodel.h"

#include <QBrush>
#include <QColor>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QColor statusColour(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Added:
        return QColor(0xe3, 0xf4, 0xe6);
    case DiffStatus::Removed:
        return QColor(0xfb, 0xe3, 0xe3);
    case DiffStatus::Changed:
        return QColor(0xfd, 0xf0, 0xd9);
    case DiffStatus::Same:
        break;
    }
    return {};
}

QString numberText(const std::optional<double> &v)
{
    if (!v)
        return {};
    if (std::isnan(*v))
        return u"NaN"_s;
    if (std::isinf(*v))
        return *v > 0 ? u"∞"_s : u"-∞"_s;
    return QString::number(*v, 'g', 6);
}

QString infoText(const std::optional<TensorInfo> &info)
{
    return info ? dtypeName(info->dtype) + u' ' + shapeText(info->shape) : QString();
}

} // namespace

DiffModel::DiffModel(QObject *parent)
    : TableModelBase(
          {QT_TR_NOOP("Status"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Name"), QT_TR_NOOP("A"),
           QT_TR_NOOP("B"), QT_TR_NOOP("Change"), ModelColumn::number(QT_TR_NOOP("max |a−b|")),
           ModelColumn::number(QT_TR_NOOP("relative")), ModelColumn::number(QT_TR_NOOP("cosine"))},
          parent)
{}

void DiffModel::setDiff(FileDiff diff)
{
    beginResetModel();
    m_diff = std::move(diff);
    rebuildRows();
    endResetModel();
}

void DiffModel::setShowUnchanged(bool show)
{
    if (show == m_showUnchanged)
        return;
    beginResetModel();
    m_showUnchanged = show;
    rebuildRows();
    endResetModel();
}

void DiffModel::rebuildRows()
{
    m_rows.clear();
    for (size_t i = 0; i < m_diff.components.size(); ++i) {
        if (m_showUnchanged || m_diff.components[i].status != DiffStatus::Same)
            m_rows.push_back({false, i});
    }
    for (size_t i = 0; i < m_diff.tensors.size(); ++i) {
        if (m_showUnchanged || m_diff.tensors[i].status != DiffStatus::Same)
            m_rows.push_back({true, i});
    }
}

QVariant DiffModel::cell(int rowNumber, int column, int role) const
{
    const Row &row = m_rows[size_t(rowNumber)];
    const ComponentDiff *c = row.tensor ? nullptr : &m_diff.components[row.index];
    const TensorDiff *t = row.tensor ? &m_diff.tensors[row.index] : nullptr;
    const DiffStatus status = c ? c->status : t->status;
    switch (role) {
    case IdARole:
        return c ? c->a : t->ownerA;
    case IdBRole:
        return c ? c->b : t->ownerB;
    case StatusRole:
        return int(status);
    case Qt::BackgroundRole:
        return status == DiffStatus::Same ? QVariant() : QBrush(statusColour(status));
    case Qt::DisplayRole:
        if (column == Status)
            return diffStatusName(status);
        return c ? componentText(*c, column) : tensorText(*t, column);
    case Qt::ToolTipRole: {
        // A component's ids, a tensor's keys.
        const QString &a = c ? c->a : t->a;
        const QString &b = c ? c->b : t->b;
        return u"A: %1\nB: %2"_s.arg(a.isEmpty() ? u"—"_s : a, b.isEmpty() ? u"—"_s : b);
    }
    default:
        return {};
    }
}

QVariant DiffModel::componentText(const ComponentDiff &c, int column)
{
    switch (column) {
    case Kind:
        return c.type;
    case Name:
        return c.name;
    case InA:
        return c.a.left(8);
    case InB:
        return c.b.left(8);
    case Detail:
        return c.changes.join(u"; "_s);
    default:
        return {};
    }
}

QVariant DiffModel::tensorText(const TensorDiff &t, int column)
{
    switch (column) {
    case Kind:
        return tr("tensor (%1)").arg(t.group);
    case Name:
        return t.name.isEmpty() ? (t.a.isEmpty() ? t.b : t.a) : t.name;
    case InA:
        return infoText(t.infoA);
    case InB:
        return infoText(t.infoB);
    case Detail:
        return t.note;
    case MaxAbs:
        return numberText(t.maxAbs);
    case Relative:
        return numberText(t.relative);
    case Cosine:
        return numberText(t.cosine);
    default:
        return {};
    }
}

} // namespace mxl
