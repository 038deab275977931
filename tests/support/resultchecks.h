// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Checks of a Result<T> (common/result.h) in Qt Test functions. Macros, not functions: QVERIFY
// and QCOMPARE end the test function they stand in.

#include "common/error.h"

#include <QTest>

// Fails the calling test, with the error's description, unless RESULT holds a value.
#define MXL_VERIFY_OK(result)                                                                      \
    QVERIFY2((result), (result) ? "" : qPrintable((result).error().describe()))

// Fails the calling test unless RESULT is an error with code EXPECTED and a message (three
// checks). The parameter is not called "code": that would replace the member name too.
#define MXL_VERIFY_FAILS_WITH(result, expected)                                                    \
    do {                                                                                           \
        QVERIFY(!(result));                                                                        \
        QCOMPARE(mxl::errorCodeName((result).error().code), mxl::errorCodeName(expected));         \
        QVERIFY(!(result).error().message.isEmpty());                                              \
    } while (false)
