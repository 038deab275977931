// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cliapp.h"

#include "cli/commandline.h"
#include "cli/diffreport.h"
#include "cli/filereport.h"
#include "cli/reconcilereport.h"
#include "common/savefile.h"
#include "common/testhook.h"
#include "export/archiveexporter.h"
#include "export/convert.h"
#include "export/sourcecheck.h"
#include "export/tensorexport.h"
#include "export/transplant.h"
#include "formats/openedfile.h"
#include "graph/componentindex.h"
#include "graph/graphpainter.h"
#include "graph/graphvizlayout.h"
#include "graph/layoutbuilder.h"
#include "reconcile/assistedreconciler.h"
#include "reconcile/mapping.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CliApp", text);
}

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
                                  KEY is the npz key (UUID), GROUP/KEY, or a component name
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

CliApp::CliApp(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

int CliApp::reportError(Error e, const QString &file)
{
    if (e.file.isEmpty())
        e.file = file;
    m_err << u"mxlens-cli: error: "_s << e.describe() << u"\n"_s;
    m_err.flush();
    return int(ExitStatus::Failed);
}

int CliApp::usageError(const QString &message)
{
    m_err << u"mxlens-cli: error: "_s << message << u"\n"_s << tr("Try 'mxlens-cli --help'.")
          << u"\n"_s;
    m_err.flush();
    return int(ExitStatus::Failed);
}

void CliApp::printHelp()
{
    m_out << kHelp;
    m_out.flush();
}

int CliApp::run(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("no command given"));
    const QString command = args.front();
    const QStringList rest = args.mid(1);
    if (command == u"-h"_s || command == u"--help"_s || command == u"help"_s) {
        printHelp();
        return int(ExitStatus::Ok);
    }
    if (command == u"--version"_s) {
        m_out << u"mxlens-cli " MXL_VERSION "\n"_s;
        m_out.flush();
        return int(ExitStatus::Ok);
    }
    if (rest.contains(u"--help"_s) || rest.contains(u"-h"_s)) {
        printHelp();
        return int(ExitStatus::Ok);
    }
    if (command == u"info"_s)
        return info(rest);
    if (command == u"validate"_s)
        return validate(rest);
    if (command == u"tensor"_s)
        return tensor(rest);
    if (command == u"render"_s)
        return render(rest);
    if (command == u"reconcile"_s)
        return reconcile(rest);
    if (command == u"export"_s)
        return exportArchive(rest);
    if (command == u"convert"_s)
        return convert(rest);
    if (command == u"diff"_s)
        return diff(rest);
    return usageError(tr("unknown command '%1'").arg(command));
}

namespace {

// Opens FILE or prints the error; nullopt means "exit 2".
std::optional<OpenedFile> openOrReport(const QString &path, QTextStream &err,
                                       bool indexTensors = true,
                                       std::optional<int> epoch = std::nullopt)
{
    OpenOptions options;
    options.indexTensors = indexTensors;
    options.epoch = epoch;
    Result<OpenedFile> file = openFile(path, options);
    if (!file) {
        Error e = file.error();
        if (e.file.isEmpty())
            e.file = path;
        err << u"mxlens-cli: error: "_s << e.describe() << u"\n"_s;
        err.flush();
        return std::nullopt;
    }
    pauseForTest("opened");
    return std::move(*file);
}

// Removes what an interrupted earlier save to `output` left beside it (a killed process never
// removes its temporary file) and says so.
void removeStaleTempsOf(const QString &output, QTextStream &err)
{
    for (const QString &path : removeStaleTemps(output, 0))
        err << u"mxlens-cli: "_s
            << QCoreApplication::translate("CliApp",
                                           "removed %1, left behind by an interrupted save")
                   .arg(path)
            << u"\n"_s;
    err.flush();
}

// --epoch N into `epoch` (left unset when absent); false when N is not a number.
bool readEpoch(const CommandLine &cl, std::optional<int> &epoch)
{
    const QString text = cl.value(u"--epoch"_s);
    if (text.isEmpty())
        return true;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0)
        return false;
    epoch = value;
    return true;
}

} // namespace

