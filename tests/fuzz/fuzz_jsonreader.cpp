// libFuzzer target: JsonReader::read on any bytes. Each input is read as it is and, unless it
// starts with '[', again inside [ and ], so an object on its own is read as an event.
// Properties: fuzzchecks.h.

#include "fuzzchecks.h"
#include "io/jsonreader.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {
void readAndCheck(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.json");
    const ImportBatch batch = JsonReader::read(bytes, name);
    FuzzChecks::checkBatch(batch, bytes, name);
    if (batch.ok())
        FuzzChecks::checkRoundTrip(batch.events);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    readAndCheck(input);
    if (!input.trimmed().startsWith('['))
        readAndCheck('[' + input + ']');
    return 0;
}
