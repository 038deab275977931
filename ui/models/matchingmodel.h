// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"

#include <QAbstractTableModel>

#include <vector>

namespace mxl {

class ArchiveDocument;
class MatchingSession;

// Every saved component against its current counterpart: the rule that paired them, the
// confidence, whether the user locked it; unmatched ones show their best candidate. Read-only:
// the Matching dock's buttons act on the session.
class MatchingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Saved, Type, Current, Rule, Confidence, Locked, ColumnCount };
    enum Role { SavedIdRole = Qt::UserRole + 1, CurrentIdRole, StateRole };
    enum class State { Matched, Manual, Unmatched, Ambiguous };

    MatchingModel(const MatchingSession *session, QObject *parent = nullptr);
    void setDocument(const ArchiveDocument *document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    int rowOf(const ComponentId &saved) const;

private:
    void refill();

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
