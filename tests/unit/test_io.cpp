#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/eventfile.h"
#include "io/interchangeformat.h"
#include "io/issuelog.h"
#include "io/jsonreader.h"
#include "io/jsonwriter.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <utility>

using namespace testsupport;

namespace {
const QByteArray header = "date,company,type,people,role,interim,round,amount_usd,valuation_usd,"
                          "status,description,source_url,source_title";
// What the writer writes: every column, the newer ones (schema 6) too.
const QByteArray fullHeader =
    "date,announced,company,company_id,type,people,role,interim,reason,reason_note,round,amount_usd,"
    "valuation_usd,currency,investors,acquirer,status,description,source_url,source_title,"
    "source_outlet,source_date,sources";
const QString csvName = QStringLiteral("events.csv");

// One exported record: the columns named, already written as CSV, the others empty.
QByteArray exported(std::initializer_list<std::pair<const char *, QByteArray>> values)
{
    QByteArrayList fields = fullHeader.split(',');
    for (QByteArray &field : fields) {
        QByteArray value;
        for (const auto &[column, text] : values) {
            if (field == column)
                value = text;
        }
        field = value;
    }
    return fields.join(',') + '\n';
}
const QString jsonName = QStringLiteral("events.json");

QByteArray fixture(const char *name)
{
    return readFile(QStringLiteral(TENURE_TEST_DATA_DIR "/") + QLatin1String(name));
}

QByteArray sample()
{
    return readFile(QStringLiteral(TENURE_SAMPLE_CSV));
}

// A CSV file: the header, then `rows` as given.
ImportBatch readCsv(const QByteArray &rows)
{
    return CsvReader::read(header + '\n' + rows, csvName);
}

// One CSV row: a valid "other" event at Acme in 2024, with some columns replaced.
QByteArray rowWith(std::initializer_list<std::pair<const char *, const char *>> replaced)
{
    QByteArrayList fields = header.split(',');
    for (QByteArray &field : fields) {
        QByteArray value;
        if (field == "date")
            value = "2024";
        else if (field == "company")
            value = "Acme";
        else if (field == "type")
            value = "other";
        for (const auto &[column, text] : replaced) {
            if (field == column)
                value = text;
        }
        field = value;
    }
    return fields.join(',') + '\n';
}

QStringList issueTexts(const ImportBatch &batch)
{
    QStringList texts;
    for (const ImportIssue &issue : batch.issues)
        texts << issue.toString();
    return texts;
}

// What a database gives back after storing `events` in a new file: the export order and form.
std::vector<Event> throughStore(const std::vector<Event> &events)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("tenure.sqlite")),
                             Database::OpenMode::CreateNew);
    REQUIRE(db.ok());
    EventRepository repository(**db);
    const auto added = repository.addAll(events);
    INFO((added ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    auto stored = repository.query();
    REQUIRE(stored.ok());
    return std::move(stored).value();
}

std::vector<Event> withoutIds(std::vector<Event> events)
{
    for (Event &event : events)
        event.id = 0;
    return events;
}

// Events that test the edges of both formats, beside the sample's ordinary ones.
std::vector<Event> awkwardEvents()
{
    Event quoted = other(QStringLiteral("2021-07-04"), QStringLiteral("Café, Ünïcode & Co"),
                         QStringLiteral(" She said \"no\",\r\nthen left.\n\tTabbed. "));
    quoted.people = QStringList{QStringLiteral("Zoë Doe"), QStringLiteral("Li Wei")};
    quoted.role = QStringLiteral("Board member");
    quoted.interim = true;
    quoted.status = FundingStatus::Rumored;
    testsupport::mainSource(quoted).url = QStringLiteral("https://example.com/a?b=1&c=%22d%22");
    testsupport::mainSource(quoted).title = QStringLiteral("\"Quoted\" title");
    Event huge = funding(QStringLiteral("2025"), QStringLiteral("Acme"), QStringLiteral("Series Z"),
                         InterchangeFormat::maxAmount, 0, FundingStatus::Failed);
    return {quoted, huge,
            departure(QStringLiteral("2020-02-29"), QStringLiteral("Acme"),
                      {QStringLiteral("Jane Roe")}, QStringLiteral("CTO"))};
}

std::vector<Event> sampleAndAwkwardEvents()
{
    const ImportBatch batch = CsvReader::read(sample(), QStringLiteral("stability-ai.csv"));
    REQUIRE(batch.ok());
    std::vector<Event> events = batch.events;
    for (const Event &event : awkwardEvents())
        events.push_back(event);
    return events;
}
} // namespace

// ---- CSV: reading good files ----

