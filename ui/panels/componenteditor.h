// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mxl {

class ArchiveDocument;

// The editable fields of the selected component, above its read-only properties: its name
// (the reconciliation anchor), whether it is observed, its number constant, and its tensor
// (replace from a .npy, delete). Every change goes to the document, which pushes an undo
// command; a refusal is shown in place, never as a lost edit.
class ComponentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ComponentEditor(QWidget *parent = nullptr);

    void setDocument(ArchiveDocument *document);
    void showComponent(const ComponentId &id);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *constantEdit() const { return m_constant; }
    QCheckBox *observedBox() const { return m_observed; }
    QString errorText() const;

    // Asks for a .npy and replaces the component's tensor (confirming a shape or dtype change).
    void replaceTensor();
    void deleteTensor();

private:
    void refresh();
    void showResult(const QString &error);

    ArchiveDocument *m_document = nullptr;
    ComponentId m_id;
    QLineEdit *m_name;
    QCheckBox *m_observed;
    QLabel *m_constantLabel;
    QLineEdit *m_constant;
    QLabel *m_tensorLabel;
    QLabel *m_tensorInfo;
    QPushButton *m_replace;
    QPushButton *m_delete;
    QLabel *m_error;
};

} // namespace mxl
