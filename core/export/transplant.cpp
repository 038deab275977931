// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/transplant.h"

#include "archive/zipwriter.h"
#include "formats/json/pythonjson.h"
#include "formats/json/safejson.h"
#include "formats/npz/npzwriter.h"
#include "graph/componentindex.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Transplant", text);
}

QString infoText(const TensorInfo &info)
{
    return dtypeName(info.dtype) + u' ' + shapeText(info.shape);
}

QByteArray jsonString(const QString &s)
{
    return QByteArray::fromStdString(detail::dumpLikePython(detail::Json(detail::toStd(s))));
}

// One npz store of the saved archive, re-keyed: which saved tensors go where.
struct Store
{
    QString name;
    std::vector<std::pair<QString, const TensorEntry *>> members; // current key, saved tensor
};

class Transplanter
{
public:
    Transplanter(const OpenedFile &saved, const CurrentModel &current,
                 const QHash<QString, QString> &map, const QSet<QString> &skip,
                 TransplantReport &report)
        : m_saved(saved), m_current(current), m_map(map), m_skip(skip), m_report(report),
          m_savedIndex(saved.mxfusion->graphs), m_currentIndex(current.graphs)
    {}

    Result<QByteArray> run()
    {
        Store parameters{mxfusion::kParametersEntry, {}};
        Store constants{mxfusion::kConstantsEntry, {}};
        for (const TensorEntry &t : m_saved.tensors) {
            if (m_skip.contains(t.key))
                continue;
            if (t.group == TensorGroup::Parameters)
                place(t, parameters, true);
            else if (t.group == TensorGroup::Constants)
                place(t, constants, false);
        }
        if (m_current.values)
            orderLikeCurrent(parameters, m_current.values->parameterKeys);
        reportUnfilled();

        ZipBuffer outer;
        QDateTime now = QDateTime::currentDateTime();
        auto add = [&](QLatin1StringView name, QByteArrayView data) -> Status {
            ZipWriter::NewEntry e;
            e.name = name;
            ZipWriter::dosDateTime(now, e.dosTime, e.dosDate);
            return outer.writer().add(e, data);
        };
        Result<QByteArray> params = npz(parameters);
        if (!params)
            return params;
        Result<QByteArray> consts = npz(constants);
        if (!consts)
            return consts;
        // MXFusion's entry order (mxfusion README §2).
        for (Status s :
             {add(mxfusion::kGraphsEntry, m_current.graphsJson),
              add(mxfusion::kParametersEntry, *params), add(mxfusion::kConstantsEntry, *consts),
              add(mxfusion::kVariableConstantsEntry, variableConstants()),
              add(mxfusion::kConfigurationEntry, configuration()),
              add(mxfusion::kVersionEntry, "{\"serialization_version\": \"2.0\"}")}) {
            if (!s)
                return fail(s.error());
        }
        return outer.finish();
    }

private:
    QString savedName(const QString &key) const
    {
        const Component *c = m_savedIndex.find(ComponentId(key)).component;
        return c ? c->displayName() : key.left(8);
    }
    QString currentName(const QString &key) const
    {
        const Component *c = m_currentIndex.find(ComponentId(key)).component;
        return c ? c->displayName() : key.left(8);
    }

    void leave(const QString &key, const QString &store, const QString &reason)
    {
        m_report.leftBehind.push_back({key, store, reason});
    }

    void place(const TensorEntry &t, Store &store, bool isParameter)
    {
        if (t.error || !t.info) {
            leave(t.key, store.name,
                  tr("unreadable: %1").arg(t.error ? t.error->message : tr("no header")));
            return;
        }
        // v0.3.0 archives key tensors by Gluon name; the owner is the component.
        const QString savedId = t.owner.isEmpty() ? t.key : t.owner.toString();
        const QString target = m_map.value(savedId);
        if (target.isEmpty()) {
            leave(t.key, store.name,
                  tr("no current component matches saved %1").arg(savedName(savedId)));
            return;
        }
        if (m_taken.contains(target)) {
            leave(t.key, store.name,
                  tr("current %1 already takes the value of saved %2")
                      .arg(currentName(target), savedName(m_taken.value(target))));
            return;
        }
        if (isParameter && m_current.values) {
            const auto info = m_current.values->parameterInfo.constFind(target);
            if (info == m_current.values->parameterInfo.constEnd()) {
                leave(t.key, store.name,
                      tr("saved %1 matches current %2, which is not a parameter of the "
                         "current model")
                          .arg(savedName(savedId), currentName(target)));
                return;
            }
            if (info->shape != t.info->shape || info->dtype != t.info->dtype) {
                const QString why = tr("saved %1 is %2 but current %3 is %4")
                                        .arg(savedName(savedId), infoText(*t.info),
                                             currentName(target), infoText(*info));
                leave(t.key, store.name, why);
                m_mismatch.insert(target, why);
                return;
            }
        }
        m_taken.insert(target, savedId);
        store.members.emplace_back(target, &t);
        m_report.placed.push_back({t.key, target, store.name});
    }

