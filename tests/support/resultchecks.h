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

// Fails the calling test unless RESULT is an error with code CODE and a message (three checks).
#define MXL_VERIFY_FAILS_WITH(result, code)                                                        \
    do {                                                                                           \
        QVERIFY(!(result));                                                                        \
        QCOMPARE(mxl::errorCodeName((result).error().code), mxl::errorCodeName(code));             \
        QVERIFY(!(result).error().message.isEmpty());                                              \
    } while (false)
