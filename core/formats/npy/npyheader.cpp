// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/npyheader.h"

#include "formats/npy/pyliteral.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace mxl {

using detail::PyValue;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Npy", text);
}

constexpr int kNumpyMaxDims = 32;              // NPY_MAXDIMS
constexpr qint64 kNumpyMaxHeaderChars = 10000; // np.load's default max_header_size

// Strict UTF-8 as Python decodes it (no overlongs, surrogates or code points past U+10FFFF);
// the number of characters, or nullopt.
std::optional<qint64> utf8Length(QByteArrayView s)
{
    qint64 chars = 0;
    for (qint64 i = 0; i < s.size(); ++chars) {
        const quint8 c = quint8(s[i]);
        int n = 0;
        char32_t cp = 0, min = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if (c >= 0xC2 && c <= 0xDF) {
            n = 1, cp = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3, cp = c & 0x07, min = 0x10000;
        } else {
            return std::nullopt;
        }
        for (int k = 1; k <= n; ++k) {
            if (i + k >= s.size() || (quint8(s[i + k]) & 0xC0) != 0x80)
                return std::nullopt;
            cp = (cp << 6) | (quint8(s[i + k]) & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        i += n + 1;
    }
    return chars;
}

struct TypeCode
{
    char code;
    DType type;
};

// Single-character typecodes numpy.dtype() accepts for the supported types (x86-64 Linux: 'l'
// and 'p' are 64-bit), and the type numbers that numpy also accepts as characters.
constexpr std::array<TypeCode, 34> kTypeCodes{{
    {'?', DType::Bool},       {'b', DType::Int8},         {'B', DType::UInt8},
    {'h', DType::Int16},      {'H', DType::UInt16},       {'i', DType::Int32},
    {'I', DType::UInt32},     {'l', DType::Int64},        {'L', DType::UInt64},
    {'q', DType::Int64},      {'Q', DType::UInt64},       {'p', DType::Int64},
    {'P', DType::UInt64},     {'e', DType::Float16},      {'f', DType::Float32},
    {'d', DType::Float64},    {'F', DType::Complex64},    {'D', DType::Complex128},
    {'\x00', DType::Bool},    {'\x01', DType::Int8},      {'\x02', DType::UInt8},
    {'\x03', DType::Int16},   {'\x04', DType::UInt16},    {'\x05', DType::Int32},
    {'\x06', DType::UInt32},  {'\x07', DType::Int64},     {'\x08', DType::UInt64},
    {'\x09', DType::Int64},   {'\x0a', DType::UInt64},    {'\x0b', DType::Float32},
    {'\x0c', DType::Float64}, {'\x0e', DType::Complex64}, {'\x0f', DType::Complex128},
    {'\x17', DType::Float16},
}};

struct TypeName
{
    const char *name;
    DType type;
};

// numpy.sctypeDict names that numpy.dtype() accepts for the supported types (no byte order
// prefix: numpy looks the whole string up).
constexpr std::array<TypeName, 38> kTypeNames{{
    {"bool", DType::Bool},           {"bool8", DType::Bool},
    {"bool_", DType::Bool},          {"byte", DType::Int8},
    {"ubyte", DType::UInt8},         {"short", DType::Int16},
    {"ushort", DType::UInt16},       {"intc", DType::Int32},
    {"uintc", DType::UInt32},        {"int", DType::Int64},
    {"int_", DType::Int64},          {"int0", DType::Int64},
    {"intp", DType::Int64},          {"long", DType::Int64},
    {"longlong", DType::Int64},      {"uint", DType::UInt64},
    {"uint0", DType::UInt64},        {"uintp", DType::UInt64},
    {"ulong", DType::UInt64},        {"ulonglong", DType::UInt64},
    {"int8", DType::Int8},           {"uint8", DType::UInt8},
    {"int16", DType::Int16},         {"uint16", DType::UInt16},
    {"int32", DType::Int32},         {"uint32", DType::UInt32},
    {"int64", DType::Int64},         {"uint64", DType::UInt64},
    {"half", DType::Float16},        {"single", DType::Float32},
    {"double", DType::Float64},      {"float", DType::Float64},
    {"float_", DType::Float64},      {"float16", DType::Float16},
    {"float32", DType::Float32},     {"float64", DType::Float64},
    {"complex64", DType::Complex64}, {"complex128", DType::Complex128},
}};

constexpr std::array<TypeName, 6> kComplexNames{{
    {"complex", DType::Complex128},
    {"complex_", DType::Complex128},
    {"cfloat", DType::Complex128},
    {"cdouble", DType::Complex128},
    {"csingle", DType::Complex64},
    {"singlecomplex", DType::Complex64},
}};

// Names numpy.dtype() accepts for types mxlens does not read.
constexpr std::array<const char *, 22> kUnsupportedNames{{
    "object",      "object_",  "object0",    "str",        "str_",        "unicode",
    "unicode_",    "bytes",    "bytes_",     "string_",    "bytes0",      "str0",
    "void",        "void0",    "longdouble", "longfloat",  "clongdouble", "clongfloat",
    "longcomplex", "float128", "complex256", "datetime64",
}};

// C strtol over the whole of `s` (leading white space, a sign, decimal digits), then the cast
// to int numpy applies; nullopt when strtol would not consume all of `s`.
std::optional<int> numpyElementSize(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && (s[i] == u' ' || s[i] == u'\t' || s[i] == u'\n' || s[i] == u'\v' ||
                            s[i] == u'\f' || s[i] == u'\r'))
        ++i;
    bool negative = false;
    if (i < s.size() && (s[i] == u'+' || s[i] == u'-'))
        negative = s[i++] == u'-';
    const qsizetype digits = i;
    quint64 v = 0;
    bool saturated = false;
    while (i < s.size() && s[i] >= u'0' && s[i] <= u'9') {
        const quint64 d = s[i].unicode() - u'0';
        if (v > (quint64(std::numeric_limits<qint64>::max()) - d) / 10)
            saturated = true;
        else
            v = v * 10 + d;
        ++i;
    }
    if (i == digits || i != s.size())
        return std::nullopt;
    qint64 l = saturated ? (negative ? std::numeric_limits<qint64>::min()
                                     : std::numeric_limits<qint64>::max())
                         : (negative ? -qint64(v) : qint64(v));
    return int(qint32(quint32(quint64(l))));
}

} // namespace