TEST_CASE("the sample Stability AI file imports with no issues")
{
    const ImportBatch batch = CsvReader::read(sample(), QStringLiteral("stability-ai.csv"));
    INFO(issueTexts(batch).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 25);

    const Event &first = batch.events.front();
    CHECK(first.date == date(QStringLiteral("2019")));
    CHECK(first.type == EventType::Appointment);
    CHECK(first.people == QStringList{QStringLiteral("Emad Mostaque")});
    CHECK(first.role == QStringLiteral("CEO"));

    const Event &seed = batch.events.at(2);
    CHECK(seed.type == EventType::Funding);
    CHECK(seed.amountUsd == 101000000);
    CHECK(seed.valuationUsd == 1000000000);
    CHECK(seed.description.startsWith(
        QStringLiteral("$101M oversubscribed round; VentureBeat names Coatue, Lightspeed")));

    const Event &researchers = batch.events.at(14);
    CHECK(researchers.people.size() == 3);
    const Event &coCeos = batch.events.at(18);
    CHECK(coCeos.interim);
    CHECK(coCeos.people ==
          QStringList{QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")});
    CHECK(batch.events.at(17).sources.value(0).title ==
          QStringLiteral("Stability AI CEO Emad Mostaque resigns, advocates for decentralised "
                         "governance in AI"));
}

TEST_CASE("writing the sample's events gives back the sample byte for byte")
{
    const QByteArray bytes = sample();
    const ImportBatch batch = CsvReader::read(bytes, QStringLiteral("stability-ai.csv"));
    REQUIRE(batch.ok());
    CHECK(CsvWriter::write(batch.events) == bytes);
}

TEST_CASE("a file with a byte order mark and CRLF line ends reads like a plain one")
{
    const QByteArray bytes = fixture("io-bom-crlf.csv");
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    REQUIRE(bytes.contains("\r\n"));
    const ImportBatch batch = CsvReader::read(bytes, QStringLiteral("io-bom-crlf.csv"));
    INFO(issueTexts(batch).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 2);
    CHECK(batch.events[0].date == date(QStringLiteral("2024-03-22")));
    CHECK(batch.events[0].people ==
          QStringList{QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")});
    CHECK(batch.events[0].interim);
    CHECK(batch.events[0].description ==
          QStringLiteral("Interim co-CEOs,\r\nannounced late Friday."));
    CHECK(batch.events[0].sources.value(0).title == QStringLiteral("Stability AI CEO resigns"));
    CHECK(batch.events[1].description == QStringLiteral("$101M, led by \"Coatue\" and Lightspeed"));
    CHECK(batch.events[1].sources.value(0).title.isEmpty());
}

TEST_CASE("a quoted field keeps its commas, quotes and newlines")
{
    const ImportBatch batch = readCsv(
        rowWith({{"description", "\"one, two\n\"\"three\"\"\n\""}, {"source_title", "\"\""}}));
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 1);
    CHECK(batch.events[0].description == QStringLiteral("one, two\n\"three\"\n"));
    CHECK(batch.events[0].sources.value(0).title.isEmpty());
}

TEST_CASE("the written form of a date gives its precision")
{
    const ImportBatch batch = readCsv(rowWith({{"date", "2024"}}) + rowWith({{"date", "2024-03"}}) +
                                      rowWith({{"date", "2024-03-22"}}));
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 3);
    CHECK(batch.events[0].date.precision() == PartialDate::Precision::Year);
    CHECK(batch.events[1].date.precision() == PartialDate::Precision::Month);
    CHECK(batch.events[2].date == PartialDate::ofDay(2024, 3, 22));
}

TEST_CASE("names are trimmed, empty optional values take their defaults")
{
    const ImportBatch batch = readCsv(rowWith({{"type", "appointment"},
                                               {"people", " Shan Shan Wong ;Christian Laforte"},
                                               {"role", "Co-CEO"},
                                               {"interim", "TRUE"}}) +
                                      rowWith({{"type", "funding"}}));
    REQUIRE(batch.ok());
    CHECK(batch.events[0].people ==
          QStringList{QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")});
    CHECK(batch.events[0].interim);
    CHECK_FALSE(batch.events[1].interim);
    CHECK_FALSE(batch.events[1].amountUsd.has_value());
    CHECK_FALSE(batch.events[1].valuationUsd.has_value());
    CHECK(batch.events[1].status == FundingStatus::Completed);
}

TEST_CASE("blank lines are skipped and do not throw off line numbers")
{
    const ImportBatch batch =
        readCsv("\n" + rowWith({}) + "\r\n\n" + rowWith({{"type", "meeting"}}) + "\n\n");
    REQUIRE(batch.issues.size() == 1);
    CHECK(batch.issues[0].line == 6);
}

TEST_CASE("a file with only the header holds no events and no issues")
{
    const ImportBatch batch = CsvReader::read(header + '\n', csvName);
    CHECK(batch.ok());
    CHECK(batch.events.empty());
}

// ---- CSV: reporting problems ----

TEST_CASE("each kind of bad value is reported as FILE:LINE: column: message")
{
    const std::pair<QByteArray, const char *> cases[] = {
        {rowWith({{"date", "2024-02-30"}}),
         "events.csv:2: date: '2024-02-30' is not a calendar date"},
        {rowWith({{"date", "24-03"}}),
         "events.csv:2: date: '24-03' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"},
        {rowWith({{"date", ""}}),
         "events.csv:2: date: a date is required (YYYY, YYYY-MM or YYYY-MM-DD)"},
        {rowWith({{"company", ""}}), "events.csv:2: company: a company is required"},
        {rowWith({{"type", "hiring"}}),
         "events.csv:2: type: 'hiring' is not a type: use appointment, departure, funding, "
         "acquisition or other"},
        {rowWith({{"type", ""}}), "events.csv:2: type: a type is required: appointment, departure, "
                                  "funding, acquisition or other"},
        {rowWith({{"type", "appointment"}, {"role", "CEO"}}),
         "events.csv:2: people: an appointment names at least one person"},
        {rowWith({{"type", "departure"}, {"people", "Jane Roe"}}),
         "events.csv:2: role: a departure needs a role (CEO, CTO, Board member ...)"},
        {rowWith({{"people", "Jane Roe;"}}), "events.csv:2: people: a name in the list is empty"},
        {rowWith({{"interim", "yes"}}),
         "events.csv:2: interim: 'yes' is not true or false (empty means false)"},
        {rowWith({{"amount_usd", "1.5"}}),
         "events.csv:2: amount_usd: '1.5' is not a whole number of dollars: write digits only, "
         "like 101000000"},
        {rowWith({{"amount_usd", "-5"}}),
         "events.csv:2: amount_usd: '-5' is not a whole number of dollars: write digits only, "
         "like 101000000"},
        {rowWith({{"valuation_usd", "4 apples"}}),
         "events.csv:2: valuation_usd: '4 apples' is not a whole number of dollars: write digits "
         "only, like 101000000"},
        {rowWith({{"amount_usd", "9007199254740993"}}),
         "events.csv:2: amount_usd: '9007199254740993' is too large: amounts go up to "
         "9007199254740992"},
        {rowWith({{"status", "done"}}),
         "events.csv:2: status: 'done' is not a status: use completed, failed or rumored (empty "
         "means completed)"},
        {rowWith({{"source_url", "ftp://example.com/x"}}),
         "events.csv:2: source_url: 'ftp://example.com/x' is not an http or https URL"},
        {rowWith({{"description", "say \"hi\""}}),
         "events.csv:2: description: a field with a quote in it must be in quotes, with the "
         "quote doubled: \"say \"\"hi\"\"\""},
        {rowWith({{"description", "\"closed\" early"}}),
         "events.csv:2: description: a quoted field must end at its closing quote; write a quote "
         "inside it as \"\""},
        {rowWith({}).replace("Acme", "Ac\xff"
                                     "me"),
         "events.csv:2: company: the text is not valid UTF-8 (the file looks like windows-1252); "
         "save the file as UTF-8, or import it with tenure-cli import --encoding windows-1252"},
    };
    for (const auto &[row, expected] : cases) {
        INFO(row.toStdString());
        const ImportBatch batch = readCsv(row);
        CHECK(batch.events.empty());
        CHECK(issueTexts(batch) == QStringList{QString::fromUtf8(expected)});
    }
}

TEST_CASE("every bad row is reported, with line numbers that count multi-line fields")
{
    const ImportBatch batch = CsvReader::read(fixture("io-bad-rows.csv"), csvName);
    CHECK(batch.events.empty());
    CHECK(issueTexts(batch) ==
          QStringList{
              QStringLiteral("events.csv:2: date: '2024-02-30' is not a calendar date"),
              QStringLiteral("events.csv:6: amount_usd: '1.5' is not a whole number of dollars: "
                             "write digits only, like 101000000"),
              QStringLiteral("events.csv:7: people: a departure names at least one person"),
              QStringLiteral("events.csv:7: role: a departure needs a role (CEO, CTO, Board "
                             "member ...)"),
              QStringLiteral("events.csv:9: company: a company is required"),
              QStringLiteral("events.csv:9: type: 'hiring' is not a type: use appointment, "
                             "departure, funding, acquisition or other"),
              QStringLiteral("events.csv:9: interim: 'maybe' is not true or false (empty means "
                             "false)"),
              QStringLiteral("events.csv:9: source_url: 'ftp://example.com/x' is not an http or "
                             "https URL"),
          });
}

TEST_CASE("a row with the wrong number of fields is one issue naming both counts")
{
    const ImportBatch batch = readCsv("2024,Acme,other,Mostaque, Emad,,,,,,,,,\n");
    CHECK(issueTexts(batch) ==
          QStringList{QStringLiteral("events.csv:2: the row has 14 fields where the header has "
                                     "13; a field with a comma in it must be in quotes")});
}

TEST_CASE("an unterminated quote is reported on the line where its record starts")
{
    const ImportBatch batch =
        readCsv(rowWith({}) + rowWith({{"description", "\"never closed\nand on"}}) + rowWith({}));
    CHECK(issueTexts(batch) ==
          QStringList{QStringLiteral(
              "events.csv:3: description: the quote opened on line 3 is never closed")});
}

TEST_CASE("a wrong header is one issue on line 1 that spells out the header")
{
    const QString expected = QString::fromLatin1(fullHeader);
    const QString must = QStringLiteral("events.csv:1: the first line must be the header %1 (only "
                                        "date, company, type, people and role are required), but ")
                             .arg(expected);
    SECTION("a misspelt column")
    {
        QByteArray bytes = header + '\n' + rowWith({});
        bytes.replace("type", "Type");
        CHECK(issueTexts(CsvReader::read(bytes, csvName)) ==
              QStringList{must + QStringLiteral("there is an extra column 'Type'")});
    }
    SECTION("a missing required column")
    {
        QByteArray bytes = header + '\n';
        bytes.replace("role,", "");
        CHECK(issueTexts(CsvReader::read(bytes, csvName)) ==
              QStringList{must + QStringLiteral("the column 'role' is missing")});
    }
    SECTION("an extra column")
    {
        const ImportBatch batch = CsvReader::read(header + ",colour\n" + rowWith({}), csvName);
        REQUIRE(batch.issues.size() == 1);
        CHECK(batch.issues[0].line == 1);
        CHECK(batch.issues[0].message.endsWith(
            QStringLiteral("but there is an extra column 'colour'")));
    }
    SECTION("an empty file")
    {
        CHECK(issueTexts(CsvReader::read("\xEF\xBB\xBF", csvName)) ==
              QStringList{QStringLiteral("events.csv:1: the file is empty; it must start with "
                                         "the header %1")
                              .arg(expected)});
    }
}

TEST_CASE("a file with more than 1000 problems lists the first 1000 and counts every one")
{
    QByteArray rows;
    for (int i = 0; i < 1631; ++i)
        rows += rowWith({{"type", "meeting"}});
    const ImportBatch batch = readCsv(rows);
    // Only problems are listed: no "… and N more" line passing for one more problem.
    REQUIRE(batch.issues.size() == IssueLog::maxIssues);
    CHECK(batch.issues.back().line == IssueLog::maxIssues + 1);
    CHECK(batch.issues.back().column == QStringLiteral("type"));
    CHECK(batch.unlisted == 631);
    CHECK(batch.problemCount() == 1631);
}

// ---- CSV: writing ----

TEST_CASE("fields are quoted on export only when they need it")
{
    Event event = other(QStringLiteral("2024-03"), QStringLiteral("Acme, Inc."),
                        QStringLiteral("plain words"));
    event.round = QStringLiteral(" padded");
    event.role = QStringLiteral("say \"hi\"");
    testsupport::mainSource(event).title = QStringLiteral("two\nlines");
    CHECK(CsvWriter::write({event}) == fullHeader + '\n' +
                                           exported({{"date", "2024-03"},
                                                     {"company", "\"Acme, Inc.\""},
                                                     {"type", "other"},
                                                     {"role", "\"say \"\"hi\"\"\""},
                                                     {"round", "\" padded\""},
                                                     {"description", "plain words"},
                                                     {"source_title", "\"two\nlines\""}}));
}

TEST_CASE("an export writes interim for changes of post and status for funding rounds")
{
    const std::vector<Event> events = {
        appointment(QStringLiteral("2024"), QStringLiteral("Acme"),
                    {QStringLiteral("A"), QStringLiteral("B")}, QStringLiteral("Co-CEO")),
        funding(QStringLiteral("2024"), QStringLiteral("Acme"), QString(), std::nullopt, 5),
    };
    CHECK(CsvWriter::write(events) == fullHeader + '\n' +
                                          exported({{"date", "2024"},
                                                    {"company", "Acme"},
                                                    {"type", "appointment"},
                                                    {"people", "A;B"},
                                                    {"role", "Co-CEO"},
                                                    {"interim", "false"}}) +
                                          exported({{"date", "2024"},
                                                    {"company", "Acme"},
                                                    {"type", "funding"},
                                                    {"valuation_usd", "5"},
                                                    {"currency", "USD"},
                                                    {"status", "completed"}}));
}

// ---- JSON ----

TEST_CASE("a JSON array of event objects imports, missing keys and nulls meaning empty")
{
    const ImportBatch batch = JsonReader::read(fixture("io-events.json"), jsonName);
    INFO(issueTexts(batch).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 2);
    Event coCeos =
        appointment(QStringLiteral("2024-03-22"), QStringLiteral("Stability AI"),
                    {QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")},
                    QStringLiteral("Co-CEO"), true);
    coCeos.description =
        QStringLiteral("Interim co-CEOs, \"announced late Friday\".\nSecond line.");
    testsupport::mainSource(coCeos).url = QStringLiteral(
        "https://www.axios.com/2024/03/23/artificial-intelligence-stability-ceo-resigns");
    CHECK(batch.events[0] == coCeos);
    CHECK(batch.events[1] == funding(QStringLiteral("2022-10"), QStringLiteral("Stability AI"),
                                     QStringLiteral("Seed"), 101000000, 1000000000));
}

TEST_CASE("bad JSON events are reported at their array index, each key by name")
{
    const ImportBatch batch = JsonReader::read(fixture("io-bad-events.json"), jsonName);
    CHECK(batch.events.empty());
    CHECK(
        issueTexts(batch) ==
        QStringList{
            QStringLiteral("events.json:[0]: date: '2024-13' is not a date: there is no month 13"),
            QStringLiteral("events.json:[1]: amount_usd: 1.5 is not a whole number of dollars"),
            QStringLiteral("events.json:[1]: valuation_usd: -3 is negative; amounts are whole, "
                           "non-negative numbers of dollars"),
            QStringLiteral("events.json:[2]: people: must be an array of names, like "
                           "[\"Shan Shan Wong\", \"Christian Laforte\"]"),
            QStringLiteral("events.json:[2]: interim: must be true or false"),
            QStringLiteral("events.json:[3]: colour: unknown key; the keys are date, announced, "
                           "company, company_id, type, people, role, interim, reason, reason_note, round, "
                           "amount_usd, valuation_usd, currency, investors, acquirer, status, "
                           "description, sources"),
            QStringLiteral("events.json:[3]: date: must be a string"),
            QStringLiteral("events.json:[4]: each event must be an object {\"date\": ...}"),
            QStringLiteral("events.json:[5]: amount_usd: 9007199254740993 is too large: "
                           "amounts go up to 9007199254740992"),
        });
}

TEST_CASE("a JSON syntax error is one issue at the line and column where it is")
{
    const QByteArray bytes = "[\n  {\"date\": \"2024\",\n   \"company\" \"Acme\"}\n]\n";
    const ImportBatch batch = JsonReader::read(bytes, jsonName);
    REQUIRE(batch.issues.size() == 1);
    CHECK(batch.issues[0].line == 3);
    CHECK(batch.issues[0].toString() ==
          QStringLiteral("events.json:3: column 14: the file is not valid JSON: expected a colon "
                         "after the key 'company' but found '\"'"));
}

TEST_CASE("a JSON file that is not an array of events is one issue for the whole file")
{
    CHECK(issueTexts(JsonReader::read("{\"date\": \"2024\"}", jsonName)) ==
          QStringList{QStringLiteral("events.json: the file must hold an array of events, "
                                     "[{\"date\": ...}, ...], or an object {\"role_aliases\": "
                                     "[...], \"events\": [...]}")});
    CHECK(issueTexts(JsonReader::read("  \n", jsonName)) ==
          QStringList{QStringLiteral("events.json: the file is empty; it must hold an array of "
                                     "events")});
    const ImportBatch empty = JsonReader::read("[]", jsonName);
    CHECK(empty.ok());
    CHECK(empty.events.empty());
}

TEST_CASE("a JSON export lists every key in header order, indented")
{
    Event event = appointment(QStringLiteral("2024-03-22"), QStringLiteral("Acme"),
                              {QStringLiteral("Zoë \"Z\" Doe")}, QStringLiteral("CEO"), true);
    event.description = QStringLiteral("line\nbreak\\");
    CHECK(JsonWriter::write({event}) ==
          QByteArray("[\n"
                     "  {\n"
                     "    \"date\": \"2024-03-22\",\n"
                     "    \"announced\": \"\",\n"
                     "    \"company\": \"Acme\",\n"
                     "    \"company_id\": \"\",\n"
                     "    \"type\": \"appointment\",\n"
                     "    \"people\": [\"Zo\xC3\xAB \\\"Z\\\" Doe\"],\n"
                     "    \"role\": \"CEO\",\n"
                     "    \"interim\": true,\n"
                     "    \"reason\": \"\",\n"
                     "    \"reason_note\": \"\",\n"
                     "    \"round\": \"\",\n"
                     "    \"amount_usd\": null,\n"
                     "    \"valuation_usd\": null,\n"
                     "    \"currency\": \"\",\n"
                     "    \"investors\": [],\n"
                     "    \"acquirer\": \"\",\n"
                     "    \"status\": \"\",\n"
                     "    \"description\": \"line\\nbreak\\\\\",\n"
                     "    \"sources\": []\n"
                     "  }\n"
                     "]\n"));
    CHECK(JsonWriter::write({}) == "[]\n");
}

// ---- Round trips ----

TEST_CASE("importing an export into an empty database and exporting again gives the same bytes")
{
    const std::vector<Event> source = sampleAndAwkwardEvents();
    for (const EventFileFormat format : {EventFileFormat::Csv, EventFileFormat::Json}) {
        const QString name = format == EventFileFormat::Csv ? csvName : jsonName;
        INFO(name.toStdString());
        const QByteArray first = EventFile::write(throughStore(source), format);
        const ImportBatch batch = EventFile::read(first, name, format);
        INFO(issueTexts(batch).join(QLatin1Char('\n')).toStdString());
        REQUIRE(batch.ok());
        CHECK(batch.events.size() == source.size());
        const QByteArray second = EventFile::write(throughStore(batch.events), format);
        CHECK(second == first);
    }
}

TEST_CASE("CSV and JSON carry the same events")
{
    const std::vector<Event> events = withoutIds(throughStore(sampleAndAwkwardEvents()));
    const ImportBatch fromCsv = CsvReader::read(CsvWriter::write(events), csvName);
    const ImportBatch fromJson = JsonReader::read(JsonWriter::write(events), jsonName);
    REQUIRE(fromCsv.ok());
    REQUIRE(fromJson.ok());
    CHECK(fromCsv.events == events);
    CHECK(fromJson.events == events);
}

// ---- Files ----

TEST_CASE("the file format comes from the extension, whatever its case")
{
    CHECK(EventFile::formatForPath(QStringLiteral("a/b/events.CSV")) == EventFileFormat::Csv);
    CHECK(EventFile::formatForPath(QStringLiteral("events.Json")) == EventFileFormat::Json);
    CHECK_FALSE(EventFile::formatForPath(QStringLiteral("events.txt")).has_value());
    CHECK_FALSE(EventFile::formatForPath(QStringLiteral("events")).has_value());
}

TEST_CASE("a file that cannot be read is one issue for the whole file")
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    CHECK(issueTexts(EventFile::read(missing)) ==
          QStringList{missing + QStringLiteral(": there is no such file")});
    const QString text = dir.filePath(QStringLiteral("events.txt"));
    writeFile(text, header);
    const ImportBatch wrongExtension = EventFile::read(text);
    REQUIRE(wrongExtension.issues.size() == 1);
    CHECK(wrongExtension.issues[0].line == 0);
    CHECK(wrongExtension.issues[0].toString() ==
          text + QStringLiteral(": the file name must end in .csv or .json, which says how to "
                                "read it"));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("folder.json")));
    CHECK(EventFile::read(dir.filePath(QStringLiteral("folder.json"))).issues.size() == 1);
}

TEST_CASE("writing a file replaces it whole and reads back the same events")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("events.json"));
    writeFile(path, "old content that is longer than nothing");
    const std::vector<Event> events = awkwardEvents();
    REQUIRE(EventFile::writeFile(path, events, EventFileFormat::Json).ok());
    CHECK(readFile(path) == JsonWriter::writeDocument(events, {}));
    const ImportBatch batch = EventFile::read(path);
    REQUIRE(batch.ok());
    CHECK(batch.events == events);

    const Status failed = EventFile::writeFile(dir.filePath(QStringLiteral("no/such/dir/x.csv")),
                                               events, EventFileFormat::Csv);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().kind == Error::Kind::Io);
}

