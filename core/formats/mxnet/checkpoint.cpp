// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/mxnet/checkpoint.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

// MXNet formats the epoch with "%04d": four digits at least, more past 9999.
const QRegularExpression &paramsName()
{
    static const QRegularExpression re(u"^(.+)-(\\d{4,9})\\.params$"_s);
    return re;
}

} // namespace

QString CheckpointFiles::paramsPath(std::optional<int> epoch) const
{
    if (epochs.empty())
        return {};
    if (!epoch)
        return epochs.back().paramsPath;
    for (const Epoch &e : epochs) {
        if (e.epoch == *epoch)
            return e.paramsPath;
    }
    return {};
}

std::optional<CheckpointFiles> findCheckpoint(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QString base;
    if (name.endsWith(u"-symbol.json"_s)) {
        base = name.chopped(int(qstrlen("-symbol.json")));
    } else if (const auto m = paramsName().match(name); m.hasMatch()) {
        base = m.captured(1);
    } else {
        return std::nullopt;
    }
    const QDir dir = info.absoluteDir();
    CheckpointFiles files;
    files.prefix = dir.filePath(base);
    if (QFileInfo(files.prefix + u"-symbol.json"_s).isFile())
        files.symbolPath = files.prefix + u"-symbol.json"_s;
    // Only names of the form base-NNNN.params with this exact base: "net-0001.params" must not
    // pair with "net-v2-symbol.json".
    const QStringList candidates =
        dir.entryList({base + u"-*.params"_s}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString &candidate : candidates) {
        const auto m = paramsName().match(candidate);
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        files.epochs.push_back({m.captured(2).toInt(), dir.filePath(candidate)});
    }
    std::sort(files.epochs.begin(), files.epochs.end(),
              [](const auto &a, const auto &b) { return a.epoch < b.epoch; });
    if (files.symbolPath.isEmpty() || files.epochs.empty())
        return std::nullopt;
    return files;
}

} // namespace mxl
