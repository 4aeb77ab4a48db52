// libFuzzer target: CsvReader::read on any bytes. Each input is read as it is and, unless it
// already starts with the header, again with the header put in front, so the fuzzer spends its
// time on rows rather than on rediscovering the header. Properties: fuzzchecks.h.

#include "fuzzchecks.h"
#include "io/csvreader.h"
#include "io/interchangeformat.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

namespace {
void readAndCheck(const QByteArray &bytes)
{
    const QString name = QStringLiteral("fuzz.csv");
    const ImportBatch batch = CsvReader::read(bytes, name);
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

    static const QByteArray header =
        InterchangeFormat::names().join(QLatin1Char(',')).toUtf8() + '\n';
    if (!input.startsWith(header.chopped(1)))
        readAndCheck(header + input);
    return 0;
}
