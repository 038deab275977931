// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/npy/pyliteral.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace mxl::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Npy", text);
}

constexpr int kMaxNesting = 64; // brackets inside the header dict

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
        if (!key->hashable())
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

} // namespace

Result<PyValue> parseHeaderLiteral(QByteArrayView text, qint64 base, int major)
{
    return HeaderParser(text, base, major).parseHeader();
}

} // namespace mxl::detail
