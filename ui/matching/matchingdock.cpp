// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matching/matchingdock.h"

#include "document/archivedocument.h"
#include "document/matchingsession.h"
#include "graph/componentindex.h"
#include "graph/graphtab.h"
#include "models/matchingmodel.h"
#include "reconcile/currentmodel.h"
#include "selectionhub.h"
#include "widgets/tablebesidetabs.h"

#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

MatchingDock::MatchingDock(MatchingSession *session, SelectionHub *hub, QWidget *parent)
    : QWidget(parent), m_session(session), m_hub(hub), m_model(new MatchingModel(session, this)),
      m_currentLabel(new QLabel(this)), m_prediction(new QLabel(this)),
      m_table(new QTableView(this)), m_currentTabs(new QTabWidget(this)),
      m_pair(new QPushButton(tr("Pair"), this)), m_clear(new QPushButton(tr("Clear"), this)),
      m_lock(new QPushButton(tr("Lock"), this)), m_threshold(new QDoubleSpinBox(this)),
      m_accept(new QPushButton(tr("Accept ≥"), this)),
      m_load(new QPushButton(tr("Load Mapping…"), this)),
      m_save(new QPushButton(tr("Save Mapping…"), this)),
      m_transplant(new QPushButton(tr("Transplant…"), this)),
      m_fix(new QPushButton(tr("Fix by Naming"), this)), m_fixSummary(new QLabel(this)),
      m_codeNames(new QPlainTextEdit(this)), m_copyNames(new QPushButton(tr("Copy"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *top = new QHBoxLayout;
    auto *open = new QPushButton(tr("Open Current Model…"), this);
    open->setToolTip(tr("An inference.zip saved from the current code, or its graphs.json"));
    top->addWidget(open);
    top->addWidget(m_currentLabel, 1);
    layout->addLayout(top);
    m_prediction->setWordWrap(true);
    m_prediction->setTextFormat(Qt::RichText);
    layout->addWidget(m_prediction);
    // What names would make the load succeed (reconcile --fix): the saved-side ones applied
    // with one click, the code-side ones listed for copying.
    auto *fix = new QHBoxLayout;
    m_fix->setAccessibleName(tr("Fix by naming"));
    m_fix->setToolTip(tr("Give the saved components the names that make MXFusion's load "
                         "succeed (one undoable step)"));
    m_fixSummary->setWordWrap(true);
    m_fixSummary->setAccessibleName(tr("Naming plan"));
    fix->addWidget(m_fix);
    fix->addWidget(m_fixSummary, 1);
    layout->addLayout(fix);
    auto *code = new QHBoxLayout;
    m_codeNames->setReadOnly(true);
    m_codeNames->setAccessibleName(tr("Code-side names"));
    m_codeNames->setToolTip(tr("Names to give in the current model's code; then save it again "
                               "and reopen it as the current model"));
    m_codeNames->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_codeNames->setMaximumHeight(m_codeNames->fontMetrics().lineSpacing() * 5);
    m_copyNames->setAccessibleName(tr("Copy code-side names"));
    code->addWidget(m_codeNames, 1);
    code->addWidget(m_copyNames, 0, Qt::AlignTop);
    layout->addLayout(code);
    m_fix->hide();
    m_fixSummary->hide();
    m_codeNames->hide();
    m_copyNames->hide();

    m_table->verticalHeader()->setDefaultSectionSize(22);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(tableBesideTabs(m_table, m_model, m_currentTabs, {560, 440}, this), 1);

    auto *buttons = new QHBoxLayout;
    m_pair->setToolTip(tr("Pair the node selected in the saved graph with the node selected in "
                          "the current graph (a locked manual pair)"));
    m_clear->setToolTip(tr("Remove this pair; the automatic pass will not make it again"));
    m_lock->setToolTip(tr("A locked pair is an anchor: matching re-runs around it"));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setValue(0.6);
    m_accept->setToolTip(tr("Take every unmatched component's best candidate scoring at least "
                            "this much (ties excluded)"));
    m_transplant->setToolTip(tr("Replace the document by the current model's skeleton holding "
                                "the saved values under its UUIDs (undoable)"));
    for (QWidget *w : {static_cast<QWidget *>(m_pair), static_cast<QWidget *>(m_clear),
                       static_cast<QWidget *>(m_lock), static_cast<QWidget *>(m_accept),
                       static_cast<QWidget *>(m_threshold)})
        buttons->addWidget(w);
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    buttons->addWidget(m_transplant);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &MatchingDock::openCurrentRequested);
    connect(m_load, &QPushButton::clicked, this, &MatchingDock::loadMappingRequested);
    connect(m_save, &QPushButton::clicked, this, &MatchingDock::saveMappingRequested);
    connect(m_transplant, &QPushButton::clicked, this, &MatchingDock::transplantRequested);
    connect(m_fix, &QPushButton::clicked, this, &MatchingDock::fixByNaming);
    connect(m_copyNames, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(codeSideNames()); });
    connect(m_pair, &QPushButton::clicked, this, &MatchingDock::pairSelected);
    connect(m_clear, &QPushButton::clicked, this, &MatchingDock::clearSelected);
    connect(m_lock, &QPushButton::clicked, this, &MatchingDock::toggleLock);
    connect(m_accept, &QPushButton::clicked, this, &MatchingDock::acceptSuggestions);
    connect(m_session, &MatchingSession::changed, this, &MatchingDock::onSessionChanged);
    connect(m_table, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const ComponentId saved(index.data(MatchingModel::SavedIdRole).toString());
        const ComponentId current(index.data(MatchingModel::CurrentIdRole).toString());
        m_hub->selectComponent(saved);
        if (!current.isEmpty())
            selectCurrent(current);
    });
    connect(m_hub, &SelectionHub::componentSelected, this, [this](const ComponentId &id) {
        const int row = m_model->rowOf(id);
        if (row >= 0 &&
            (!m_table->currentIndex().isValid() || m_table->currentIndex().row() != row))
            m_table->selectRow(row);
        updateButtons();
    });
    onSessionChanged();
}