Result<TensorInfo> parseDescr(QStringView descr)
{
    auto unsupported = [&](const QString &why) {
        return fail(ErrorCode::UnsupportedDType,
                    tr("dtype '%1' is not supported: %2").arg(descr.toString(), why));
    };
    auto invalid = [&]() {
        return fail(ErrorCode::UnsupportedDType,
                    tr("dtype '%1' is not a valid numpy dtype (numpy refuses it too)")
                        .arg(descr.toString()));
    };
    auto ok = [&](DType t, QChar order) {
        TensorInfo info;
        info.dtype = t;
        info.byteOrder = order == u'>' && itemSize(t) > 1 ? ByteOrder::Big : ByteOrder::Little;
        return info;
    };
    if (descr.isEmpty())
        return invalid();
    // numpy's _check_for_commastring: "1f4", "<2f4", "f4,i4", "()f4" are comma/repeat dtypes.
    auto isOrder = [](QChar c) { return c == u'<' || c == u'>' || c == u'|' || c == u'='; };
    const bool digitFirst = descr[0].isDigit() && descr[0].unicode() < 0x80;
    if (digitFirst ||
        (descr.size() > 1 && isOrder(descr[0]) && descr[1] >= u'0' && descr[1] <= u'9') ||
        descr.startsWith(u"()") ||
        (descr.size() > 3 && isOrder(descr[0]) && descr.mid(1).startsWith(u"()"))) {
        return unsupported(tr("repeat-count and comma-separated dtype spellings are not "
                              "supported"));
    }
    {
        int bracket = 0;
        for (QChar c : descr) {
            if (c == u',' && bracket == 0)
                return unsupported(tr("comma-separated (structured) dtypes are not supported"));
            bracket += c == u'[' ? 1 : (c == u']' ? -1 : 0);
        }
    }
    // Names are looked up without a byte-order prefix.
    for (const TypeName &n : kTypeNames) {
        if (descr == QLatin1StringView(n.name))
            return ok(n.type, u'=');
    }
    for (const TypeName &n : kComplexNames) {
        if (descr == QLatin1StringView(n.name))
            return ok(n.type, u'=');
    }
    for (const char *name : kUnsupportedNames) {
        if (descr == QLatin1StringView(name))
            return unsupported(tr("only bool, integer, float16/32/64 and complex64/128 arrays "
                                  "are read"));
    }
    QChar order = u'=';
    QStringView rest = descr;
    if (isOrder(descr[0])) {
        order = descr[0];
        rest = descr.mid(1);
    }
    if (rest.isEmpty())
        return invalid();
    const char16_t kind = rest[0].unicode();
    if (kind == u'O' || kind == 0x11)
        return unsupported(tr("object arrays hold pickled Python objects, which mxlens never "
                              "unpickles"));
    if (kind == u'M' || kind == u'm' || kind == 0x15 || kind == 0x16 ||
        rest.startsWith(u"datetime64") || rest.startsWith(u"timedelta64"))
        return unsupported(tr("datetime arrays are not supported"));
    if (rest.size() == 1) {
        for (const TypeCode &t : kTypeCodes) {
            if (char16_t(quint8(t.code)) == kind)
                return ok(t.type, order);
        }
        if (kind == u'S' || kind == u'a' || kind == u'c' || kind == u'U' || kind == 0x12 ||
            kind == 0x13 || kind == 0x1a)
            return unsupported(tr("string arrays are not numeric"));
        if (kind == u'V' || kind == 0x14)
            return unsupported(tr("void (raw record) arrays are not numeric"));
        if (kind == u'g' || kind == u'G' || kind == 0x0d || kind == 0x10)
            return unsupported(tr("long double arrays are not supported"));
        return invalid();
    }
    if (const std::optional<int> size = numpyElementSize(rest.mid(1))) {
        if (kind == u'S' || kind == u'a' || kind == u'U')
            return unsupported(tr("string arrays are not numeric"));
        if (kind == u'V')
            return unsupported(tr("void (raw record) arrays are not numeric"));
        if (kind == u'b' && *size == 1)
            return ok(DType::Bool, order);
        if ((kind == u'i' || kind == u'u' || kind == u'f' || kind == u'c') && *size > 0) {
            if (const std::optional<DType> t = dtypeFromKind(char(kind), *size))
                return ok(*t, order);
            if ((kind == u'f' && (*size == 12 || *size == 16)) ||
                (kind == u'c' && (*size == 24 || *size == 32)))
                return unsupported(tr("long double arrays are not supported"));
        }
    }
    return invalid();
}

