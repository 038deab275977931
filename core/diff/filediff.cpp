// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff/filediff.h"

#include "export/tensornames.h"
#include "reconcile/assistedreconciler.h"
#include "reconcile/currentmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>
#include <complex>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FileDiff", text);
}

// Running sums over the element pairs; complex values use |z| and Re(conj(a) b).
struct ValueSums
{
    double maxAbs = 0;
    double diffSquares = 0, aSquares = 0, bSquares = 0, dot = 0;

    void add(std::complex<double> a, std::complex<double> b)
    {
        const bool aNan = std::isnan(a.real()) || std::isnan(a.imag());
        const bool bNan = std::isnan(b.real()) || std::isnan(b.imag());
        if (aNan || bNan) {
            if (aNan != bNan) // a NaN where the other side has a number: infinitely far
                maxAbs = INFINITY;
            return;
        }
        const double d = a == b ? 0.0 : std::abs(a - b);
        maxAbs = std::max(maxAbs, std::isnan(d) ? INFINITY : d);
        diffSquares += d * d;
        aSquares += std::norm(a);
        bSquares += std::norm(b);
        dot += (std::conj(a) * b).real();
    }
};

void compareValues(const NpyArray &a, const NpyArray &b, TensorDiff &out)
{
    const TensorView va = a.view();
    const TensorView vb = b.view();
    ValueSums sums;
    const bool complex = isComplex(va.info().dtype);
    for (qint64 i = 0; i < va.elementCount(); ++i) {
        const qint64 ia = va.storageIndex(i);
        const qint64 ib = vb.storageIndex(i);
        if (complex)
            sums.add(va.complexAt(ia), vb.complexAt(ib));
        else
            sums.add(va.realAt(ia), vb.realAt(ib));
    }
    out.maxAbs = sums.maxAbs;
    const double normA = std::sqrt(sums.aSquares);
    const double normDiff = std::sqrt(sums.diffSquares);
    out.relative = normDiff == 0 ? 0.0 : normA == 0 ? INFINITY : normDiff / normA;
    const double normB = std::sqrt(sums.bSquares);
    out.cosine = normA == 0 || normB == 0 ? NAN : sums.dot / (normA * normB);
    out.status = sums.maxAbs == 0 ? DiffStatus::Same : DiffStatus::Changed;
}

void compareTensors(const TensorEntry &a, const TensorEntry &b, TensorDiff &out)
{
    out.infoA = a.info;
    out.infoB = b.info;
    out.status = DiffStatus::Changed;
    if (!a.info || !b.info) {
        out.note = tr("unreadable in %1").arg(!a.info ? u"A"_s : u"B"_s);
        return;
    }
    if (a.info->dtype != b.info->dtype || a.info->shape != b.info->shape) {
        out.note = tr("%1 %2 -> %3 %4")
                       .arg(dtypeName(a.info->dtype), shapeText(a.info->shape),
                            dtypeName(b.info->dtype), shapeText(b.info->shape));
        return;
    }
    Result<NpyArray> va = loadTensor(a);
    Result<NpyArray> vb = loadTensor(b);
    if (!va || !vb) {
        out.note = (va ? vb : va).error().describe();
        return;
    }
    compareValues(*va, *vb, out);
}

QString ownerName(const TensorEntry &t, const QHash<QString, const Component *> &components)
{
    if (const Component *c = components.value(t.owner.toString()))
        return c->displayName();
    return {};
}

} // namespace

QString diffStatusName(DiffStatus status)
{
    switch (status) {
    case DiffStatus::Same:
        return u"same"_s;
    case DiffStatus::Added:
        return u"added"_s;
    case DiffStatus::Removed:
        return u"removed"_s;
    case DiffStatus::Changed:
        return u"changed"_s;
    }
    return {};
}

int FileDiff::count(DiffStatus status) const
{
    int n = 0;
    for (const ComponentDiff &c : components)
        n += c.status == status;
    for (const TensorDiff &t : tensors)
        n += t.status == status;
    return n;
}

bool FileDiff::identical() const
{
    return count(DiffStatus::Same) == int(components.size() + tensors.size());
}

