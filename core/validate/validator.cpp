// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validate/validator.h"

#include "common/problemcodes.h"
#include "graph/componentindex.h"
#include "reconcile/savedreachability.h"
#include "tensor/tensorstats.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Validator", text);
}

bool looksLikeUuid(const QString &key)
{
    static const QRegularExpression re(
        u"^[0-9a-fA-F]{8}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{4}[-_][0-9a-fA-F]{12}$"_s);
    return re.match(key).hasMatch();
}

class MxfusionChecks
{
public:
    MxfusionChecks(const OpenedFile &file, Problems &out)
        : m_file(file), m_archive(*file.mxfusion), m_index(m_archive.graphs), m_out(out)
    {}

    void run()
    {
        checkTensorKeys();
        checkConstants();
        checkConfiguration();
        checkDuplicateNames();
        checkReachability();
        checkValuelessVariables();
    }

private:
    void checkTensorKeys()
    {
        for (const TensorEntry &t : m_file.tensors) {
            if (!t.owner.isEmpty() && t.owner.toString() != t.key) {
                const ComponentRef ref = m_index.find(t.owner);
                m_out.push_back(makeProblem(
                    Severity::Error, problemcode::TensorGluonNameKey,
                    tr("tensor %1 in %2 is keyed by the Gluon parameter name of %3, as MXFusion "
                       "0.3.0 saved them; MXFusion's load cannot map it and raises KeyError('%1'). "
                       "Re-key it by the variable's UUID.")
                        .arg(t.key, t.container, ref.component->displayName()),
                    {t.container, t.owner.toString(), t.key, ref.topGraph}));
                continue;
            }
            if (!t.owner.isEmpty())
                continue;
            Location where{t.container, {}, t.key};
            if (looksLikeUuid(t.key))
                m_out.push_back(makeProblem(
                    Severity::Error, problemcode::TensorUnknownKey,
                    tr("tensor %1 in %2 belongs to no component of graphs.json; MXFusion's "
                       "load raises KeyError")
                        .arg(t.key, t.container),
                    where));
            else
                m_out.push_back(makeProblem(
                    Severity::Error, problemcode::TensorGluonNameKey,
                    tr("tensor %1 in %2 is keyed by a name, not a UUID, as MXFusion 0.3.0 saved "
                       "Gluon parameters, and no component carries that name; MXFusion's load "
                       "cannot map it (KeyError)")
                        .arg(t.key, t.container),
                    where));
        }
    }

    void checkConstants()
    {
        QHash<QString, QStringList> places;
        for (const TensorEntry &t : m_file.tensors)
            places[t.key] << t.container;
        for (const VariableConstant &c : m_archive.variableConstants) {
            places[c.id.toString()] << QString(mxfusion::kVariableConstantsEntry);
            if (!m_index.contains(c.id))
                m_out.push_back(makeProblem(
                    Severity::Error, problemcode::ConstantUnknownKey,
                    tr("constant %1 belongs to no component of graphs.json; MXFusion's load "
                       "raises KeyError")
                        .arg(c.id.toString()),
                    {mxfusion::kVariableConstantsEntry, c.id.toString()}));
        }
        for (auto it = places.begin(); it != places.end(); ++it) {
            if (it->size() > 1)
                m_out.push_back(makeProblem(
                    Severity::Warning, problemcode::ConstantDuplicate,
                    tr("%1 has a value in more than one place (%2); MXFusion installs the last")
                        .arg(it.key(), it->join(u", "_s)),
                    {it->front(), it.key(), it.key()}));
        }
    }

    void checkConfiguration()
    {
        for (const QString &uuid : m_archive.observed) {
            if (!m_index.contains(ComponentId(uuid)))
                m_out.push_back(makeProblem(
                    Severity::Warning, problemcode::ConfigUnresolvedUuid,
                    tr("observed variable %1 is not a component of graphs.json").arg(uuid),
                    {mxfusion::kConfigurationEntry, uuid}));
        }
    }

    void checkDuplicateNames()
    {
        for (int g = 0; g < int(m_archive.graphs.size()); ++g) {
            QHash<QString, int> seen;
            for (const Component &c : m_archive.graphs[size_t(g)].nodes) {
                if (c.isNamed() && ++seen[*c.name] == 2)
                    m_out.push_back(makeProblem(
                        Severity::Warning, problemcode::GraphDuplicateName,
                        tr("graph %1 has more than one component named \"%2\"; MXFusion anchors "
                           "the last one")
                            .arg(g)
                            .arg(*c.name),
                        {mxfusion::kGraphsEntry, c.uuid.toString(), {}, g}));
            }
        }
    }

