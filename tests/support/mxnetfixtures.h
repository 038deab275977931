// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the MXNet test files are: the real ones written by MXNet itself (tests/fixtures/real,
// byte-exact copies with their licences) and the generated ones
// (tests/fixtures/make_mxnet_fixtures.py, in tests/fixtures/data).

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace mxl::test {

// A file of tests/fixtures/real/mxnet-real.
inline QString realFile(const QString &rel)
{
    return QStringLiteral(MXL_REAL_FIXTURES "/mxnet-real/") + rel;
}

// A file of tests/fixtures/data/mxnet.
inline QString generated(const QString &rel)
{
    return QStringLiteral(MXL_FIXTURES "/mxnet/") + rel;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

} // namespace mxl::test

// Fails the calling test when the real MXNet files are missing: they are part of the
// repository, so a missing one is a broken checkout, never a reason to skip.
#define MXL_REQUIRE_REAL_FIXTURES()                                                                \
    do {                                                                                           \
        if (!QFileInfo::exists(mxl::test::realFile(QString())))                                    \
            QFAIL("the real MXNet files (tests/fixtures/real/mxnet-real) are missing");            \
    } while (false)