TEST_CASE("an issue names its file, then its line or array index, then its column")
{
    const QString file = QStringLiteral("f.csv");
    CHECK(ImportIssue{file, 7, QStringLiteral("date"), QStringLiteral("bad")}.toString() ==
          QStringLiteral("f.csv:7: date: bad"));
    CHECK(ImportIssue{file, 7, QString(), QStringLiteral("bad")}.toString() ==
          QStringLiteral("f.csv:7: bad"));
    CHECK(ImportIssue{file, 0, QString(), QStringLiteral("bad")}.toString() ==
          QStringLiteral("f.csv: bad"));
    CHECK(ImportIssue{file, 0, QStringLiteral("type"), QStringLiteral("bad"),
                      ImportIssue::Position::ArrayIndex}
              .toString() == QStringLiteral("f.csv:[0]: type: bad"));
}

// ---- JSON: as strict as the format ----

namespace {
// The one issue a JSON file with a syntax error gives, as the user sees it.
QString jsonSyntaxIssue(const QByteArray &bytes)
{
    const ImportBatch batch = JsonReader::read(bytes, jsonName);
    CHECK(batch.events.empty());
    REQUIRE(batch.issues.size() == 1);
    return batch.issues[0].toString();
}

const QString notJson = QStringLiteral("the file is not valid JSON: ");
} // namespace

