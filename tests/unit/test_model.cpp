#include "model/eventvalidator.h"
#include "model/money.h"
#include "model/partialdate.h"
#include "model/tenurederiver.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString company = QStringLiteral("Stability AI");

std::vector<Event> withIds(std::vector<Event> events)
{
    EventId id = 1;
    for (Event &e : events)
        e.id = id++;
    return events;
}

const Tenure &tenureOf(const std::vector<Tenure> &tenures, const QString &person,
                       const QString &role)
{
    for (const Tenure &t : tenures) {
        if (t.person == person && t.role == role)
            return t;
    }
    FAIL("no tenure for " << person.toStdString() << " as " << role.toStdString());
    return tenures.front();
}
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

TEST_CASE("appointing co-CEOs ends a sole CEO's tenure still open")
{
    const auto tenures = TenureDeriver::derive(withIds(
        {appointment(QStringLiteral("2019"), company, {QStringLiteral("A")}, QStringLiteral("CEO")),
         appointment(QStringLiteral("2022"), company, {QStringLiteral("B"), QStringLiteral("C")},
                     QStringLiteral("Co-CEO"))}));
    CHECK(tenureOf(tenures, QStringLiteral("A"), QStringLiteral("CEO")).end ==
          date(QStringLiteral("2022")));
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
    e.sourceUrl = QStringLiteral("ftp://example.com/x");
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
