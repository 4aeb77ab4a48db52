#include "model/eventvalidator.h"
#include "model/money.h"
#include "model/partialdate.h"
#include "model/safetext.h"
#include "model/tenurederiver.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString company = QStringLiteral("Stability AI");

} // namespace

TEST_CASE("a date keeps the precision it was written with")
{
    CHECK(date(QStringLiteral("2024")).precision() == PartialDate::Precision::Year);
    CHECK(date(QStringLiteral("2024-03")).precision() == PartialDate::Precision::Month);
    CHECK(date(QStringLiteral("2024-03-22")).precision() == PartialDate::Precision::Day);
    CHECK(date(QStringLiteral("2024-03")).toString() == QStringLiteral("2024-03"));
    CHECK(date(QStringLiteral("2024-03")).lastDay() == QDate(2024, 3, 31));
    CHECK(date(QStringLiteral("2024")).lastDay() == QDate(2024, 12, 31));
    CHECK(date(QStringLiteral("2024-02-29")).toDisplayString() ==
          QStringLiteral("29 February 2024"));
}

TEST_CASE("dates that are not real calendar dates are refused with a reason")
{
    for (const char *text : {"2023-02-29", "2024-13", "2024-00", "24-03-01", "2024/03/01", "",
                             "2024-3", "March 2024", "0000"}) {
        QString error;
        INFO(text);
        CHECK_FALSE(PartialDate::parse(QString::fromLatin1(text), &error).has_value());
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("coarser dates sort before finer ones on the same first day")
{
    CHECK(date(QStringLiteral("2024")) < date(QStringLiteral("2024-01")));
    CHECK(date(QStringLiteral("2024-01")) < date(QStringLiteral("2024-01-01")));
    CHECK(date(QStringLiteral("2023-12-31")) < date(QStringLiteral("2024")));
}

TEST_CASE("an appointment opens a tenure that runs to today while no one ends it")
{
    const auto tenures = TenureDeriver::derive(
        withIds({appointment(QStringLiteral("2019"), company, {QStringLiteral("Emad Mostaque")},
                             QStringLiteral("CEO"))}));
    REQUIRE(tenures.size() == 1);
    CHECK(tenures[0].isOpen());
    CHECK(tenures[0].start == date(QStringLiteral("2019")));
    CHECK(tenures[0].startEventId == 1);
}

TEST_CASE("the matching departure closes the tenure")
{
    const auto tenures = TenureDeriver::derive(
        withIds({appointment(QStringLiteral("2019"), company, {QStringLiteral("Emad Mostaque")},
                             QStringLiteral("CEO")),
                 departure(QStringLiteral("2024-03-22"), company, {QStringLiteral("Emad Mostaque")},
                           QStringLiteral("ceo"))}));
    REQUIRE(tenures.size() == 1);
    CHECK(tenures[0].end == date(QStringLiteral("2024-03-22")));
    CHECK(tenures[0].endReason == Tenure::End::Departure);
    CHECK(tenures[0].endEventId == 2);
}

TEST_CASE("a departure from another role leaves the tenure open")
{
    const auto tenures = TenureDeriver::derive(
        withIds({appointment(QStringLiteral("2019"), company, {QStringLiteral("Emad Mostaque")},
                             QStringLiteral("CEO")),
                 departure(QStringLiteral("2024-03-22"), company, {QStringLiteral("Emad Mostaque")},
                           QStringLiteral("Board member"))}));
    REQUIRE(tenures.size() == 1);
    CHECK(tenures[0].isOpen());
}

TEST_CASE("an appointment of a new CEO closes the predecessor's tenure")
{
    const auto tenures = TenureDeriver::derive(withIds(
        {appointment(QStringLiteral("2019"), company, {QStringLiteral("A")}, QStringLiteral("CEO")),
         appointment(QStringLiteral("2021-05"), company, {QStringLiteral("B")},
                     QStringLiteral("CEO"))}));
    REQUIRE(tenures.size() == 2);
    const Tenure &a = tenureOf(tenures, QStringLiteral("A"), QStringLiteral("CEO"));
    CHECK(a.end == date(QStringLiteral("2021-05")));
    CHECK(a.endReason == Tenure::End::Succeeded);
    CHECK(tenureOf(tenures, QStringLiteral("B"), QStringLiteral("CEO")).isOpen());
}

TEST_CASE("a new CEO at another company closes nothing")
{
    const auto tenures = TenureDeriver::derive(withIds(
        {appointment(QStringLiteral("2019"), company, {QStringLiteral("A")}, QStringLiteral("CEO")),
         appointment(QStringLiteral("2021"), QStringLiteral("Other Co"), {QStringLiteral("B")},
                     QStringLiteral("CEO"))}));
    CHECK(tenureOf(tenures, QStringLiteral("A"), QStringLiteral("CEO")).isOpen());
}

TEST_CASE("roles other than CEO are held by many at once")
{
    const auto tenures = TenureDeriver::derive(
        withIds({appointment(QStringLiteral("2020"), company, {QStringLiteral("A")},
                             QStringLiteral("Board member")),
                 appointment(QStringLiteral("2021"), company, {QStringLiteral("B")},
                             QStringLiteral("Board member"))}));
    REQUIRE(tenures.size() == 2);
    CHECK(tenures[0].isOpen());
    CHECK(tenures[1].isOpen());
}

TEST_CASE("two co-CEOs appointed together share the post, and a later CEO ends both")
{
    const auto tenures = TenureDeriver::derive(withIds(
        {appointment(QStringLiteral("2019"), company, {QStringLiteral("Emad Mostaque")},
                     QStringLiteral("CEO")),
         departure(QStringLiteral("2024-03-22"), company, {QStringLiteral("Emad Mostaque")},
                   QStringLiteral("CEO")),
         appointment(QStringLiteral("2024-03-22"), company,
                     {QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")},
                     QStringLiteral("Co-CEO"), true),
         appointment(QStringLiteral("2024-06"), company, {QStringLiteral("Prem Akkaraju")},
                     QStringLiteral("CEO"))}));
    REQUIRE(tenures.size() == 4);
    for (const QString &person :
         {QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")}) {
        const Tenure &t = tenureOf(tenures, person, QStringLiteral("Co-CEO"));
        CHECK(t.interim);
        CHECK(t.start == date(QStringLiteral("2024-03-22")));
        CHECK(t.end == date(QStringLiteral("2024-06")));
        CHECK(t.endEventId == 4);
    }
    CHECK(tenureOf(tenures, QStringLiteral("Prem Akkaraju"), QStringLiteral("CEO")).isOpen());
}

TEST_CASE("co-CEOs appointed beside a sole CEO leave the CEO in office")
{
    // Real data records the CEO's departure when there was one (GiveWell's co-executive
    // director served beside its CEO); a CEO who becomes one of the co-CEOs changes title.
    const auto tenures = TenureDeriver::derive(withIds(
        {appointment(QStringLiteral("2019"), company, {QStringLiteral("A")}, QStringLiteral("CEO")),
         appointment(QStringLiteral("2022"), company, {QStringLiteral("B"), QStringLiteral("C")},
                     QStringLiteral("Co-CEO")),
         appointment(QStringLiteral("2023"), company, {QStringLiteral("D")}, QStringLiteral("CEO")),
         appointment(QStringLiteral("2023-06"), company, {QStringLiteral("D"), QStringLiteral("E")},
                     QStringLiteral("Co-CEO"))}));
    CHECK(tenureOf(tenures, QStringLiteral("A"), QStringLiteral("CEO")).end ==
          date(QStringLiteral("2023")));
    CHECK(tenureOf(tenures, QStringLiteral("B"), QStringLiteral("Co-CEO")).end ==
          date(QStringLiteral("2023")));
    CHECK(tenureOf(tenures, QStringLiteral("D"), QStringLiteral("CEO")).end ==
          date(QStringLiteral("2023-06")));
    CHECK(tenureOf(tenures, QStringLiteral("D"), QStringLiteral("Co-CEO")).isOpen());
}

TEST_CASE("making an interim holder permanent starts a new, permanent tenure")
{
    const auto tenures = TenureDeriver::derive(
        withIds({appointment(QStringLiteral("2022"), company, {QStringLiteral("A")},
                             QStringLiteral("CEO"), true),
                 appointment(QStringLiteral("2022-09"), company, {QStringLiteral("A")},
                             QStringLiteral("CEO"), false)}));
    REQUIRE(tenures.size() == 2);
    CHECK(tenures[0].interim);
    CHECK(tenures[0].end == date(QStringLiteral("2022-09")));
    CHECK_FALSE(tenures[1].interim);
    CHECK(tenures[1].isOpen());
}

TEST_CASE("the same appointment reported twice does not split the tenure")
{
    const auto tenures = TenureDeriver::derive(withIds(
        {appointment(QStringLiteral("2022"), company, {QStringLiteral("A")}, QStringLiteral("CTO")),
         appointment(QStringLiteral("2022-09"), company, {QStringLiteral("A")},
                     QStringLiteral("CTO"))}));
    REQUIRE(tenures.size() == 1);
    CHECK(tenures[0].start == date(QStringLiteral("2022")));
}

TEST_CASE("a departure with no known appointment makes no tenure")
{
    const auto tenures = TenureDeriver::derive(withIds({departure(
        QStringLiteral("2023-06"), company, {QStringLiteral("Ren Ito")}, QStringLiteral("COO"))}));
    CHECK(tenures.empty());
}

TEST_CASE("events are applied in date order whatever order they come in")
{
    const auto tenures =
        TenureDeriver::derive(withIds({departure(QStringLiteral("2024-03-22"), company,
                                                 {QStringLiteral("A")}, QStringLiteral("CEO")),
                                       appointment(QStringLiteral("2019"), company,
                                                   {QStringLiteral("A")}, QStringLiteral("CEO"))}));
    REQUIRE(tenures.size() == 1);
    CHECK(tenures[0].end == date(QStringLiteral("2024-03-22")));
}

TEST_CASE("the validator names each field at fault")
{
    Event e;
    e.type = EventType::Appointment;
    testsupport::mainSource(e).url = QStringLiteral("ftp://example.com/x");
    const auto errors = EventValidator::validate(e);
    QStringList columns;
    for (const auto &error : errors)
        columns << error.column;
    CHECK(columns == QStringList{QStringLiteral("date"), QStringLiteral("company"),
                                 QStringLiteral("people"), QStringLiteral("role"),
                                 QStringLiteral("source_url")});
}

TEST_CASE("a funding round needs no people or role")
{
    const Event e =
        funding(QStringLiteral("2022-10"), company, QStringLiteral("Seed"), 101000000, 1000000000);
    CHECK(EventValidator::validate(e).isEmpty());
}

TEST_CASE("source URLs must be http or https")
{
    CHECK(EventValidator::isValidSourceUrl(QString()));
    CHECK(EventValidator::isValidSourceUrl(QStringLiteral("https://example.com/a?b=c")));
    CHECK(EventValidator::isValidSourceUrl(QStringLiteral("http://example.com")));
    CHECK_FALSE(EventValidator::isValidSourceUrl(QStringLiteral("example.com")));
    CHECK_FALSE(EventValidator::isValidSourceUrl(QStringLiteral("javascript:alert(1)")));
    CHECK_FALSE(EventValidator::isValidSourceUrl(QStringLiteral("https://")));
    CHECK_FALSE(EventValidator::isValidSourceUrl(QStringLiteral("https://exa mple.com")));
}

TEST_CASE("amounts are read as people write them")
{
    const std::pair<const char *, qint64> cases[] = {
        {"101000000", 101000000}, {"101,000,000", 101000000},  {"$101M", 101000000},
        {"4B", 4000000000},       {"1.5 billion", 1500000000}, {"$ 25 k", 25000},
        {"$1.25bn", 1250000000},  {"80 million", 80000000},    {"2T", 2000000000000}};
    for (const auto &[text, expected] : cases) {
        INFO(text);
        CHECK(Money::parse(QString::fromLatin1(text)) == expected);
    }
}

TEST_CASE("text that is not an amount is refused with a reason")
{
    for (const char *text : {"", "-5", "1e6", "1.5", "1,00,000", "four billion", "$", "5 apples"}) {
        QString error;
        INFO(text);
        CHECK_FALSE(Money::parse(QString::fromLatin1(text), &error).has_value());
        CHECK_FALSE(error.isEmpty());
    }
}

TEST_CASE("amounts are shown short and in full")
{
    CHECK(Money::formatShort(101000000) == QStringLiteral("$101M"));
    CHECK(Money::formatShort(4000000000) == QStringLiteral("$4B"));
    CHECK(Money::formatShort(1500000000) == QStringLiteral("$1.5B"));
    CHECK(Money::formatShort(25000) == QStringLiteral("$25K"));
    CHECK(Money::formatShort(950) == QStringLiteral("$950"));
    CHECK(Money::formatFull(101000000) == QStringLiteral("$101,000,000"));
}

// ---- Text that cannot attack a terminal ----

namespace {
QString messageFor(const Event &event, const char *column)
{
    for (const FieldError &error : EventValidator::validate(event)) {
        if (error.column == QLatin1String(column))
            return error.message;
    }
    return {};
}
} // namespace

TEST_CASE("text for people shows control characters and direction overrides as escapes")
{
    CHECK(SafeText::visible(QStringLiteral("a\x1b[31mb\u202Ec\td\ne\u2066f\u0085g")) ==
          QStringLiteral("a\\x1b[31mb\\u202ec\\td\\ne\\u2066f\\x85g"));
    const QString ordinary = QStringLiteral("Zoë Doe — “CEO” 😀 <b>&amp;</b>");
    CHECK(SafeText::visible(ordinary) == ordinary);
    CHECK(SafeText::firstUnsafe(QStringLiteral("one\ntwo\tthree\r\n")) == U'\n');
    CHECK_FALSE(
        SafeText::firstUnsafe(QStringLiteral("one\ntwo\tthree\r\n"), SafeText::Breaks::Allowed));
    CHECK(SafeText::firstUnsafe(QStringLiteral("one\ntwo\x1b"), SafeText::Breaks::Allowed) ==
          U'\x1b');
    CHECK(SafeText::codePoint(U'\x1f') == QStringLiteral("U+001F"));
}

TEST_CASE("a value echoed in a message is cut to 80 characters, never inside an escape")
{
    const QString eighty(80, QLatin1Char('x'));
    CHECK(SafeText::excerpt(eighty) == eighty);
    const QString cut = SafeText::excerpt(eighty + QLatin1Char('y'));
    CHECK(cut.size() == 80);
    CHECK(cut == QString(79, QLatin1Char('x')) + QChar(0x2026));
    // The escape \x1b would end past the limit: it is left out whole, not cut to "\x".
    CHECK(SafeText::excerpt(QString(77, QLatin1Char('x')) + QStringLiteral("\x1b[2J")) ==
          QString(77, QLatin1Char('x')) + QChar(0x2026));
    // Neither is an emoji cut between the two halves of its surrogate pair.
    const QString emoji = QString(78, QLatin1Char('x')) + QStringLiteral("😀😀");
    CHECK(SafeText::excerpt(emoji) == QString(78, QLatin1Char('x')) + QChar(0x2026));
    CHECK(SafeText::quoted(QStringLiteral("a\nb")) == QStringLiteral("'a\\nb'"));
}

TEST_CASE("the validator refuses text that could command a terminal or reorder a line")
{
    Event e = appointment(QStringLiteral("2024"), QStringLiteral("Acme\x1b[2J"),
                          {QStringLiteral("Ann Lee"), QStringLiteral("Bob\u202Eenots")},
                          QStringLiteral("CEO\a"));
    e.round = QStringLiteral("Seed\u009b31m");
    e.description = QStringLiteral("Fine so far.\n\tThen \x1b]0;owned\x07 happened.");
    testsupport::mainSource(e).title = QStringLiteral("Two\nlines");
    testsupport::mainSource(e).url = QStringLiteral("https://example.com/\u2067x");
    CHECK(messageFor(e, "company") ==
          QStringLiteral("the company 'Acme\\x1b[2J' contains the control character U+001B; "
                         "remove it"));
    CHECK(messageFor(e, "people") ==
          QStringLiteral("the name 'Bob\\u202eenots' contains U+202E, which changes the "
                         "direction text is shown in; remove it"));
    CHECK(messageFor(e, "role") ==
          QStringLiteral("the role 'CEO\\x07' contains the control character U+0007; remove it"));
    CHECK(messageFor(e, "round") ==
          QStringLiteral("the round 'Seed\\x9b31m' contains the control character U+009B; "
                         "remove it"));
    CHECK(messageFor(e, "description") ==
          QStringLiteral("the description 'Fine so far.\\n\\tThen \\x1b]0;owned\\x07 happened.' "
                         "contains the control character U+001B; remove it (tabs and line "
                         "breaks are fine)"));
    CHECK(messageFor(e, "source_title") ==
          QStringLiteral("the source title 'Two\\nlines' contains the control character U+000A; "
                         "remove it"));
    CHECK(messageFor(e, "source_url") ==
          QStringLiteral("the source URL 'https://example.com/\\u2067x' contains U+2067, which "
                         "changes the direction text is shown in; remove it"));
}

TEST_CASE("a description may hold tabs and line breaks")
{
    Event e = other(QStringLiteral("2024"), company,
                    QStringLiteral("First line,\r\nsecond line\n\tindented."));
    CHECK(EventValidator::validate(e).isEmpty());
}

TEST_CASE("a name holding the separator that storage puts between names is refused")
{
    // U+001F joins a person's names in the database; inside a name it would split it in two.
    const Event e = departure(QStringLiteral("2024"), company, {QStringLiteral("Ann\x1fLee")},
                              QStringLiteral("CEO"));
    CHECK(messageFor(e, "people") ==
          QStringLiteral("the name 'Ann\\x1fLee' contains the control character U+001F; "
                         "remove it"));
    CHECK(EventValidator::nameProblem(QStringLiteral("Ann\x1fLee"), QStringLiteral("the name")));
    CHECK_FALSE(EventValidator::nameProblem(QStringLiteral("Ann Lee"), QStringLiteral("the name")));
}

TEST_CASE("each text field has a length limit, counted in characters")
{
    Event e = other(QStringLiteral("2024"), QString(200, QLatin1Char('C')),
                    QString(10000, QLatin1Char('d')));
    e.role = QString(100, QChar(0x00E9));
    e.people = {QStringLiteral("😀").repeated(200)}; // 400 UTF-16 units, 200 characters
    testsupport::mainSource(e).title = QString(500, QLatin1Char('t'));
    CHECK(EventValidator::validate(e).isEmpty());

    e.company += QLatin1Char('C');
    e.description += QLatin1Char('d');
    e.people.first() += QStringLiteral("😀");
    testsupport::mainSource(e).title += QLatin1Char('t');
    testsupport::mainSource(e).url =
        QStringLiteral("https://example.com/") + QString(2000, QLatin1Char('p'));
    CHECK(messageFor(e, "company") ==
          QStringLiteral("the company is 201 characters long; it can be at most 200"));
    CHECK(messageFor(e, "people") ==
          QStringLiteral("the name is 201 characters long; it can be at most 200"));
    CHECK(messageFor(e, "description") ==
          QStringLiteral("the description is 10001 characters long; it can be at most 10000"));
    CHECK(messageFor(e, "source_title") ==
          QStringLiteral("the source title is 501 characters long; it can be at most 500"));
    CHECK(messageFor(e, "source_url") ==
          QStringLiteral("the source URL is 2020 characters long; it can be at most 2000"));
}

TEST_CASE("a date or amount that cannot be read is echoed escaped and cut short")
{
    QString error;
    CHECK_FALSE(PartialDate::parse(QStringLiteral("2024\x1b[2J"), &error));
    CHECK(error == QStringLiteral("'2024\\x1b[2J' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"));
    CHECK_FALSE(PartialDate::parse(QString(500, QLatin1Char('9')), &error));
    CHECK(error == QStringLiteral("'%1…' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
                       .arg(QString(79, QLatin1Char('9'))));
    CHECK_FALSE(Money::parse(QStringLiteral("5\napples"), &error));
    CHECK_FALSE(error.contains(QLatin1Char('\n')));
    CHECK(error.startsWith(QStringLiteral("'5\\napples' is not an amount")));
}

TEST_CASE("a summary names the first people of a crowd and counts the rest")
{
    CHECK(appointment(QStringLiteral("2024-03-22"), QStringLiteral("Stability AI"),
                      {QStringLiteral("Shan Shan Wong"), QStringLiteral("Christian Laforte")},
                      QStringLiteral("Co-CEO"), true)
              .summary() == QStringLiteral("2024-03-22 Stability AI appointment: Shan Shan Wong, "
                                           "Christian Laforte (interim Co-CEO)"));

    QStringList crowd;
    for (int i = 0; i < 100'000; ++i)
        crowd << QStringLiteral("Person %1").arg(i);
    const Event board = appointment(QStringLiteral("2020"), QStringLiteral("Acme"), crowd,
                                    QStringLiteral("Board member"));
    const QString names = board.peopleList();
    CHECK(names.startsWith(QStringLiteral("Person 0, Person 1, ")));
    CHECK(names.size() <= Event::shortTextLength + 20);
    // Those shown and those counted are everyone, once.
    const auto counted =
        names.section(QStringLiteral(" and "), 1).section(QLatin1Char(' '), 0, 0).toInt();
    CHECK(names.count(QStringLiteral("Person ")) + counted == 100'000);
    CHECK(board.summary().size() <= 2 * Event::shortTextLength);

    // One name of 10 MB is cut too, and so is a role of that size.
    const QString huge(10 * 1024 * 1024, QLatin1Char('z'));
    const Event giant = appointment(QStringLiteral("2020"), QStringLiteral("Acme"), {huge}, huge);
    CHECK(giant.peopleList().size() == Event::shortTextLength);
    CHECK(giant.peopleList().endsWith(QChar(0x2026)));
    CHECK(giant.summary().size() <= 3 * Event::shortTextLength);
}

TEST_CASE("an invisible byte-order mark in a value is refused, so exports come back the same")
{
    Event e = other(QStringLiteral("2024"), QString(QChar(0xFEFF)) + QStringLiteral("Acme"),
                    QStringLiteral("x"));
    const auto errors = EventValidator::validate(e);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().column == QStringLiteral("company"));
    CHECK(errors.first().message.contains(QLatin1String("byte-order mark")));
}

TEST_CASE("an event names at most a thousand people")
{
    QStringList crowd;
    for (int i = 0; i < 1001; ++i)
        crowd << QStringLiteral("Person %1").arg(i);
    const auto errors = EventValidator::validate(appointment(
        QStringLiteral("2024"), QStringLiteral("Acme"), crowd, QStringLiteral("Staff")));
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().message ==
          QStringLiteral("an event can name at most 1000 people; this one names 1001"));
    crowd.removeLast();
    CHECK(EventValidator::validate(appointment(QStringLiteral("2024"), QStringLiteral("Acme"),
                                               crowd, QStringLiteral("Staff")))
              .isEmpty());
}
