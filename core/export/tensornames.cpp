// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/tensornames.h"

#include "formats/json/safejson.h"
#include "open/openedfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

// Where a component was first found: its graph and the prefixes its names take there.
struct Place
{
    const FactorGraph *graph = nullptr;
    const Component *component = nullptr;
    QString namePrefix; // modules it sits in: "gp_regression."
    QString pathPrefix; // the same, after "posterior." for a posterior graph
};

QString moduleName(const Component &module)
{
    if (module.isNamed())
        return *module.name;
    for (const FactorGraph &g : module.graphs) {
        if (g.name && !g.name->isEmpty())
            return *g.name;
    }
    return module.type.isEmpty() ? module.uuid.toString().left(8) : module.type;
}

QString ownName(const Component &c)
{
    if (c.isNamed())
        return *c.name;
    if (c.inheritedName && !c.inheritedName->isEmpty())
        return *c.inheritedName;
    return {};
}

QString edgeName(const Link &link)
{
    if (link.hasName && !link.name.isEmpty())
        return link.name;
    return link.key.isEmpty() ? u"input"_s : link.key;
}

class GraphNamer
{
public:
    explicit GraphNamer(const std::vector<FactorGraph> &graphs)
    {
        // Top-level graphs first (the model, then posteriors), then module internals depth
        // first: a Variable shared by the model and a module is named as the model sees it.
        std::vector<QString> prefixes;
        for (size_t i = 0; i < graphs.size(); ++i) {
            QString prefix;
            if (i > 0) {
                const FactorGraph &g = graphs[i];
                prefix = g.name && !g.name->isEmpty()
                             ? *g.name
                             : (i == 1 ? u"posterior"_s : u"posterior%1"_s.arg(i));
                prefix += u'.';
            }
            addGraph(graphs[i], {}, prefix);
            prefixes.push_back(prefix);
        }
        for (size_t i = 0; i < graphs.size(); ++i)
            addModules(graphs[i], {}, prefixes[i], 0);
    }

    // The readable name of component `id` and how it was made; empty if none could be made.
    std::pair<QString, NameSource> name(const ComponentId &id)
    {
        const auto it = m_places.constFind(id);
        if (it == m_places.cend() || !it->component)
            return {{}, NameSource::Key};
        const Place &place = *it;
        const Component &c = *place.component;
        if (c.isNamed())
            return {place.namePrefix + *c.name, NameSource::ComponentName};
        if (c.inheritedName && !c.inheritedName->isEmpty())
            return {place.namePrefix + *c.inheritedName, NameSource::InheritedName};
        QSet<ComponentId> visiting;
        const QString path = pathOf(*place.graph, c.uuid, visiting, 0);
        if (path.isEmpty())
            return {{}, NameSource::Key};
        return {place.pathPrefix + path, NameSource::GraphPath};
    }

private:
    static constexpr int kMaxPathDepth = 8;

    void addGraph(const FactorGraph &graph, const QString &namePrefix, const QString &pathPrefix)
    {
        for (const Component &c : graph.nodes) {
            if (!m_places.contains(c.uuid))
                m_places.insert(c.uuid, Place{&graph, &c, namePrefix, pathPrefix});
        }
    }

    void addModules(const FactorGraph &graph, const QString &namePrefix, const QString &pathPrefix,
                    int depth)
    {
        if (depth > 32)
            return;
        for (const Component &c : graph.nodes) {
            if (!c.isModule)
                continue;
            const QString inner = moduleName(c) + u'.';
            for (const FactorGraph &g : c.graphs)
                addGraph(g, namePrefix + inner, pathPrefix + inner);
            for (const FactorGraph &g : c.graphs)
                addModules(g, namePrefix + inner, pathPrefix + inner, depth + 1);
        }
    }

    const QHash<ComponentId, std::vector<int>> &outgoing(const FactorGraph &graph)
    {
        auto it = m_outgoing.find(&graph);
        if (it != m_outgoing.end())
            return it->second;
        QHash<ComponentId, std::vector<int>> links;
        for (int i = 0; i < int(graph.links.size()); ++i)
            links[graph.links[size_t(i)].source].push_back(i);
        return m_outgoing.emplace(&graph, std::move(links)).first->second;
    }

    // OUTPUT.EDGE for an unnamed Variable: its first outgoing link whose factor has an output
    // that can be named (recursively, a bounded number of steps).
    QString pathOf(const FactorGraph &graph, const ComponentId &id, QSet<ComponentId> &visiting,
                   int depth)
    {
        if (depth > kMaxPathDepth || visiting.contains(id))
            return {};
        visiting.insert(id);
        const auto &out = outgoing(graph);
        QString result;
        for (int linkIndex : out.value(id)) {
            const Link &link = graph.links[size_t(linkIndex)];
            for (int outIndex : out.value(link.target)) {
                const ComponentId &target = graph.links[size_t(outIndex)].target;
                if (visiting.contains(target))
                    continue;
                const Component *w = graph.find(target);
                QString base = w ? ownName(*w) : QString();
                if (base.isEmpty())
                    base = pathOf(graph, target, visiting, depth + 1);
                if (!base.isEmpty()) {
                    result = base + u'.' + edgeName(link);
                    break;
                }
            }
            if (!result.isEmpty())
                break;
        }
        visiting.remove(id);
        return result;
    }

