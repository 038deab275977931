// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/componentid.h"

#include <QObject>

namespace mxl {

// The window's one current selection (view state, so it lives in ui/, not in the document).
// Every panel sets it and follows it, which is how selecting a thing in one place selects it
// everywhere. Setting the current value again emits nothing, which breaks feedback loops.
class SelectionHub : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    const ComponentId &component() const { return m_component; }
    const QString &entry() const { return m_entry; }
    // A stored tensor, by its group name (tensorGroupName()) and key: how tensors that no
    // component owns (npz arrays, orphans, unnamed list entries) are selected.
    const QString &tensorGroup() const { return m_tensorGroup; }
    const QString &tensorKey() const { return m_tensorKey; }

    void selectComponent(const ComponentId &id)
    {
        if (id == m_component)
            return;
        m_component = id;
        emit componentSelected(id);
    }
    void selectEntry(const QString &name)
    {
        if (name == m_entry)
            return;
        m_entry = name;
        emit entrySelected(name);
    }
    void selectTensor(const QString &group, const QString &key)
    {
        if (group == m_tensorGroup && key == m_tensorKey)
            return;
        m_tensorGroup = group;
        m_tensorKey = key;
        emit tensorSelected(group, key);
    }
    // Records what is shown without announcing it: the tensor of a selected component, or no
    // component while a tensor nobody owns is selected.
    void noteComponent(const ComponentId &id) { m_component = id; }
    void noteTensor(const QString &group, const QString &key)
    {
        m_tensorGroup = group;
        m_tensorKey = key;
    }
    void clear()
    {
        m_component = {};
        m_entry.clear();
        m_tensorGroup.clear();
        m_tensorKey.clear();
    }

signals:
    void componentSelected(const mxl::ComponentId &id);
    void entrySelected(const QString &name);
    void tensorSelected(const QString &group, const QString &key);

private:
    ComponentId m_component;
    QString m_entry;
    QString m_tensorGroup;
    QString m_tensorKey;
};

} // namespace mxl
