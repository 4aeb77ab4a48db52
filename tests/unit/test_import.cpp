// Imports of real-world files: every problem reported, the valid rows kept on request, refused rows
// written back to be fixed, lenient reading with warnings, and duplicates skipped.

#include "edit/importplan.h"
#include "io/csvreader.h"
#include "io/importreport.h"
#include "io/issuelog.h"
#include "io/jsonreader.h"
#include "io/textencoding.h"
#include "model/duplicaterule.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QByteArray header = "date,company,type,people,role,interim,round,amount_usd,valuation_usd,"
                          "status,description,source_url,source_title\n";
const QString csvName = QStringLiteral("events.csv");

QByteArray fixture(const char *name)
{
    return readFile(QStringLiteral(TENURE_TEST_DATA_DIR "/") + QLatin1String(name));
}

ImportBatch readRows(const QByteArray &rows)
{
    return CsvReader::read(header + rows, csvName);
}

QStringList texts(const QList<ImportIssue> &issues)
{
    QStringList list;
    for (const ImportIssue &issue : issues)
        list << issue.toString();
    return list;
}

// The one warning a single row gives, or "" when it gives none or several.
QString warningFor(const QByteArray &row)
{
    const ImportBatch batch = readRows(row + '\n');
    INFO(texts(batch.issues).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    return batch.warnings.size() == 1 ? batch.warnings.front().toString() : QString();
}

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;
    Store()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
    }
};
} // namespace

TEST_CASE("a file with bad rows still gives its valid events with their lines, and every "
          "refused row as it was written")
{
    const ImportBatch batch = CsvReader::read(fixture("import-mixed.csv"), csvName);
    CHECK_FALSE(batch.ok());
    CHECK(batch.events.empty()); // all or nothing stays the default
    REQUIRE(batch.valid().size() == 10);
    CHECK(batch.lines == std::vector<int>{2, 4, 5, 6, 7, 8, 9, 10, 12, 13});
    REQUIRE(batch.rejected.size() == 3);
    CHECK(batch.rejected[0].line == 3);
    CHECK(batch.rejected[0].fields.size() == 13);
    CHECK(batch.rejected[0].fields[0] == QStringLiteral("2024-02-30"));
    CHECK(batch.rejected[0].problem == QStringLiteral("date: '2024-02-30' is not a calendar date"));
    CHECK(batch.rejected[1].line == 11); // the real row whose name starts with U+202A
    CHECK(batch.rejected[1].problem.startsWith(QStringLiteral("people: the name")));
    CHECK(batch.rejected[2].line == 14);
    CHECK(batch.rejected[2].fields.size() == 9);
    CHECK(batch.problemCount() == 3);
}

TEST_CASE("a JSON file's valid events come with their index and its refused ones with their "
          "values")
{
    const ImportBatch batch = JsonReader::read(
        R"([{"date": "2024", "company": "Acme", "type": "other"},
            {"date": "2024-13", "company": "Acme", "type": "other", "people": ["A", "B"]},
            {"date": "2024", "company": "Acme", "type": "other", "colour": 1}])",
        QStringLiteral("events.json"));
    REQUIRE(batch.valid().size() == 1);
    CHECK(batch.lines == std::vector<int>{0});
    REQUIRE(batch.rejected.size() == 2);
    CHECK(batch.rejected[0].line == 1);
    CHECK(batch.rejected[0].fields.at(0) == QStringLiteral("2024-13"));
    CHECK(batch.rejected[0].fields.at(batch.header.indexOf(QStringLiteral("people"))) ==
          QStringLiteral("A;B"));
    CHECK(batch.rejected[1].problem.startsWith(QStringLiteral("colour: unknown key")));
}

