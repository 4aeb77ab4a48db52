// Tenures derived from real-world data: dates known to the year or month, interim posts, titles
// spelled as people write them, rows in any order (issue 9). The basic rules are specified in
// test_model.cpp.

#include "model/tenurederiver.h"
#include "testsupport.h"

#include <QRandomGenerator>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString company = QStringLiteral("Acme");
const QString ceo = QStringLiteral("CEO");

std::vector<DerivationNote> notesOf(const TenureDeriver::Outcome &result, DerivationNote::Kind kind)
{
    std::vector<DerivationNote> notes;
    std::copy_if(result.notes.begin(), result.notes.end(), std::back_inserter(notes),
                 [kind](const DerivationNote &n) { return n.kind == kind; });
    return notes;
}

bool hasContradictions(const TenureDeriver::Outcome &result)
{
    return std::any_of(result.notes.begin(), result.notes.end(),
                       [](const DerivationNote &n) { return n.isContradiction(); });
}

// A tenure as a reader sees it, without the ids of the events behind it.
QString shown(const Tenure &t)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7")
        .arg(t.person, t.role, t.interim ? QStringLiteral("interim") : QString(),
             t.start.toString(), t.end ? t.end->toString() : QStringLiteral("open"))
        .arg(int(t.endReason))
        .arg(t.canonicalRole ? int(*t.canonicalRole) : -1);
}

QStringList shownSorted(const std::vector<Tenure> &tenures)
{
    QStringList all;
    for (const Tenure &t : tenures)
        all << shown(t);
    all.sort();
    return all;
}
} // namespace

TEST_CASE("a departure dated to the year closes an appointment dated within that year")
{
    const auto result = TenureDeriver::deriveWithNotes(
        withIds({departure(QStringLiteral("2022"), company, {QStringLiteral("Ana")}, ceo),
                 appointment(QStringLiteral("2022-04"), company, {QStringLiteral("Ana")}, ceo)}));
    REQUIRE(result.tenures.size() == 1);
    const Tenure &t = result.tenures.front();
    CHECK(t.start == date(QStringLiteral("2022-04")));
    CHECK(t.end == date(QStringLiteral("2022"))); // known to the year, and drawn so
    CHECK(t.endReason == Tenure::End::Departure);
    CHECK_FALSE(hasContradictions(result));
    CHECK(notesOf(result, DerivationNote::Kind::OrderFromConsistency).size() == 1);
}

TEST_CASE("a return dated to the month of a departure on a day of it reopens the post")
{
    const QString altman = QStringLiteral("Sam Altman");
    const QString title = QStringLiteral("Chief Executive Officer");
    const auto result = TenureDeriver::deriveWithNotes(
        withIds({appointment(QStringLiteral("2019-03"), company, {altman}, title),
                 appointment(QStringLiteral("2023-11"), company, {altman}, title),
                 departure(QStringLiteral("2023-11-17"), company, {altman}, title)}));
    REQUIRE(result.tenures.size() == 2);
    CHECK(result.tenures[0].start == date(QStringLiteral("2019-03")));
    CHECK(result.tenures[0].end == date(QStringLiteral("2023-11-17")));
    CHECK(result.tenures[0].endReason == Tenure::End::Departure);
    CHECK(result.tenures[1].start == date(QStringLiteral("2023-11")));
    CHECK(result.tenures[1].isOpen()); // the company has a chief executive after November 2023
    CHECK_FALSE(hasContradictions(result));
}

