// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MXFusion-mode reconciliation on pairs of the same model saved twice with fresh UUIDs: the
// fixture generator creates components in the same order for both, so the true mapping pairs
// components at the same position of the same graph.
#include "open/openedfile.h"
#include "reconcile/assistedreconciler.h"
#include "reconcile/mxfusionreconciler.h"
#include "reconcile/namingplan.h"
#include "reconcilereport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "support/resultchecks.h"

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MXL_FIXTURES) + u'/' + name;
}

// Position of every component: "graph path/index", first occurrence.
void positions(const FactorGraph &g, const QString &path, QHash<ComponentId, QString> &out)
{
    for (int i = 0; i < int(g.nodes.size()); ++i) {
        const Component &c = g.nodes[size_t(i)];
        if (!out.contains(c.uuid))
            out.insert(c.uuid, path + u'/' + QString::number(i) + u':' + c.type);
        for (int k = 0; k < int(c.graphs.size()); ++k)
            positions(c.graphs[size_t(k)],
                      path + u'/' + QString::number(i) + u'.' + QString::number(k), out);
    }
}

QHash<ComponentId, QString> positionsOf(const std::vector<FactorGraph> &graphs)
{
    QHash<ComponentId, QString> out;
    for (int i = 0; i < int(graphs.size()); ++i)
        positions(graphs[size_t(i)], QString::number(i), out);
    return out;
}

// The fixture pairs both modes are tried on and what each must give: MXFusion's load (the
// error it raises, empty if none, and how many components it matches) and assisted mode (how
// many manual pairs it needs to reach the true mapping, -1 where it is not tried, and how many
// current components are left over).
struct PairCase
{
    const char *row;
    QString saved, current, error;
    int matches, manualPairs, unmatchedCurrent;
};

const std::vector<PairCase> &pairCases()
{
    static const std::vector<PairCase> cases{
        {"identical structure", u"mxfusion/simple_normal.zip"_s, u"pairs/simple_current.zip"_s,
         QString(), 5, 0, 0},
        {"bare graphs.json", u"mxfusion/simple_normal.zip"_s, u"pairs/simple_current_graphs.json"_s,
         QString(), 5, 0, 0},
        {"renamed variable", u"mxfusion/simple_normal.zip"_s, u"pairs/simple_renamed_current.zip"_s,
         u"KeyError"_s, 1, 0, 0},
        {"unnamed, reached by edges", u"pairs/anon_saved.zip"_s, u"pairs/anon_current.zip"_s,
         QString(), 5, 0, 0},
        {"role missing", u"pairs/anon_saved.zip"_s, u"pairs/anon_precision_current.zip"_s,
         u"IndexError"_s, 4, -1, 0},
        {"unnamed shape variable", u"mxfusion/unnamed_shape.zip"_s, u"pairs/simple_current.zip"_s,
         u"KeyError"_s, 4, -1, 0},
        {"GP module", u"mxfusion/gp_regression.zip"_s, u"pairs/gp_current.zip"_s, QString(), 15, 0,
         0},
        {"BNN with posterior", u"mxfusion/bnn_meanfield.zip"_s, u"pairs/bnn_current.zip"_s,
         QString(), 70, 0, 0},
        {"ambiguous edges", u"mxfusion/ambiguous_edges.zip"_s, u"mxfusion/ambiguous_edges.zip"_s,
         u"Exception"_s, 2, -1, 0},
        {"ambiguous edges, pair", u"mxfusion/ambiguous_edges.zip"_s,
         u"pairs/ambiguous_current.zip"_s, u"Exception"_s, 2, 1, 0},
        {"unnamed shape, pair", u"mxfusion/unnamed_shape.zip"_s,
         u"pairs/unnamed_shape_current.zip"_s, u"KeyError"_s, 4, 0, 0},
        {"extra current node", u"mxfusion/simple_normal.zip"_s, u"pairs/extra_node_current.zip"_s,
         QString(), 5, 0, 1},
        {"graph count differs", u"mxfusion/gluon_function.zip"_s, u"pairs/simple_current.zip"_s,
         u"ModelSpecificationError"_s, 0, -1, 0},
    };
    return cases;
}

// pairs/manifest.json: every fixture pair with its true mapping (saved UUID -> current UUID),
// whether MXFusion loads it and whether names alone can make it load.
struct ManifestPair
{
    QString saved, current, situation;
    bool loads = false, byNaming = false;
    QHash<ComponentId, ComponentId> truth;
};

