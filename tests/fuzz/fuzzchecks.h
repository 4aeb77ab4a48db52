#pragma once

#include "io/importbatch.h"

#include <QByteArray>
#include <QString>

#include <vector>

// The properties every fuzz target holds a reader to. A broken one prints what broke and aborts,
// so libFuzzer keeps the input that broke it as a reproducer.
namespace FuzzChecks {

// What a reader promises about any batch it returns for `input`: events if and only if there
// are no issues; at most IssueLog::maxIssues issues listed and the rest counted; each issue in
// `fileName`, at line 0 or later (and not past the input's end), with a message that prints as
// one line of reasonable length with no control character; every event valid by EventValidator.
void checkBatch(const ImportBatch &batch, const QByteArray &input, const QString &fileName);

// Events written with CsvWriter and JsonWriter read back as the same events, and writing those
// again gives the same bytes. CSV is skipped for a name with ';' in it, which it cannot hold.
void checkRoundTrip(const std::vector<Event> &events);

// Aborts with `what` and a description of the input when `holds` is false.
void require(bool holds, const char *what, const QString &detail = {});

} // namespace FuzzChecks
