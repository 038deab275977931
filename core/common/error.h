// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace mxl {

// Stable reasons for failure. Tests compare these, never message text; the kebab-case name
// from errorCodeName() is what the CLI prints and what fixtures' manifests name.
enum class ErrorCode {
    FileUnreadable,
    NotAZip,
    CorruptZip,
    UnsupportedCompression,
    EncryptedMember,
    MemberMissing,
    MemberTooLarge,
    ZipBomb,
    CrcMismatch,
    InflateFailed,
    BadNpyHeader,
    UnsupportedDType,
    ShapeOverflow,
    SizeMismatch,
    BadJson,
    JsonTooDeep,
    BadGraphJson,
    UnsupportedFormat,
    KeyNotFound,
    WriteFailed,
    BadUsage,
    Cancelled,
    BadNdArray, // an MXNet NDArray list whose structure is corrupt (magic, counts, storage)
    // The file changed on disk after it was opened (shrank, was written to, or its path names
    // another file now): what the user saw can no longer be read or saved from it.
    FileChanged,
};

QString errorCodeName(ErrorCode code);

// A failure, as a value. `member` names the archive entry (or nested "outer/inner" path) and
// `offset` the byte position inside it where the problem was found, when they are known.
struct Error
{
    ErrorCode code = ErrorCode::FileUnreadable;
    QString message; // for people, translated
    QString file;
    QString member;
    qint64 offset = -1;

    // "FILE: MEMBER: MESSAGE (at byte N)", the form the CLI prints after "error: ".
    QString describe() const;
};

// The one way to build an Error; code returning a Result wraps it with fail() or failIn()
// (common/result.h), which call this.
Error makeError(ErrorCode code, QString message, QString file = {}, QString member = {},
                qint64 offset = -1);

} // namespace mxl
