// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "reconcile/namingplan.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace mxl {

class ArchiveDocument;
class GraphTab;
class MatchingModel;
class MatchingSession;
class SelectionHub;

// The Matching dock: the current model's graphs beside the table of saved ↔ current pairs,
// MXFusion's predicted outcome on top, and the decisions: pair the selected saved node (from
// the main graph) with the selected current node (from the graph here), clear, lock, accept
// suggestions above a threshold, load/save a mapping file, transplant.
class MatchingDock : public QWidget
{
    Q_OBJECT

public:
    MatchingDock(MatchingSession *session, SelectionHub *hub, QWidget *parent = nullptr);

    void setDocument(ArchiveDocument *document);
    MatchingModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    int currentGraphCount() const;
    GraphTab *currentGraphTab(int index) const;
    const ComponentId &selectedCurrent() const { return m_selectedCurrent; }
    void selectCurrent(const ComponentId &id);
    QString predictionText() const;
    // The names that make the predicted load succeed (reconcile --fix), for the verdict.
    const NamingPlan &namingPlan() const { return m_plan; }
    QPushButton *fixButton() const { return m_fix; }
    // The code-side names as shown for copying ("m.NAME = ...  # where"); empty if none.
    QString codeSideNames() const;

    void pairSelected();
    void clearSelected();
    void toggleLock();
    int acceptSuggestions();
    // Applies the plan's saved-side names as one undoable step; false if there is nothing to
    // apply or a rename was refused.
    bool fixByNaming();

signals:
    void openCurrentRequested();
    void transplantRequested();
    void loadMappingRequested();
    void saveMappingRequested();

private:
    void onSessionChanged();
    void rebuildCurrentTabs();
    void updateButtons();
    void updatePlan(const LoadPrediction &prediction);
    ComponentId selectedSaved() const;

    MatchingSession *m_session;
    SelectionHub *m_hub;
    ArchiveDocument *m_document = nullptr;
    MatchingModel *m_model;
    QLabel *m_currentLabel;
    QLabel *m_prediction;
    QTableView *m_table;
    QTabWidget *m_currentTabs;
    QPushButton *m_pair;
    QPushButton *m_clear;
    QPushButton *m_lock;
    QDoubleSpinBox *m_threshold;
    QPushButton *m_accept;
    QPushButton *m_load;
    QPushButton *m_save;
    QPushButton *m_transplant;
    QPushButton *m_fix;
    QLabel *m_fixSummary;
    QPlainTextEdit *m_codeNames;
    QPushButton *m_copyNames;
    NamingPlan m_plan;
    ComponentId m_selectedCurrent;
    const void *m_shownCurrent = nullptr; // the CurrentModel the tabs draw
};

} // namespace mxl
