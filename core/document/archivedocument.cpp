// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/archivedocument.h"

#include "document/commands/changetensor.h"
#include "document/commands/changevalue.h"
#include "document/commands/setconfiguration.h"
#include "document/commands/transplantcommand.h"
#include "document/editvalues.h"
#include "graph/componentindex.h"
#include "validate/validator.h"

#include <QCoreApplication>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

void renameEverywhere(std::vector<FactorGraph> &graphs,
                      const QHash<QString, std::optional<QString>> &renames)
{
    for (FactorGraph &g : graphs) {
        for (Component &c : g.nodes) {
            if (auto it = renames.find(c.uuid.toString()); it != renames.end())
                c.name = *it;
            renameEverywhere(c.graphs, renames);
        }
    }
}

} // namespace

ArchiveDocument::ArchiveDocument(OpenedFile file, QObject *parent)
    : QObject(parent), m_base(std::make_shared<const OpenedFile>(std::move(file))),
      m_opened(m_base), m_path(m_base->path), m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    rebuild();
}

ArchiveDocument::~ArchiveDocument() = default;

bool ArchiveDocument::isModified() const
{
    return !m_undoStack->isClean();
}

bool ArchiveDocument::isEditable() const
{
    return m_base->mxfusion && m_base->zip && m_base->tensorsIndexed;
}

int ArchiveDocument::tensorIndexOf(const ComponentId &component) const
{
    for (int i = 0; i < int(m_file.tensors.size()); ++i) {
        if (m_file.tensors[size_t(i)].owner == component)
            return i;
    }
    return -1;
}

int ArchiveDocument::tensorIndexOfKey(const QString &key) const
{
    for (int i = 0; i < int(m_file.tensors.size()); ++i) {
        if (m_file.tensors[size_t(i)].key == key)
            return i;
    }
    return -1;
}

const VariableConstant *ArchiveDocument::variableConstantOf(const ComponentId &component) const
{
    if (!m_file.mxfusion)
        return nullptr;
    for (const VariableConstant &c : m_file.mxfusion->variableConstants) {
        if (c.id == component)
            return &c;
    }
    return nullptr;
}

bool ArchiveDocument::isObserved(const ComponentId &component) const
{
    return m_file.mxfusion && m_file.mxfusion->observed.contains(component.toString());
}

const Component *ArchiveDocument::component(const ComponentId &id) const
{
    return ComponentIndex(graphs()).find(id).component;
}

// ---- edits: check, then push ------------------------------------------------------------

Status ArchiveDocument::renameComponent(const ComponentId &id, const std::optional<QString> &name)
{
    if (!isEditable())
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("only an indexed MXFusion archive can be edited"));
    const Component *c = component(id);
    if (!c)
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("no component has the UUID %1").arg(id.toString()),
                      mxfusion::kGraphsEntry);
    std::optional<QString> wanted = name;
    if (wanted && wanted->isEmpty())
        wanted.reset();
    if (wanted && !isPythonIdentifier(*wanted))
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("'%1' is not a Python identifier: MXFusion names are model "
                         "attribute names (letters, digits and _, not starting with a digit)")
                          .arg(*wanted));
    if (c->name == wanted)
        return Ok{};
    // The edit entry after the change; none when it returns to the name as read.
    const Component *original = ComponentIndex(graphsOf(*m_base)).find(id).component;
    std::optional<NameEdit> entry;
    if (!original || original->name != wanted)
        entry = wanted;
    const QString text = wanted ? tr("Name %1 '%2'").arg(c->displayName(), *wanted)
                                : tr("Remove the name of %1").arg(c->displayName());
    m_undoStack->push(new RenameComponent(this, id, entry, text));
    return Ok{};
}

Status ArchiveDocument::setConstantValue(const ComponentId &id, const QString &text)
{
    if (!isEditable())
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("only an indexed MXFusion archive can be edited"));
    const VariableConstant *current = variableConstantOf(id);
    if (!current)
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("no variable constant has the UUID %1").arg(id.toString()),
                      mxfusion::kVariableConstantsEntry);
    Result<VariableConstant> parsed = parseConstantValue(text);
    if (!parsed)
        return failIn(m_path, ErrorCode::BadUsage, parsed.error().message,
                      mxfusion::kVariableConstantsEntry);
    parsed->id = id;
    if (*parsed == *current)
        return Ok{};
    std::optional<VariableConstant> entry;
    for (const VariableConstant &c : m_base->mxfusion->variableConstants) {
        if (c.id == id && !(c == *parsed))
            entry = *parsed;
    }
    const Component *c = component(id);
    const QString who = c ? c->displayName() : id.toString().left(8);
    m_undoStack->push(
        new SetConstantValue(this, id, entry, tr("Set %1 to %2").arg(who, parsed->text)));
    return Ok{};
}