    static void orderLikeCurrent(Store &store, const std::vector<QString> &order)
    {
        QHash<QString, int> rank;
        for (int i = 0; i < int(order.size()); ++i)
            rank.insert(order[size_t(i)], i);
        std::stable_sort(store.members.begin(), store.members.end(),
                         [&](const auto &a, const auto &b) {
                             return rank.value(a.first, INT_MAX) < rank.value(b.first, INT_MAX);
                         });
    }

    void reportUnfilled()
    {
        if (m_current.values) {
            for (const QString &key : m_current.values->parameterKeys) {
                if (!m_taken.contains(key))
                    m_report.leftInitial.push_back(
                        {key, currentName(key),
                         m_mismatch.value(key, tr("no saved value matches it"))});
            }
            return;
        }
        // A bare graphs.json does not say which Variables are parameters: list the input
        // Variables (no incoming edge, not a shape) that received nothing.
        for (const Component *c : allComponents(m_current.graphs)) {
            if (!c->isVariable() || m_taken.contains(c->uuid.toString()) ||
                m_currentIndex.hasPredecessor(c->uuid) || m_currentIndex.isShapeVariable(c->uuid))
                continue;
            m_report.leftInitial.push_back(
                {c->uuid.toString(), c->displayName(),
                 tr("an input Variable that received no saved value (a bare graphs.json does "
                    "not say whether it is a parameter or observed data)")});
        }
    }

    Result<QByteArray> npz(const Store &store)
    {
        NpzWriter npz;
        for (const auto &[key, tensor] : store.members) {
            Result<NpyArray> array = loadTensor(*tensor);
            if (!array)
                return fail(array.error());
            if (Status s = npz.add(key, *array); !s)
                return fail(s.error());
        }
        return npz.finish();
    }

    // {"<current uuid>": value, ...} in saved order, values exactly as they were written.
    QByteArray variableConstants()
    {
        QByteArray out = "{";
        for (const VariableConstant &c : m_saved.mxfusion->variableConstants) {
            const QString key = c.id.toString();
            if (m_skip.contains(key))
                continue;
            const QString target = m_map.value(key);
            if (target.isEmpty()) {
                leave(key, mxfusion::kVariableConstantsEntry,
                      tr("no current component matches saved %1").arg(savedName(key)));
                continue;
            }
            if (out.size() > 1)
                out += ", ";
            out += jsonString(target) + ": " + c.text.toUtf8();
            m_report.placed.push_back({key, target, mxfusion::kVariableConstantsEntry});
        }
        return out + '}';
    }

    // The current archive's own configuration; for a bare graphs.json, the saved observed
    // list carried over through the map.
    QByteArray configuration() const
    {
        if (m_current.archive && m_current.archive->zip) {
            const ZipArchive &zip = *m_current.archive->zip;
            if (const int i = zip.indexOf(mxfusion::kConfigurationEntry); i >= 0) {
                if (Result<ByteSourcePtr> bytes = zip.read(i))
                    return (*bytes)->bytes().toByteArray();
            }
        }
        QByteArray list;
        for (const QString &uuid : m_saved.mxfusion->observed) {
            const QString target = m_map.value(uuid);
            if (target.isEmpty())
                continue;
            if (!list.isEmpty())
                list += ", ";
            list += jsonString(target);
        }
        return "{\"observed\": [" + list + "]}";
    }

    const OpenedFile &m_saved;
    const CurrentModel &m_current;
    const QHash<QString, QString> &m_map;
    const QSet<QString> &m_skip;
    TransplantReport &m_report;
    ComponentIndex m_savedIndex;
    ComponentIndex m_currentIndex;
    QHash<QString, QString> m_taken;    // current key -> saved component that fills it
    QHash<QString, QString> m_mismatch; // current key -> why the matched value did not fit
};

} // namespace

Result<QByteArray> buildTransplant(const OpenedFile &saved, const CurrentModel &current,
                                   const QHash<QString, QString> &map,
                                   const QSet<QString> &skipKeys, TransplantReport &report)
{
    if (!saved.mxfusion || !saved.tensorsIndexed) {
        return failIn(saved.path, ErrorCode::UnsupportedFormat,
                      tr("only an MXFusion archive with its tensors read can be transplanted"));
    }
    report = {};
    return Transplanter(saved, current, map, skipKeys, report).run();
}

} // namespace mxl
