// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"
#include "common/problem.h"

#include <QWidget>

#include <functional>

class QTextBrowser;

namespace mxl {

class ArchiveDocument;
class SelectionHub;

// Every field of the selected component, where it appears, its edges with links to its
// neighbours, its attribute (shape) variables, its stored value and the problems about it.
class PropertiesPanel : public QWidget
{
    Q_OBJECT

public:
    PropertiesPanel(SelectionHub *hub, QWidget *parent = nullptr);

    void setDocument(const ArchiveDocument *document);
    void showComponent(const ComponentId &id);
    // A stored tensor that no component owns (or a file without graphs): where it is stored,
    // what its header says, and the problems about it.
    void showTensor(const QString &group, const QString &key);
    QString plainText() const;

private:
    QString html(const ComponentId &id) const;
    QString tensorHtml(const QString &group, const QString &key) const;
    // "Problems" and the list of those `about` selects; empty when there is none.
    QString problemsHtml(const std::function<bool(const Problem &)> &about) const;

    SelectionHub *m_hub;
    const ArchiveDocument *m_document = nullptr;
    QTextBrowser *m_browser;
    ComponentId m_current;
};

} // namespace mxl
