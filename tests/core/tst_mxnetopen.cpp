// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Opening MXNet files through openFile: checkpoint pairing from either half, the epoch choice,
// tensors at their graph nodes (arg and aux), cross-checks, a broken half, sparse arrays
// densified on load, and the graph the window draws.
#include "formats/mxnet/ndarraywriter.h"
#include "formats/mxnet/symbolfactorgraph.h"
#include "open/openedfile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "support/mxnetfixtures.h"
#include "support/resultchecks.h"

using namespace Qt::StringLiterals;
using namespace mxl;
using namespace mxl::test;

namespace {

const QString kGluon = u"hybridsequential0_"_s;

// Parameters for the Gluon fixture's graph: every weight one float32 (2,) array holding
// `value`, the BatchNorm running statistics under aux: (or all under arg: with `auxAsArg`).
QByteArray gluonParams(float value, bool auxAsArg = false)
{
    const QStringList args{u"dense0_weight"_s, u"dense0_bias"_s, u"batchnorm0_gamma"_s,
                           u"batchnorm0_beta"_s};
    const QStringList aux{u"batchnorm0_running_mean"_s, u"batchnorm0_running_var"_s};
    static std::vector<float> values;
    values.assign(2, value);
    const QByteArrayView data(reinterpret_cast<const char *>(values.data()), 8);
    std::vector<NdArrayInput> inputs;
    for (const QString &a : args)
        inputs.push_back({u"arg:"_s + kGluon + a, DType::Float32, {2}, data, false});
    for (const QString &a : aux)
        inputs.push_back(
            {(auxAsArg ? u"arg:"_s : u"aux:"_s) + kGluon + a, DType::Float32, {2}, data, false});
    return writeNdArrayList(inputs).value_or(QByteArray());
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

bool hasProblem(const OpenedFile &file, const QString &code)
{
    return std::any_of(file.problems.begin(), file.problems.end(),
                       [&](const Problem &p) { return p.code == code; });
}

float firstValue(const TensorEntry &t)
{
    Result<NpyArray> array = loadTensor(t);
    return array ? *reinterpret_cast<const float *>(array->data().data()) : -1.0f;
}

} // namespace

class TestMxnetOpen : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        write(path(u"net-symbol.json"_s), readAll(generated(u"gluon_1x-symbol.json"_s)));
        write(path(u"net-0001.params"_s), gluonParams(1.0f));
        write(path(u"net-0012.params"_s), gluonParams(12.0f));
        // Same prefix shape, other checkpoints: must not be paired with net-symbol.json.
        write(path(u"net-v2-0003.params"_s), gluonParams(3.0f));
        write(path(u"netx-0004.params"_s), gluonParams(4.0f));
    }

    void symbolPairsWithTheLatestEpoch()
    {
        Result<OpenedFile> file = openFile(path(u"net-symbol.json"_s));
        MXL_VERIFY_OK(file);
        QCOMPARE(file->format, FileFormat::MxnetCheckpoint);
        QVERIFY(file->mxnet);
        QCOMPARE(file->mxnet->epoch, std::optional(12));
        QCOMPARE(file->mxnet->checkpoint->epochs.size(), size_t(2));
        QCOMPARE(file->mxnet->paramsPath, path(u"net-0012.params"_s));
        QCOMPARE(file->tensors.size(), size_t(6));
        QCOMPARE(firstValue(file->tensors.front()), 12.0f);
        QVERIFY(file->tensorsIndexed);
    }

    void tensorsSitAtTheirNodes()
    {
        Result<OpenedFile> file = openFile(path(u"net-symbol.json"_s));
        QVERIFY(file);
        const FactorGraph &graph = graphsOf(*file).front();
        int aux = 0;
        for (const TensorEntry &t : file->tensors) {
            const Component *owner = graph.find(t.owner);
            QVERIFY2(owner, qPrintable(t.key));
            QCOMPARE(owner->type, QString(kMxnetVariableType));
            QCOMPARE(u"%1:%2"_s.arg(tensorGroupName(t.group), *owner->name), t.key);
            aux += t.group == TensorGroup::Aux;
        }
        QCOMPARE(aux, 2);
        QVERIFY(!hasProblem(*file, u"mxnet.prefix-mismatch"_s));
        QVERIFY(!hasProblem(*file, u"mxnet.param-without-variable"_s));
        // data is an input, not a missing weight.
        QVERIFY(!hasProblem(*file, u"mxnet.variable-without-param"_s));
        // Gluon's "<block>_fwd" operators still name their inputs by role; one Output per head.
        bool weightEdge = false;
        int outputs = 0;
        for (const Link &l : graph.links)
            weightEdge = weightEdge ||
                         (l.name == u"weight"_s && l.target.toString() == kGluon + u"dense0_fwd"_s);
        for (const Component &c : graph.nodes)
            outputs += c.type == kMxnetOutputType;
        QVERIFY(weightEdge);
        QCOMPARE(outputs, 1);
    }

    void anEpochCanBeChosen()
    {
        OpenOptions options;
        options.epoch = 1;
        Result<OpenedFile> file = openFile(path(u"net-symbol.json"_s), options);
        QVERIFY(file);
        QCOMPARE(file->mxnet->epoch, std::optional(1));
        QCOMPARE(firstValue(file->tensors.front()), 1.0f);

        options.epoch = 3; // only net-v2 has it
        Result<OpenedFile> missing = openFile(path(u"net-symbol.json"_s), options);
        QVERIFY(!missing);
        QVERIFY2(missing.error().message.contains(u"1, 12"_s), qPrintable(missing.error().message));
    }

    void paramsFindTheirSymbol()
    {
        Result<OpenedFile> file = openFile(path(u"net-0001.params"_s));
        QVERIFY(file);
        QCOMPARE(file->format, FileFormat::MxnetCheckpoint);
        QCOMPARE(file->mxnet->epoch, std::optional(1));
        QCOMPARE(firstValue(file->tensors.front()), 1.0f);
        // A different prefix stays a plain list.
        Result<OpenedFile> other = openFile(path(u"netx-0004.params"_s));
        QVERIFY(other);
        QCOMPARE(other->format, FileFormat::MxnetNdarray);
        QVERIFY(graphsOf(*other).empty());
    }

    void wrongPrefixesAreReported()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"m-symbol.json"_s), readAll(generated(u"gluon_1x-symbol.json"_s)));
        write(dir.filePath(u"m-0000.params"_s), gluonParams(0.5f, true));
        Result<OpenedFile> file = openFile(dir.filePath(u"m-symbol.json"_s));
        QVERIFY(file);
        QVERIFY(hasProblem(*file, u"mxnet.prefix-mismatch"_s));
    }

    void aBrokenHalfIsAProblem()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"b-symbol.json"_s), readAll(generated(u"gluon_1x-symbol.json"_s)));
        write(dir.filePath(u"b-0002.params"_s), gluonParams(2.0f).left(40));
        Result<OpenedFile> file = openFile(dir.filePath(u"b-symbol.json"_s));
        QVERIFY(file); // the graph stays browsable
        QCOMPARE(file->format, FileFormat::MxnetSymbol);
        QVERIFY(hasProblem(*file, u"mxnet.params-unreadable"_s));
        QVERIFY(file->tensors.empty());
        QVERIFY(!graphsOf(*file).empty());

        write(dir.filePath(u"c-symbol.json"_s), "{\"nodes\": [");
        write(dir.filePath(u"c-0002.params"_s), gluonParams(2.0f));
        Result<OpenedFile> params = openFile(dir.filePath(u"c-0002.params"_s));
        QVERIFY(params);
        QCOMPARE(params->format, FileFormat::MxnetNdarray);
        QVERIFY(hasProblem(*params, u"mxnet.symbol-unreadable"_s));
        QCOMPARE(params->tensors.size(), size_t(6));
    }

    void sparseArraysLoadDense()
    {
        Result<OpenedFile> file = openFile(generated(u"sparse.nd"_s));
        QVERIFY(file);
        QCOMPARE(file->format, FileFormat::MxnetNdarray);
        QCOMPARE(file->tensors[0].storage, NdStorage::RowSparse);
        QCOMPARE(file->tensors[1].storage, NdStorage::Csr);
        for (int i = 0; i < 3; ++i) {
            Result<NpyArray> dense = loadTensor(file->tensors[size_t(i)]);
            MXL_VERIFY_OK(dense);
            QCOMPARE(dense->info().shape, file->tensors[size_t(i)].info->shape);
            QCOMPARE(dense->data().size(), dense->info().byteSize());
        }
        // (1024, 2^40) holds no values but would densify to 4 PiB: refused, not attempted.
        QVERIFY(!loadTensor(file->tensors[3]));
    }

    void notMxnetIsStillRefused()
    {
        QTemporaryDir dir;
        write(dir.filePath(u"x.json"_s), "[1, 2, 3]");
        QVERIFY(!openFile(dir.filePath(u"x.json"_s)));
    }
};

QTEST_GUILESS_MAIN(TestMxnetOpen)
#include "tst_mxnetopen.moc"
