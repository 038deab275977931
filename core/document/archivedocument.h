// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/archiveedits.h"
#include "export/archiveexporter.h"
#include "open/openedfile.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace mxl {

// What replacing a tensor would change, so that the UI can ask before a shape or dtype change.
struct TensorReplacementCheck
{
    TensorInfo oldInfo;
    TensorInfo newInfo;
    bool changesShape = false;
    bool changesDtype = false;
    bool needsConfirmation() const { return changesShape || changesDtype; }
};

// One open file. The file as read (`base`) never changes under an edit: edits are an
// ArchiveEdits value on top of it, and file() is the base with the edits applied, recomputed
// after each change. Every change goes through a QUndoCommand on undoStack(); the public
// set…/rename… methods check their input and push the command, the apply… methods are what
// commands call, and only the document emits change signals (house style 9-15).
class ArchiveDocument : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveDocument(OpenedFile file, QObject *parent = nullptr);
    ~ArchiveDocument() override;

    // The content as edited: what every view shows.
    const OpenedFile &file() const { return m_file; }
    // The file as read. Shared so that a worker thread can keep it alive while the user edits
    // (workers never read file(), which changes with every edit).
    std::shared_ptr<const OpenedFile> base() const { return m_base; }
    const ArchiveEdits &edits() const { return m_edits; }
    // Where the document was read from or last saved to.
    const QString &path() const { return m_path; }
    const std::vector<FactorGraph> &graphs() const { return graphsOf(m_file); }
    const std::vector<TensorEntry> &tensors() const { return m_file.tensors; }
    bool tensorsIndexed() const { return m_file.tensorsIndexed; }
    // Reading problems plus validation of the edited content.
    const Problems &problems() const { return m_problems; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // MXFusion archives can be edited once their tensors are indexed.
    bool isEditable() const;
    // True while the document holds a transplant and its path is still that of the archive the
    // saved values came from: saving in place would replace the user's saved model by another
    // model's skeleton, so the window asks for a new name instead.
    bool replacesItsSource() const;

    int tensorIndexOf(const ComponentId &component) const;
    int tensorIndexOfKey(const QString &key) const;
    const VariableConstant *variableConstantOf(const ComponentId &component) const;
    bool isObserved(const ComponentId &component) const;
    const Component *component(const ComponentId &id) const;

    // Edits: check, then push one undo command. Errors say why nothing was done.
    Status renameComponent(const ComponentId &id, const std::optional<QString> &name);
    Status setConstantValue(const ComponentId &id, const QString &text);
    Status setConfiguration(const QByteArray &json);
    Status setObserved(const ComponentId &id, bool observed);
    Result<TensorReplacementCheck> checkTensorReplacement(const QString &key,
                                                          const QByteArray &npy) const;
    // A shape or dtype change is refused unless `confirmed`.
    Status replaceTensor(const QString &key, const QByteArray &npy, bool confirmed = false);
    Status deleteTensor(const QString &key);
    // Removes every tensor whose key no graph component owns; returns how many.
    Result<int> dropUnownedTensors();
    // Replaces the whole content by `transplanted` (an archive built by buildTransplant()).
    Status applyTransplant(std::shared_ptr<const OpenedFile> transplanted,
                           const QString &description);

    // Writes base + edits to `path` (atomic, verified); on success the document lives there
    // and is clean. Saving over the file it was read from is allowed: the base stays mapped.
    Result<ExportReport> saveAs(const QString &path);

    // For commands only: the mutators. Each recomputes file() and emits its signal.
    // nullopt: no rename entry (the name as read).
    void applyRename(const QString &uuid, const std::optional<NameEdit> &rename);
    void applyConstant(const QString &uuid, const std::optional<VariableConstant> &value);
    void applyConfiguration(const std::optional<QByteArray> &json);
    void applyTensorEdit(const QString &key, const std::optional<QByteArray> &replacement,
                         bool dropped);
    void applyState(std::shared_ptr<const OpenedFile> base, const ArchiveEdits &edits);

    // Load completion from the background (not edits): the tensor index, then the problems
    // that need tensor values.
    void applyTensorIndex(TensorIndex index);
    void applyValueProblems(Problems problems);

signals:
    void componentRenamed(const mxl::ComponentId &id);
    void constantChanged(const mxl::ComponentId &id);
    void configurationChanged();
    void tensorsChanged();
    // Everything may have changed (transplant, or its undo).
    void contentReset();
    void tensorsIndexedChanged();
    void problemsChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);

private:
    void rebuild();
    void revalidate();

    std::shared_ptr<const OpenedFile> m_base;
    std::shared_ptr<const OpenedFile> m_opened; // the base as opened, before any transplant
    ArchiveEdits m_edits;
    OpenedFile m_file;
    QString m_path;
    Problems m_problems;
    Problems m_valueProblems;
    QUndoStack *m_undoStack;
};

} // namespace mxl
