// SPDX-FileCopyrightText: 2026 The mxlens authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/sha256.h"

// The low-level SHA256_* functions, deprecated in OpenSSL 3 in favour of EVP, on purpose: they
// run the same SHA-NI code on a plain struct, while EVP fetches the digest through the
// provider machinery and leaves per-thread state behind on every worker thread that hashes.
// Qt's pool threads can outlive OpenSSL's atexit cleanup, and LeakSanitizer then reports that
// state as leaked.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace mxl {

struct Sha256::Context
{
    SHA256_CTX ctx;
};

Sha256::Sha256() : m_context(std::make_unique<Context>())
{
    SHA256_Init(&m_context->ctx);
}

Sha256::~Sha256() = default;

void Sha256::add(QByteArrayView bytes)
{
    SHA256_Update(&m_context->ctx, bytes.data(), size_t(bytes.size()));
}

QByteArray Sha256::result()
{
    QByteArray digest(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_Final(reinterpret_cast<unsigned char *>(digest.data()), &m_context->ctx);
    return digest;
}

} // namespace mxl