Status ArchiveDocument::setConfiguration(const QByteArray &json)
{
    if (!isEditable())
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("only an indexed MXFusion archive can be edited"));
    Result<QByteArray> normalized = normalizeConfiguration(json);
    if (!normalized)
        return failIn(m_path, ErrorCode::BadUsage, normalized.error().message,
                      mxfusion::kConfigurationEntry);
    const std::optional<QByteArray> current = m_edits.configuration;
    if (current == *normalized)
        return Ok{};
    m_undoStack->push(new SetConfiguration(this, *normalized, tr("Edit the configuration")));
    return Ok{};
}

Status ArchiveDocument::setObserved(const ComponentId &id, bool observed)
{
    if (!isEditable())
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("only an indexed MXFusion archive can be edited"));
    QStringList list = m_file.mxfusion->observed;
    if (list.contains(id.toString()) == observed)
        return Ok{};
    if (observed)
        list << id.toString();
    else
        list.removeAll(id.toString());
    const Component *c = component(id);
    const QString who = c ? c->displayName() : id.toString().left(8);
    m_undoStack->push(new SetConfiguration(this, configurationJson(list),
                                           observed ? tr("Observe %1").arg(who)
                                                    : tr("Stop observing %1").arg(who)));
    return Ok{};
}

Result<TensorReplacementCheck> ArchiveDocument::checkTensorReplacement(const QString &key,
                                                                       const QByteArray &npy) const
{
    const int index = tensorIndexOfKey(key);
    if (index < 0)
        return failIn(m_path, ErrorCode::BadUsage, tr("no tensor has the key %1").arg(key));
    const TensorEntry &entry = m_file.tensors[size_t(index)];
    Result<NpyArray> array = readNpy(ByteSource::fromBytes(npy, key + u".npy"_s));
    if (!array)
        return fail(array.error());
    TensorReplacementCheck check;
    check.newInfo = array->info();
    if (entry.info) {
        check.oldInfo = *entry.info;
        check.changesShape = entry.info->shape != check.newInfo.shape;
        check.changesDtype = entry.info->dtype != check.newInfo.dtype;
    }
    return check;
}

Status ArchiveDocument::replaceTensor(const QString &key, const QByteArray &npy, bool confirmed)
{
    if (!isEditable())
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("only an indexed MXFusion archive can be edited"));
    Result<TensorReplacementCheck> check = checkTensorReplacement(key, npy);
    if (!check)
        return fail(check.error());
    if (check->needsConfirmation() && !confirmed)
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("the new tensor is %1 %2 where %3 %4 was: confirm the change")
                          .arg(dtypeName(check->newInfo.dtype), shapeText(check->newInfo.shape),
                               dtypeName(check->oldInfo.dtype), shapeText(check->oldInfo.shape)));
    ChangeTensors::Change change{key, ChangeTensors::stateOf(this, key), {npy, false}};
    m_undoStack->push(new ChangeTensors(this, {change}, tr("Replace the tensor %1").arg(key)));
    return Ok{};
}

Status ArchiveDocument::deleteTensor(const QString &key)
{
    if (!isEditable())
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("only an indexed MXFusion archive can be edited"));
    if (tensorIndexOfKey(key) < 0)
        return failIn(m_path, ErrorCode::BadUsage, tr("no tensor has the key %1").arg(key));
    ChangeTensors::Change change{key, ChangeTensors::stateOf(this, key), {std::nullopt, true}};
    m_undoStack->push(new ChangeTensors(this, {change}, tr("Delete the tensor %1").arg(key)));
    return Ok{};
}

Result<int> ArchiveDocument::dropUnownedTensors()
{
    if (!isEditable())
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("only an indexed MXFusion archive can be edited"));
    std::vector<ChangeTensors::Change> changes;
    for (const TensorEntry &t : m_file.tensors) {
        if (t.owner.isEmpty())
            changes.push_back({t.key, ChangeTensors::stateOf(this, t.key), {std::nullopt, true}});
    }
    const int count = int(changes.size());
    if (count > 0)
        m_undoStack->push(new ChangeTensors(this, std::move(changes),
                                            tr("Drop %1 tensors no component owns").arg(count)));
    return count;
}

bool ArchiveDocument::replacesItsSource() const
{
    return m_base != m_opened && m_path == m_opened->path;
}

Status ArchiveDocument::applyTransplant(std::shared_ptr<const OpenedFile> transplanted,
                                        const QString &description)
{
    if (!transplanted || !transplanted->mxfusion || !transplanted->tensorsIndexed)
        return failIn(m_path, ErrorCode::BadUsage,
                      tr("the transplanted archive is not an indexed MXFusion archive"));
    m_undoStack->push(new TransplantCommand(this, std::move(transplanted), description));
    return Ok{};
}