TEST_CASE("the report lists every problem, also those beyond the first 1000 the summary lists")
{
    QByteArray rows;
    for (int i = 0; i < 1631; ++i)
        rows += "2024,Acme,meeting,,,,,,,,,,\n";
    const ImportBatch batch = readRows(rows);
    CHECK(batch.issues.size() == IssueLog::maxIssues);
    CHECK(batch.problemCount() == 1631);
    const QStringList report =
        QString::fromUtf8(ImportReport::text(batch)).split(QLatin1Char('\n'));
    CHECK(report.at(0) == QStringLiteral("1631 problems"));
    CHECK(report.at(1) == QStringLiteral("0 warnings"));
    CHECK(report.filter(QStringLiteral("problem: events.csv:")).size() == 1631);
    CHECK(report.contains(QStringLiteral(
        "problem: events.csv:1632: type: 'meeting' is not a type: use appointment, departure, "
        "funding, acquisition or other")));
}

TEST_CASE("the rejects file has the line, the problem and the row's own columns, and imports "
          "again once fixed")
{
    const ImportBatch batch = readRows("2024,Acme,other,,,,,,,,fine,,\n"
                                       "2024-02-30,Acme,other,,,,,,,,\"a, b\",,\n");
    const QByteArray rejects = ImportReport::rejectsCsv(batch);
    CHECK(rejects == "line,problem," + header +
                         "3,date: '2024-02-30' is not a calendar date,2024-02-30,Acme,other,,,,,,,,"
                         "\"a, b\",,\n");
    QByteArray fixed = rejects;
    fixed.replace("2024-02-30,Acme", "2024-02-29,Acme");
    const ImportBatch again = CsvReader::read(fixed, QStringLiteral("rejects.csv"));
    INFO(texts(again.issues).join(QLatin1Char('\n')).toStdString());
    REQUIRE(again.ok());
    REQUIRE(again.events.size() == 1);
    CHECK(again.events[0].date == PartialDate::ofDay(2024, 2, 29));
    CHECK(again.events[0].description == QStringLiteral("a, b"));
}

TEST_CASE("values written loosely but meaning one thing are read, with a warning")
{
    CHECK(warningFor("2024-9-1,Acme,other,,,,,,,,,,") ==
          QStringLiteral("events.csv:2: date: '2024-9-1' was read as 2024-09-01"));
    CHECK(warningFor("2024-9,Acme,other,,,,,,,,,,") ==
          QStringLiteral("events.csv:2: date: '2024-9' was read as 2024-09"));
    CHECK(warningFor("2024,Acme,other,,,,,,,,,www.example.org/a,") ==
          QStringLiteral("events.csv:2: source_url: 'www.example.org/a' has no scheme; read as "
                         "'https://www.example.org/a'"));
    CHECK(warningFor("2024,Acme,other,,,,,,,,,example.org/a?b=1,") ==
          QStringLiteral("events.csv:2: source_url: 'example.org/a?b=1' has no scheme; read as "
                         "'https://example.org/a?b=1'"));
    CHECK(warningFor("2024, Acme ,other,,,,,,,,,,") ==
          QStringLiteral("events.csv:2: company: the spaces around 'Acme' were removed"));
    CHECK(warningFor("2024,Acme,funding,,,,,$101M,,,,,") ==
          QStringLiteral("events.csv:2: amount_usd: '$101M' was read as 101000000 USD"));
    CHECK(warningFor("2024,Acme,funding,,,,,,\"1,500,000\",,,,") ==
          QStringLiteral("events.csv:2: valuation_usd: '1,500,000' was read as 1500000"));

    const ImportBatch batch = readRows("2024-9-1,Acme,funding,,,,,1.5B,,,,www.x.org,\n");
    REQUIRE(batch.ok());
    CHECK(batch.events[0].date == PartialDate::ofDay(2024, 9, 1));
    CHECK(batch.events[0].amountUsd == 1500000000);
    CHECK(batch.events[0].sources.value(0).url == QStringLiteral("https://www.x.org"));
}