Result<FileDiff> diffFiles(const OpenedFile &a, const OpenedFile &b)
{
    FileDiff diff;
    const std::vector<const Component *> ca = allComponents(graphsOf(a));
    const std::vector<const Component *> cb = allComponents(graphsOf(b));
    QHash<QString, const Component *> byIdA, byIdB;
    for (const Component *c : ca)
        byIdA.insert(c->uuid.toString(), c);
    for (const Component *c : cb)
        byIdB.insert(c->uuid.toString(), c);

    // A -> B component pairing: shared ids, or, for two MXFusion saves of one model (fresh
    // UUIDs each time), the assisted matching that the Matching dock uses.
    QHash<QString, QString> map;
    int shared = 0;
    for (const Component *c : ca)
        shared += byIdB.contains(c->uuid.toString());
    diff.pairing = u"id"_s;
    if (a.mxfusion && b.mxfusion && 2 * shared < int(std::min(ca.size(), cb.size()))) {
        diff.pairing = u"matched"_s;
        const AssistedResult matched =
            reconcileAssisted(graphsOf(a), graphsOf(b), storedValuesOf(a), storedValuesOf(b));
        for (const ComponentMatch &m : matched.matches)
            map.insert(m.saved.toString(), m.current.toString());
    } else {
        for (const Component *c : ca) {
            if (byIdB.contains(c->uuid.toString()))
                map.insert(c->uuid.toString(), c->uuid.toString());
        }
    }

    QSet<QString> seenB;
    for (const Component *c : ca) {
        ComponentDiff d;
        d.a = c->uuid.toString();
        d.name = c->displayName();
        d.type = c->type;
        const Component *other = byIdB.value(map.value(d.a));
        if (!other) {
            d.status = DiffStatus::Removed;
        } else {
            d.b = other->uuid.toString();
            seenB.insert(d.b);
            if (c->name != other->name)
                d.changes << tr("name: %1 -> %2")
                                 .arg(c->name.value_or(u"(none)"_s),
                                      other->name.value_or(u"(none)"_s));
            if (c->type != other->type)
                d.changes << tr("type: %1 -> %2").arg(c->type, other->type);
            d.status = d.changes.isEmpty() ? DiffStatus::Same : DiffStatus::Changed;
        }
        diff.components.push_back(std::move(d));
    }
    for (const Component *c : cb) {
        if (seenB.contains(c->uuid.toString()))
            continue;
        ComponentDiff d;
        d.status = DiffStatus::Added;
        d.b = c->uuid.toString();
        d.name = c->displayName();
        d.type = c->type;
        diff.components.push_back(std::move(d));
    }

    // Tensors pair within their group by key, the key mapped like its component when the
    // components were matched.
    QHash<QString, int> tensorB;
    for (size_t i = 0; i < b.tensors.size(); ++i)
        tensorB.insert(tensorGroupName(b.tensors[i].group) + u'/' + b.tensors[i].key, int(i));
    // A safetensors file holds its tensors in one group under readable (or stored) names:
    // against any other file, pair what the keys leave unpaired by readable name, then by the
    // stored key (recorded in the metadata of files mxlens wrote).
    const bool acrossFormats =
        (a.format == FileFormat::Safetensors) != (b.format == FileFormat::Safetensors);
    std::vector<TensorName> namesA, namesB;
    QHash<QString, int> readableB, storedB;
    if (acrossFormats) {
        namesA = readableTensorNames(a);
        namesB = readableTensorNames(b);
        for (size_t j = 0; j < namesB.size(); ++j) {
            readableB.insert(namesB[j].readable, int(j));
            storedB.insert(namesB[j].stored, int(j));
        }
    }
    QSet<int> usedB;
    for (size_t i = 0; i < a.tensors.size(); ++i) {
        const TensorEntry &t = a.tensors[i];
        TensorDiff d;
        d.group = tensorGroupName(t.group);
        d.a = t.key;
        d.name = ownerName(t, byIdA);
        d.ownerA = t.owner.toString();
        const QString keyB = diff.pairing == u"matched"_s ? map.value(t.key, t.key) : t.key;
        int j = tensorB.value(d.group + u'/' + keyB, -1);
        if (acrossFormats && j < 0)
            j = readableB.value(namesA[i].readable, -1);
        if (acrossFormats && j < 0)
            j = storedB.value(namesA[i].stored, -1);
        if (j < 0 || usedB.contains(j)) {
            d.status = DiffStatus::Removed;
            d.infoA = t.info;
        } else {
            usedB.insert(j);
            d.b = b.tensors[size_t(j)].key;
            d.ownerB = b.tensors[size_t(j)].owner.toString();
            compareTensors(t, b.tensors[size_t(j)], d);
        }
        diff.tensors.push_back(std::move(d));
    }
    for (size_t j = 0; j < b.tensors.size(); ++j) {
        if (usedB.contains(int(j)))
            continue;
        TensorDiff d;
        d.status = DiffStatus::Added;
        d.group = tensorGroupName(b.tensors[j].group);
        d.b = b.tensors[j].key;
        d.ownerB = b.tensors[j].owner.toString();
        d.name = ownerName(b.tensors[j], byIdB);
        d.infoB = b.tensors[j].info;
        diff.tensors.push_back(std::move(d));
    }
    return diff;
}

} // namespace mxl