TEST_CASE("a raw control character in a JSON string is refused at its line and column")
{
    CHECK(jsonSyntaxIssue(
              "[\n  {\"date\": \"2024\", \"company\": \"Ac\tme\", \"type\": \"other\"}\n]") ==
          QStringLiteral("events.json:2: column 34: ") + notJson +
              QStringLiteral("a string cannot hold the control character U+0009 as it is; write "
                             "it as \\t"));
    CHECK(jsonSyntaxIssue("[{\"company\": \"Acme\x1b[2J\"}]") ==
          QStringLiteral("events.json:1: column 19: ") + notJson +
              QStringLiteral("a string cannot hold the control character U+001B as it is; write "
                             "it as \\u001b"));
}

TEST_CASE("an escape JSON does not have is refused at its line and column")
{
    CHECK(jsonSyntaxIssue("[{\"company\": \"\\x41\"}]") ==
          QStringLiteral("events.json:1: column 15: ") + notJson +
              QStringLiteral("'\\x' is not an escape: the escapes are \\\" \\\\ \\/ \\b \\f \\n "
                             "\\r \\t and \\u followed by four hex digits"));
    CHECK(jsonSyntaxIssue("[{\"company\": \"\\u12\"}]") ==
          QStringLiteral("events.json:1: column 15: ") + notJson +
              QStringLiteral("\\u must be followed by four hex digits, as in \\u00e9"));
    CHECK(jsonSyntaxIssue("[{\"company\": \"\\ud800\"}]") ==
          QStringLiteral("events.json:1: column 15: ") + notJson +
              QStringLiteral("\\ud800 is the first half of a character and must be followed by "
                             "its second half (\\udc00 to \\udfff)"));
}

