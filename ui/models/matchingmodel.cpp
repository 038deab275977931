// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/matchingmodel.h"

#include "document/archivedocument.h"
#include "document/matchingsession.h"
#include "graph/componentindex.h"

#include <QBrush>
#include <QFont>

using namespace Qt::StringLiterals;

namespace mxl {

MatchingModel::MatchingModel(const MatchingSession *session, QObject *parent)
    : TableModelBase({QT_TR_NOOP("Saved"), QT_TR_NOOP("Type"), QT_TR_NOOP("Current"),
                      QT_TR_NOOP("Rule"), QT_TR_NOOP("Confidence"), QT_TR_NOOP("Lock")},
                     parent),
      m_session(session)
{
    connect(session, &MatchingSession::changed, this, &MatchingModel::refill);
}

void MatchingModel::setDocument(const ArchiveDocument *document)
{
    m_document = document;
    refill();
}

void MatchingModel::refill()
{
    beginResetModel();
    m_rows.clear();
    if (m_document && m_session->isActive()) {
        const ComponentIndex current(m_session->current()->graphs);
        auto currentName = [&](const ComponentId &id) {
            const Component *c = current.find(id).component;
            return c ? c->displayName() : id.toString().left(8);
        };
        for (const Component *c : allComponents(m_document->graphs())) {
            Row r;
            r.saved = c->uuid;
            r.savedName = c->displayName();
            r.type = c->type;
            if (const ComponentMatch *m = m_session->matchOfSaved(c->uuid)) {
                r.current = m->current;
                r.currentName = currentName(m->current);
                r.rule = m->rule;
                r.confidence = m->confidence;
                r.locked = m->locked;
                r.state = m->rule == u"manual"_s ? State::Manual : State::Matched;
            } else if (const UnmatchedComponent *u = m_session->unmatched(c->uuid)) {
                r.state = u->ambiguous ? State::Ambiguous : State::Unmatched;
                r.rule = u->ambiguous ? tr("ambiguous") : tr("unmatched");
                if (!u->candidates.empty()) {
                    r.currentName = tr("? %1").arg(currentName(u->candidates.front().current));
                    r.confidence = u->candidates.front().score;
                }
            }
            m_rows.push_back(std::move(r));
        }
    }
    endResetModel();
}

int MatchingModel::rowOf(const ComponentId &saved) const
{
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (m_rows[size_t(i)].saved == saved)
            return i;
    return -1;
}

QVariant MatchingModel::cell(int row, int column, int role) const
{
    const Row &r = m_rows[size_t(row)];
    const bool open = r.state == State::Unmatched || r.state == State::Ambiguous;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Saved:
            return r.savedName;
        case Type:
            return r.type;
        case Current:
            return r.currentName;
        case Rule:
            return r.rule;
        case Confidence:
            return r.confidence > 0 ? QString::number(r.confidence, 'f', 2) : QString();
        case Locked:
            return r.locked ? tr("locked") : QString();
        }
        break;
    case Qt::ForegroundRole:
        if (open && column == Rule)
            return QBrush(r.state == State::Unmatched ? QColor(0xb3, 0x26, 0x1e)
                                                      : QColor(0xb0, 0x60, 0x00));
        if (open && column == Current)
            return QBrush(QColor(0x70, 0x70, 0x70));
        break;
    case Qt::FontRole:
        if (open && column == Current) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    case Qt::ToolTipRole:
        if (open)
            return tr("No current component was matched; the grey one is the best candidate. "
                      "Select it in the current graph and press Pair, or accept suggestions.");
        return tr("Matched by rule '%1'").arg(r.rule);
    case SavedIdRole:
        return r.saved.toString();
    case CurrentIdRole:
        return r.current.toString();
    case StateRole:
        return int(r.state);
    }
    return {};
}

} // namespace mxl
