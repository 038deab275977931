// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/testhook.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace mxl {

void pauseForTest(const char *phase)
{
    const char *wanted = std::getenv("MXL_TEST_PAUSE_AT");
    if (!wanted || std::strcmp(wanted, phase) != 0)
        return;
    std::fprintf(stderr, "mxlens: paused at %s\n", phase);
    std::fflush(stderr);
    std::raise(SIGSTOP);
}

} // namespace mxl