TEST_CASE("a number JSON does not have is refused: 5., .5, 01, +1")
{
    const auto issueFor = [](const char *number) {
        return jsonSyntaxIssue("[{\"amount_usd\": " + QByteArray(number) + "}]");
    };
    const QString at = QStringLiteral("events.json:1: column 17: ") + notJson;
    CHECK(issueFor("5.") ==
          at + QStringLiteral(
                   "'5.' is not a number: a decimal point must be followed by digits, as in 5.0"));
    CHECK(issueFor(".5") == at + QStringLiteral("'.5' is not a number: write a digit before the "
                                                "decimal point, as in 0.5"));
    CHECK(issueFor("01") == at + QStringLiteral("'01' is not a number: only 0 itself starts with "
                                                "0 (write 1, not 01)"));
    CHECK(issueFor("+1") == at + QStringLiteral("'+1' is not a number: leave out the +"));
    CHECK(issueFor("1e400") ==
          at + QStringLiteral("'1e400' is not a number: it is too large for any reader to hold"));
}

TEST_CASE("a trailing comma in a JSON array or object is refused where it stands")
{
    CHECK(jsonSyntaxIssue("[{\"date\": \"2024\"},\n]") ==
          QStringLiteral("events.json:1: column 18: ") + notJson +
              QStringLiteral("a comma must be followed by another value; remove the comma "
                             "before ]"));
    CHECK(jsonSyntaxIssue("[{\"date\": \"2024\",\n  }]") ==
          QStringLiteral("events.json:1: column 17: ") + notJson +
              QStringLiteral("a comma must be followed by another key; remove the comma "
                             "before }"));
}

