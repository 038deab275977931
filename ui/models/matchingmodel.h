// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "models/tablemodelbase.h"

#include <vector>

namespace mxl {

class ArchiveDocument;
class MatchingSession;

// Every saved component against its current counterpart: the rule that paired them, the
// confidence, whether the user locked it; unmatched ones show their best candidate. Read-only:
// the Matching dock's buttons act on the session.
class MatchingModel : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Saved, Type, Current, Rule, Confidence, Locked, ColumnCount };
    enum Role { SavedIdRole = Qt::UserRole + 1, CurrentIdRole, StateRole };
    enum class State { Matched, Manual, Unmatched, Ambiguous };

    MatchingModel(const MatchingSession *session, QObject *parent = nullptr);
    void setDocument(const ArchiveDocument *document);

    int rowOf(const ComponentId &saved) const;

private:
    void refill();
    int rows() const override { return int(m_rows.size()); }
    QVariant cell(int row, int column, int role) const override;

    struct Row
    {
        ComponentId saved;
        QString savedName, type;
        ComponentId current;
        QString currentName, rule;
        double confidence = 0;
        bool locked = false;
        State state = State::Unmatched;
    };
    const MatchingSession *m_session;
    const ArchiveDocument *m_document = nullptr;
    std::vector<Row> m_rows;
};

} // namespace mxl
