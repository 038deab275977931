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
    void clear()
    {
        m_component = {};
        m_entry.clear();
    }

signals:
    void componentSelected(const mxl::ComponentId &id);
    void entrySelected(const QString &name);

private:
    ComponentId m_component;
    QString m_entry;
};

} // namespace mxl
