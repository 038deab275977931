// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/problemcodes.h"

namespace mxl::problemcode {

QString forReadError(const Error &error)
{
    switch (error.code) {
    case ErrorCode::CrcMismatch:
    case ErrorCode::InflateFailed:
        return ZipCrcMismatch;
    case ErrorCode::ZipBomb:
    case ErrorCode::MemberTooLarge:
        return ZipBomb;
    case ErrorCode::EncryptedMember:
        return ZipEncrypted;
    case ErrorCode::BadNpyHeader:
        return TensorBadNpyHeader;
    case ErrorCode::ShapeOverflow:
        return TensorShapeOverflow;
    case ErrorCode::SizeMismatch:
        return TensorSizeMismatch;
    case ErrorCode::UnsupportedDType:
        return TensorUnsupportedDType;
    default:
        return TensorUnreadable;
    }
}

} // namespace mxl::problemcode
