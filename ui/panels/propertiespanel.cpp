// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/propertiespanel.h"

#include "document/archivedocument.h"
#include "export/tensornames.h"
#include "graph/componentindex.h"
#include "selectionhub.h"

#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

struct Appearance
{
    const FactorGraph *graph;
    QString path;
};

void findAppearances(const FactorGraph &g, const QString &path, const ComponentId &id,
                     std::vector<Appearance> &out)
{
    if (g.indexOf(id) >= 0)
        out.push_back({&g, path});
    for (const Component &c : g.nodes) {
        for (size_t i = 0; i < c.graphs.size(); ++i) {
            const QString inner =
                c.graphs[i].name ? *c.graphs[i].name : (i == 0 ? u"model"_s : u"posterior"_s);
            findAppearances(c.graphs[i], path + u" ▸ "_s + c.displayName() + u" ▸ "_s + inner, id,
                            out);
        }
    }
}

QString link(const ComponentIndex &index, const ComponentId &id)
{
    const ComponentRef ref = index.find(id);
    const QString text = ref.component ? ref.component->displayName() : id.toString().left(8);
    const QString type = ref.component ? ref.component->type : QString();
    return u"<a href=\"component:%1\">%2</a> <span style='color:#777'>%3</span>"_s.arg(
        esc(id.toString()), esc(text), esc(type));
}

} // namespace

PropertiesPanel::PropertiesPanel(SelectionHub *hub, QWidget *parent)
    : QWidget(parent), m_hub(hub), m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setOpenLinks(false);
    m_browser->setPlaceholderText(
        tr("Select a node in the graph or the Outline, or a tensor in the Tensors list."));
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"component"_s)
            m_hub->selectComponent(ComponentId(url.path()));
    });
    connect(m_hub, &SelectionHub::componentSelected, this, &PropertiesPanel::showComponent);
}

void PropertiesPanel::setDocument(const ArchiveDocument *document)
{
    m_document = document;
    m_current = {};
    m_browser->clear();
}

QString PropertiesPanel::plainText() const
{
    return m_browser->toPlainText();
}

void PropertiesPanel::showComponent(const ComponentId &id)
{
    m_current = id;
    m_browser->setHtml(m_document && !id.isEmpty() ? html(id) : QString());
}

void PropertiesPanel::showTensor(const QString &group, const QString &key)
{
    m_current = {};
    m_browser->setHtml(m_document ? tensorHtml(group, key) : QString());
}

QString PropertiesPanel::tensorHtml(const QString &group, const QString &key) const
{
    const TensorEntry *entry = nullptr;
    size_t index = 0;
    for (const TensorEntry &t : m_document->tensors()) {
        if (t.key == key && tensorGroupName(t.group) == group) {
            entry = &t;
            break;
        }
        ++index;
    }
    if (!entry)
        return tr("<p>No tensor %1 in this file.</p>").arg(esc(key));
    const std::vector<TensorName> names = readableTensorNames(m_document->file());
    const QString readable = index < names.size() ? names[index].readable : key;
    QString h = u"<h3 style='margin-bottom:2px'>%1 <span style='color:#777;font-weight:normal'>"
                u"%2</span></h3>"_s.arg(esc(readable), tr("tensor"));
    h += u"<table cellspacing=0 cellpadding=2>"_s;
    auto row = [&h](const QString &k, const QString &v) {
        h += u"<tr><td style='color:#555;padding-right:10px'>%1</td><td>%2</td></tr>"_s.arg(k, v);
    };
    if (index < names.size())
        row(tr("Name"), u"%1 <span style='color:#777'>(%2)</span>"_s.arg(
                            esc(readable), esc(nameSourceText(names[index].source))));
    row(tr("Key"), u"<code>%1</code>"_s.arg(esc(entry->key)));
    row(tr("Group"), esc(group));
    row(tr("Stored in"), esc(entry->container));
    if (entry->memberIndex >= 0 && entry->ndarrays)
        row(tr("Record"), QString::number(entry->memberIndex));
    if (entry->info) {
        row(tr("DType"), u"<b>%1</b>"_s.arg(dtypeName(entry->info->dtype)));
        row(tr("Shape"), u"<b>%1</b>"_s.arg(shapeText(entry->info->shape)));
    } else if (entry->error) {
        row(tr("Unreadable"), esc(entry->error->message));
    }
    if (entry->storage != NdStorage::Dense)
        row(tr("Storage"), tr("%1 (shown densified)").arg(ndStorageName(entry->storage)));
    if (!entry->owner.isEmpty())
        row(tr("Owner"), link(ComponentIndex(m_document->graphs()), entry->owner));
    else if (!m_document->graphs().empty())
        row(tr("Owner"), tr("<i>no component of the graph owns this key</i>"));
    h += u"</table>"_s;
    h += problemsHtml([&key](const Problem &p) { return p.where.tensorKey == key; });
    return h;
}

