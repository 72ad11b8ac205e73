// SPDX-FileCopyrightText: 2026 PisoNet Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Feeds arbitrary bytes to the API decoder in arbitrary chunks; the result must not depend on
// the chunking, and nothing may crash or read out of bounds.
#include "core/routeros/apidecoder.h"
#include "core/routeros/apirecord.h"

#include <cstdint>
#include <cstdlib>

namespace
{
QList<QList<QByteArray>> decode(const QByteArray& input, qsizetype chunk, bool* error)
{
    ApiDecoder decoder;
    QList<QList<QByteArray>> sentences;
    for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
        decoder.feed(input.mid(pos, chunk));
        ApiSentence sentence;
        while (decoder.next(&sentence)) {
            const ApiRecord record(sentence);
            (void)record.keys();
            (void)sentence.tag();
            sentences.append(sentence.words());
        }
    }
    *error = decoder.hasError();
    return sentences;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1) {
        return 0;
    }
    const qsizetype chunk = 1 + data[0] % 17;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    bool wholeError = false;
    bool chunkedError = false;
    const auto whole = decode(input, input.size() + 1, &wholeError);
    const auto chunked = decode(input, chunk, &chunkedError);
    if (whole != chunked || wholeError != chunkedError) {
        std::abort();
    }
    return 0;
}