Result<ExportReport> ArchiveDocument::saveAs(const QString &path)
{
    Result<ExportReport> report = exportArchive(*m_base, m_edits, path);
    if (!report)
        return report;
    if (path != m_path) {
        m_path = path;
        emit pathChanged(path);
    }
    m_undoStack->setClean();
    return report;
}

// ---- mutators, called by commands -------------------------------------------------------

void ArchiveDocument::applyRename(const QString &uuid, const std::optional<NameEdit> &rename)
{
    if (rename)
        m_edits.renames.insert(uuid, *rename);
    else
        m_edits.renames.remove(uuid);
    rebuild();
    emit componentRenamed(ComponentId(uuid));
    emit problemsChanged();
}

void ArchiveDocument::applyConstant(const QString &uuid,
                                    const std::optional<VariableConstant> &value)
{
    if (value)
        m_edits.constants.insert(uuid, *value);
    else
        m_edits.constants.remove(uuid);
    rebuild();
    emit constantChanged(ComponentId(uuid));
    emit problemsChanged();
}

void ArchiveDocument::applyConfiguration(const std::optional<QByteArray> &json)
{
    m_edits.configuration = json;
    rebuild();
    emit configurationChanged();
    emit problemsChanged();
}

void ArchiveDocument::applyTensorEdit(const QString &key,
                                      const std::optional<QByteArray> &replacement, bool dropped)
{
    if (replacement)
        m_edits.replacedTensors.insert(key, *replacement);
    else
        m_edits.replacedTensors.remove(key);
    if (dropped)
        m_edits.dropKeys.insert(key);
    else
        m_edits.dropKeys.remove(key);
    rebuild();
    emit tensorsChanged();
    emit problemsChanged();
}

void ArchiveDocument::applyState(std::shared_ptr<const OpenedFile> base, const ArchiveEdits &edits)
{
    m_base = std::move(base);
    m_edits = edits;
    m_valueProblems.clear(); // they describe the values of the previous content
    rebuild();
    emit contentReset();
    emit problemsChanged();
}

void ArchiveDocument::applyTensorIndex(TensorIndex index)
{
    // A new base rather than a change in place: a worker may still hold the old one.
    auto indexed = std::make_shared<OpenedFile>(*m_base);
    indexed->tensors = std::move(index.tensors);
    indexed->problems.insert(indexed->problems.end(), index.problems.begin(), index.problems.end());
    indexed->tensorsIndexed = true;
    const bool asOpened = m_base == m_opened; // the same file, now indexed: still the source
    m_base = std::move(indexed);
    if (asOpened)
        m_opened = m_base;
    rebuild();
    emit tensorsIndexedChanged();
    emit problemsChanged();
}

void ArchiveDocument::applyValueProblems(Problems problems)
{
    m_valueProblems = std::move(problems);
    revalidate();
    emit problemsChanged();
}

// ---- derived content --------------------------------------------------------------------

void ArchiveDocument::rebuild()
{
    m_file = *m_base;
    if (m_file.mxfusion) {
        MxfusionArchive &a = *m_file.mxfusion;
        if (!m_edits.renames.isEmpty())
            renameEverywhere(a.graphs, m_edits.renames);
        for (VariableConstant &c : a.variableConstants) {
            if (auto it = m_edits.constants.find(c.id.toString()); it != m_edits.constants.end())
                c = *it;
        }
        if (m_edits.configuration)
            readConfigurationInto(*m_edits.configuration, a);
    }
    if (!m_edits.dropKeys.isEmpty() || !m_edits.replacedTensors.isEmpty()) {
        std::vector<TensorEntry> tensors;
        for (const TensorEntry &t : m_file.tensors) {
            if (m_edits.dropKeys.contains(t.key))
                continue;
            if (auto it = m_edits.replacedTensors.find(t.key); it != m_edits.replacedTensors.end())
                tensors.push_back(replacedEntry(t, *it));
            else
                tensors.push_back(t);
        }
        m_file.tensors = std::move(tensors);
    }
    revalidate();
}

void ArchiveDocument::revalidate()
{
    ValidateOptions options;
    options.checkValues = false;
    m_problems = allProblems(m_file, options);
    for (const Problem &p : m_valueProblems) {
        // Value problems of dropped or replaced tensors no longer apply.
        const QString &key = p.where.tensorKey;
        if (!m_edits.dropKeys.contains(key) && !m_edits.replacedTensors.contains(key))
            m_problems.push_back(p);
    }
}

} // namespace mxl
