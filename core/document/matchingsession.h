// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reconcile/assistedreconciler.h"
#include "reconcile/currentmodel.h"

#include <QObject>

#include <memory>
#include <optional>

namespace mxl {

class ArchiveDocument;

// The matching between the open (saved) document and a current model, kept up to date: when
// the user names a saved variable (a document edit) or assigns, clears or locks a pair, the
// assisted matching and MXFusion's prediction are computed again at once (both are
// milliseconds for thousands of components). Manual decisions are not document content: they
// live here and in mapping files.
class MatchingSession : public QObject
{
    Q_OBJECT

public:
    explicit MatchingSession(QObject *parent = nullptr);

    void setDocument(const ArchiveDocument *document);
    void setCurrent(std::shared_ptr<const CurrentModel> current);
    const CurrentModel *current() const { return m_current.get(); }
    std::shared_ptr<const CurrentModel> currentModel() const { return m_current; }
    bool isActive() const { return m_document && m_current; }

    const AssistedResult &assisted() const { return m_assisted; }
    const ReconcileResult &mxfusion() const { return m_mxfusion; }
    const MatchingDecisions &decisions() const { return m_decisions; }

    // The current component matched to `saved`, and the match itself.
    const ComponentMatch *matchOfSaved(const ComponentId &saved) const;
    const ComponentMatch *matchOfCurrent(const ComponentId &current) const;
    const UnmatchedComponent *unmatched(const ComponentId &saved) const;

    // Decisions. Assigning replaces any pair either component is in.
    void assign(const ComponentId &saved, const ComponentId &current, bool locked = true);
    // Removes the pair of `saved`; an automatic pair is also rejected so it does not come back.
    void clear(const ComponentId &saved);
    void setLocked(const ComponentId &saved, bool locked);
    // Takes every unmatched component's best candidate scoring at least `threshold` (and not
    // tied with the next) as a manual, unlocked pair; returns how many.
    int acceptAbove(double threshold);
    void setDecisions(MatchingDecisions decisions);

    // saved UUID -> current UUID, for a transplant.
    QHash<QString, QString> uuidMap() const;

    Result<Ok> saveMapping(const QString &path) const;
    Status loadMapping(const QString &path);

signals:
    void changed();

private:
    void recompute();

    const ArchiveDocument *m_document = nullptr;
    std::shared_ptr<const CurrentModel> m_current;
    MatchingDecisions m_decisions;
    AssistedResult m_assisted;
    ReconcileResult m_mxfusion;
    QHash<ComponentId, int> m_bySaved, m_byCurrent, m_unmatchedBySaved;
};

} // namespace mxl