TEST_CASE("a key given twice in one JSON object is refused rather than one value winning")
{
    CHECK(jsonSyntaxIssue("[\n  {\"date\": \"2024\", \"date\": \"2025\"}\n]") ==
          QStringLiteral("events.json:2: column 20: ") + notJson +
              QStringLiteral("the key 'date' appears twice in this object"));
}

TEST_CASE("JSON columns count characters, not bytes")
{
    CHECK(jsonSyntaxIssue("[{\"company\": \"Zoë Ünïcode\", \"type\": tru}]") ==
          QStringLiteral("events.json:1: column 37: ") + notJson +
              QStringLiteral("expected a value (a string in double quotes, a number, an object, "
                             "an array, true, false or null) but found 'tru'"));
}

TEST_CASE("a JSON file must end after its array and be closed")
{
    CHECK(jsonSyntaxIssue("[]\n[]") ==
          QStringLiteral("events.json:2: column 1: ") + notJson +
              QStringLiteral("the file must end after its one value, but '[' follows"));
    CHECK(jsonSyntaxIssue("[\n  {\"date\": \"2024\"}") ==
          QStringLiteral("events.json:2: column 19: ") + notJson +
              QStringLiteral("the file ends before the array opened on line 1, column 1 is "
                             "closed with ]"));
    CHECK(jsonSyntaxIssue("[{\"company\": \"Acme}]") ==
          QStringLiteral("events.json:1: column 14: ") + notJson +
              QStringLiteral("the string that starts here is never closed"));
}

