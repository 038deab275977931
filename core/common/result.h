// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <utility>
#include <version>

// Result<T> is std::expected<T, Error> where the standard library has it (g++ 12 in C++23).
// Debian 12's clang 14, used for libFuzzer, cannot compile libstdc++ 12's <expected>
// (__cpp_concepts too old), so a minimal replacement with the same surface is used there.
// Create failures with mxl::fail(), never std::unexpected directly, so both builds compile.
#if defined(__cpp_lib_expected)
#include <expected>
#endif

namespace mxl {

#if defined(__cpp_lib_expected)

template <typename T>
using Result = std::expected<T, Error>;
using Failure = std::unexpected<Error>;

#else

struct Failure
{
    explicit Failure(Error e) : m_error(std::move(e)) {}
    Error m_error;
};

template <typename T>
class Result
{
public:
    Result(T value) : m_hasValue(true) { new (&m_storage.value) T(std::move(value)); }
    Result(Failure f) : m_hasValue(false) { new (&m_storage.error) Error(std::move(f.m_error)); }
    Result(const Result &o) : m_hasValue(o.m_hasValue)
    {
        if (m_hasValue)
            new (&m_storage.value) T(o.m_storage.value);
        else
            new (&m_storage.error) Error(o.m_storage.error);
    }
    Result(Result &&o) noexcept : m_hasValue(o.m_hasValue)
    {
        if (m_hasValue)
            new (&m_storage.value) T(std::move(o.m_storage.value));
        else
            new (&m_storage.error) Error(std::move(o.m_storage.error));
    }
    Result &operator=(Result o)
    {
        this->~Result();
        new (this) Result(std::move(o));
        return *this;
    }
    ~Result()
    {
        if (m_hasValue)
            m_storage.value.~T();
        else
            m_storage.error.~Error();
    }
    bool has_value() const { return m_hasValue; }
    explicit operator bool() const { return m_hasValue; }
    T &value() & { return m_storage.value; }
    const T &value() const & { return m_storage.value; }
    T &&value() && { return std::move(m_storage.value); }
    T &operator*() & { return m_storage.value; }
    const T &operator*() const & { return m_storage.value; }
    T &&operator*() && { return std::move(m_storage.value); }
    T *operator->() { return &m_storage.value; }
    const T *operator->() const { return &m_storage.value; }
    const Error &error() const { return m_storage.error; }
    template <typename U>
    T value_or(U &&fallback) const &
    {
        return m_hasValue ? m_storage.value : T(std::forward<U>(fallback));
    }

private:
    union Storage {
        Storage() {}
        ~Storage() {}
        T value;
        Error error;
    } m_storage;
    bool m_hasValue;
};

#endif

// A Result<void> stand-in that both builds share.
struct Ok
{};
using Status = Result<Ok>;

inline Failure fail(Error e)
{
    return Failure(std::move(e));
}

// An error that names the file it is about, and where known the member and the byte offset
// inside it (readers, writers and converters, which know their paths).
inline Failure failIn(QString file, ErrorCode code, QString message, QString member = {},
                      qint64 offset = -1)
{
    return Failure(makeError(code, std::move(message), std::move(file), std::move(member), offset));
}

// Another step's error, said of `file` (a reader's error passed on by the code that knows the
// path).
inline Failure failIn(QString file, Error error)
{
    error.file = std::move(file);
    return Failure(std::move(error));
}

// An error whose file the caller adds (withFile() in the dispatcher, or the CLI).
inline Failure fail(ErrorCode code, QString message, QString member = {}, qint64 offset = -1)
{
    return Failure(makeError(code, std::move(message), {}, std::move(member), offset));
}

} // namespace mxl