TEST_CASE("values that are valid but look wrong are imported with a warning")
{
    CHECK(warningFor("1700,Acme,other,,,,,,,,,,") ==
          QStringLiteral("events.csv:2: date: 1700 is before 1800; is it a placeholder?"));
    const QByteArray later = QByteArray::number(QDate::currentDate().year() + 2);
    CHECK(warningFor(later + ",Acme,other,,,,,,,,,,") ==
          QStringLiteral("events.csv:2: date: %1 is more than a year in the future")
              .arg(QString::fromLatin1(later)));
    CHECK(warningFor("2024,#NAME?,other,,,,,,,,,,") ==
          QStringLiteral("events.csv:2: company: '#NAME?' looks like a spreadsheet error or "
                         "formula, not a name"));
    CHECK(warningFor("2024,Acme,appointment,=A1,CEO,,,,,,,,") ==
          QStringLiteral("events.csv:2: people: '=A1' looks like a spreadsheet error or formula, "
                         "not a name"));
    CHECK(warningFor("2024,Acme,appointment,JosÃ© Ruiz,CEO,,,,,,,,") ==
          QStringLiteral("events.csv:2: people: 'JosÃ© Ruiz' looks like text in a wrong "
                         "encoding (mojibake)"));
    CHECK(warningFor("2024,Acme,appointment,José Ruiz,CEO,,,,,,,,").isEmpty());
    CHECK(readRows("2024,Acme,appointment,José Ruiz,CEO,,,,,,,,\n").warnings.isEmpty());
}

TEST_CASE("a day that spreadsheets and programs write for no date is imported with a warning")
{
    for (const char *day :
         {"1960-01-01", "1900-01-01", "1970-01-01", "1899-12-30", "1899-12-31", "1904-01-01"}) {
        INFO(day);
        CHECK(warningFor(QByteArray(day) + ",Acme,funding,,,,Venture,,,,,,") ==
              QStringLiteral("events.csv:2: date: %1 looks like a placeholder date (what a "
                             "spreadsheet or a program writes for no date), not a real one")
                  .arg(QLatin1String(day)));
    }
    // Only a whole date is a placeholder: the year 1960 or January 1970 may well be meant.
    CHECK(readRows("1960,Acme,funding,,,,Venture,,,,,,\n").warnings.isEmpty());
    CHECK(readRows("1970-01,Acme,funding,,,,Venture,,,,,,\n").warnings.isEmpty());
    CHECK(readRows("1960-01-02,Acme,funding,,,,Venture,,,,,,\n").warnings.isEmpty());
    CHECK(readRows("2000-01-01,Acme,funding,,,,Venture,,,,,,\n").warnings.isEmpty());
    // A real row of the CrunchBase export of October 2013 (tests/data/README.md).
    const ImportBatch real = CsvReader::read(fixture("import-placeholder-date.csv"), csvName);
    REQUIRE(real.ok());
    CHECK(texts(real.warnings).filter(QStringLiteral("date:")) ==
          QStringList{QStringLiteral("events.csv:3: date: 1960-01-01 looks like a placeholder "
                                     "date (what a spreadsheet or a program writes for no date), "
                                     "not a real one")});
}

TEST_CASE("an import plan reports names that may be stored names spelt differently, and imports "
          "them as written")
{
    Store store;
    REQUIRE(store.events
                ->add(appointment(QStringLiteral("2015"), QStringLiteral("CSER"),
                                  {QStringLiteral("Seán Ó hÉigeartaigh")},
                                  QStringLiteral("Executive Director")))
                .ok());
    const ImportBatch batch =
        readRows("2024-01,C.S.E.R.,departure,Sean O hEigeartaigh,Executive Director,,,,,,,,\n"
                 "2024-02,cser,other,,,,,,,,,,\n");
    REQUIRE(batch.ok());
    auto plan = ImportPlan::make(*store.events, batch, csvName);
    REQUIRE(plan.ok());
    CHECK(texts(plan->nameVariants) ==
          QStringList({QStringLiteral("events.csv:2: company: 'C.S.E.R.' may be the same company "
                                      "as 'CSER' (in the database); imported as written"),
                       QStringLiteral("events.csv:2: people: 'Sean O hEigeartaigh' may be the "
                                      "same person as 'Seán Ó hÉigeartaigh' (in the database); "
                                      "imported as written")}));
    CHECK(plan->warnings() == plan->nearDuplicates + plan->nameVariants);
    CHECK(plan->toAdd.size() == 2);
    CHECK(QString::fromUtf8(ImportReport::text(batch, plan->warnings()))
              .contains(QStringLiteral("warning: events.csv:2: people: 'Sean O hEigeartaigh' may "
                                       "be the same person as 'Seán Ó hÉigeartaigh'")));
    REQUIRE(store.events->addAll(plan->toAdd).ok());
    CHECK(store.events->people()->contains(QStringLiteral("Sean O hEigeartaigh")));
    CHECK(store.events->people()->contains(QStringLiteral("Seán Ó hÉigeartaigh")));
}