namespace {

// The dict literal_eval produced, checked as numpy's _read_array_header checks it.
Status checkHeaderDict(const PyValue &d, NpyHeader &header, int maxDims)
{
    auto bad = [](const QString &what, qint64 offset) {
        return fail(ErrorCode::BadNpyHeader,
                    tr("bad npy header (numpy refuses it too): %1").arg(what), {}, offset);
    };
    if (d.kind != PyValue::Dict)
        return bad(tr("the header is not a dict"), d.offset);
    const PyValue *descr = nullptr, *order = nullptr, *shape = nullptr;
    for (size_t i = 0; i + 1 < d.items.size(); i += 2) {
        const PyValue &key = d.items[i];
        const PyValue *value = &d.items[i + 1];
        if (key.kind == PyValue::Str && key.text == u"descr")
            descr = value; // duplicate keys: the last one wins, as in Python
        else if (key.kind == PyValue::Str && key.text == u"fortran_order")
            order = value;
        else if (key.kind == PyValue::Str && key.text == u"shape")
            shape = value;
        else
            return bad(tr("unexpected key %1 (expected exactly 'descr', 'fortran_order' and "
                          "'shape')")
                           .arg(key.kind == PyValue::Str ? u"'%1'"_s.arg(key.text)
                                                         : tr("that is not a str")),
                       key.offset);
    }
    if (!descr || !order || !shape)
        return bad(tr("missing key '%1' (expected exactly 'descr', 'fortran_order' and 'shape')")
                       .arg(!descr ? u"descr"_s : (!order ? u"fortran_order"_s : u"shape"_s)),
                   d.offset);
    if (shape->kind != PyValue::Tuple)
        return bad(tr("'shape' must be a tuple of integers such as (3,) or (2, 3); (3) is the "
                      "integer 3"),
                   shape->offset);
    Shape dims;
    for (const PyValue &x : shape->items) {
        if (x.kind != PyValue::Int)
            return bad(tr("'shape' must hold only integers"), x.offset);
        if (x.huge)
            return fail(ErrorCode::ShapeOverflow, tr("a dimension does not fit in 64 bits"), {},
                        x.offset);
        if (x.number < 0)
            return fail(ErrorCode::BadNpyHeader,
                        tr("bad npy header: negative dimension %1 (np.load of a .npy file infers "
                           "a single negative dimension from the size of the data, as reshape "
                           "does; mxlens refuses it, as np.load does inside an npz)")
                            .arg(x.number),
                        {}, x.offset);
        dims.push_back(x.number);
    }
    if (int(dims.size()) > maxDims)
        return bad(tr("%1 dimensions, more than numpy's limit of %2").arg(dims.size()).arg(maxDims),
                   shape->offset);
    if (order->kind != PyValue::Bool)
        return bad(tr("'fortran_order' must be True or False"), order->offset);
    if (descr->kind == PyValue::List)
        return fail(ErrorCode::UnsupportedDType, tr("structured (record) dtypes are not supported"),
                    {}, descr->offset);
    if (descr->kind == PyValue::Tuple)
        return fail(ErrorCode::UnsupportedDType,
                    tr("sub-array dtypes (a (dtype, shape) tuple) are not supported"), {},
                    descr->offset);
    if (descr->kind != PyValue::Str)
        return bad(tr("'descr' must be a dtype string such as '<f4'"), descr->offset);
    Result<TensorInfo> info = parseDescr(descr->text);
    if (!info) {
        Error e = info.error();
        e.offset = descr->offset;
        return fail(std::move(e));
    }
    // numpy: itemsize times every non-zero dimension must fit in a signed 64-bit byte count,
    // even for an array of zero elements ("array is too big").
    quint64 bytes = quint64(itemSize(info->dtype));
    for (qint64 dim : dims) {
        if (dim == 0)
            continue;
        if (bytes > quint64(std::numeric_limits<qint64>::max()) / quint64(dim))
            return fail(ErrorCode::ShapeOverflow,
                        tr("the shape %1 of %2 overflows 64-bit byte counts (its item size times "
                           "its non-zero dimensions; numpy refuses it too)")
                            .arg(shapeText(dims), dtypeName(info->dtype)),
                        {}, shape->offset);
        bytes *= quint64(dim);
    }
    header.descr = descr->text;
    header.info = *info;
    header.info.shape = std::move(dims);
    header.info.fortranOrder = order->number != 0 && header.info.shape.size() > 1;
    return Ok{};
}

} // namespace

