// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/comparedock.h"

#include "graph/graphitems.h"
#include "graph/graphtab.h"
#include "models/diffmodel.h"
#include "selectionhub.h"
#include "widgets/tablebesidetabs.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

QHash<ComponentId, NodeMark> diffMarks(const FileDiff &diff, bool sideA)
{
    QHash<ComponentId, NodeMark> marks;
    const DiffStatus own = sideA ? DiffStatus::Removed : DiffStatus::Added;
    for (const ComponentDiff &c : diff.components) {
        const QString &id = sideA ? c.a : c.b;
        if (id.isEmpty())
            continue;
        if (c.status == own)
            marks.insert(ComponentId(id), sideA ? NodeMark::Removed : NodeMark::Added);
        else if (c.status == DiffStatus::Changed)
            marks.insert(ComponentId(id), NodeMark::Changed);
    }
    for (const TensorDiff &t : diff.tensors) {
        const QString &owner = sideA ? t.ownerA : t.ownerB;
        if (owner.isEmpty() || t.status == DiffStatus::Same)
            continue;
        const ComponentId id(owner);
        if (!marks.contains(id))
            marks.insert(id, NodeMark::Changed);
    }
    return marks;
}

CompareDock::CompareDock(SelectionHub *hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_model(new DiffModel(this)), m_summary(new QLabel(this)),
      m_showUnchanged(new QCheckBox(tr("Show unchanged"), this)), m_table(new QTableView(this)),
      m_otherTabs(new QTabWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *top = new QHBoxLayout;
    auto *compare = new QPushButton(tr("Compare With…"), this);
    compare->setToolTip(tr("Choose a second archive, checkpoint or npz to compare the document "
                           "with"));
    top->addWidget(compare);
    top->addWidget(m_summary, 1);
    top->addWidget(m_showUnchanged);
    layout->addLayout(top);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);

    m_table->setWordWrap(false);
    layout->addWidget(tableBesideTabs(m_table, m_model, m_otherTabs, {600, 400}, this), 1);

    connect(compare, &QPushButton::clicked, this, &CompareDock::compareRequested);
    connect(m_showUnchanged, &QCheckBox::toggled, m_model, &DiffModel::setShowUnchanged);
    connect(m_table, &QTableView::clicked, this, &CompareDock::selectRow);
    clear();
}

CompareDock::~CompareDock()
{
    // The tabs borrow m_other's graphs: let them go first.
    deleteTabs(m_otherTabs);
}

void CompareDock::clear()
{
    deleteTabs(m_otherTabs);
    m_model->setDiff({});
    m_other.reset();
    m_summary->setText(tr("Compare the document with another archive, checkpoint or npz: "
                          "what was added, removed or changed, and by how much."));
}

void CompareDock::setStatus(const QString &message)
{
    m_summary->setText(message);
}

void CompareDock::setComparison(std::shared_ptr<const OpenedFile> other, FileDiff diff)
{
    deleteTabs(m_otherTabs);
    m_other = std::move(other);
    const QHash<ComponentId, NodeMark> marks = diffMarks(diff, false);
    const std::vector<FactorGraph> &graphs = graphsOf(*m_other);
    for (size_t i = 0; i < graphs.size(); ++i) {
        auto *tab = new GraphTab(&graphs[i], m_otherTabs);
        tab->setDecorations(graphDecorations(*m_other));
        tab->setMarks(marks);
        // MXFusion's graph names are usually empty: model first, then the posteriors.
        const QString title = graphs[i].name && !graphs[i].name->isEmpty() ? *graphs[i].name
                              : i == 0                                     ? tr("Model")
                                       : tr("Posterior %1").arg(i);
        m_otherTabs->addTab(tab, tr("B: %1").arg(title));
    }
    m_otherTabs->setVisible(!graphs.empty());
    QString text = tr("B = %1: %2 added, %3 removed, %4 changed, %5 the same")
                       .arg(QFileInfo(m_other->path).fileName())
                       .arg(diff.count(DiffStatus::Added))
                       .arg(diff.count(DiffStatus::Removed))
                       .arg(diff.count(DiffStatus::Changed))
                       .arg(diff.count(DiffStatus::Same));
    if (diff.pairing == u"matched"_s)
        text += tr(" (fresh UUIDs: components paired by matching)");
    if (diff.identical())
        text = tr("B = %1: identical").arg(QFileInfo(m_other->path).fileName());
    m_summary->setText(text);
    m_model->setDiff(std::move(diff));
    m_table->resizeColumnsToContents();
}

int CompareDock::otherGraphCount() const
{
    return m_otherTabs->count();
}

GraphTab *CompareDock::otherGraphTab(int index) const
{
    return qobject_cast<GraphTab *>(m_otherTabs->widget(index));
}

QString CompareDock::summaryText() const
{
    return m_summary->text();
}

void CompareDock::selectRow(const QModelIndex &index)
{
    const ComponentId a(index.data(DiffModel::IdARole).toString());
    const ComponentId b(index.data(DiffModel::IdBRole).toString());
    if (!a.isEmpty())
        m_hub->selectComponent(a);
    if (b.isEmpty())
        return;
    for (int i = 0; i < m_otherTabs->count(); ++i) {
        if (GraphTab *tab = otherGraphTab(i); tab && tab->selectComponent(b)) {
            m_otherTabs->setCurrentIndex(i);
            break;
        }
    }
}

} // namespace mxl
