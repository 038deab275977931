// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace mxl {

// A component's identity: the UUID string exactly as stored. Never QUuid: MXFusion writes '_'
// where QUuid expects '-', and v0.3.0 npz keys can be Gluon parameter names.
class ComponentId
{
public:
    ComponentId() = default;
    explicit ComponentId(QString id) : m_id(std::move(id)) {}

    const QString &toString() const { return m_id; }
    bool isEmpty() const { return m_id.isEmpty(); }
    friend bool operator==(const ComponentId &, const ComponentId &) = default;
    friend auto operator<=>(const ComponentId &a, const ComponentId &b)
    {
        return a.m_id.compare(b.m_id) <=> 0;
    }

private:
    QString m_id;
};

inline size_t qHash(const ComponentId &id, size_t seed = 0)
{
    return qHash(id.toString(), seed);
}

} // namespace mxl