std::optional<OpenedFile> CliApp::openArgument(const CommandLine &cl, int &status)
{
    std::optional<int> epoch;
    if (!readEpoch(cl, epoch)) {
        status = usageError(tr("--epoch takes a number"));
        return std::nullopt;
    }
    std::optional<OpenedFile> file = openOrReport(cl.positional().front(), m_err, true, epoch);
    if (!file)
        status = int(ExitStatus::Failed);
    return file;
}

int CliApp::info(const QStringList &args)
{
    QString error;
    const auto cl =
        CommandLine::parse(args, {{u"--json"_s, u"--stats"_s}, {u"--epoch"_s}, {}}, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 1)
        return usageError(tr("info takes exactly one FILE"));
    int status = 0;
    std::optional<OpenedFile> file = openArgument(*cl, status);
    if (!file)
        return status;
    const bool stats = cl->flag(u"--stats"_s);
    const FileReport report = buildReport(*file, stats, stats);
    // Statistics of bytes that changed under us (a mapped file truncated or rewritten) are not
    // the file's: refuse rather than print them.
    if (Status s = checkSourcesUnchanged(*file); !s)
        return reportError(s.error(), file->path);
    if (cl->flag(u"--json"_s))
        m_out << QString::fromUtf8(reportJson(report));
    else
        m_out << reportText(report);
    m_out.flush();
    return int(hasErrors(report.problems) ? ExitStatus::Found : ExitStatus::Ok);
}

int CliApp::validate(const QStringList &args)
{
    QString error;
    const auto cl = CommandLine::parse(args, {{u"--json"_s}, {u"--epoch"_s}, {}}, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 1)
        return usageError(tr("validate takes exactly one FILE"));
    int status = 0;
    std::optional<OpenedFile> file = openArgument(*cl, status);
    if (!file)
        return status;
    const FileReport report = buildReport(*file, false, true);
    if (cl->flag(u"--json"_s)) {
        m_out << QString::fromUtf8(validationJson(report));
    } else if (report.problems.empty()) {
        m_out << tr("%1: no problems found\n").arg(file->path);
    } else {
        m_out << tr("%1: %2 problem(s)\n").arg(file->path).arg(report.problems.size());
        m_out << problemsText(report.problems);
    }
    m_out.flush();
    return int(hasErrors(report.problems) ? ExitStatus::Found : ExitStatus::Ok);
}

int CliApp::tensor(const QStringList &args)
{
    QString error;
    CommandLine::Spec spec{{}, {u"--output"_s}, {{u"-o"_s, u"--output"_s}}};
    const auto cl = CommandLine::parse(args, spec, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 2)
        return usageError(tr("tensor takes FILE and KEY"));
    const QString output = cl->value(u"--output"_s);
    if (output.isEmpty())
        return usageError(tr("tensor needs -o OUT.npy or -o OUT.csv"));
    const bool csv = output.endsWith(u".csv"_s, Qt::CaseInsensitive);
    if (!csv && !output.endsWith(u".npy"_s, Qt::CaseInsensitive))
        return usageError(tr("the output must end in .npy or .csv"));
    std::optional<OpenedFile> file = openOrReport(cl->positional().at(0), m_err);
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
    if (matches.size() != 1) {
        m_err << u"mxlens-cli: error: %1: "_s.arg(file->path)
              << (matches.empty()
                      ? tr("no tensor with key or component name '%1'").arg(key)
                      : tr("'%1' names %2 tensors; use GROUP/KEY").arg(key).arg(matches.size()))
              << u"\n"_s;
        m_err.flush();
        return int(ExitStatus::Failed);
    }
    Result<NpyArray> array = loadTensor(*matches.front());
    Status written = array ? (csv ? writeCsvFile(*array, output) : writeNpyFile(*array, output))
                           : Status(fail(array.error()));
    if (!written) {
        return reportError(written.error(), file->path);
    }
    return int(ExitStatus::Ok);
}

} // namespace mxl