std::vector<ManifestPair> manifest()
{
    QFile f(fixture(u"pairs/manifest.json"_s));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    std::vector<ManifestPair> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) {
        const QJsonObject o = v.toObject();
        ManifestPair p{o[u"saved"_s].toString(),     o[u"current"_s].toString(),
                       o[u"situation"_s].toString(), o[u"loads"_s].toBool(),
                       o[u"by_naming"_s].toBool(),   {}};
        const QJsonObject truth = o[u"truth"_s].toObject();
        for (auto it = truth.begin(); it != truth.end(); ++it)
            p.truth.insert(ComponentId(it.key()), ComponentId(it.value().toString()));
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace

class TestReconcile : public QObject
{
    Q_OBJECT

private slots:
    void predictsMxfusion_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("matches");
        for (const PairCase &p : pairCases())
            QTest::newRow(p.row) << p.saved << p.current << p.error << p.matches;
    }
    void predictsMxfusion()
    {
        QFETCH(QString, saved);
        QFETCH(QString, current);
        QFETCH(QString, error);
        QFETCH(int, matches);
        Result<OpenedFile> s = openFile(fixture(saved));
        QVERIFY(s);
        Result<CurrentModel> c = openCurrentModel(fixture(current));
        MXL_VERIFY_OK(c);
        const ReconcileResult r =
            reconcileLikeMxfusion(s->mxfusion->graphs, c->graphs, storedValuesOf(*s), c->values);
        QCOMPARE(r.prediction.error, error);
        QCOMPARE(r.prediction.ok, error.isEmpty());
        QCOMPARE(int(r.matches.size()), matches);
        // Every pair found is a true pair (same graph, same position, same type), unless the
        // current model is a different one on purpose.
        if (!current.contains(u"precision"_s) && !current.contains(u"renamed"_s) &&
            !current.startsWith(u"mxfusion/"_s) && !saved.contains(u"gluon"_s)) {
            const auto sp = positionsOf(s->mxfusion->graphs);
            const auto cp = positionsOf(c->graphs);
            for (const ComponentMatch &m : r.matches)
                QCOMPARE(cp.value(m.current), sp.value(m.saved));
        }
    }

    // Assisted mode, then the fewest manual pairs (taken from the true mapping, one at a time,
    // for the first saved component still unmatched or wrongly matched) until the matching is
    // exactly the true mapping.
    void assistedReachesTheTruth_data()
    {
        QTest::addColumn<QString>("saved");
        QTest::addColumn<QString>("current");
        QTest::addColumn<int>("manualPairs");
        QTest::addColumn<int>("unmatchedCurrent");
        for (const PairCase &p : pairCases()) {
            if (p.manualPairs >= 0)
                QTest::newRow(p.row) << p.saved << p.current << p.manualPairs << p.unmatchedCurrent;
        }
    }
    void assistedReachesTheTruth()
    {
        QFETCH(QString, saved);
        QFETCH(QString, current);
        QFETCH(int, manualPairs);
        QFETCH(int, unmatchedCurrent);
        Result<OpenedFile> s = openFile(fixture(saved));
        QVERIFY(s);
        Result<CurrentModel> c = openCurrentModel(fixture(current));
        QVERIFY(c);
        const auto sp = positionsOf(s->mxfusion->graphs);
        QHash<QString, ComponentId> truth; // position -> current component
        const auto cp = positionsOf(c->graphs);
        for (auto it = cp.begin(); it != cp.end(); ++it)
            truth.insert(it.value(), it.key());
        MatchingDecisions decisions;
        for (int round = 0; round <= int(sp.size()); ++round) {
            const AssistedResult r = reconcileAssisted(s->mxfusion->graphs, c->graphs,
                                                       storedValuesOf(*s), c->values, decisions);
            QSet<ComponentId> usedCurrent;
            ComponentId wrong;
            for (const ComponentMatch &m : r.matches) {
                QVERIFY2(!usedCurrent.contains(m.current), "one-to-one");
                usedCurrent.insert(m.current);
                if (wrong.isEmpty() && truth.value(sp.value(m.saved)) != m.current)
                    wrong = m.saved;
            }
            if (wrong.isEmpty() && r.unmatched.empty()) {
                QCOMPARE(int(decisions.pairs.size()), manualPairs);
                QCOMPARE(int(r.matches.size()), int(sp.size()));
                QCOMPARE(int(cp.size() - usedCurrent.size()), unmatchedCurrent);
                return;
            }
            // The next manual pair: a wrong one first, else the first unmatched; the true
            // counterpart must be among its ranked candidates.
            if (wrong.isEmpty()) {
                wrong = r.unmatched.front().saved;
                const ComponentId want = truth.value(sp.value(wrong));
                bool listed = false;
                for (const MatchCandidate &m : r.unmatched.front().candidates)
                    listed |= m.current == want;
                QVERIFY2(listed, "the true counterpart is a candidate");
            }
            decisions.pairs.push_back({wrong, truth.value(sp.value(wrong)), true});
        }
        QFAIL("assisted mode never reached the true mapping");
    }

    // Rebuilds that dropped, added or doubled a factor, switched SVI to MAP, re-created Gluon
    // blocks, changed a kernel or a distribution: assisted mode never pairs wrongly, stays
    // one-to-one, and finds at least 95 % of the true pairs over all of them.
    void assistedIsNeverWrong()
    {
        const std::vector<ManifestPair> pairs = manifest();
        QVERIFY(pairs.size() >= 20);
        int truePairs = 0, found = 0, wrong = 0;
        for (const ManifestPair &p : pairs) {
            Result<OpenedFile> s = openFile(fixture(p.saved));
            QVERIFY2(s, qPrintable(p.saved));
            Result<CurrentModel> c = openCurrentModel(fixture(p.current));
            QVERIFY2(c, qPrintable(p.current));
            const AssistedResult r =
                reconcileAssisted(s->mxfusion->graphs, c->graphs, storedValuesOf(*s), c->values);
            QSet<ComponentId> used;
            for (const ComponentMatch &m : r.matches) {
                QVERIFY2(!used.contains(m.current), qPrintable(p.situation));
                used.insert(m.current);
                if (p.truth.value(m.saved) != m.current) {
                    ++wrong;
                    qWarning("%s: saved %s paired with %s", qPrintable(p.situation),
                             qPrintable(m.saved.toString()), qPrintable(m.current.toString()));
                } else {
                    ++found;
                }
            }
            truePairs += int(p.truth.size());
            // Whatever is left has ranked candidates to choose from.
            for (const UnmatchedComponent &u : r.unmatched)
                for (size_t i = 1; i < u.candidates.size(); ++i)
                    QVERIFY(u.candidates[i - 1].score >= u.candidates[i].score);
        }
        qInfo("%d pairs: %d wrong, %d of %d true pairs found", int(pairs.size()), wrong, found,
              truePairs);
        QCOMPARE(wrong, 0);
        QVERIFY2(found * 100 >= truePairs * 95, qPrintable(u"%1/%2"_s.arg(found).arg(truePairs)));
    }

    // --fix: a pair that loads needs nothing; otherwise the plan, applied on both sides, makes
    // the prediction succeed, and a name given on both sides joins true counterparts only;
    // where no naming can work, the plan says why.
    void namingPlanMakesItLoad()
    {
        for (const ManifestPair &p : manifest()) {
            Result<OpenedFile> s = openFile(fixture(p.saved));
            QVERIFY(s);
            Result<CurrentModel> c = openCurrentModel(fixture(p.current));
            QVERIFY(c);
            const StoredValues values = storedValuesOf(*s);
            const NamingPlan plan = planNaming(s->mxfusion->graphs, values, c->graphs, c->values);
            QVERIFY2(plan.byNaming == p.byNaming, qPrintable(p.situation + u": "_s + plan.whyNot));
            QCOMPARE(plan.alreadyLoads, p.loads);
            if (p.loads || !plan.byNaming) {
                QVERIFY(plan.isEmpty());
                QCOMPARE(plan.whyNot.isEmpty(), plan.byNaming);
                continue;
            }
            QVERIFY2(!plan.isEmpty(), qPrintable(p.situation));
            QHash<ComponentId, std::optional<QString>> savedNames, currentNames;
            QHash<QString, ComponentId> savedByName;
            for (const SavedRename &r : plan.savedRenames) {
                savedNames.insert(r.uuid, r.name);
                if (r.name)
                    savedByName.insert(*r.name, r.uuid);
            }
            for (const CodeRename &r : plan.currentRenames) {
                currentNames.insert(r.uuid, r.name);
                QCOMPARE(p.truth.value(savedByName.value(r.name)), r.uuid);
                QCOMPARE(r.saved, savedByName.value(r.name));
                QVERIFY(!r.where.isEmpty());
                QVERIFY(r.line.contains(r.name));
            }
            const ReconcileResult after =
                reconcileLikeMxfusion(withNames(s->mxfusion->graphs, savedNames),
                                      withNames(c->graphs, currentNames), values, c->values);
            QVERIFY2(after.prediction.ok,
                     qPrintable(p.situation + u": "_s + after.prediction.message));
            QVERIFY(plan.after.ok);
            for (const ComponentMatch &m : after.matches)
                if (p.truth.contains(m.saved))
                    QCOMPARE(m.current, p.truth.value(m.saved));
        }
    }

    // The plans themselves: a name in the archive when the code renamed a variable; the saved
    // name removed when the code no longer names it; both sides for an unnamed shape variable.
    void namingPlanExamples()
    {
        auto plan = [](const QString &saved, const QString &current) {
            Result<OpenedFile> s = openFile(fixture(saved));
            Result<CurrentModel> c = openCurrentModel(fixture(current));
            return planNaming(s->mxfusion->graphs, storedValuesOf(*s), c->graphs, c->values);
        };
        NamingPlan p = plan(u"mxfusion/simple_normal.zip"_s, u"pairs/simple_renamed_current.zip"_s);
        QVERIFY(p.byNaming);
        QCOMPARE(int(p.savedRenames.size()), 1);
        QCOMPARE(p.savedRenames[0].name, std::optional<QString>(u"mu"_s));
        QVERIFY(p.currentRenames.empty());
        QCOMPARE(renameArguments(p).size(), 1);
        QVERIFY(renameArguments(p)[0].endsWith(u"=mu"_s));

        p = plan(u"pairs/simple_unnamed_mean_saved.zip"_s,
                 u"pairs/simple_unnamed_mean_current.zip"_s);
        QVERIFY(p.byNaming);
        QCOMPARE(int(p.savedRenames.size()), 1);
        QCOMPARE(p.savedRenames[0].name, std::nullopt);

        p = plan(u"mxfusion/unnamed_shape.zip"_s, u"pairs/unnamed_shape_current.zip"_s);
        QVERIFY(p.byNaming);
        QCOMPARE(int(p.currentRenames.size()), 1);
        QCOMPARE(p.currentRenames[0].name, u"N"_s);
        QCOMPARE(p.currentRenames[0].type, u"Variable"_s);
        QVERIFY2(p.currentRenames[0].where.contains(u"shape of `y`"_s),
                 qPrintable(p.currentRenames[0].where));
        QCOMPARE(p.currentRenames[0].line, u"m.N = ..."_s);

        // Naming y reaches mean and variance: one name on each side, not two.
        p = plan(u"pairs/simple_anonymous_y_saved.zip"_s,
                 u"pairs/simple_anonymous_y_current.zip"_s);
        QVERIFY(p.byNaming);
        QCOMPARE(int(p.currentRenames.size()), 1);
        QVERIFY(p.currentRenames[0].where.contains(u"Normal.random_variable"_s));

        p = plan(u"pairs/bnn_gluon_shifted_saved.zip"_s, u"pairs/bnn_gluon_shifted_current.zip"_s);
        QVERIFY(!p.byNaming);
        QVERIFY2(p.whyNot.contains(u"hybrid0_dense1_weight"_s), qPrintable(p.whyNot));

        p = plan(u"mxfusion/simple_normal.zip"_s, u"pairs/simple_current.zip"_s);
        QVERIFY(p.byNaming && p.alreadyLoads && p.isEmpty());
    }

    void mappingFiles()
    {
        MappingFile m;
        m.savedPath = u"saved.zip"_s;
        m.currentPath = u"current.zip"_s;
        m.decisions.pairs = {{ComponentId(u"a"_s), ComponentId(u"b"_s), true},
                             {ComponentId(u"c"_s), ComponentId(u"d"_s), false}};
        m.decisions.rejected = {{ComponentId(u"e"_s), ComponentId(u"f"_s)}};
        const QByteArray json = mappingJson(m, [](const ComponentId &id) { return id.toString(); });
        Result<MappingFile> back = parseMapping(json, u"m.json"_s);
        QVERIFY(back);
        QCOMPARE(back->decisions, m.decisions);
        QCOMPARE(back->savedPath, m.savedPath);
        const char *bad[] = {
            "[]",
            "{\"format\": \"other\", \"version\": 1}",
            "{\"format\": \"mxlens-mapping\", \"version\": 2}",
            "{\"format\": \"mxlens-mapping\", \"version\": 1, \"pairs\": {}}",
            "{\"format\": \"mxlens-mapping\", \"version\": 1, \"pairs\": [{\"saved\": 1}]}",
            "{\"format\": \"mxlens-mapping\", \"version\": 1, \"pairs\": "
            "[{\"saved\": \"a\", \"current\": \"b\", \"locked\": 3}]}",
            "{\"format\": \"mxlens-mapping\"",
        };
        for (const char *text : bad) {
            Result<MappingFile> r = parseMapping(QByteArrayView(text), u"m.json"_s);
            QVERIFY2(!r, text);
            QVERIFY(r.error().describe().startsWith(u"m.json"_s));
        }
    }

    void renamedVariableNamesTheNode()
    {
        Result<OpenedFile> s = openFile(fixture(u"mxfusion/simple_normal.zip"_s));
        Result<CurrentModel> c = openCurrentModel(fixture(u"pairs/simple_renamed_current.zip"_s));
        const ReconcileResult r =
            reconcileLikeMxfusion(s->mxfusion->graphs, c->graphs, storedValuesOf(*s), c->values);
        QCOMPARE(r.prediction.message, u"KeyError: 'mean'"_s);
        QCOMPARE(*s->mxfusion->graphs[0].find(r.prediction.savedNode)->name, u"mean"_s);
    }
};

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
