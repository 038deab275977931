// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where the MXNet test files are: the real ones beside the checkout (../shared/fixtures, not
// part of this repository), the generated ones (tests/fixtures/make_mxnet_fixtures.py) in it.

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTest>

namespace mxl::test {

// A file of ../shared/fixtures/mxnet-real.
inline QString realFile(const QString &rel)
{
    return QStringLiteral(MXL_SHARED_FIXTURES "/mxnet-real/") + rel;
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

// Skips the calling test when the real MXNet files are not beside this checkout.
#define MXL_REQUIRE_REAL_FIXTURES()                                                                \
    do {                                                                                           \
        if (!QFileInfo::exists(mxl::test::realFile(QString())))                                    \
            QSKIP("the real MXNet files (../shared/fixtures/mxnet-real) are not present");         \
    } while (false)