QString PropertiesPanel::html(const ComponentId &id) const
{
    const ComponentIndex index(m_document->graphs());
    const ComponentRef ref = index.find(id);
    if (!ref.component)
        return tr("<p>No component %1 in this archive.</p>").arg(esc(id.toString()));
    const Component &c = *ref.component;
    QString h = u"<h3 style='margin-bottom:2px'>%1 <span style='color:#777;font-weight:normal'>"
                u"%2</span></h3>"_s.arg(esc(c.displayName()), esc(c.type));
    h += u"<table cellspacing=0 cellpadding=2>"_s;
    auto row = [&h](const QString &k, const QString &v) {
        h += u"<tr><td style='color:#555;padding-right:10px'>%1</td><td>%2</td></tr>"_s.arg(k, v);
    };
    row(tr("UUID"), u"<code>%1</code>"_s.arg(esc(c.uuid.toString())));
    row(tr("Name"), c.name ? esc(*c.name) : tr("<i>none (unnamed)</i>"));
    row(tr("Type"), esc(c.type));
    row(tr("Version"), esc(c.version));
    if (c.hasInheritedNameKey)
        row(tr("Inherited name"), c.inheritedName ? esc(*c.inheritedName) : u"<i>null</i>"_s);
    if (m_document->isObserved(id))
        row(tr("Observed"), tr("yes (configuration.json)"));
    if (const int t = m_document->tensorIndexOf(id); t >= 0) {
        const TensorEntry &e = m_document->tensors()[size_t(t)];
        row(tr("Tensor"),
            e.info ? u"<b>%1 %2</b> in %3"_s.arg(dtypeName(e.info->dtype), shapeText(e.info->shape),
                                                 esc(e.container))
                   : tr("unreadable: %1").arg(esc(e.error ? e.error->message : QString())));
    }
    if (const VariableConstant *vc = m_document->variableConstantOf(id))
        row(tr("Constant"), u"<b>%1</b> (variable_constants.json)"_s.arg(esc(vc->text)));
    if (!c.attributes.isEmpty()) {
        QStringList links;
        for (const QString &a : c.attributes)
            links << link(index, ComponentId(a));
        row(tr("Shape uses"), links.join(u", "_s));
    }
    h += u"</table>"_s;

    std::vector<Appearance> where;
    const auto &graphs = m_document->graphs();
    for (size_t i = 0; i < graphs.size(); ++i)
        findAppearances(graphs[i], i == 0 ? tr("Model") : tr("Posterior %1").arg(i), id, where);
    for (const Appearance &a : where) {
        h += u"<h4 style='margin-bottom:2px'>%1</h4><table cellspacing=0 cellpadding=1>"_s.arg(
            esc(a.path));
        int edges = 0;
        for (const Predecessor &p : predecessorsOf(*a.graph, id)) {
            h += u"<tr><td>⟵ <i>%1</i></td><td>%2</td></tr>"_s.arg(esc(p.edgeName),
                                                                   link(index, p.source));
            ++edges;
        }
        for (const Link &l : a.graph->links) {
            if (l.source == id) {
                h += u"<tr><td>⟶ <i>%1</i></td><td>%2</td></tr>"_s.arg(esc(l.name),
                                                                       link(index, l.target));
                ++edges;
            }
        }
        if (edges == 0)
            h += tr("<tr><td colspan=2 style='color:#777'>no edges</td></tr>");
        h += u"</table>"_s;
    }
    if (c.isModule) {
        h += tr("<h4 style='margin-bottom:2px'>Internal graphs</h4><ul style='margin-top:0'>");
        for (size_t i = 0; i < c.graphs.size(); ++i)
            h += tr("<li>%1: %2 nodes, %3 edges</li>")
                     .arg(esc(c.graphs[i].name.value_or(i == 0 ? tr("model") : tr("posterior"))))
                     .arg(c.graphs[i].nodes.size())
                     .arg(c.graphs[i].links.size());
        h += u"</ul>"_s;
    }
    h += problemsHtml([uuid = id.toString()](const Problem &p) {
        return p.where.component == uuid || p.where.tensorKey == uuid;
    });
    return h;
}

QString PropertiesPanel::problemsHtml(const std::function<bool(const Problem &)> &about) const
{
    QString problems;
    for (const Problem &p : m_document->problems()) {
        if (about(p))
            problems +=
                u"<li><b>%1</b> %2</li>"_s.arg(esc(severityName(p.severity)), esc(p.message));
    }
    if (problems.isEmpty())
        return {};
    return tr("<h4 style='margin-bottom:2px;color:#b02020'>Problems</h4><ul "
              "style='margin-top:0'>") +
           problems + u"</ul>"_s;
}

} // namespace mxl