void MatchingDock::setDocument(ArchiveDocument *document)
{
    m_document = document;
    m_model->setDocument(document);
    updateButtons();
}

int MatchingDock::currentGraphCount() const
{
    return m_currentTabs->count();
}

GraphTab *MatchingDock::currentGraphTab(int index) const
{
    return qobject_cast<GraphTab *>(m_currentTabs->widget(index));
}

QString MatchingDock::predictionText() const
{
    return m_prediction->text();
}

QString MatchingDock::codeSideNames() const
{
    QStringList lines;
    for (const CodeRename &r : m_plan.currentRenames)
        lines << u"%1  # %2 %3: %4"_s.arg(r.line, r.type, r.uuid.toString(), r.where);
    return lines.join(u'\n');
}

void MatchingDock::updatePlan(const LoadPrediction &prediction)
{
    m_plan = {};
    const CurrentModel *current = m_session->current();
    const bool show = !prediction.ok && current && m_document && m_document->file().mxfusion;
    if (show)
        m_plan = planNaming(m_document->graphs(), storedValuesOf(m_document->file()),
                            current->graphs, current->values, m_session->decisions());
    const bool code = show && m_plan.byNaming && !m_plan.currentRenames.empty();
    m_fix->setVisible(show);
    m_fixSummary->setVisible(show);
    m_codeNames->setVisible(code);
    m_copyNames->setVisible(code);
    m_codeNames->setPlainText(code ? codeSideNames() : QString());
    if (!show)
        return;
    if (!m_plan.byNaming) {
        m_fixSummary->setText(tr("No naming makes it load. %1").arg(m_plan.whyNot));
    } else if (m_plan.currentRenames.empty()) {
        m_fixSummary->setText(tr("%n name(s) in this archive make it load.", nullptr,
                                 int(m_plan.savedRenames.size())));
    } else {
        m_fixSummary->setText(
            tr("%1 name(s) in this archive and %2 in your code make it load: give the names "
               "below in the code, save the current model again and reopen it.")
                .arg(m_plan.savedRenames.size())
                .arg(m_plan.currentRenames.size()));
    }
}

bool MatchingDock::fixByNaming()
{
    if (!m_document || !m_plan.byNaming || m_plan.savedRenames.empty() || !m_document->isEditable())
        return false;
    const std::vector<SavedRename> renames = m_plan.savedRenames;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("Fix by naming (%n name(s))", nullptr, int(renames.size())));
    bool ok = true;
    for (const SavedRename &r : renames)
        ok &= bool(m_document->renameComponent(r.uuid, r.name));
    stack->endMacro();
    return ok;
}

ComponentId MatchingDock::selectedSaved() const
{
    return m_hub->component();
}

void MatchingDock::selectCurrent(const ComponentId &id)
{
    m_selectedCurrent = id;
    for (int i = 0; i < m_currentTabs->count(); ++i) {
        if (GraphTab *tab = currentGraphTab(i); tab && tab->selectComponent(id, true))
            m_currentTabs->setCurrentIndex(i);
    }
    updateButtons();
}

void MatchingDock::rebuildCurrentTabs()
{
    const CurrentModel *current = m_session->current();
    if (current == m_shownCurrent)
        return;
    m_shownCurrent = current;
    deleteTabs(m_currentTabs);
    m_selectedCurrent = {};
    if (!current)
        return;
    for (size_t i = 0; i < current->graphs.size(); ++i) {
        auto *tab = new GraphTab(&current->graphs[i], m_currentTabs);
        tab->setOverviewVisible(false);
        m_currentTabs->addTab(tab,
                              i == 0 ? tr("Current model") : tr("Current posterior %1").arg(i));
        connect(tab, &GraphTab::componentClicked, this, &MatchingDock::selectCurrent);
        tab->setDecorations({});
    }
}

