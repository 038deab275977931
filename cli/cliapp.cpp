// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cliapp.h"

#include "clicontext.h"
#include "commands/commands.h"

#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

// The commands, in the order of the help. Each lives in commands/NAMEcommand.cpp.
struct Command
{
    QStringView name;
    int (*run)(CliContext &ctx, const QStringList &args);
};

constexpr Command kCommands[] = {
    {u"info", runInfo},           {u"validate", runValidate}, {u"tensor", runTensor},
    {u"reconcile", runReconcile}, {u"export", runExport},     {u"diff", runDiff},
    {u"convert", runConvert},     {u"render", runRender},
};

const QString kHelp = uR"(Usage: mxlens-cli COMMAND [OPTIONS]

Inspect MXFusion inference.zip archives, MXNet checkpoints (prefix-symbol.json with its
prefix-NNNN.params, NDArray lists), npz, npy and safetensors files without a display.

Commands:
  info FILE [--json] [--stats] [--epoch N]
                                  what the file is: entries, graphs, tensors, constants,
                                  configuration and problems (--stats: per-tensor SHA-256,
                                  min, max, mean, NaN and Inf counts; --epoch: the parameters
                                  an MXNet symbol is paired with, the latest by default)
  validate FILE [--json] [--epoch N]
                                  the validation report
  tensor FILE KEY -o OUT          extract one tensor to OUT.npy (bytes as stored) or OUT.csv;
                                  KEY is the npz key (UUID), GROUP/KEY, a component name or
                                  the readable name info prints
  reconcile SAVED CURRENT [--mode mxfusion|assisted] [--mapping MAP.json] [--fix] [--json]
                                  match the saved archive onto the current model (an
                                  inference.zip saved from the current code, or a bare
                                  graphs.json): MXFusion 0.3.1's algorithm and its predicted
                                  outcome, or (assisted) mxlens' one-to-one matching with ranked
                                  candidates, around the pairs of a mapping file; --fix: the
                                  fewest names (in the archive, else in the code) that make
                                  the load succeed, or why none can (exit 1)
  export SAVED -o OUT [--rename UUID=NAME]... [--drop KEY]...
         [--onto CURRENT [--mapping MAP.json]]
                                  write an edited copy: name or rename components everywhere
                                  they appear, drop stored tensors; untouched entries are copied
                                  byte for byte, the result is verified before it replaces OUT.
                                  --onto transplants the saved values onto the current model's
                                  skeleton (assisted matching, around the mapping's pairs)
  diff A B [--json]               components and tensors added, removed and changed; changed
                                  tensors with max |a-b|, relative (L2) and cosine differences
                                  (two MXFusion saves with fresh UUIDs are paired by matching)
  convert IN -o OUT [--names readable|stored] [--epoch N]
                                  the values of any file with tensors (MXFusion archive or
                                  pre-zip save, checkpoint, NDArray list, npz, npy,
                                  safetensors) -> OUT.safetensors or OUT.npz (sparse arrays
                                  densified; safetensors: little-endian C order, complex
                                  refused); .npz/.npy/.safetensors -> .params (MXNet 1.x's V2
                                  records); a pre-zip MXFusion save (any of its PREFIX_*.json)
                                  -> inference.zip. --names: readable (component names, Gluon
                                  names, graph paths like posterior.w.mean, MXNet names
                                  without arg:/aux:; the default for .safetensors) or stored
                                  (UUIDs, arg:/aux: keys as in the file; the default for .npz
                                  and .params); safetensors metadata keeps the stored keys.
                                  Verified by re-reading, value by value
  render FILE [--graph N] [--collapse] [--left-right] [--unfold] -o OUT.svg|OUT.png
                                  draw graph N (0 = the model, default) as the window does;
                                  modules are expanded unless --collapse; MXNet weights and
                                  auxiliary states are drawn inside their operator unless
                                  --unfold; a PNG longer than 16384 pixels is scaled down

Options:
  -h, --help       show this help
  --version        show the version

Exit status: 0 success; 1 the command ran and found something (info/validate: errors in the
file; reconcile: a predicted load failure, unmatched components in assisted mode, or with
--fix no naming plan; export --onto: a saved tensor left behind; diff: differences); 2
unreadable input or bad usage.
Errors are printed as "mxlens-cli: error: FILE[: MEMBER]: MESSAGE".
)"_s;

} // namespace

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_context(out, err) {}

void CliApp::printHelp()
{
    m_context.out << kHelp;
    m_context.out.flush();
}

int CliApp::run(const QStringList &args)
{
    if (args.isEmpty())
        return m_context.usageError(tr("no command given"));
    const QString command = args.front();
    const QStringList rest = args.mid(1);
    if (command == u"-h"_s || command == u"--help"_s || command == u"help"_s) {
        printHelp();
        return int(ExitStatus::Ok);
    }
    if (command == u"--version"_s) {
        m_context.out << u"mxlens-cli " MXL_VERSION "\n"_s;
        m_context.out.flush();
        return int(ExitStatus::Ok);
    }
    if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        printHelp();
        return int(ExitStatus::Ok);
    }
    for (const Command &c : kCommands) {
        if (command == c.name)
            return c.run(m_context, rest);
    }
    return m_context.usageError(tr("unknown command '%1'").arg(command));
}

} // namespace mxl
