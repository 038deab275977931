// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/sourcecheck.h"

#include "open/openedfile.h"

#include <QCoreApplication>

namespace mxl {

Status checkSourcesUnchanged(const OpenedFile &file)
{
    if (file.source) {
        if (Status s = file.source->checkUnchanged(); !s)
            return s;
    }
    if (file.mxnet && file.mxnet->parameters && file.mxnet->parameters->bytes) {
        if (Status s = file.mxnet->parameters->bytes->checkUnchanged(); !s)
            return s;
    }
    return Ok{};
}

Failure changedSinceOpen(const Error &changed)
{
    Error e = changed;
    e.code = ErrorCode::FileChanged;
    e.message =
        QCoreApplication::translate("SourceCheck", "%1; nothing was written").arg(changed.message);
    return fail(std::move(e));
}

} // namespace mxl
