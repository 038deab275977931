// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/matchingsession.h"

#include "common/savefile.h"
#include "document/archivedocument.h"
#include "graph/componentindex.h"

namespace mxl {

MatchingSession::MatchingSession(QObject *parent) : QObject(parent) {}

void MatchingSession::setDocument(const ArchiveDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        // Names, tensors and the whole content all change what matches.
        connect(document, &ArchiveDocument::componentRenamed, this, &MatchingSession::recompute);
        connect(document, &ArchiveDocument::tensorsChanged, this, &MatchingSession::recompute);
        connect(document, &ArchiveDocument::contentReset, this, &MatchingSession::recompute);
        connect(document, &ArchiveDocument::tensorsIndexedChanged, this,
                &MatchingSession::recompute);
    }
    recompute();
}

void MatchingSession::setCurrent(std::shared_ptr<const CurrentModel> current)
{
    m_current = std::move(current);
    m_decisions = {};
    recompute();
}

const ComponentMatch *MatchingSession::matchOfSaved(const ComponentId &saved) const
{
    const int i = m_bySaved.value(saved, -1);
    return i < 0 ? nullptr : &m_assisted.matches[size_t(i)];
}

const ComponentMatch *MatchingSession::matchOfCurrent(const ComponentId &current) const
{
    const int i = m_byCurrent.value(current, -1);
    return i < 0 ? nullptr : &m_assisted.matches[size_t(i)];
}

const UnmatchedComponent *MatchingSession::unmatched(const ComponentId &saved) const
{
    const int i = m_unmatchedBySaved.value(saved, -1);
    return i < 0 ? nullptr : &m_assisted.unmatched[size_t(i)];
}

void MatchingSession::assign(const ComponentId &saved, const ComponentId &current, bool locked)
{
    std::erase_if(m_decisions.pairs,
                  [&](const ManualPair &p) { return p.saved == saved || p.current == current; });
    std::erase_if(m_decisions.rejected,
                  [&](const auto &r) { return r.first == saved && r.second == current; });
    // The automatic pairs either side was in must not take the other one back.
    if (const ComponentMatch *m = matchOfSaved(saved); m && m->current != current)
        m_decisions.rejected.emplace_back(saved, m->current);
    if (const ComponentMatch *m = matchOfCurrent(current); m && m->saved != saved)
        m_decisions.rejected.emplace_back(m->saved, current);
    m_decisions.pairs.push_back({saved, current, locked});
    recompute();
}

void MatchingSession::clear(const ComponentId &saved)
{
    const ComponentMatch *m = matchOfSaved(saved);
    if (!m)
        return;
    const ComponentId current = m->current;
    std::erase_if(m_decisions.pairs, [&](const ManualPair &p) { return p.saved == saved; });
    m_decisions.rejected.emplace_back(saved, current);
    recompute();
}

void MatchingSession::setLocked(const ComponentId &saved, bool locked)
{
    const ComponentMatch *m = matchOfSaved(saved);
    if (!m)
        return;
    for (ManualPair &p : m_decisions.pairs) {
        if (p.saved == saved) {
            p.locked = locked;
            recompute();
            return;
        }
    }
    // Locking an automatic pair makes it a manual one.
    if (locked)
        assign(saved, m->current, true);
}

int MatchingSession::acceptAbove(double threshold)
{
    int accepted = 0;
    QSet<ComponentId> taken;
    for (const UnmatchedComponent &u : m_assisted.unmatched) {
        if (u.candidates.empty() || u.ambiguous || u.candidates.front().score < threshold ||
            taken.contains(u.candidates.front().current))
            continue;
        taken.insert(u.candidates.front().current);
        m_decisions.pairs.push_back({u.saved, u.candidates.front().current, false});
        ++accepted;
    }
    if (accepted)
        recompute();
    return accepted;
}

void MatchingSession::setDecisions(MatchingDecisions decisions)
{
    m_decisions = std::move(decisions);
    recompute();
}

QHash<QString, QString> MatchingSession::uuidMap() const
{
    QHash<QString, QString> map;
    for (const ComponentMatch &m : m_assisted.matches)
        map.insert(m.saved.toString(), m.current.toString());
    return map;
}

Result<Ok> MatchingSession::saveMapping(const QString &path) const
{
    MappingFile file;
    file.savedPath = m_document ? m_document->path() : QString();
    file.currentPath = m_current ? m_current->path : QString();
    file.decisions = m_decisions;
    // References, never a ternary's temporary copy: the index points into the graphs.
    static const std::vector<FactorGraph> none;
    const ComponentIndex saved(m_document ? m_document->graphs() : none);
    const ComponentIndex current(m_current ? m_current->graphs : none);
    auto name = [&](const ComponentId &id) {
        const Component *c = saved.find(id).component;
        if (!c)
            c = current.find(id).component;
        return c ? c->displayName() : QString();
    };
    return saveBytes(path, mappingJson(file, name));
}

Status MatchingSession::loadMapping(const QString &path)
{
    Result<MappingFile> file = readMapping(path);
    if (!file)
        return fail(file.error());
    setDecisions(std::move(file->decisions));
    return Ok{};
}

void MatchingSession::recompute()
{
    m_assisted = {};
    m_mxfusion = {};
    m_bySaved.clear();
    m_byCurrent.clear();
    m_unmatchedBySaved.clear();
    if (isActive() && m_document->file().mxfusion) {
        const StoredValues values = storedValuesOf(m_document->file());
        m_mxfusion = reconcileLikeMxfusion(m_document->graphs(), m_current->graphs, values,
                                           m_current->values);
        m_assisted = reconcileAssisted(m_document->graphs(), m_current->graphs, values,
                                       m_current->values, m_decisions);
        for (int i = 0; i < int(m_assisted.matches.size()); ++i) {
            m_bySaved.insert(m_assisted.matches[size_t(i)].saved, i);
            m_byCurrent.insert(m_assisted.matches[size_t(i)].current, i);
        }
        for (int i = 0; i < int(m_assisted.unmatched.size()); ++i)
            m_unmatchedBySaved.insert(m_assisted.unmatched[size_t(i)].saved, i);
    }
    emit changed();
}

} // namespace mxl