namespace mxl {

int CliApp::render(const QStringList &args)
{
    QString error;
    CommandLine::Spec spec{{u"--collapse"_s, u"--left-right"_s, u"--unfold"_s},
                           {u"--output"_s, u"--graph"_s},
                           {{u"-o"_s, u"--output"_s}}};
    const auto cl = CommandLine::parse(args, spec, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 1)
        return usageError(tr("render takes exactly one FILE"));
    const QString output = cl->value(u"--output"_s);
    if (!output.endsWith(u".svg"_s, Qt::CaseInsensitive) &&
        !output.endsWith(u".png"_s, Qt::CaseInsensitive))
        return usageError(tr("render needs -o OUT.svg or -o OUT.png"));
    bool ok = true;
    const int graphIndex =
        cl->value(u"--graph"_s).isEmpty() ? 0 : cl->value(u"--graph"_s).toInt(&ok);
    if (!ok || graphIndex < 0)
        return usageError(tr("--graph takes a graph number (0 = the model)"));
    std::optional<OpenedFile> file = openOrReport(cl->positional().front(), m_err);
    if (!file)
        return int(ExitStatus::Failed);
    const std::vector<FactorGraph> &graphs = graphsOf(*file);
    if (graphIndex >= int(graphs.size())) {
        m_err << u"mxlens-cli: error: %1: "_s.arg(file->path)
              << tr("there is no graph %1 (the file has %2)").arg(graphIndex).arg(graphs.size())
              << u"\n"_s;
        m_err.flush();
        return int(ExitStatus::Failed);
    }
    const FactorGraph &graph = graphs[size_t(graphIndex)];
    const LayoutRequest request = buildLayoutRequest(
        graph, graphDecorations(*file),
        cl->flag(u"--collapse"_s) ? QSet<ComponentId>() : allModules(graph),
        cl->flag(u"--left-right"_s) ? LayoutDirection::LeftRight : LayoutDirection::TopDown,
        !cl->flag(u"--unfold"_s));
    Result<GraphLayout> layout = layoutWithGraphviz(request);
    constexpr double pngScale = 2.0;
    double usedScale = pngScale;
    Status written = layout ? renderLayoutToFile(*layout, output, pngScale, {}, &usedScale)
                            : Status(fail(layout.error()));
    if (!written) {
        return reportError(written.error(), file->path);
    }
    if (output.endsWith(u".png"_s, Qt::CaseInsensitive) && usedScale < pngScale) {
        m_err << u"mxlens-cli: note: %1: "_s.arg(output)
              << tr("the picture was scaled to %1 % of its full size to stay within %2 pixels "
                    "on its longest side; use .svg for full size")
                     .arg(qRound(100 * usedScale / pngScale))
                     .arg(kMaxRenderPixels)
              << u"\n"_s;
        m_err.flush();
    }
    return int(ExitStatus::Ok);
}

} // namespace mxl

namespace mxl {

// Reads --mapping when given; reports and returns nullopt on failure.
std::optional<MatchingDecisions> CliApp::decisionsFrom(const CommandLine &cl)
{
    if (cl.value(u"--mapping"_s).isEmpty())
        return MatchingDecisions{};
    Result<MappingFile> mapping = readMapping(cl.value(u"--mapping"_s));
    if (!mapping) {
        reportError(mapping.error(), cl.value(u"--mapping"_s));
        return std::nullopt;
    }
    return mapping->decisions;
}

int CliApp::reconcile(const QStringList &args)
{
    QString error;
    const auto cl = CommandLine::parse(
        args, {{u"--json"_s, u"--fix"_s}, {u"--mode"_s, u"--mapping"_s}, {}}, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 2)
        return usageError(tr("reconcile takes SAVED and CURRENT"));
    const QString mode = cl->value(u"--mode"_s).isEmpty() ? u"mxfusion"_s : cl->value(u"--mode"_s);
    if (mode != u"mxfusion"_s && mode != u"assisted"_s)
        return usageError(tr("--mode is mxfusion or assisted, not '%1'").arg(mode));
    const std::optional<MatchingDecisions> decisions = decisionsFrom(*cl);
    if (!decisions)
        return int(ExitStatus::Failed);
    std::optional<OpenedFile> saved = openOrReport(cl->positional().at(0), m_err);
    if (!saved)
        return int(ExitStatus::Failed);
    if (!saved->mxfusion) {
        m_err << u"mxlens-cli: error: %1: "_s.arg(saved->path)
              << tr("the saved file is not an MXFusion archive") << u"\n"_s;
        m_err.flush();
        return int(ExitStatus::Failed);
    }
    Result<CurrentModel> current = openCurrentModel(cl->positional().at(1));
    if (!current)
        return reportError(current.error(), cl->positional().at(1));
    ReconcileReport report;
    report.saved = &*saved;
    report.current = &*current;
    const StoredValues values = storedValuesOf(*saved);
    report.result =
        reconcileLikeMxfusion(saved->mxfusion->graphs, current->graphs, values, current->values);
    if (mode == u"assisted"_s)
        report.assisted = reconcileAssisted(saved->mxfusion->graphs, current->graphs, values,
                                            current->values, *decisions);
    if (cl->flag(u"--fix"_s))
        report.fix = planNaming(saved->mxfusion->graphs, values, current->graphs, current->values,
                                *decisions);
    if (cl->flag(u"--json"_s))
        m_out << QString::fromUtf8(reconcileJson(report));
    else
        m_out << reconcileText(report);
    m_out.flush();
    // --fix: whether a plan exists (or nothing is needed).
    if (report.fix)
        return int(report.fix->byNaming ? ExitStatus::Ok : ExitStatus::Found);
    return int(report.complete() ? ExitStatus::Ok : ExitStatus::Found);
}

} // namespace mxl

