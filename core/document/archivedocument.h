// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/openedfile.h"

#include <QObject>

class QUndoStack;

namespace mxl {

// One open file. Owns what was read and the undo stack that will own every edit; exposes
// const accessors only, and is the only emitter of change signals (house style 9-15).
class ArchiveDocument : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveDocument(OpenedFile file, QObject *parent = nullptr);
    ~ArchiveDocument() override;

    const OpenedFile &file() const { return m_file; }
    const QString &path() const { return m_file.path; }
    const std::vector<FactorGraph> &graphs() const { return graphsOf(m_file); }
    const std::vector<TensorEntry> &tensors() const { return m_file.tensors; }
    bool tensorsIndexed() const { return m_file.tensorsIndexed; }
    // Reading problems plus validation; refreshed when tensors are indexed or values checked.
    const Problems &problems() const { return m_problems; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Index of the tensor owned by `component` (parameters before constants), or -1.
    int tensorIndexOf(const ComponentId &component) const;
    // The variable constant of `component`, if any.
    const VariableConstant *variableConstantOf(const ComponentId &component) const;
    bool isObserved(const ComponentId &component) const;

    // Load completion from the background (not edits): the tensor index, then the problems
    // that need tensor values.
    void applyTensorIndex(TensorIndex index);
    void applyValueProblems(Problems problems);

signals:
    void tensorsIndexedChanged();
    void problemsChanged();
    void modifiedChanged(bool modified);

private:
    void revalidate();

    OpenedFile m_file;
    Problems m_problems;
    Problems m_valueProblems;
    QUndoStack *m_undoStack;
};

} // namespace mxl