    void checkReachability()
    {
        const SavedReachability sim = simulateSavedReachability(m_archive.graphs);
        for (size_t i = 0; i < sim.ambiguous.size(); ++i) {
            const AmbiguousEdge &a = sim.ambiguous[i];
            const ComponentRef node = m_index.find(a.node);
            m_out.push_back(makeProblem(
                Severity::Error, problemcode::GraphAmbiguousEdgeName,
                tr("%1 has several unnamed predecessors on the edge \"%2\"; MXFusion's load "
                   "raises Exception (\"Multiple edges connecting unnamed nodes have the same "
                   "name\")%3. Name the predecessors.")
                    .arg(node.component ? node.component->displayName() : a.node.toString(),
                         a.edgeName, i == 0 ? QString() : tr(" (if it got this far)")),
                {mxfusion::kGraphsEntry, a.predecessor.toString(), {}, a.topGraph}));
        }
        for (const TensorEntry &t : m_file.tensors) {
            if (t.owner.isEmpty() || t.owner.toString() != t.key || sim.reached.contains(t.owner))
                continue;
            const ComponentRef ref = m_index.find(t.owner);
            const bool isParameter = t.group == TensorGroup::Parameters;
            m_out.push_back(makeProblem(
                Severity::Error,
                isParameter ? problemcode::LoadUnreachableTensor
                            : problemcode::LoadUnreachableConstant,
                tr("%1 (%2) is not upstream of any named component, so MXFusion's "
                   "reconciliation never maps it and the load raises KeyError('%3'). Name it "
                   "or a node downstream of it.")
                    .arg(ref.component ? ref.component->displayName() : t.key, t.container, t.key),
                {t.container, t.key, t.key, ref.topGraph}));
        }
        for (const VariableConstant &c : m_archive.variableConstants) {
            if (!m_index.contains(c.id) || sim.reached.contains(c.id))
                continue;
            const ComponentRef ref = m_index.find(c.id);
            m_out.push_back(makeProblem(
                Severity::Error, problemcode::LoadUnreachableConstant,
                tr("the constant of %1 is unreachable for MXFusion's reconciliation (an unnamed "
                   "shape variable?); the load raises KeyError('%2'). Name the variable.")
                    .arg(ref.component->displayName(), c.id.toString()),
                {mxfusion::kVariableConstantsEntry, c.id.toString(), {}, ref.topGraph}));
        }
    }

    void checkValuelessVariables()
    {
        QSet<ComponentId> valued;
        for (const TensorEntry &t : m_file.tensors)
            valued.insert(t.owner.isEmpty() ? ComponentId(t.key) : t.owner);
        for (const VariableConstant &c : m_archive.variableConstants)
            valued.insert(c.id);
        for (const QString &o : m_archive.observed)
            valued.insert(ComponentId(o));
        for (int g = 0; g < int(m_archive.graphs.size()); ++g) {
            for (const Component &c : m_archive.graphs[size_t(g)].nodes) {
                if (!c.isVariable() || valued.contains(c.uuid) || m_index.hasPredecessor(c.uuid))
                    continue;
                valued.insert(c.uuid); // report each UUID once
                m_out.push_back(makeProblem(
                    Severity::Info, problemcode::VariableNoValue,
                    tr("variable %1 has no stored value, constant or observation; on load it "
                       "keeps the rebuilt model's value")
                        .arg(c.displayName()),
                    {mxfusion::kGraphsEntry, c.uuid.toString(), {}, g}));
            }
        }
    }

    const OpenedFile &m_file;
    const MxfusionArchive &m_archive;
    ComponentIndex m_index;
    Problems &m_out;
};

void checkValues(const OpenedFile &file, const ValidateOptions &options, Problems &out)
{
    const qint64 n = qint64(file.tensors.size());
    if (!options.progress) {
        // Tensors are independent: both cores, results in file order.
        for (Problems &p : statsOfAll(file, false).problems)
            out.insert(out.end(), p.begin(), p.end());
        return;
    }
    for (qint64 i = 0; i < n; ++i) {
        const TensorEntry &t = file.tensors[size_t(i)];
        Result<NpyArray> array = loadTensor(t);
        if (!t.error && array) {
            StatsOptions statsOptions;
            statsOptions.hash = false;
            if (Result<TensorStats> stats = computeStats(array->view(), statsOptions))
                addValueProblems(t, *stats, out);
        }
        if (!options.progress(double(i + 1) / double(n)))
            return;
    }
}

} // namespace

void addValueProblems(const TensorEntry &t, const TensorStats &stats, Problems &out)
{
    const auto add = [&](qint64 found, problemcode::Code code, const QString &text) {
        if (found > 0)
            out.push_back(makeProblem(Severity::Warning, code,
                                      text.arg(t.key).arg(found).arg(stats.count),
                                      {t.container, t.owner.toString(), t.key}));
    };
    add(stats.nanCount, problemcode::TensorNan, tr("tensor %1 holds %2 NaN of %3 values"));
    add(stats.infCount, problemcode::TensorInf, tr("tensor %1 holds %2 infinite of %3 values"));
}

AllStats statsOfAll(const OpenedFile &file, bool hash)
{
    std::vector<int> indexes(file.tensors.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    struct One
    {
        Result<TensorStats> stats = fail(ErrorCode::MemberMissing, QString());
        Problems problems;
    };
    // Each worker decodes and summarises one tensor; stored npz members are views of the
    // mapped file, so nothing is copied and nothing is shared but read-only bytes.
    const QList<One> results = QtConcurrent::blockingMapped<QList<One>>(indexes, [&](int i) {
        const TensorEntry &t = file.tensors[size_t(i)];
        One one;
        Result<NpyArray> array = loadTensor(t);
        if (!array) {
            one.stats = fail(array.error());
            return one;
        }
        StatsOptions options;
        options.hash = hash;
        one.stats = computeStats(array->view(), options);
        if (one.stats && !t.error)
            addValueProblems(t, *one.stats, one.problems);
        return one;
    });
    AllStats all;
    for (const One &one : results) {
        all.stats.push_back(one.stats);
        all.problems.push_back(one.problems);
    }
    return all;
}

Problems validateFile(const OpenedFile &file, const ValidateOptions &options)
{
    Problems out;
    if (file.mxfusion)
        MxfusionChecks(file, out).run();
    if (options.checkValues)
        checkValues(file, options, out);
    return out;
}

Problems allProblems(const OpenedFile &file, const ValidateOptions &options)
{
    Problems all = file.problems;
    Problems more = validateFile(file, options);
    all.insert(all.end(), more.begin(), more.end());
    std::stable_sort(all.begin(), all.end(), [](const Problem &a, const Problem &b) {
        return int(a.severity) > int(b.severity);
    });
    return all;
}

} // namespace mxl
