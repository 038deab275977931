// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/npyheader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <array>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace mxl {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Npy", text);
}

// numpy 1.24 (numpy/lib/format.py) reads a header with ast.literal_eval after decoding it as
// latin1 (format 1.0, 2.0, after _filter_header drops Python 2 'L' suffixes) or UTF-8 (3.0),
// then requires exactly the keys 'descr', 'fortran_order' and 'shape'. This reader accepts the
// Python literal syntax numpy accepts there, with a few rare spellings refused on purpose (see
// README.md): line continuations, float and complex literals, \N{...} escapes, form feeds.
constexpr int kNumpyMaxDims = 32;              // NPY_MAXDIMS
constexpr qint64 kNumpyMaxHeaderChars = 10000; // np.load's default max_header_size
constexpr int kMaxNesting = 64;                // brackets inside the header dict

// A value of the Python literal subset literal_eval builds.
struct PyValue
{
    enum Kind { Str, Bytes, Int, Bool, None, Tuple, List, Dict, Set };
    Kind kind = None;
    QString text;               // Str, Bytes (one char per byte)
    qint64 number = 0;          // Int (when !huge), Bool
    bool huge = false;          // Int outside qint64
    bool signedNum = false;     // an Int written with a unary + or - (a UnaryOp node)
    qint64 offset = 0;          // where it starts, from the start of the .npy
    std::vector<PyValue> items; // Tuple, List, Set; Dict: key, value, key, value, ...
};

bool hashable(const PyValue &v)
{
    if (v.kind == PyValue::List || v.kind == PyValue::Dict || v.kind == PyValue::Set)
        return false;
    for (const PyValue &item : v.items) {
        if (!hashable(item))
            return false;
    }
    return true;
}

bool isIdentStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || quint8(c) >= 0x80;
}