void MatchingDock::onSessionChanged()
{
    rebuildCurrentTabs();
    const CurrentModel *current = m_session->current();
    if (!current) {
        m_currentLabel->setText(tr("No current model: open the inference.zip (or graphs.json) "
                                   "saved from the code you rebuilt."));
        m_prediction->clear();
        updatePlan({});
        updateButtons();
        return;
    }
    if (!m_document || !m_document->file().mxfusion) {
        // Nothing was reconciled: an MXNet checkpoint or a bare npz has no MXFusion load.
        m_currentLabel->setText(tr("<b>%1</b>").arg(QFileInfo(current->path).fileName()));
        m_prediction->setText(tr("Matching and the load prediction apply to MXFusion archives; "
                                 "this document is not one."));
        updatePlan({});
        updateButtons();
        return;
    }
    const AssistedResult &a = m_session->assisted();
    int unmatchedCurrent = 0;
    for (const Component *c : allComponents(current->graphs))
        unmatchedCurrent += m_session->matchOfCurrent(c->uuid) == nullptr;
    m_currentLabel->setText(tr("<b>%1</b> — %2 matched, %3 saved and %4 current unmatched")
                                .arg(QFileInfo(current->path).fileName())
                                .arg(a.matches.size())
                                .arg(a.unmatched.size())
                                .arg(unmatchedCurrent));
    const LoadPrediction &p = m_session->mxfusion().prediction;
    if (p.ok) {
        m_prediction->setText(tr("<span style='color:#1b7f3b'>✔ MXFusion's <code>Inference.load"
                                 "</code> is predicted to succeed.</span>"));
    } else {
        // What usually fixes each failure (mxfusion README §8.5).
        QString advice;
        if (p.error == u"KeyError"_s)
            advice = tr("A name or a stored key the current model lacks: name the saved variable "
                        "as the code does (Properties, F2), or transplant.");
        else if (p.error == u"Exception"_s)
            advice = tr("Unnamed inputs share an edge name: name them in the code and here, or "
                        "pair them by hand and transplant.");
        else if (p.error == u"IndexError"_s)
            advice = tr("The structures differ at this node: pair by hand and transplant.");
        else
            advice = tr("Pair by hand and transplant.");
        // Where it happens, as `reconcile` prints it: the saved node and the edge.
        QString where;
        if (!p.savedNode.isEmpty()) {
            const Component *node =
                m_document ? ComponentIndex(m_document->graphs()).find(p.savedNode).component
                           : nullptr;
            where = tr(" at saved %1").arg(node ? node->displayName() : p.savedNode.toString());
            if (!p.edge.isEmpty())
                where += tr(", edge %1").arg(p.edge);
        }
        m_prediction->setText(
            tr("<span style='color:#b3261e'>✘ MXFusion's "
               "<code>Inference.load</code> is predicted to raise "
               "<b>%1</b>%2</span><br>%3")
                .arg(p.message.toHtmlEscaped(), where.toHtmlEscaped(), advice.toHtmlEscaped()));
    }
    updatePlan(p);
    // Marks in the current graphs: components nothing saved was matched to.
    QHash<ComponentId, NodeMark> marks;
    for (const Component *c : allComponents(current->graphs))
        if (!m_session->matchOfCurrent(c->uuid))
            marks.insert(c->uuid, NodeMark::Unmatched);
    for (int i = 0; i < m_currentTabs->count(); ++i)
        if (GraphTab *tab = currentGraphTab(i))
            tab->setMarks(marks);
    updateButtons();
}

void MatchingDock::updateButtons()
{
    const bool active = m_session->isActive();
    const ComponentId saved = selectedSaved();
    const ComponentMatch *m = active && !saved.isEmpty() ? m_session->matchOfSaved(saved) : nullptr;
    m_pair->setEnabled(active && !saved.isEmpty() && !m_selectedCurrent.isEmpty());
    m_clear->setEnabled(m != nullptr);
    m_lock->setEnabled(m != nullptr);
    m_lock->setText(m && m->locked ? tr("Unlock") : tr("Lock"));
    m_accept->setEnabled(active);
    m_load->setEnabled(active);
    m_save->setEnabled(active);
    m_transplant->setEnabled(active && m_document && m_document->isEditable());
    m_fix->setEnabled(active && m_document && m_document->isEditable() && m_plan.byNaming &&
                      !m_plan.savedRenames.empty());
}

void MatchingDock::pairSelected()
{
    const ComponentId saved = selectedSaved();
    if (saved.isEmpty() || m_selectedCurrent.isEmpty())
        return;
    m_session->assign(saved, m_selectedCurrent, true);
}

void MatchingDock::clearSelected()
{
    if (!selectedSaved().isEmpty())
        m_session->clear(selectedSaved());
}

void MatchingDock::toggleLock()
{
    const ComponentId saved = selectedSaved();
    if (const ComponentMatch *m = saved.isEmpty() ? nullptr : m_session->matchOfSaved(saved))
        m_session->setLocked(saved, !m->locked);
}

int MatchingDock::acceptSuggestions()
{
    return m_session->acceptAbove(m_threshold->value());
}

} // namespace mxl
