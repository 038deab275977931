// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/error.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace mxl {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::FileUnreadable:
        return u"file-unreadable"_s;
    case ErrorCode::NotAZip:
        return u"not-a-zip"_s;
    case ErrorCode::CorruptZip:
        return u"corrupt-zip"_s;
    case ErrorCode::UnsupportedCompression:
        return u"unsupported-compression"_s;
    case ErrorCode::EncryptedMember:
        return u"encrypted-member"_s;
    case ErrorCode::MemberMissing:
        return u"member-missing"_s;
    case ErrorCode::MemberTooLarge:
        return u"member-too-large"_s;
    case ErrorCode::ZipBomb:
        return u"zip-bomb"_s;
    case ErrorCode::CrcMismatch:
        return u"crc-mismatch"_s;
    case ErrorCode::InflateFailed:
        return u"inflate-failed"_s;
    case ErrorCode::BadNpyHeader:
        return u"bad-npy-header"_s;
    case ErrorCode::UnsupportedDType:
        return u"unsupported-dtype"_s;
    case ErrorCode::ShapeOverflow:
        return u"shape-overflow"_s;
    case ErrorCode::SizeMismatch:
        return u"size-mismatch"_s;
    case ErrorCode::BadJson:
        return u"bad-json"_s;
    case ErrorCode::JsonTooDeep:
        return u"json-too-deep"_s;
    case ErrorCode::BadGraphJson:
        return u"bad-graph-json"_s;
    case ErrorCode::UnsupportedFormat:
        return u"unsupported-format"_s;
    case ErrorCode::KeyNotFound:
        return u"key-not-found"_s;
    case ErrorCode::WriteFailed:
        return u"write-failed"_s;
    case ErrorCode::BadUsage:
        return u"bad-usage"_s;
    case ErrorCode::Cancelled:
        return u"cancelled"_s;
    case ErrorCode::BadNdArray:
        return u"bad-ndarray"_s;
    case ErrorCode::FileChanged:
        return u"file-changed"_s;
    }
    return u"unknown"_s;
}

Error makeError(ErrorCode code, QString message, QString file, QString member, qint64 offset)
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.file = std::move(file);
    e.member = std::move(member);
    e.offset = offset;
    return e;
}

QString Error::describe() const
{
    QString text;
    if (!file.isEmpty())
        text += file + u": "_s;
    if (!member.isEmpty())
        text += member + u": "_s;
    text += message;
    if (offset >= 0)
        text += u" (at byte %1)"_s.arg(offset);
    return text;
}

} // namespace mxl