TEST_CASE("strict JSON still reads every escape the format has")
{
    const ImportBatch batch = JsonReader::read(
        R"([{"date": "2024", "company": "A\/B \u00e9 \ud83d\ude00 \"q\" \\", "type": "other",
             "description": "one\ntwo\ttab\r\nthree", "amount_usd": 1e3,
             "valuation_usd": 0}])",
        jsonName);
    INFO(issueTexts(batch).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 1);
    CHECK(batch.events[0].company == QStringLiteral("A/B é 😀 \"q\" \\"));
    CHECK(batch.events[0].description == QStringLiteral("one\ntwo\ttab\r\nthree"));
    CHECK(batch.events[0].amountUsd == 1000);
    CHECK(batch.events[0].valuationUsd == 0);
}

// ---- Text that cannot attack a terminal, on import ----

TEST_CASE("a control character or direction override in an imported value is refused")
{
    const ImportBatch batch = readCsv(rowWith({{"company", "Acme\x1b[2J"},
                                               {"type", "appointment"},
                                               {"people", "Ann Lee;Bob\xE2\x80\xAE"
                                                          "enots"},
                                               {"role", "CEO\a"},
                                               {"description", "\"fine:\n\tindented\""}}));
    CHECK(issueTexts(batch) ==
          QStringList{
              QStringLiteral("events.csv:2: company: the company 'Acme\\x1b[2J' contains the "
                             "control character U+001B; remove it"),
              QStringLiteral("events.csv:2: people: the name 'Bob\\u202eenots' contains U+202E, "
                             "which changes the direction text is shown in; remove it"),
              QStringLiteral("events.csv:2: role: the role 'CEO\\x07' contains the control "
                             "character U+0007; remove it"),
          });
}