Result<NpyHeader> parseNpyHeader(QByteArrayView bytes, const Limits &limits)
{
    if (!bytes.startsWith(QByteArrayView("\x93NUMPY", 6)))
        return fail(ErrorCode::BadNpyHeader, tr("not an npy array (expected the magic \\x93NUMPY)"),
                    {}, 0);
    if (bytes.size() < 10)
        return fail(ErrorCode::BadNpyHeader, tr("truncated npy header"), {}, bytes.size());
    NpyHeader header;
    header.major = quint8(bytes[6]);
    header.minor = quint8(bytes[7]);
    if ((header.major != 1 && header.major != 2 && header.major != 3) || header.minor != 0)
        return fail(ErrorCode::BadNpyHeader,
                    tr("npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 are, as in "
                       "numpy)")
                        .arg(header.major)
                        .arg(header.minor),
                    {}, 6);
    qint64 headerLength = 0;
    qint64 textStart = 0;
    if (header.major == 1) {
        headerLength = qFromLittleEndian<quint16>(bytes.data() + 8);
        textStart = 10;
    } else {
        if (bytes.size() < 12)
            return fail(ErrorCode::BadNpyHeader, tr("truncated npy header"), {}, bytes.size());
        headerLength = qFromLittleEndian<quint32>(bytes.data() + 8);
        textStart = 12;
    }
    if (headerLength > limits.maxNpyHeaderBytes)
        return fail(ErrorCode::BadNpyHeader,
                    tr("the header claims %1 bytes, more than the limit of %2")
                        .arg(headerLength)
                        .arg(limits.maxNpyHeaderBytes),
                    {}, 8);
    if (textStart + headerLength > bytes.size())
        return fail(ErrorCode::BadNpyHeader,
                    tr("the header claims %1 bytes but the array has only %2 after byte %3")
                        .arg(headerLength)
                        .arg(bytes.size() - textStart)
                        .arg(textStart),
                    {}, 8);
    const QByteArrayView text = bytes.sliced(textStart, headerLength);
    qint64 chars = headerLength;
    if (header.major == 3) {
        const std::optional<qint64> n = utf8Length(text);
        if (!n)
            return fail(ErrorCode::BadNpyHeader,
                        tr("bad npy header (numpy refuses it too): a format 3.0 header must be "
                           "UTF-8"),
                        {}, textStart);
        chars = *n;
    }
    if (chars > kNumpyMaxHeaderChars)
        return fail(ErrorCode::BadNpyHeader,
                    tr("the header is %1 characters long; numpy refuses headers over %2 (its "
                       "max_header_size) unless trusted with allow_pickle=True")
                        .arg(chars)
                        .arg(kNumpyMaxHeaderChars),
                    {}, 8);
    if (const qsizetype nul = text.indexOf('\0'); nul >= 0)
        return fail(ErrorCode::BadNpyHeader,
                    tr("bad npy header (numpy refuses it too): a NUL byte in the header text"), {},
                    textStart + nul);
    Result<PyValue> dict = detail::parseHeaderLiteral(text, textStart, header.major);
    if (!dict)
        return fail(dict.error());
    if (Status s = checkHeaderDict(*dict, header, std::min(limits.maxDimensions, kNumpyMaxDims));
        !s)
        return fail(s.error());
    header.dataOffset = textStart + headerLength;
    return header;
}

} // namespace mxl