    QHash<ComponentId, Place> m_places;
    std::map<const FactorGraph *, QHash<ComponentId, std::vector<int>>> m_outgoing;
};

// For a safetensors file mxlens wrote: name -> the key it was stored under originally, from
// the "mxlens.tensors" metadata entry. Anything malformed there is ignored.
QHash<QString, QString> originalKeys(const OpenedFile &file)
{
    QHash<QString, QString> keys;
    if (!file.safetensors)
        return keys;
    const std::optional<QString> text = file.safetensors->metadataValue(u"mxlens.tensors"_s);
    if (!text)
        return keys;
    Result<detail::Json> json = detail::parseJson(text->toUtf8());
    if (!json || !json->is_object())
        return keys;
    for (auto it = json->begin(); it != json->end(); ++it) {
        if (!it.value().is_object())
            continue;
        const auto key = it.value().find("key");
        if (key == it.value().end())
            continue;
        if (const std::optional<QString> k = detail::jsonString(*key); k && !k->isEmpty())
            keys.insert(detail::toQString(it.key()), *k);
    }
    return keys;
}

// Makes every name unique: each set sharing a base gets "~TAG" by the first tag kind that
// tells its members apart without meeting another name.
void disambiguate(std::vector<TensorName> &names)
{
    QHash<QString, std::vector<size_t>> byName;
    std::vector<QString> order;
    for (size_t i = 0; i < names.size(); ++i) {
        auto &list = byName[names[i].readable];
        if (list.empty())
            order.push_back(names[i].readable);
        list.push_back(i);
    }
    QSet<QString> taken;
    for (const QString &n : order) {
        if (byName[n].size() == 1)
            taken.insert(n);
    }
    const std::vector<std::function<QString(const TensorName &, size_t)>> tags = {
        [](const TensorName &t, size_t) { return tensorGroupName(t.group); },
        [](const TensorName &t, size_t) { return t.stored.left(8); },
        [](const TensorName &t, size_t) { return t.stored; },
        [](const TensorName &, size_t position) { return QString::number(position + 1); },
    };
    for (const QString &base : order) {
        const std::vector<size_t> &set = byName[base];
        if (set.size() < 2)
            continue;
        bool done = false;
        for (const auto &tag : tags) {
            QSet<QString> candidates;
            bool ok = true;
            for (size_t k = 0; k < set.size() && ok; ++k) {
                const QString name = base + u'~' + tag(names[set[k]], k);
                ok = !taken.contains(name) && !candidates.contains(name);
                candidates.insert(name);
            }
            if (!ok)
                continue;
            for (size_t k = 0; k < set.size(); ++k) {
                names[set[k]].readable = base + u'~' + tag(names[set[k]], k);
                names[set[k]].disambiguated = true;
            }
            taken.unite(candidates);
            done = true;
            break;
        }
        // Positions can meet names such as "x~1" that exist already: count on past them.
        for (size_t k = 0; !done && k < set.size(); ++k) {
            QString name;
            for (qint64 n = qint64(k) + 1;; ++n) {
                name = base + u'~' + QString::number(n);
                if (!taken.contains(name))
                    break;
            }
            names[set[k]].readable = name;
            names[set[k]].disambiguated = true;
            taken.insert(name);
        }
    }
}

} // namespace

QString nameSourceText(NameSource source)
{
    switch (source) {
    case NameSource::ComponentName:
        return QCoreApplication::translate("TensorNames", "the component's name");
    case NameSource::InheritedName:
        return QCoreApplication::translate("TensorNames", "the Gluon parameter name");
    case NameSource::GraphPath:
        return QCoreApplication::translate("TensorNames", "a path through the graph");
    case NameSource::MxnetName:
        return QCoreApplication::translate("TensorNames", "the MXNet name without its prefix");
    case NameSource::Key:
        return QCoreApplication::translate("TensorNames", "the key as stored");
    }
    return {};
}

std::vector<TensorName> readableTensorNames(const OpenedFile &file)
{
    std::vector<TensorName> names;
    names.reserve(file.tensors.size());
    std::optional<GraphNamer> namer;
    if (file.mxfusion)
        namer.emplace(file.mxfusion->graphs);
    const QHash<QString, QString> original = originalKeys(file);
    for (size_t i = 0; i < file.tensors.size(); ++i) {
        const TensorEntry &t = file.tensors[i];
        TensorName n;
        n.stored = original.value(t.key, t.key);
        n.group = t.group;
        n.component = t.owner;
        if (namer && !t.owner.isEmpty()) {
            auto [readable, source] = namer->name(t.owner);
            n.readable = readable;
            n.source = source;
        } else if (file.mxnet && (t.key.startsWith(u"arg:"_s) || t.key.startsWith(u"aux:"_s))) {
            n.readable = t.key.mid(4);
            n.source = NameSource::MxnetName;
        }
        if (n.readable.isEmpty()) {
            n.readable = t.key.isEmpty() ? u"tensor%1"_s.arg(i) : t.key;
            n.source = NameSource::Key;
        }
        n.base = n.readable;
        names.push_back(std::move(n));
    }
    disambiguate(names);
    return names;
}

} // namespace mxl