TEST_CASE("the header may leave out the optional columns and list the others in any order")
{
    const ImportBatch batch =
        CsvReader::read(fixture("import-required-columns.csv"), QStringLiteral("min.csv"));
    INFO(texts(batch.issues).join(QLatin1Char('\n')).toStdString());
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 2);
    CHECK(batch.events[0].people == QStringList{QStringLiteral("Ann Lee")});
    CHECK(batch.events[0].date == PartialDate::ofMonth(2024, 6));
    CHECK(texts(batch.warnings) ==
          QStringList{QStringLiteral("min.csv:1: the header has no columns interim, round, "
                                     "amount_usd, valuation_usd, status, description, "
                                     "source_url, source_title; they are empty in every row")});

    const ImportBatch noRole =
        CsvReader::read("date,company,type,people\n2024,A,other,\n", QStringLiteral("min.csv"));
    REQUIRE(noRole.issues.size() == 1);
    CHECK(noRole.issues[0].message.endsWith(QStringLiteral("but the column 'role' is missing")));
    const ImportBatch twice = CsvReader::read(
        "date,company,type,people,role,date\n2024,A,other,,,2024\n", QStringLiteral("min.csv"));
    REQUIRE(twice.issues.size() == 1);
    CHECK(twice.issues[0].message.endsWith(QStringLiteral("the column 'date' is there twice")));
}

TEST_CASE("a bidi mark around a name is still refused, not normalised")
{
    const ImportBatch batch = readRows("2016-07,Ulm University,appointment,\xE2\x80\xAA"
                                       "Daniel Alexander Braun,Professor,false,,,,,,,\n");
    CHECK_FALSE(batch.ok());
    CHECK(batch.valid().empty());
    REQUIRE(batch.rejected.size() == 1);
}

TEST_CASE("two events are the same fact when date, company, type, people, role and round are")
{
    Event a;
    a.date = PartialDate::ofDay(2024, 6, 25);
    a.company = QStringLiteral("Acme");
    a.type = EventType::Appointment;
    a.people = {QStringLiteral("Ann Lee"), QStringLiteral("Bob Stone")};
    a.role = QStringLiteral("Co-CEO");
    Event b = a;
    b.company = QStringLiteral("ACME");
    b.people = {QStringLiteral("bob stone"), QStringLiteral("Ann Lee")};
    b.description = QStringLiteral("another source");
    CHECK(DuplicateRule::compare(a, b) == DuplicateRule::Likeness::Same);
    b.date = PartialDate::ofMonth(2024, 6);
    CHECK(DuplicateRule::compare(a, b) == DuplicateRule::Likeness::Near);
    b.date = PartialDate::ofYear(2024);
    CHECK(DuplicateRule::compare(a, b) == DuplicateRule::Likeness::Near);
    b.date = PartialDate::ofMonth(2024, 7);
    CHECK(DuplicateRule::compare(a, b) == DuplicateRule::Likeness::Different);
    b.date = a.date;
    b.role = QStringLiteral("CEO");
    CHECK(DuplicateRule::compare(a, b) == DuplicateRule::Likeness::Different);
    b.role = a.role;
    b.type = EventType::Departure;
    CHECK(DuplicateRule::compare(a, b) == DuplicateRule::Likeness::Different);
}