TEST_CASE("leaving an interim post does not end the permanent one that follows it")
{
    SECTION("the interim departure and the permanent appointment in the same month")
    {
        const auto result = TenureDeriver::deriveWithNotes(withIds(
            {appointment(QStringLiteral("2024-09"), company, {QStringLiteral("Bo")}, ceo, true),
             appointment(QStringLiteral("2024-11"), company, {QStringLiteral("Bo")}, ceo), [] {
                 Event e =
                     departure(QStringLiteral("2024-11"), company, {QStringLiteral("Bo")}, ceo);
                 e.interim = true;
                 return e;
             }()}));
        REQUIRE(result.tenures.size() == 2);
        CHECK(result.tenures[0].interim);
        CHECK(result.tenures[0].end == date(QStringLiteral("2024-11")));
        CHECK_FALSE(result.tenures[1].interim);
        CHECK(result.tenures[1].start == date(QStringLiteral("2024-11")));
        CHECK(result.tenures[1].isOpen());
        CHECK_FALSE(hasContradictions(result));
    }
    SECTION("the interim departure reported after the confirmation")
    {
        Event leftInterim =
            departure(QStringLiteral("2024-11-20"), company, {QStringLiteral("Bo")}, ceo);
        leftInterim.interim = true;
        const auto result = TenureDeriver::deriveWithNotes(withIds(
            {appointment(QStringLiteral("2024-09"), company, {QStringLiteral("Bo")}, ceo, true),
             appointment(QStringLiteral("2024-11-05"), company, {QStringLiteral("Bo")}, ceo),
             leftInterim}));
        REQUIRE(result.tenures.size() == 2);
        CHECK(result.tenures[0].endReason == Tenure::End::Confirmed);
        CHECK(result.tenures[0].end == date(QStringLiteral("2024-11-05")));
        CHECK(result.tenures[1].isOpen());
        CHECK_FALSE(hasContradictions(result));
    }
}

TEST_CASE("chief executive titles as people write them are one post")
{
    const auto tenures = TenureDeriver::derive(
        withIds({appointment(QStringLiteral("2015"), company, {QStringLiteral("Ann")},
                             QStringLiteral("Chief Executive Officer")),
                 appointment(QStringLiteral("2018-02"), company, {QStringLiteral("Ben")},
                             QStringLiteral("President and CEO")),
                 appointment(QStringLiteral("2021-07"), company, {QStringLiteral("Cy")},
                             QStringLiteral("Co-Founder and CEO"))}));
    const Tenure &ann =
        tenureOf(tenures, QStringLiteral("Ann"), QStringLiteral("Chief Executive Officer"));
    CHECK(ann.end == date(QStringLiteral("2018-02")));
    CHECK(ann.endReason == Tenure::End::Succeeded);
    // A combined title is each of its parts: Ben's presidency goes on after his time as CEO.
    int benOpen = 0, cyOpen = 0;
    for (const Tenure &t : tenures) {
        if (t.person == QStringLiteral("Ben") &&
            t.canonicalRole == RoleVocabulary::Role::ChiefExecutive)
            CHECK(t.end == date(QStringLiteral("2021-07")));
        benOpen += t.person == QStringLiteral("Ben") && t.isOpen();
        cyOpen += t.person == QStringLiteral("Cy") && t.isOpen();
    }
    CHECK(benOpen == 1); // President
    CHECK(cyOpen == 2);  // Founder and chief executive
}

TEST_CASE("a chair succeeds a chair however the title is spelled; board seats are shared")
{
    const auto tenures = TenureDeriver::derive(
        withIds({appointment(QStringLiteral("2016"), company, {QStringLiteral("Di")},
                             QStringLiteral("Chairman")),
                 appointment(QStringLiteral("2016"), company, {QStringLiteral("Ed")},
                             QStringLiteral("Member Board Of Directors")),
                 appointment(QStringLiteral("2020-05"), company, {QStringLiteral("Flo")},
                             QStringLiteral("Chairwoman")),
                 appointment(QStringLiteral("2020-05"), company, {QStringLiteral("Gus")},
                             QStringLiteral("Board"))}));
    CHECK(tenureOf(tenures, QStringLiteral("Di"), QStringLiteral("Chairman")).end ==
          date(QStringLiteral("2020-05")));
    CHECK(tenureOf(tenures, QStringLiteral("Ed"), QStringLiteral("Member Board Of Directors"))
              .isOpen());
    CHECK(tenureOf(tenures, QStringLiteral("Flo"), QStringLiteral("Chairwoman")).isOpen());
}