namespace mxl {

int CliApp::exportArchive(const QStringList &args)
{
    QString error;
    CommandLine::Spec spec{{},
                           {u"--output"_s, u"--rename"_s, u"--drop"_s, u"--onto"_s, u"--mapping"_s},
                           {{u"-o"_s, u"--output"_s}}};
    const auto cl = CommandLine::parse(args, spec, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 1 || cl->value(u"--output"_s).isEmpty())
        return usageError(tr("export takes SAVED and -o OUT"));
    ArchiveEdits edits;
    for (const QString &r : cl->values(u"--rename"_s)) {
        const int eq = r.indexOf(u'=');
        if (eq <= 0)
            return usageError(tr("--rename takes UUID=NAME, not '%1'").arg(r));
        // An empty NAME makes the component anonymous (null), as MXFusion writes unnamed ones.
        const QString name = r.mid(eq + 1);
        edits.renames.insert(r.left(eq),
                             name.isEmpty() ? std::nullopt : std::optional<QString>(name));
    }
    for (const QString &k : cl->values(u"--drop"_s))
        edits.dropKeys.insert(k);
    if (!cl->value(u"--mapping"_s).isEmpty() && cl->value(u"--onto"_s).isEmpty())
        return usageError(tr("--mapping needs --onto CURRENT"));
    if (!cl->value(u"--onto"_s).isEmpty() && !edits.renames.isEmpty())
        return usageError(tr("--rename cannot be combined with --onto: the result has the "
                             "current model's names"));
    // A plain export never needs the tensors decoded: untouched entries are copied raw.
    const bool onto = !cl->value(u"--onto"_s).isEmpty();
    std::optional<OpenedFile> file = openOrReport(cl->positional().front(), m_err, onto);
    if (!file)
        return int(ExitStatus::Failed);
    removeStaleTempsOf(cl->value(u"--output"_s), m_err);
    if (onto)
        return transplant(*file, *cl, edits.dropKeys);
    Result<ExportReport> report = mxl::exportArchive(*file, edits, cl->value(u"--output"_s));
    if (!report) {
        return reportError(report.error(), file->path);
    }
    m_out << tr("wrote %1: %2 entries copied unchanged (compared byte for byte), %3 rewritten "
                "(%4; %5 tensors read back), verified\n")
                 .arg(cl->value(u"--output"_s))
                 .arg(report->copiedRaw.size())
                 .arg(report->rewritten.size())
                 .arg(report->rewritten.isEmpty() ? tr("none") : report->rewritten.join(u", "_s))
                 .arg(report->tensorsWritten);
    m_out.flush();
    return int(ExitStatus::Ok);
}

int CliApp::transplant(const OpenedFile &saved, const CommandLine &cl,
                       const QSet<QString> &dropKeys)
{
    const std::optional<MatchingDecisions> decisions = decisionsFrom(cl);
    if (!decisions)
        return int(ExitStatus::Failed);
    if (!saved.mxfusion)
        return reportError(Error{ErrorCode::UnsupportedFormat,
                                 tr("only MXFusion archives can be transplanted"),
                                 saved.path,
                                 {},
                                 -1},
                           saved.path);
    Result<CurrentModel> current = openCurrentModel(cl.value(u"--onto"_s));
    if (!current)
        return reportError(current.error(), cl.value(u"--onto"_s));
    const AssistedResult matched =
        reconcileAssisted(saved.mxfusion->graphs, current->graphs, storedValuesOf(saved),
                          current->values, *decisions);
    QHash<QString, QString> map;
    for (const ComponentMatch &m : matched.matches)
        map.insert(m.saved.toString(), m.current.toString());
    TransplantReport report;
    Result<QByteArray> bytes = buildTransplant(saved, *current, map, dropKeys, report);
    if (!bytes)
        return reportError(bytes.error(), saved.path);
    const QString out = cl.value(u"--output"_s);
    Result<OpenedFile> built = openSource(ByteSource::fromBytes(*bytes, out), out);
    if (!built)
        return reportError(built.error(), out);
    Result<ExportReport> written = mxl::exportArchive(*built, {}, out);
    if (!written)
        return reportError(written.error(), out);
    const ComponentIndex savedIndex(saved.mxfusion->graphs);
    auto savedName = [&](const QString &key) {
        const Component *c = savedIndex.find(ComponentId(key)).component;
        return c ? c->displayName() : key;
    };
    m_out << tr("wrote %1: the skeleton of %2 holding %3 saved values, verified\n")
                 .arg(out, current->path)
                 .arg(report.placed.size());
    for (const TransplantReport::LeftBehind &l : report.leftBehind)
        m_out << tr("  left behind: %1 (%2): %3\n").arg(savedName(l.savedKey), l.store, l.reason);
    for (const TransplantReport::LeftInitial &l : report.leftInitial)
        m_out << tr("  left at its initial value: current %1: %2\n").arg(l.name, l.reason);
    m_out.flush();
    return int(report.leftBehind.empty() ? ExitStatus::Ok : ExitStatus::Found);
}

int CliApp::convert(const QStringList &args)
{
    QString error;
    CommandLine::Spec spec{
        {}, {u"--output"_s, u"--epoch"_s, u"--names"_s}, {{u"-o"_s, u"--output"_s}}};
    const auto cl = CommandLine::parse(args, spec, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 1 || cl->value(u"--output"_s).isEmpty())
        return usageError(tr("convert takes IN and -o OUT"));
    ConvertOptions options;
    if (const QString names = cl->value(u"--names"_s); names == u"readable"_s)
        options.names = TensorNaming::Readable;
    else if (names == u"stored"_s)
        options.names = TensorNaming::Stored;
    else if (!names.isEmpty() || cl->values(u"--names"_s).size() > 1)
        return usageError(tr("--names takes readable or stored"));
    int status = 0;
    std::optional<OpenedFile> file = openArgument(*cl, status);
    if (!file)
        return status;
    const QString out = cl->value(u"--output"_s);
    removeStaleTempsOf(out, m_err);
    Result<ConvertReport> report = convertFile(*file, out, options);
    if (!report)
        return reportError(report.error(), file->path);
    QString kind = report->kind;
    if (!out.endsWith(u".zip"_s, Qt::CaseInsensitive))
        kind +=
            report->names == TensorNaming::Readable ? tr(", readable names") : tr(", stored keys");
    m_out << tr("wrote %1 (%2): %3 arrays, every one read back equal")
                 .arg(out, kind)
                 .arg(report->arrays);
    if (report->densified)
        m_out << tr("; %1 sparse arrays written dense").arg(report->densified);
    m_out << u"\n"_s;
    m_out.flush();
    return int(ExitStatus::Ok);
}

int CliApp::diff(const QStringList &args)
{
    QString error;
    const auto cl = CommandLine::parse(args, {{u"--json"_s}, {}, {}}, &error);
    if (!cl)
        return usageError(error);
    if (cl->positional().size() != 2)
        return usageError(tr("diff takes A and B"));
    std::optional<OpenedFile> a = openOrReport(cl->positional().at(0), m_err);
    if (!a)
        return int(ExitStatus::Failed);
    std::optional<OpenedFile> b = openOrReport(cl->positional().at(1), m_err);
    if (!b)
        return int(ExitStatus::Failed);
    Result<FileDiff> result = diffFiles(*a, *b);
    if (!result)
        return reportError(result.error(), a->path);
    if (cl->flag(u"--json"_s))
        m_out << QString::fromUtf8(diffJson(*a, *b, *result));
    else
        m_out << diffText(*a, *b, *result);
    m_out.flush();
    return int(result->identical() ? ExitStatus::Ok : ExitStatus::Found);
}

} // namespace mxl
