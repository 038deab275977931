// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Log text is for developers; users see Error and Problem text.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
