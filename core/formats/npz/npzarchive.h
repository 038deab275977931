// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/ziparchive.h"
#include "formats/npy/npyarray.h"

#include <memory>

namespace mxl {

// One member of an npz, as listed: its key (the member name without ".npy") and, once the
// header has been read, its TensorInfo or the error that makes it unreadable.
struct NpzMember
{
    QString key;
    int zipIndex = -1;
    std::optional<TensorInfo> info;
    std::optional<Error> error;
};

// An npz over bytes in memory. Immutable after open(); arrays are read on demand and may be
// read from several threads at once.
class NpzArchive
{
public:
    // Lists the members and reads every header (cheap: stored members are not copied).
    // `displayName` names the npz in errors ("inference.zip/mxnet_parameters.npz").
    static Result<std::shared_ptr<const NpzArchive>> open(ByteSourcePtr bytes, QString displayName,
                                                          const Limits &limits = {});

    const std::vector<NpzMember> &members() const { return m_members; }
    int indexOf(QStringView key) const;
    const ZipArchive &zip() const { return m_zip; }
    const QString &displayName() const { return m_zip.displayName(); }

    // The array of member `index`: inflated if the member was compressed, zero-copy otherwise.
    Result<NpyArray> array(int index) const;

private:
    explicit NpzArchive(ZipArchive zip) : m_zip(std::move(zip)) {}

    ZipArchive m_zip;
    Limits m_limits;
    std::vector<NpzMember> m_members;
};

} // namespace mxl
