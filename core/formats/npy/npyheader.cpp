// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/npyheader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <optional>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Npy", text);
}

// A tokenizer/parser for the small Python literal subset numpy writes in headers: one dict
// with string keys; values are strings, True/False, or tuples of integers.
class HeaderParser
{
public:
    HeaderParser(QByteArrayView text, qint64 base) : m_text(text), m_base(base) {}

    Status parse(NpyHeader &header, int maxDims);

private:
    Failure error(const QString &what) const
    {
        return fail(ErrorCode::BadNpyHeader, tr("bad npy header: %1").arg(what), {},
                    m_base + m_pos);
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool accept(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    std::optional<QString> string();
    std::optional<bool> boolean();
    Result<Shape> tuple(int maxDims);

    QByteArrayView m_text;
    qint64 m_base;
    qint64 m_pos = 0;
};

std::optional<QString> HeaderParser::string()
{
    skipSpace();
    if (m_pos >= m_text.size() || (m_text[m_pos] != '\'' && m_text[m_pos] != '"'))
        return std::nullopt;
    const char quote = m_text[m_pos++];
    const qint64 start = m_pos;
    while (m_pos < m_text.size() && m_text[m_pos] != quote) {
        if (m_text[m_pos] == '\\')
            return std::nullopt; // numpy never escapes inside these strings
        ++m_pos;
    }
    if (m_pos >= m_text.size())
        return std::nullopt;
    QString s = QString::fromUtf8(m_text.sliced(start, m_pos - start));
    ++m_pos;
    return s;
}

std::optional<bool> HeaderParser::boolean()
{
    skipSpace();
    if (m_text.sliced(m_pos).startsWith("True")) {
        m_pos += 4;
        return true;
    }
    if (m_text.sliced(m_pos).startsWith("False")) {
        m_pos += 5;
        return false;
    }
    return std::nullopt;
}

Result<Shape> HeaderParser::tuple(int maxDims)
{
    if (!accept('('))
        return error(tr("expected a tuple for 'shape'"));
    Shape shape;
    while (true) {
        if (accept(')'))
            return shape;
        skipSpace();
        const qint64 start = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] >= '0' && m_text[m_pos] <= '9')
            ++m_pos;
        if (m_pos == start)
            return error(tr("expected a non-negative integer dimension"));
        bool ok = false;
        const qint64 dim = m_text.sliced(start, m_pos - start).toLongLong(&ok);
        if (!ok)
            return fail(ErrorCode::ShapeOverflow, tr("a dimension does not fit in 64 bits"), {},
                        m_base + start);
        if (m_pos < m_text.size() && m_text[m_pos] == 'L')
            ++m_pos; // Python 2 long suffix
        shape.push_back(dim);
        if (int(shape.size()) > maxDims)
            return error(tr("more than %1 dimensions").arg(maxDims));
        if (accept(')'))
            return shape;
        if (!accept(','))
            return error(tr("expected ',' or ')' in 'shape'"));
    }
}

Status HeaderParser::parse(NpyHeader &header, int maxDims)
{
    if (!accept('{'))
        return error(tr("expected '{'"));
    bool haveDescr = false, haveOrder = false, haveShape = false;
    bool fortran = false;
    Shape shape;
    while (!accept('}')) {
        const std::optional<QString> key = string();
        if (!key)
            return error(tr("expected a quoted key"));
        if (!accept(':'))
            return error(tr("expected ':' after '%1'").arg(*key));
        if (*key == u"descr") {
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == '[')
                return fail(ErrorCode::UnsupportedDType,
                            tr("structured (record) dtypes are not supported"), {}, m_base + m_pos);
            const std::optional<QString> d = string();
            if (!d)
                return error(tr("expected a string for 'descr'"));
            header.descr = *d;
            haveDescr = true;
        } else if (*key == u"fortran_order") {
            const std::optional<bool> b = boolean();
            if (!b)
                return error(tr("expected True or False for 'fortran_order'"));
            fortran = *b;
            haveOrder = true;
        } else if (*key == u"shape") {
            Result<Shape> t = tuple(maxDims);
            if (!t)
                return fail(t.error());
            shape = std::move(*t);
            haveShape = true;
        } else {
            return error(tr("unexpected key '%1'").arg(*key));
        }
        if (!accept(',')) {
            if (accept('}'))
                break;
            return error(tr("expected ',' or '}'"));
        }
    }
    if (!haveDescr || !haveOrder || !haveShape)
        return error(tr("'descr', 'fortran_order' and 'shape' are all required"));
    Result<TensorInfo> info = parseDescr(header.descr);
    if (!info) {
        Error e = info.error();
        e.offset = m_base;
        return fail(std::move(e));
    }
    header.info = *info;
    header.info.shape = std::move(shape);
    header.info.fortranOrder = fortran && header.info.shape.size() > 1;
    return Ok{};
}

} // namespace

Result<TensorInfo> parseDescr(QStringView descr)
{
    auto unsupported = [&](const QString &why) {
        return fail(ErrorCode::UnsupportedDType,
                    tr("dtype '%1' is not supported: %2").arg(descr.toString(), why));
    };
    if (descr.isEmpty())
        return unsupported(tr("empty descr"));
    TensorInfo info;
    qsizetype i = 0;
    const QChar order = descr.at(0);
    if (order == u'<' || order == u'>' || order == u'|' || order == u'=') {
        info.byteOrder = order == u'>' ? ByteOrder::Big : ByteOrder::Little;
        ++i;
    }
    if (i >= descr.size())
        return unsupported(tr("no type character"));
    const char kind = descr.at(i).toLatin1();
    ++i;
    if (kind == 'O')
        return unsupported(tr("object arrays hold pickled Python objects, which mxlens never "
                              "unpickles"));
    if (kind == 'S' || kind == 'U' || kind == 'a')
        return unsupported(tr("string arrays are not numeric"));
    if (kind == 'V')
        return unsupported(tr("void (raw record) arrays are not numeric"));
    if (kind == 'M' || kind == 'm')
        return unsupported(tr("datetime arrays are not supported"));
    bool ok = false;
    const int size = descr.mid(i).toInt(&ok);
    if (!ok)
        return unsupported(tr("the item size is not a number"));
    const std::optional<DType> t = dtypeFromKind(kind, size);
    if (!t)
        return unsupported(tr("unknown type character or item size"));
    info.dtype = *t;
    return info;
}

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
    qint64 headerLength = 0;
    qint64 textStart = 0;
    if (header.major == 1) {
        headerLength = qFromLittleEndian<quint16>(bytes.data() + 8);
        textStart = 10;
    } else if (header.major == 2 || header.major == 3) {
        if (bytes.size() < 12)
            return fail(ErrorCode::BadNpyHeader, tr("truncated npy header"), {}, bytes.size());
        headerLength = qFromLittleEndian<quint32>(bytes.data() + 8);
        textStart = 12;
    } else {
        return fail(ErrorCode::BadNpyHeader,
                    tr("npy format version %1.%2 is not supported (1.0, 2.0 and 3.0 are)")
                        .arg(header.major)
                        .arg(header.minor),
                    {}, 6);
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
    HeaderParser parser(bytes.sliced(textStart, headerLength), textStart);
    if (Status s = parser.parse(header, limits.maxDimensions); !s)
        return fail(s.error());
    header.dataOffset = textStart + headerLength;
    return header;
}

} // namespace mxl