TEST_CASE("an import skips events already stored or earlier in the file, and reports near "
          "duplicates without merging them")
{
    Store store;
    const ImportBatch batch = CsvReader::read(fixture("import-mixed.csv"), csvName);
    auto first = ImportPlan::make(*store.events, batch, csvName);
    REQUIRE(first.ok());
    CHECK(first->duplicates == 1); // line 12 repeats line 2
    CHECK(first->toAdd.size() == 9);
    CHECK(first->toAddLines.back() == 13);
    CHECK(texts(first->nearDuplicates) ==
          QStringList{QStringLiteral("events.csv:13: this 2024-06 may be the event on line 2 "
                                     "(2024-06-25): the same people and role, the dates within "
                                     "each other's precision; both are kept")});
    REQUIRE(store.events->addAll(first->toAdd).ok());

    auto second = ImportPlan::make(*store.events, batch, csvName);
    REQUIRE(second.ok());
    CHECK(second->toAdd.empty());
    CHECK(second->duplicates == 10);
}

TEST_CASE("planning an import of many companies reads the stored events once and stays linear")
{
    Store store;
    QByteArray rows;
    for (int i = 0; i < 3000; ++i)
        rows += "2024-01,Company " + QByteArray::number(i) + ",appointment,Person " +
                QByteArray::number(i) + ",CEO,false,,,,,,,\n";
    const ImportBatch batch = readRows(rows);
    REQUIRE(batch.ok());
    auto plan = ImportPlan::make(*store.events, batch, csvName);
    REQUIRE(plan.ok());
    REQUIRE(store.events->addAll(plan->toAdd).ok());
    auto again = ImportPlan::make(*store.events, batch, csvName);
    REQUIRE(again.ok());
    CHECK(again->duplicates == 3000);
    CHECK(again->toAdd.empty());
}

TEST_CASE("an old export in Mac Roman with CR line ends reads with its encoding, and without it "
          "each row names the likely encoding")
{
    const QByteArray bytes = fixture("import-macroman.csv");
    const ImportBatch asUtf8 = CsvReader::read(bytes, QStringLiteral("old.csv"));
    REQUIRE(asUtf8.issues.size() == 3);
    CHECK(asUtf8.issues[0].toString() ==
          QStringLiteral("old.csv:2: company: the text is not valid UTF-8 (the file looks like "
                         "macroman); save the file as UTF-8, or import it with tenure-cli import "
                         "--encoding macroman"));
    CHECK(asUtf8.issues[2].line == 3);

    const ImportBatch batch = CsvReader::read(
        TextEncoding::toUtf8(bytes, TextEncoding::Kind::MacRoman), QStringLiteral("old.csv"));
    REQUIRE(batch.ok());
    REQUIRE(batch.events.size() == 2);
    CHECK(batch.events[0].company == QStringLiteral("Café Müllerei"));
    CHECK(batch.events[0].description == QStringLiteral("Acquired by Société Générale"));
    CHECK(batch.events[1].company == QStringLiteral("Naïve"));
}

TEST_CASE("Windows-1252 and Latin-1 files read with their encoding, and the likely one is named")
{
    const QByteArray bytes = fixture("import-windows1252.csv");
    CHECK(TextEncoding::likely(bytes) == TextEncoding::Kind::Windows1252);
    const ImportBatch batch = CsvReader::read(
        TextEncoding::toUtf8(bytes, TextEncoding::Kind::Windows1252), QStringLiteral("w.csv"));
    REQUIRE(batch.ok());
    CHECK(batch.events[0].company == QStringLiteral("Café Müllerei"));
    CHECK(batch.events[0].description == QStringLiteral("“quoted” – dash"));
    CHECK(TextEncoding::toUtf8("Caf\xe9", TextEncoding::Kind::Latin1) == "Caf\xc3\xa9");
    CHECK(TextEncoding::fromName(QStringLiteral("CP1252")) == TextEncoding::Kind::Windows1252);
    CHECK(TextEncoding::fromName(QStringLiteral("mac-roman")) == TextEncoding::Kind::MacRoman);
    CHECK_FALSE(TextEncoding::fromName(QStringLiteral("ebcdic")).has_value());
}
