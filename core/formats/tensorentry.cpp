// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/tensorentry.h"

#include "formats/npz/npzarchive.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

// Dense values of an MXNet tensor entry as an in-memory npy (sparse arrays densified).
Result<NpyArray> loadMxnetTensor(const TensorEntry &entry)
{
    const NdArrayList &list = *entry.ndarrays;
    if (entry.memberIndex < 0 || size_t(entry.memberIndex) >= list.arrays.size())
        return fail(
            ErrorCode::MemberMissing,
            QCoreApplication::translate("MxnetOpen", "no array %1 in the list").arg(entry.key));
    Result<DenseArray> dense = densify(list, list.arrays[size_t(entry.memberIndex)]);
    if (!dense)
        return fail(dense.error());
    NpyArray array;
    array.header.descr = numpyDescr(dense->info.dtype, dense->info.byteOrder);
    array.header.info = dense->info;
    array.header.dataOffset = 0;
    array.bytes = dense->bytes;
    return array;
}

} // namespace

QString tensorGroupName(TensorGroup group)
{
    switch (group) {
    case TensorGroup::Parameters:
        return u"parameters"_s;
    case TensorGroup::Constants:
        return u"constants"_s;
    case TensorGroup::Arrays:
        return u"arrays"_s;
    case TensorGroup::Arg:
        return u"arg"_s;
    case TensorGroup::Aux:
        return u"aux"_s;
    }
    return u"arrays"_s;
}

Result<NpyArray> loadTensor(const TensorEntry &entry)
{
    if (entry.error)
        return fail(*entry.error);
    if (entry.array)
        return *entry.array;
    if (entry.npz)
        return entry.npz->array(entry.memberIndex);
    if (entry.ndarrays)
        return loadMxnetTensor(entry);
    return fail(ErrorCode::MemberMissing,
                QCoreApplication::translate("Tensor", "tensor %1 has no data").arg(entry.key));
}

} // namespace mxl
