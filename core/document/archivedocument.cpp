// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/archivedocument.h"

#include "validate/validator.h"

#include <QUndoStack>

namespace mxl {

ArchiveDocument::ArchiveDocument(OpenedFile file, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    revalidate();
}

ArchiveDocument::~ArchiveDocument() = default;

bool ArchiveDocument::isModified() const
{
    return !m_undoStack->isClean();
}

int ArchiveDocument::tensorIndexOf(const ComponentId &component) const
{
    for (int i = 0; i < int(m_file.tensors.size()); ++i) {
        if (m_file.tensors[size_t(i)].owner == component)
            return i;
    }
    return -1;
}

const VariableConstant *ArchiveDocument::variableConstantOf(const ComponentId &component) const
{
    if (!m_file.mxfusion)
        return nullptr;
    for (const VariableConstant &c : m_file.mxfusion->variableConstants) {
        if (c.id == component)
            return &c;
    }
    return nullptr;
}

bool ArchiveDocument::isObserved(const ComponentId &component) const
{
    return m_file.mxfusion && m_file.mxfusion->observed.contains(component.toString());
}

void ArchiveDocument::applyTensorIndex(TensorIndex index)
{
    m_file.tensors = std::move(index.tensors);
    m_file.problems.insert(m_file.problems.end(), index.problems.begin(), index.problems.end());
    m_file.tensorsIndexed = true;
    revalidate();
    emit tensorsIndexedChanged();
    emit problemsChanged();
}

void ArchiveDocument::applyValueProblems(Problems problems)
{
    m_valueProblems = std::move(problems);
    revalidate();
    emit problemsChanged();
}

void ArchiveDocument::revalidate()
{
    ValidateOptions options;
    options.checkValues = false;
    m_problems = allProblems(m_file, options);
    m_problems.insert(m_problems.end(), m_valueProblems.begin(), m_valueProblems.end());
}

} // namespace mxl
