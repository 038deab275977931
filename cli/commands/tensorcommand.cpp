// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// tensor FILE KEY -o OUT.npy|OUT.csv (KEY: stored key, GROUP/KEY, component or readable name)
#include "clicontext.h"
#include "commands/commands.h"
#include "export/tensorexport.h"
#include "export/tensornames.h"
#include "graph/componentindex.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

int runTensor(CliContext &ctx, const QStringList &args)
{
    CommandLine::Spec spec{{}, {u"--output"_s}, {{u"-o"_s, u"--output"_s}}};
    const auto cl = ctx.parse(args, spec, 2, tr("tensor takes FILE and KEY"));
    if (!cl)
        return int(ExitStatus::Failed);
    const QString output = cl->value(u"--output"_s);
    if (output.isEmpty())
        return ctx.usageError(tr("tensor needs -o OUT.npy or -o OUT.csv"));
    const bool csv = output.endsWith(u".csv"_s, Qt::CaseInsensitive);
    if (!csv && !output.endsWith(u".npy"_s, Qt::CaseInsensitive))
        return ctx.usageError(tr("the output must end in .npy or .csv"));
    std::optional<OpenedFile> file = ctx.open(cl->positional().at(0));
    if (!file)
        return int(ExitStatus::Failed);

    const QString key = cl->positional().at(1);
    const ComponentIndex index(graphsOf(*file));
    std::vector<const TensorEntry *> matches;
    for (const TensorEntry &t : file->tensors) {
        if (t.key == key || tensorGroupName(t.group) + u'/' + t.key == key)
            matches.push_back(&t);
    }
    if (matches.empty()) {
        for (const TensorEntry &t : file->tensors) {
            const ComponentRef ref = index.find(t.owner);
            if (ref.component && ref.component->name == key)
                matches.push_back(&t);
        }
    }
    if (matches.empty()) {
        // The names `info` and `convert --names readable` give ("gp_regression.F.rbf_variance",
        // "fc1_weight" for arg:fc1_weight): unique by construction.
        const std::vector<TensorName> names = readableTensorNames(*file);
        for (size_t i = 0; i < names.size() && i < file->tensors.size(); ++i) {
            if (names[i].readable == key)
                matches.push_back(&file->tensors[i]);
        }
    }
    if (matches.size() != 1)
        return ctx.fileError(
            file->path,
            matches.empty()
                ? tr("no tensor with key, component name or readable name '%1'").arg(key)
                : tr("'%1' names %2 tensors; use GROUP/KEY").arg(key).arg(matches.size()));
    Result<NpyArray> array = loadTensor(*matches.front());
    Status written = array ? (csv ? writeCsvFile(*array, output) : writeNpyFile(*array, output))
                           : Status(fail(array.error()));
    if (!written)
        return ctx.reportError(written.error(), file->path);
    return int(ExitStatus::Ok);
}

} // namespace mxl