TEST_CASE("two chief executives appointed within one date interval share the post, in any order")
{
    const Event first =
        appointment(QStringLiteral("2024-05"), company, {QStringLiteral("Hal")}, ceo);
    const Event second =
        appointment(QStringLiteral("2024-05"), company, {QStringLiteral("Ida")}, ceo);
    const auto forward = TenureDeriver::deriveWithNotes(withIds({first, second}));
    const auto backward = TenureDeriver::deriveWithNotes(withIds({second, first}));
    CHECK(shownSorted(forward.tenures) == shownSorted(backward.tenures));
    for (const Tenure &t : forward.tenures)
        CHECK(t.isOpen());
    CHECK(notesOf(forward, DerivationNote::Kind::OverlappingHolders).size() == 1);
}

TEST_CASE("a departure from a post nobody was appointed to is reported, not dropped")
{
    const auto result = TenureDeriver::deriveWithNotes(withIds({departure(
        QStringLiteral("2023-06"), company, {QStringLiteral("Ren Ito")}, QStringLiteral("COO"))}));
    CHECK(result.tenures.empty());
    const auto unmatched = notesOf(result, DerivationNote::Kind::UnmatchedDeparture);
    REQUIRE(unmatched.size() == 1);
    CHECK(unmatched.front().events == QList<EventId>{1});
    CHECK(unmatched.front().message.contains(QLatin1String("Ren Ito")));
}

TEST_CASE("the order in which same-date events were added never changes the tenures")
{
    // Random histories of one company with few people, posts and dates, so that many events
    // share a date or overlap in time; each is derived again with its events added in another
    // order.
    const QStringList people = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                QStringLiteral("D")};
    const QStringList titles = {QStringLiteral("CEO"),
                                QStringLiteral("Chief Executive Officer"),
                                QStringLiteral("Co-CEO"),
                                QStringLiteral("Chair"),
                                QStringLiteral("Board member"),
                                QStringLiteral("CTO"),
                                QStringLiteral("Head of Research")};
    const QStringList dates = {QStringLiteral("2020"),       QStringLiteral("2020-03"),
                               QStringLiteral("2020-03-10"), QStringLiteral("2020-11"),
                               QStringLiteral("2021"),       QStringLiteral("2021-06-01"),
                               QStringLiteral("2021-06")};
    QRandomGenerator random(20261130);
    for (int history = 0; history < 300; ++history) {
        std::vector<Event> events;
        const int count = 2 + int(random.bounded(10));
        for (int i = 0; i < count; ++i) {
            const QString when = dates[int(random.bounded(dates.size()))];
            const QString who = people[int(random.bounded(people.size()))];
            const QString title = titles[int(random.bounded(titles.size()))];
            const bool interim = random.bounded(4) == 0;
            events.push_back(random.bounded(3) == 0
                                 ? departure(when, company, {who}, title)
                                 : appointment(when, company, {who}, title, interim));
        }
        const auto expected = shownSorted(TenureDeriver::derive(withIds(events)));
        std::vector<Event> shuffled = events;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        const auto again = shownSorted(TenureDeriver::derive(withIds(shuffled)));
        INFO("history " << history);
        REQUIRE(again == expected);
    }
}

TEST_CASE("a holder's recorded departure wins over a successor's inferred end")
{
    // MIRI: Malo Bourgon CEO from 2023-06; Nate Soares left as Executive Director in 2023-09.
    const auto result = TenureDeriver::deriveWithNotes(
        withIds({appointment(QStringLiteral("2015-06"), company, {QStringLiteral("Nate Soares")},
                             QStringLiteral("Executive Director")),
                 appointment(QStringLiteral("2023-06"), company, {QStringLiteral("Malo Bourgon")},
                             QStringLiteral("Chief Executive Officer")),
                 departure(QStringLiteral("2023-09"), company, {QStringLiteral("Nate Soares")},
                           QStringLiteral("Executive Director"))}));
    const Tenure &nate = tenureOf(result.tenures, QStringLiteral("Nate Soares"),
                                  QStringLiteral("Executive Director"));
    CHECK(nate.end == date(QStringLiteral("2023-09")));
    CHECK(nate.endReason == Tenure::End::Departure);
    CHECK(tenureOf(result.tenures, QStringLiteral("Malo Bourgon"),
                   QStringLiteral("Chief Executive Officer"))
              .isOpen());
    CHECK_FALSE(hasContradictions(result));
}
