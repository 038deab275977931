// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
// mxlens-cli's commands run in-process through CliApp, with string streams: the JSON they
// print, their exit statuses and their messages. tests/python/ runs the executable against
// the real peers; this catches a broken command before that and under a debugger.
#include "cliapp.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace mxl;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(MXL_FIXTURES) + u'/' + name;
}

// MXNet's own checkpoint (tests/fixtures/real): its symbol and the parameters of epoch 1.
QString checkpoint()
{
    return QStringLiteral(MXL_TESTS) + u"/fixtures/real/mxnet-real/mtcnn-det1/det1-symbol.json"_s;
}

struct Run
{
    int status = -1;
    QString out, err;
};

Run runCli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    CliApp cli(out, err);
    r.status = cli.run(args);
    out.flush();
    err.flush();
    return r;
}

QJsonObject jsonOf(const Run &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << r.out.left(200);
    return doc.object();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void infoJsonNpz()
    {
        const Run r = runCli({u"info"_s, fixture(u"npz/mixed.npz"_s), u"--json"_s});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        const QJsonObject j = jsonOf(r);
        QCOMPARE(j.value(u"format"_s).toString(), u"npz"_s);
        QCOMPARE(j.value(u"file"_s).toString(), fixture(u"npz/mixed.npz"_s));
        const QJsonArray tensors = j.value(u"tensors"_s).toArray();
        QCOMPARE(tensors.size(), 4);
        const QJsonObject first = tensors.at(0).toObject();
        QCOMPARE(first.value(u"key"_s).toString(), u"f8"_s);
        QCOMPARE(first.value(u"dtype"_s).toString(), u"float64"_s);
        QCOMPARE(first.value(u"shape"_s).toArray(), QJsonArray({5}));
        QCOMPARE(tensors.at(3).toObject().value(u"fortran_order"_s).toBool(), true);
        QCOMPARE(j.value(u"entries"_s).toArray().size(), 4);
        QVERIFY(j.value(u"problems"_s).toArray().isEmpty());
    }

    void infoJsonCheckpoint()
    {
        const Run r = runCli({u"info"_s, checkpoint(), u"--json"_s, u"--stats"_s});
        QCOMPARE(r.status, 0);
        const QJsonObject j = jsonOf(r);
        QCOMPARE(j.value(u"format"_s).toString(), u"mxnet-checkpoint"_s);
        const QJsonObject mxnet = j.value(u"mxnet"_s).toObject();
        QCOMPARE(mxnet.value(u"epoch"_s).toInt(), 1);
        QCOMPARE(mxnet.value(u"epochs"_s).toArray(), QJsonArray({1}));
        QVERIFY(mxnet.value(u"params"_s).toString().endsWith(u"det1-0001.params"_s));
        const QJsonArray tensors = j.value(u"tensors"_s).toArray();
        QCOMPARE(tensors.size(), 13);
        const QJsonObject gamma = tensors.at(0).toObject();
        QCOMPARE(gamma.value(u"key"_s).toString(), u"arg:prelu2_gamma"_s);
        QCOMPARE(gamma.value(u"name"_s).toString(), u"prelu2_gamma"_s);
        QCOMPARE(gamma.value(u"sha256"_s).toString().size(), 64);
        QCOMPARE(j.value(u"graphs"_s).toArray().at(0).toObject().value(u"nodes"_s).toInt(), 24);
    }

    // Python's NaN and Infinity in configuration.json come out as the contract's non-finite
    // strings, like every other number of the report.
    void infoJsonNonFiniteConfiguration()
    {
        QTemporaryDir dir;
        const QString from = fixture(u"legacy/simple_normal_v021"_s);
        for (const QString &name : QDir(from).entryList(QDir::Files)) {
            QVERIFY(QFile::copy(from + u'/' + name, dir.filePath(name)));
            QFile::setPermissions(dir.filePath(name), QFile::ReadOwner | QFile::WriteOwner);
        }
        QFile config(dir.filePath(u"inference_configuration.json"_s));
        QVERIFY(config.open(QIODevice::WriteOnly | QIODevice::Truncate));
        config.write(R"({"observed": [], "scale": [NaN, Infinity, -Infinity, 1.5]})");
        config.close();
        const Run r = runCli({u"info"_s, config.fileName(), u"--json"_s});
        QVERIFY2(r.status == 0 || r.status == 1, qPrintable(r.err));
        const QJsonArray scale =
            jsonOf(r).value(u"configuration"_s).toObject().value(u"scale"_s).toArray();
        QCOMPARE(scale, QJsonArray({u"NaN"_s, u"Infinity"_s, u"-Infinity"_s, 1.5}));
    }

    void infoText()
    {
        const Run r = runCli({u"info"_s, fixture(u"npz/mixed.npz"_s)});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(fixture(u"npz/mixed.npz"_s) + u": "_s));
        QVERIFY2(r.out.contains(u"Tensors (4):\n"_s), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << u"no command given"_s;
        QTest::newRow("unknown") << QStringList{u"frob"_s} << u"unknown command 'frob'"_s;
        QTest::newRow("no file") << QStringList{u"info"_s} << u"info takes exactly one FILE"_s;
        QTest::newRow("bad option")
            << QStringList{u"validate"_s, u"x.zip"_s, u"--frob"_s} << u"--frob"_s;
        QTest::newRow("epoch") << QStringList{u"info"_s, checkpoint(), u"--epoch"_s, u"one"_s}
                               << u"--epoch takes a number"_s;
        QTest::newRow("tensor output")
            << QStringList{u"tensor"_s, u"a.npz"_s, u"k"_s, u"-o"_s, u"out.txt"_s}
            << u"the output must end in .npy or .csv"_s;
        QTest::newRow("export without -o")
            << QStringList{u"export"_s, u"a.zip"_s} << u"export takes SAVED and -o OUT"_s;
        QTest::newRow("convert names")
            << QStringList{u"convert"_s, u"a.npz"_s, u"-o"_s, u"b.npz"_s, u"--names"_s, u"x"_s}
            << u"--names takes readable or stored"_s;
        QTest::newRow("render output") << QStringList{u"render"_s, u"a.zip"_s, u"-o"_s, u"a.pdf"_s}
                                       << u"render needs -o OUT.svg or -o OUT.png"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = runCli(args);
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"mxlens-cli: error: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(r.err.endsWith(u"\nTry 'mxlens-cli --help'.\n"_s), qPrintable(r.err));
    }

    void exactUsageError()
    {
        const Run r = runCli({u"diff"_s, u"a.npz"_s});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err, u"mxlens-cli: error: diff takes A and B\nTry 'mxlens-cli --help'.\n"_s);
    }

    void help()
    {
        const Run r = runCli({u"info"_s, u"--help"_s});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(u"Usage: mxlens-cli COMMAND [OPTIONS]\n"_s));
        QVERIFY(r.err.isEmpty());
    }

    void unreadableFile()
    {
        const QString path = fixture(u"malformed/not_a_zip.zip"_s);
        const Run r = runCli({u"info"_s, path});
        QCOMPARE(r.status, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"mxlens-cli: error: "_s + path), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not a zip archive"_s), qPrintable(r.err));
    }

    // Exit statuses and problem codes as tests/fixtures/malformed.json has them.
    void validateMalformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad crc") << u"malformed/bad_crc_npz.zip"_s << 1 << u"zip.crc-mismatch"_s;
        QTest::newRow("unsafe name") << u"malformed/unsafe_name.zip"_s << 0 << u"zip.unsafe-name"_s;
    }

    void validateMalformed()
    {
        QFETCH(QString, file);
        QFETCH(int, exit);
        QFETCH(QString, code);
        const Run r = runCli({u"validate"_s, fixture(file), u"--json"_s});
        QCOMPARE(r.status, exit);
        const QJsonObject j = jsonOf(r);
        QCOMPARE(j.value(u"valid"_s).toBool(), exit == 0);
        QStringList codes;
        for (const QJsonValue &p : j.value(u"problems"_s).toArray())
            codes << p.toObject().value(u"code"_s).toString();
        QVERIFY2(codes.contains(code), qPrintable(codes.join(u", "_s)));

        const Run text = runCli({u"validate"_s, fixture(file)});
        QCOMPARE(text.status, exit);
        QVERIFY2(text.out.startsWith(fixture(file) + u": "_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(code), qPrintable(text.out));
    }

    // `tensor` takes the readable names `info` prints, as well as keys and component names.
    void tensorByReadableName()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString archive = fixture(u"mxfusion/gp_regression.zip"_s);
        const QString out = dir.filePath(u"v.npy"_s);
        const Run r =
            runCli({u"tensor"_s, archive, u"gp_regression.F.rbf_variance"_s, u"-o"_s, out});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY(QFile::exists(out));
        const Run none = runCli({u"tensor"_s, archive, u"no_such_name"_s, u"-o"_s, out});
        QCOMPARE(none.status, 2);
        QVERIFY2(none.err.contains(u"no tensor with key, component name or readable name"_s),
                 qPrintable(none.err));
    }

    void renderSvg()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString out = dir.filePath(u"graph.svg"_s);
        const Run r = runCli({u"render"_s, fixture(u"mxfusion/simple_normal.zip"_s), u"-o"_s, out});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QFile svg(out);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray bytes = svg.readAll();
        QVERIFY(bytes.contains("<svg"));

        const Run none = runCli({u"render"_s, fixture(u"mxfusion/simple_normal.zip"_s),
                                 u"--graph"_s, u"9"_s, u"-o"_s, out});
        QCOMPARE(none.status, 2);
        QVERIFY2(none.err.startsWith(u"mxlens-cli: error: "_s +
                                     fixture(u"mxfusion/simple_normal.zip"_s) +
                                     u": there is no graph 9"_s),
                 qPrintable(none.err));
    }

    // npz -> params, the npz written from MXNet's own checkpoint; the result is read back.
    void convertNpzToParams()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString npz = dir.filePath(u"det1.npz"_s);
        const QString params = dir.filePath(u"det1.params"_s);
        Run r = runCli({u"convert"_s, checkpoint(), u"-o"_s, npz});
        QCOMPARE(r.status, 0);
        r = runCli({u"convert"_s, npz, u"-o"_s, params});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, u"wrote %1 (npz -> mxnet-ndarray, stored keys): 13 arrays, every one "
                        "read back equal\n"_s.arg(params));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));

        r = runCli({u"info"_s, params, u"--json"_s});
        QCOMPARE(r.status, 0);
        const QJsonObject j = jsonOf(r);
        QCOMPARE(j.value(u"format"_s).toString(), u"mxnet-ndarray"_s);
        const QJsonArray tensors = j.value(u"tensors"_s).toArray();
        QCOMPARE(tensors.size(), 13);
        QCOMPARE(tensors.at(0).toObject().value(u"key"_s).toString(), u"arg:prelu2_gamma"_s);

        // Fortran order has no place in an MXNet list: refused, nothing written.
        const QString refused = dir.filePath(u"mixed.params"_s);
        r = runCli({u"convert"_s, fixture(u"npz/mixed.npz"_s), u"-o"_s, refused});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(u"Fortran order"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(refused));
    }
};

QTEST_MAIN(TestCli)
#include "tst_cli.moc"
