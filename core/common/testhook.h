// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace mxl {

// A test hook for tests/python/check_file_faults.py, so that a fault (truncation, rewrite,
// rename) lands at a known point of a run: when the environment variable MXL_TEST_PAUSE_AT
// equals `phase`, the process prints "mxlens: paused at PHASE" on stderr and stops itself
// (SIGSTOP) until it receives SIGCONT. Phases: "opened" (the CLI opened its input, before any
// work), "written" (a save wrote its temporary file; a verified save synced it and has not
// read it back yet; nothing has been renamed).
// Without the variable it does nothing; it costs one getenv.
void pauseForTest(const char *phase);

} // namespace mxl