TEST_CASE("an imported name holding the separator storage puts between names is refused")
{
    const ImportBatch batch = JsonReader::read(
        R"([{"date": "2024", "company": "Acme", "type": "departure",
             "people": ["Ann\u001fLee"], "role": "CEO"}])",
        jsonName);
    CHECK(issueTexts(batch) ==
          QStringList{QStringLiteral("events.json:[0]: people: the name 'Ann\\x1fLee' contains "
                                     "the control character U+001F; remove it")});
}

TEST_CASE("an imported value longer than its limit is refused, saying the limit")
{
    const QByteArray name(200, 'N'), description(10000, 'd');
    const ImportBatch fits =
        readCsv(rowWith({{"company", name.constData()}, {"description", description.constData()}}));
    CHECK(fits.ok());
    const ImportBatch batch = readCsv(rowWith(
        {{"company", (name + 'N').constData()}, {"description", (description + 'd').constData()}}));
    CHECK(issueTexts(batch) ==
          QStringList{QStringLiteral("events.csv:2: company: the company is 201 characters long; "
                                     "it can be at most 200"),
                      QStringLiteral("events.csv:2: description: the description is 10001 "
                                     "characters long; it can be at most 10000")});
}

TEST_CASE("each problem is one line, its echoed value cut to 80 characters and escaped")
{
    const QByteArray garbage = "\"meeting\n\x1b[2J" + QByteArray(300, 'x') + "\"";
    const ImportBatch batch = readCsv(rowWith({{"type", garbage.constData()}}));
    REQUIRE(batch.issues.size() == 1);
    const QString text = batch.issues[0].toString();
    CHECK_FALSE(text.contains(QLatin1Char('\n')));
    CHECK_FALSE(text.contains(QChar(0x1b)));
    CHECK(text == QStringLiteral("events.csv:2: type: '%1…' is not a type: use appointment, "
                                 "departure, funding, acquisition or other")
                      .arg(QStringLiteral("meeting\\n\\x1b[2J") + QString(63, QLatin1Char('x'))));

    // The file's name and an unknown JSON key are the user's too.
    ImportIssue issue{QStringLiteral("a\nb.json"), 0, QString(300, QLatin1Char('k')),
                      QStringLiteral("unknown key"), ImportIssue::Position::ArrayIndex};
    CHECK(issue.toString() ==
          QStringLiteral("a\\nb.json:[0]: %1…: unknown key").arg(QString(79, QLatin1Char('k'))));
}

// ---- CSV for spreadsheets ----

TEST_CASE("a spreadsheet-safe CSV puts a quote before each cell that could start a formula")
{
    Event event = other(QStringLiteral("2024"), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                        QStringLiteral("@SUM(A1:A9)"));
    event.role = QStringLiteral("+1");
    event.round = QStringLiteral("-2");
    testsupport::mainSource(event).title = QStringLiteral("\tcmd");
    Event plain = other(QStringLiteral("2024"), QStringLiteral("a=b"), QStringLiteral("\rx"));
    testsupport::mainSource(plain).title = QStringLiteral("1-2");

    CHECK(CsvWriter::write({event, plain}, CsvWriter::Cells::SpreadsheetSafe) ==
          fullHeader + '\n' +
              exported({{"date", "2024"},
                        {"company", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
                        {"type", "other"},
                        {"role", "'+1"},
                        {"round", "'-2"},
                        {"description", "'@SUM(A1:A9)"},
                        {"source_title", "'\tcmd"}}) +
              exported({{"date", "2024"},
                        {"company", "a=b"},
                        {"type", "other"},
                        {"description", "\"'\rx\""},
                        {"source_title", "1-2"}}));
    // Exact cells, the default, are the values as they are: what import reads back.
    CHECK(CsvWriter::write({event, plain}) ==
          fullHeader + '\n' +
              exported({{"date", "2024"},
                        {"company", "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
                        {"type", "other"},
                        {"role", "+1"},
                        {"round", "-2"},
                        {"description", "@SUM(A1:A9)"},
                        {"source_title", "\"\tcmd\""}}) +
              exported({{"date", "2024"},
                        {"company", "a=b"},
                        {"type", "other"},
                        {"description", "\"\rx\""},
                        {"source_title", "1-2"}}));
}

TEST_CASE("every character a spreadsheet starts a formula with is neutralised, and only those")
{
    for (const char *value : {"=1", "+1", "-1", "@1", "\t1", "\r1"}) {
        INFO(value);
        CHECK(CsvWriter::neutralised(QLatin1String(value)) ==
              QLatin1Char('\'') + QLatin1String(value));
    }
    for (const char *value : {"", "1", " =1", "a-b", "'=1", "\n=1"}) {
        INFO(value);
        CHECK(CsvWriter::neutralised(QLatin1String(value)) == QLatin1String(value));
    }
}