bool isIdentChar(char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9');
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class HeaderParser
{
public:
    HeaderParser(QByteArrayView text, qint64 base, int major)
        : m_text(text), m_base(base), m_major(major)
    {}

    Result<PyValue> parseHeader();

private:
    Failure error(const QString &what, qint64 pos = -1) const
    {
        return fail(ErrorCode::BadNpyHeader,
                    tr("bad npy header (numpy refuses it too): %1").arg(what), {},
                    m_base + (pos < 0 ? m_pos : pos));
    }
    Failure refused(const QString &what, qint64 pos = -1) const
    {
        return fail(ErrorCode::BadNpyHeader,
                    tr("npy header spelling mxlens does not read (numpy may): %1").arg(what), {},
                    m_base + (pos < 0 ? m_pos : pos));
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek(qint64 ahead = 0) const
    {
        return m_pos + ahead < m_text.size() ? m_text[m_pos + ahead] : '\0';
    }
    Status skipBlank(int depth);
    Status skipComment();
    Result<PyValue> value(int depth);
    Result<PyValue> sequence(int depth, char close, PyValue::Kind kind, qint64 start);
    Result<PyValue> braces(int depth, qint64 start);
    Result<PyValue> number(qint64 start);
    Result<PyValue> strings(int depth);
    Status stringLiteral(QString &out, bool &isBytes, bool &first);
    std::optional<qint64> stringPrefixLength() const;

    QByteArrayView m_text;
    qint64 m_base;
    int m_major;
    qint64 m_pos = 0;
};

Status HeaderParser::skipComment()
{
    while (!atEnd() && peek() != '\n' && peek() != '\r')
        ++m_pos;
    return Ok{};
}

// Between tokens: spaces and tabs; inside brackets also newlines and comments (Python's
// implicit line joining).
Status HeaderParser::skipBlank(int depth)
{
    while (!atEnd()) {
        const char c = peek();
        if (c == ' ' || c == '\t' || (depth > 0 && (c == '\n' || c == '\r'))) {
            ++m_pos;
        } else if (c == '#' && depth > 0) {
            skipComment();
        } else if (c == '\\') {
            return refused(tr("a backslash line continuation"));
        } else if (c == '\f' || c == '\v') {
            return refused(tr("a form feed or vertical tab between tokens"));
        } else {
            break;
        }
    }
    return Ok{};
}

Result<PyValue> HeaderParser::parseHeader()
{
    // literal_eval strips leading spaces and tabs; blank and comment lines may come first, but
    // the line holding the dict may not be indented.
    bool firstLine = true;
    while (true) {
        const qint64 lineStart = m_pos;
        while (peek() == ' ' || peek() == '\t')
            ++m_pos;
        if (peek() == '#')
            skipComment();
        if (peek() == '\r' || peek() == '\n') {
            m_pos += (peek() == '\r' && peek(1) == '\n') ? 2 : 1;
            firstLine = false;
            continue;
        }
        if (!firstLine && m_pos != lineStart)
            return error(tr("the dict's line is indented (Python: unexpected indent)"));
        break;
    }
    Result<PyValue> v = value(0);
    if (!v)
        return v;
    // After the dict: only spaces, tabs, comments and newlines (numpy pads with spaces and ends
    // with '\n').
    qint64 lineStart = -1; // start of the line after the last newline
    bool lastNewlineCr = false;
    bool lineHasComment = false;
    while (!atEnd()) {
        const char c = peek();
        if (c == ' ' || c == '\t') {
            ++m_pos;
        } else if (c == '#') {
            skipComment();
            lineHasComment = true;
        } else if (c == '\n' || c == '\r') {
            lastNewlineCr = c == '\r' && peek(1) != '\n';
            m_pos += (c == '\r' && peek(1) == '\n') ? 2 : 1;
            lineStart = m_pos;
            lineHasComment = false;
        } else if (c == '\f' || c == '\\') {
            return refused(tr("a form feed or backslash after the header dict's closing '}'"));
        } else {
            return error(tr("unexpected text after the header dict's closing '}' (only spaces, "
                            "newlines and comments may follow it)"));
        }
    }
    // Python's tokenizer refuses a last line of only spaces or tabs with no newline after it
    // (format 3.0; 1.0 and 2.0 pass through numpy's _filter_header, which keeps it readable
    // unless the line ends in a lone '\r').
    if (lineStart >= 0 && lineStart < m_text.size() && !lineHasComment &&
        (m_major == 3 || lastNewlineCr))
        return error(tr("the header's last line holds only spaces or tabs and no newline"),
                     lineStart);
    return v;
}

Result<PyValue> HeaderParser::value(int depth)
{
    if (depth > kMaxNesting)
        return refused(tr("brackets nested more than %1 deep").arg(kMaxNesting));
    if (Status s = skipBlank(depth); !s)
        return fail(s.error());
    const qint64 start = m_pos;
    if (atEnd())
        return error(tr("the header ends where a value was expected"));
    const char c = peek();
    if (c == '+' || c == '-') {
        ++m_pos;
        Result<PyValue> operand = value(depth);
        if (!operand)
            return operand;
        if (operand->kind != PyValue::Int || operand->signedNum)
            return error(tr("a sign may only precede a number"), start);
        if (c == '-') {
            if (operand->number == std::numeric_limits<qint64>::min())
                operand->huge = true;
            else
                operand->number = -operand->number;
        }
        operand->signedNum = true;
        operand->offset = m_base + start;
        return operand;
    }
    if (c == '(') {
        ++m_pos;
        return sequence(depth + 1, ')', PyValue::Tuple, start);
    }
    if (c == '[') {
        ++m_pos;
        return sequence(depth + 1, ']', PyValue::List, start);
    }
    if (c == '{') {
        ++m_pos;
        return braces(depth + 1, start);
    }
    if (c >= '0' && c <= '9')
        return number(start);
    if (c == '\'' || c == '"' || stringPrefixLength())
        return strings(depth);
    if (c == '.')
        return refused(tr("a float number (numpy refuses them as header values, but not in an "
                          "entry a later duplicate key replaces)"));
    if (isIdentStart(c)) {
        while (!atEnd() && isIdentChar(peek()))
            ++m_pos;
        const QByteArrayView name = m_text.sliced(start, m_pos - start);
        PyValue v;
        v.offset = m_base + start;
        if (name == "True" || name == "False") {
            v.kind = PyValue::Bool;
            v.number = name == "True" ? 1 : 0;
            return v;
        }
        if (name == "None") {
            v.kind = PyValue::None;
            return v;
        }
        return error(tr("'%1' is not a Python literal").arg(QString::fromLatin1(name)), start);
    }
    return error(tr("unexpected character '%1' where a value was expected")
                     .arg(quint8(c) < 0x20 || quint8(c) >= 0x7f
                              ? u"\\x%1"_s.arg(quint8(c), 2, 16, QChar(u'0'))
                              : QString(QLatin1Char(c))));
}

// '(' or '[' already consumed. "(x)" is x itself, "(x,)" and "()" are tuples.
Result<PyValue> HeaderParser::sequence(int depth, char close, PyValue::Kind kind, qint64 start)
{
    PyValue seq;
    seq.kind = kind;
    seq.offset = m_base + start;
    bool sawComma = false;
    while (true) {
        if (Status s = skipBlank(depth); !s)
            return fail(s.error());
        if (peek() == close) {
            ++m_pos;
            return seq;
        }
        Result<PyValue> item = value(depth);
        if (!item)
            return item;
        if (Status s = skipBlank(depth); !s)
            return fail(s.error());
        if (peek() == close && kind == PyValue::Tuple && !sawComma && seq.items.empty()) {
            ++m_pos;
            return item; // parenthesised value, not a tuple
        }
        seq.items.push_back(std::move(*item));
        if (peek() == ',') {
            ++m_pos;
            sawComma = true;
            continue;
        }
        if (peek() == close) {
            ++m_pos;
            return seq;
        }
        return error(tr("expected ',' or '%1'").arg(QLatin1Char(close)));
    }
}

// '{' already consumed: a dict, or a set.
Result<PyValue> HeaderParser::braces(int depth, qint64 start)
{
    PyValue v;
    v.kind = PyValue::Dict;
    v.offset = m_base + start;
    bool first = true;
    while (true) {
        if (Status s = skipBlank(depth); !s)
            return fail(s.error());
        if (peek() == '}') {
            ++m_pos;
            break;
        }
        if (peek() == '*')
            return error(tr("'**' unpacking is not a literal"));
        Result<PyValue> key = value(depth);
        if (!key)
            return key;
        if (Status s = skipBlank(depth); !s)
            return fail(s.error());
        if (first)
            v.kind = peek() == ':' ? PyValue::Dict : PyValue::Set;
        first = false;
        if (!hashable(*key))
            return error(tr("a list, dict or set used as a dict key or set element"),
                         key->offset - m_base);
        v.items.push_back(std::move(*key));
        if (v.kind == PyValue::Dict) {
            if (peek() != ':')
                return error(tr("expected ':' after a dict key"));
            ++m_pos;
            Result<PyValue> item = value(depth);
            if (!item)
                return item;
            v.items.push_back(std::move(*item));
            if (Status s = skipBlank(depth); !s)
                return fail(s.error());
        }
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (peek() == '}') {
            ++m_pos;
            break;
        }
        return error(v.kind == PyValue::Dict ? tr("expected ',' or '}' in the dict")
                                             : tr("expected ',' or '}' in the set"));
    }
    return v;
}

// Python 3 integer literals: decimal (no leading zeros unless all zeros), 0x, 0o, 0b, with
// single underscores between digits. Format 1.0 and 2.0 headers may carry Python 2's 'L'.
Result<PyValue> HeaderParser::number(qint64 start)
{
    PyValue v;
    v.kind = PyValue::Int;
    v.offset = m_base + start;
    int base = 10;
    if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X'))
        base = 16;
    else if (peek() == '0' && (peek(1) == 'o' || peek(1) == 'O'))
        base = 8;
    else if (peek() == '0' && (peek(1) == 'b' || peek(1) == 'B'))
        base = 2;
    if (base != 10)
        m_pos += 2;
    const bool leadingZero = base == 10 && peek() == '0';
    bool nonZero = false;
    int digits = 0;
    quint64 value = 0;
    bool lastUnderscore = false;
    bool allowUnderscore = base != 10; // "0x_1" is valid, "1_" and "_1" are not
    while (!atEnd()) {
        const char c = peek();
        if (c == '_') {
            if (!allowUnderscore)
                return error(tr("invalid underscore in a number"));
            allowUnderscore = false;
            lastUnderscore = true;
            ++m_pos;
            continue;
        }
        const int d = hexValue(c);
        if (d < 0 || d >= base)
            break;
        ++m_pos;
        ++digits;
        allowUnderscore = true;
        lastUnderscore = false;
        nonZero = nonZero || d != 0;
        if (!v.huge) {
            if (value > (std::numeric_limits<quint64>::max() - quint64(d)) / quint64(base))
                v.huge = true;
            else
                value = value * quint64(base) + quint64(d);
        }
    }
    if (digits == 0 || lastUnderscore)
        return error(tr("an incomplete number"), start);
    if (leadingZero && nonZero)
        return error(tr("leading zeros in a decimal number"), start);
    if (base == 10 && digits > 4300)
        return error(tr("an integer of more than 4300 digits (Python refuses to convert it)"),
                     start);
    const char next = peek();
    if (next == '.' || ((next == 'e' || next == 'E' || next == 'j' || next == 'J') && base == 10))
        return refused(tr("a float or complex number (numpy refuses them as header values, but "
                          "not in an entry a later duplicate key replaces)"));
    if (m_major < 3) {
        // numpy's _filter_header drops a NAME token 'L' that follows a number.
        qint64 p = m_pos;
        while (p < m_text.size() && (m_text[p] == ' ' || m_text[p] == '\t'))
            ++p;
        if (p < m_text.size() && m_text[p] == 'L' &&
            (p + 1 >= m_text.size() || !isIdentChar(m_text[p + 1])))
            m_pos = p + 1;
    }
    if (!atEnd() && peek() == 'L' && m_major == 3)
        return error(tr("Python 2's 'L' after a number (numpy drops it from format 1.0 and 2.0 "
                        "headers only)"));
    if (!atEnd() && isIdentChar(peek()))
        return error(tr("a number runs into a name"));
    if (value > quint64(std::numeric_limits<qint64>::max()))
        v.huge = true;
    v.number = v.huge ? 0 : qint64(value);
    return v;
}

// A string prefix (r, u, b, br, rb, f..., any case) directly followed by a quote.
std::optional<qint64> HeaderParser::stringPrefixLength() const
{
    for (qint64 n = 1; n <= 2; ++n) {
        const char q = peek(n);
        if (q != '\'' && q != '"')
            continue;
        for (qint64 i = 0; i < n; ++i) {
            const char c = char(peek(i) | 0x20);
            if (c != 'r' && c != 'u' && c != 'b' && c != 'f')
                return std::nullopt;
        }
        return n;
    }
    return std::nullopt;
}

// One or more adjacent string literals, concatenated as Python does.
Result<PyValue> HeaderParser::strings(int depth)
{
    PyValue v;
    v.kind = PyValue::Str;
    v.offset = m_base + m_pos;
    bool first = true;
    bool isBytes = false;
    while (true) {
        if (Status s = stringLiteral(v.text, isBytes, first); !s)
            return fail(s.error());
        const qint64 save = m_pos;
        if (Status s = skipBlank(depth); !s)
            return fail(s.error());
        if (peek() == '\'' || peek() == '"' || stringPrefixLength())
            continue;
        m_pos = save;
        break;
    }
    if (isBytes)
        v.kind = PyValue::Bytes;
    return v;
}

Status HeaderParser::stringLiteral(QString &out, bool &isBytes, bool &first)
{
    const qint64 start = m_pos;
    QByteArray prefix;
    while (peek() != '\'' && peek() != '"')
        prefix += char(m_text[m_pos++] | 0x20);
    if (prefix.contains('f'))
        return error(tr("an f-string is not a literal"), start);
    if (!prefix.isEmpty() && prefix != "r" && prefix != "u" && prefix != "b" && prefix != "br" &&
        prefix != "rb")
        return error(tr("an invalid string prefix"), start);
    const bool raw = prefix.contains('r');
    const bool bytes = prefix.contains('b');
    if (!first && bytes != isBytes)
        return error(tr("bytes and str literals concatenated"), start);
    first = false;
    isBytes = bytes;
    const char quote = peek();
    const bool triple = peek(1) == quote && peek(2) == quote;
    m_pos += triple ? 3 : 1;
    while (true) {
        if (atEnd())
            return error(tr("an unterminated string"), start);
        const char c = peek();
        if (c == quote) {
            if (!triple) {
                ++m_pos;
                return Ok{};
            }
            if (peek(1) == quote && peek(2) == quote) {
                m_pos += 3;
                return Ok{};
            }
            out += QLatin1Char(c);
            ++m_pos;
            continue;
        }
        if (!triple && (c == '\n' || c == '\r'))
            return error(tr("a newline inside a single-quoted string"), start);
        if (bytes && quint8(c) >= 0x80)
            return error(tr("a non-ASCII character in a bytes literal"));
        if (c != '\\') {
            out += QLatin1Char(c);
            ++m_pos;
            continue;
        }
        // A backslash.
        const char e = peek(1);
        if (m_pos + 1 >= m_text.size())
            return error(tr("an unterminated string"), start);
        if (raw) {
            out += QLatin1Char('\\');
            out += QLatin1Char(e);
            m_pos += 2;
            continue;
        }
        m_pos += 2;
        switch (e) {
        case '\n':
            break;
        case '\r':
            if (peek() == '\n')
                ++m_pos;
            break;
        case '\\':
        case '\'':
        case '"':
            out += QLatin1Char(e);
            break;
        case 'a':
            out += QChar(7);
            break;
        case 'b':
            out += QChar(8);
            break;
        case 'f':
            out += QChar(12);
            break;
        case 'n':
            out += QChar(10);
            break;
        case 'r':
            out += QChar(13);
            break;
        case 't':
            out += QChar(9);
            break;
        case 'v':
            out += QChar(11);
            break;
        case 'x': {
            const int h = hexValue(peek()), l = hexValue(peek(1));
            if (h < 0 || l < 0)
                return error(tr("a truncated \\x escape"));
            out += QChar(char16_t(h * 16 + l));
            m_pos += 2;
            break;
        }
        case 'u':
        case 'U':
        case 'N':
            if (bytes) { // not escapes in bytes literals
                out += QLatin1Char('\\');
                out += QLatin1Char(e);
                break;
            }
            if (e == 'N')
                return refused(tr("a \\N{...} escape"));
            {
                const int n = e == 'u' ? 4 : 8;
                char32_t cp = 0;
                for (int i = 0; i < n; ++i) {
                    const int d = hexValue(peek());
                    if (d < 0)
                        return error(tr("a truncated \\%1 escape").arg(QLatin1Char(e)));
                    cp = cp * 16 + char32_t(d);
                    ++m_pos;
                }
                if (cp > 0x10FFFF)
                    return error(tr("an escape beyond U+10FFFF"));
                out += QString::fromUcs4(&cp, 1);
            }
            break;
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int i = 0; i < 2 && peek() >= '0' && peek() <= '7'; ++i) {
                    value = value * 8 + (peek() - '0');
                    ++m_pos;
                }
                if (value > 0377)
                    return refused(tr("an octal escape above \\377"));
                out += QChar(char16_t(value));
            } else {
                // Unknown escapes stay as written (Python warns, but keeps them).
                out += QLatin1Char('\\');
                --m_pos;
            }
        }
    }
}

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
    HeaderParser parser(text, textStart, header.major);
    Result<PyValue> dict = parser.parseHeader();
    if (!dict)
        return fail(dict.error());
    if (Status s = checkHeaderDict(*dict, header, std::min(limits.maxDimensions, kNumpyMaxDims));
        !s)
        return fail(s.error());
    header.dataOffset = textStart + headerLength;
    return header;
}

} // namespace mxl
