#include "fuzzchecks.h"

#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/issuelog.h"
#include "io/jsonreader.h"
#include "io/jsonwriter.h"
#include "model/eventvalidator.h"
#include "model/safetext.h"

#include <algorithm>
#include <cstdlib>
#include <unistd.h>

namespace FuzzChecks {
namespace {
// Longest message a problem may print as: the header line, an echoed value cut to about 80
// characters and a sentence. Far beyond that, a value was echoed whole.
constexpr qsizetype maxIssueLength = 1000;

// stderr as it was at start-up: libFuzzer's -close_fd_mask=2 silences the code under test's
// output but must not silence a broken property.
const int reportFd = [] {
    const int fd = ::dup(STDERR_FILENO);
    return fd >= 0 ? fd : STDERR_FILENO;
}();

QString describe(const std::vector<Event> &events)
{
    QString text;
    for (const Event &event : events)
        text += SafeText::visible(event.summary()) + QLatin1Char('\n');
    return text;
}

QString firstDifference(const std::vector<Event> &before, const std::vector<Event> &after)
{
    if (before.size() != after.size())
        return QStringLiteral("%1 events became %2").arg(before.size()).arg(after.size());
    for (size_t i = 0; i < before.size(); ++i) {
        const Event &a = before[i];
        const Event &b = after[i];
        if (a == b)
            continue;
        const auto field = [&](const char *name, const QString &x, const QString &y) {
            return QStringLiteral("event %1, %2: '%3' became '%4'")
                .arg(i)
                .arg(QLatin1String(name), SafeText::visible(x), SafeText::visible(y));
        };
        if (!(a.date == b.date))
            return field("date", a.date.toString(), b.date.toString());
        if (a.company != b.company)
            return field("company", a.company, b.company);
        if (a.people != b.people)
            return field("people", a.people.join(QStringLiteral(" | ")),
                         b.people.join(QStringLiteral(" | ")));
        if (a.role != b.role)
            return field("role", a.role, b.role);
        if (a.round != b.round)
            return field("round", a.round, b.round);
        if (a.description != b.description)
            return field("description", a.description, b.description);
        for (qsizetype s = 0; s < std::max(a.sources.size(), b.sources.size()); ++s) {
            const EventSource x = a.sources.value(s), y = b.sources.value(s);
            if (x.url != y.url)
                return field("source_url", x.url, y.url);
            if (x.title != y.title)
                return field("source_title", x.title, y.title);
            if (x.outlet != y.outlet)
                return field("source_outlet", x.outlet, y.outlet);
        }
        return QStringLiteral("event %1: type, interim, amounts or status differ").arg(i);
    }
    return {};
}

bool csvCanHold(const std::vector<Event> &events)
{
    return std::none_of(events.cbegin(), events.cend(), [](const Event &event) {
        return std::any_of(event.people.cbegin(), event.people.cend(),
                           [](const QString &name) { return name.contains(QLatin1Char(';')); });
    });
}

template <typename Reader, typename Writer>
void roundTrip(const std::vector<Event> &events, const QString &name, Reader read, Writer write)
{
    const QByteArray bytes = write(events);
    const ImportBatch again = read(bytes, name);
    require(again.ok(), "what a writer wrote reads back without problems",
            (again.ok() ? QString() : again.issues.first().toString()) + QLatin1Char('\n') +
                QString::fromUtf8(bytes));
    const QString written = QStringLiteral("%1 was:\n%2")
                                .arg(name, SafeText::visible(QString::fromUtf8(bytes.left(2000))));
    require(again.events == events, "what a writer wrote reads back as the same events",
            firstDifference(events, again.events) + QLatin1Char('\n') + written);
    require(write(again.events) == bytes, "writing the events read back gives the same bytes",
            written);
}
} // namespace

void require(bool holds, const char *what, const QString &detail)
{
    if (holds)
        return;
    const QByteArray report =
        QByteArray("\nfuzz property broken: ") + what + '\n' + detail.toUtf8() + '\n';
    [[maybe_unused]] const auto written = ::write(reportFd, report.constData(), report.size());
    std::abort();
}

void checkBatch(const ImportBatch &batch, const QByteArray &input, const QString &fileName)
{
    require(batch.ok() == batch.issues.isEmpty(), "ok() means no issues");
    require(batch.issues.isEmpty() || batch.events.empty(),
            "a batch with issues has no events (all or nothing)", describe(batch.events));
    require(batch.issues.size() <= IssueLog::maxIssues, "at most maxIssues issues are listed");
    require(batch.unlisted >= 0, "the count of unlisted problems is not negative");
    require(batch.unlisted == 0 || batch.issues.size() == IssueLog::maxIssues,
            "problems go unlisted only past maxIssues");
    for (const ImportIssue &issue : batch.issues) {
        const QString text = issue.toString();
        require(issue.file == fileName, "an issue names the file as given", text);
        require(issue.line >= 0, "an issue's line or index is not negative", text);
        // A line is at most one past the number of line breaks; an index is less than the number
        // of bytes (each element takes at least one).
        require(issue.line <= input.size() + 1, "an issue's line is within the file", text);
        require(!issue.message.isEmpty(), "an issue says what is wrong", text);
        require(!SafeText::firstUnsafe(text),
                "an issue prints as one line without control "
                "characters or direction overrides",
                text);
        require(text.size() <= maxIssueLength, "an issue's text is of reasonable length",
                text.left(300) + QStringLiteral("..."));
    }
    for (const Event &event : batch.events) {
        const QList<FieldError> errors = EventValidator::validate(event);
        require(errors.isEmpty(), "every event read is valid by EventValidator",
                errors.isEmpty()
                    ? QString()
                    : errors.first().column + QStringLiteral(": ") + errors.first().message);
        require(event.id == 0, "events read from a file have no id yet");
    }
}

void checkRoundTrip(const std::vector<Event> &events)
{
    const auto writeCsv = [](const std::vector<Event> &e) { return CsvWriter::write(e); };
    const auto writeJson = [](const std::vector<Event> &e) { return JsonWriter::write(e); };
    roundTrip(events, QStringLiteral("roundtrip.json"), &JsonReader::read, writeJson);
    if (csvCanHold(events))
        roundTrip(events, QStringLiteral("roundtrip.csv"), &CsvReader::read, writeCsv);
}

} // namespace FuzzChecks
