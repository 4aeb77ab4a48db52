// The tenures and notes of large generated histories, field by field and in order, against a
// golden file (issue 12). tests/data/derivation-golden.txt was written once by the derivation as
// it was BEFORE issue 12 made it faster, so that any change of result, however small, fails here.
// Regenerate it only for a deliberate change of the rules: a failing run writes what it derived
// to a temporary file and names it in its message.

#include "model/tenurederiver.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>

using namespace testsupport;

namespace {
// std::mt19937's sequence is fixed by the standard; the distributions are not, so draws are made
// with a plain modulo, the same with every compiler.
class Draw
{
public:
    explicit Draw(std::uint32_t seed) : m_engine(seed) {}
    int below(int n) { return int(m_engine() % std::uint32_t(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename List> const auto &from(const List &list)
    {
        return list[below(int(list.size()))];
    }
    std::mt19937 &engine() { return m_engine; }

private:
    std::mt19937 m_engine;
};

// Titles as people write them: one post in many spellings, combined titles, qualifiers, a unit
// after a comma, an assistant, and titles the vocabulary does not know.
const QStringList titles = {
    QStringLiteral("CEO"),
    QStringLiteral("ceo"),
    QStringLiteral("Chief Executive Officer"),
    QStringLiteral("  Chief-Executive  Officer "),
    QStringLiteral("Chief Executive Officer (Safe AI Forum)"),
    QStringLiteral("Co-CEO"),
    QStringLiteral("co ceo"),
    QStringLiteral("President and CEO"),
    QStringLiteral("President & CEO"),
    QStringLiteral("Co-Founder and CEO"),
    QStringLiteral("CEO, CTO & Founder"),
    QStringLiteral("Founder"),
    QStringLiteral("Co-founder"),
    QStringLiteral("Chairman"),
    QStringLiteral("Chairwoman"),
    QStringLiteral("Chair of the Board"),
    QStringLiteral("Executive Chairman"),
    QStringLiteral("Board member"),
    QStringLiteral("Member Board Of Directors"),
    QStringLiteral("Board"),
    QStringLiteral("CTO"),
    QStringLiteral("COO"),
    QStringLiteral("CFO"),
    QStringLiteral("General Counsel"),
    QStringLiteral("Chief Scientist"),
    QStringLiteral("Executive Director"),
    QStringLiteral("Executive Director, Denmark"),
    QStringLiteral("Executive Director, Instructor"),
    QStringLiteral("Executive Assistant to the CEO"),
    QStringLiteral("Head of Research"),
    QStringLiteral("head of  research"),
    QStringLiteral("Head-of-Research"),
    QStringLiteral("R&D Lead"),
    QStringLiteral("R and D Lead"),
    QStringLiteral("Managing Director"), // a chief executive in the taught vocabulary only
    QStringLiteral("Directeur général"),
    QStringLiteral("Researcher"),
};

// Names, each also written in other case and with stray spaces: one person to the derivation.
// The second holds U+001F, which the derivation once joined company and person with: the
// validator refuses it, the derivation does not, and keeps the result it had (with the company
// "Acme\x1fLab" below).
const QStringList names = {
    QStringLiteral("Ann Lee"),
    QStringLiteral("Lab\x1f"
                   "Ann Lee"),
    QStringLiteral("Cy Park"),
    QStringLiteral("Dee Smith"),
    QStringLiteral("Émile Durand"),
    QStringLiteral("Flo Berg"),
    QStringLiteral("Gus Ito"),
    QStringLiteral("Hal Nguyen"),
    QStringLiteral("Ida Kovač"),
    QStringLiteral("Jo Müller"),
    QStringLiteral("Kai Ørsted"),
    QStringLiteral("Lu Wang"),
    QStringLiteral("Mo Haddad"),
    QStringLiteral("Nia Obi"),
    QStringLiteral("Oz Levi"),
    QStringLiteral("Pia Rossi"),
    QStringLiteral("Quin Shaw"),
    QStringLiteral("Ren Ito"),
    QStringLiteral("Seán Ó Dú"),
    QStringLiteral("Tam Vo"),
    QStringLiteral("Uma Rao"),
    QStringLiteral("Vic Hale"),
    QStringLiteral("Wen Li"),
    QStringLiteral("Xavi Gil"),
    QStringLiteral("Yara Said"),
    QStringLiteral("Zed Kahn"),
    QStringLiteral("Bo Chen"),
    QStringLiteral("Al Straße"),
    QStringLiteral("Eve Adams"),
    QStringLiteral("Max Roy"),
};

QString spelled(Draw &draw, const QString &name)
{
    switch (draw.below(8)) {
    case 0:
        return name.toUpper();
    case 1:
        return name.toLower();
    case 2:
        return name + u' ';
    case 3:
        return u' ' + name;
    default:
        return name;
    }
}

PartialDate dateIn(Draw &draw, int firstYear, int years)
{
    const int year = firstYear + draw.below(years);
    const int precision = draw.below(20);
    if (precision < 4)
        return PartialDate::ofYear(year);
    const int month = 1 + draw.below(12);
    if (precision < 11)
        return PartialDate::ofMonth(year, month);
    static const int days[] = {1, 1, 15, 28};
    return PartialDate::ofDay(year, month, days[draw.below(4)]);
}

struct HistoryShape
{
    QStringList companies;
    int events = 0;
    int people = 0; // how many of `names`
    int titles = 0; // how many of `titles`
    int firstYear = 2000;
    int years = 10;
};

// A history in the order a user might have added it: appointments (some of several people:
// co-CEOs appointed together), departures of people appointed before under the same or another
// spelling of the title, departures of people never appointed, interim posts, repeated events,
// and funding rounds and other news the derivation ignores.
std::vector<Event> history(Draw &draw, const HistoryShape &shape)
{
    std::vector<Event> events;
    std::vector<std::size_t> appointments;
    for (int i = 0; i < shape.events; ++i) {
        Event e;
        e.company = spelled(draw, draw.from(shape.companies));
        e.date = dateIn(draw, shape.firstYear, shape.years);
        const int kind = draw.below(100);
        if (kind < 4 && !events.empty()) {
            e = events[std::size_t(draw.below(int(events.size())))]; // entered twice
        } else if (kind < 12) {
            e.type = draw.chance(50) ? EventType::Funding : EventType::Other;
            e.people = {spelled(draw, names[draw.below(shape.people)])};
            e.role = titles[draw.below(shape.titles)];
        } else if (kind < 58 || appointments.empty()) {
            e.type = EventType::Appointment;
            const int count = draw.chance(80) ? 1 : (draw.chance(75) ? 2 : 3);
            for (int p = 0; p < count; ++p)
                e.people << spelled(draw, names[draw.below(shape.people)]);
            e.role = count > 1 && draw.chance(60) ? QStringLiteral("Co-CEO")
                                                  : titles[draw.below(shape.titles)];
            e.interim = draw.chance(20);
            appointments.push_back(events.size());
        } else {
            e.type = EventType::Departure;
            if (draw.chance(80)) {
                const Event &held =
                    events[appointments[std::size_t(draw.below(int(appointments.size())))]];
                e.people = {spelled(draw, draw.from(held.people))};
                e.role = draw.chance(60) ? held.role : titles[draw.below(shape.titles)];
                if (draw.chance(50)) // often on the same day, or within the same month or year
                    e.date = draw.chance(50) ? held.date : dateIn(draw, held.date.year(), 2);
            } else {
                e.people = {spelled(draw, names[draw.below(shape.people)])};
                e.role = titles[draw.below(shape.titles)];
            }
            e.interim = draw.chance(15);
        }
        events.push_back(e);
    }
    return withIds(std::move(events));
}

// U+001F written out, so that the golden file is plain text.
QString visible(QString text)
{
    return text.replace(QChar(u'\x1f'), QStringLiteral("\\x1f"));
}

QString line(const Tenure &t)
{
    return visible(QStringList{
        QStringLiteral("T"), t.company, t.person, t.role,
        t.canonicalRole ? RoleVocabulary::key(*t.canonicalRole) : QStringLiteral("-"),
        t.interim ? QStringLiteral("interim") : QStringLiteral("-"), t.start.toString(),
        t.end ? t.end->toString() : QStringLiteral("open"), QString::number(int(t.endReason)),
        QString::number(t.startEventId), QString::number(t.endEventId)}
                       .join(u'|'));
}

QString line(const DerivationNote &n)
{
    QStringList ids;
    for (const EventId id : n.events)
        ids << QString::number(id);
    return visible(QStringList{
        QStringLiteral("N"), QString::number(int(n.kind)), n.company, ids.join(u','), n.message,
        n.englishMessage == n.message ? QStringLiteral("=") : n.englishMessage}
                       .join(u'|'));
}

QStringList lines(const TenureDeriver::Outcome &outcome)
{
    QStringList all;
    for (const Tenure &t : outcome.tenures)
        all << line(t);
    for (const DerivationNote &n : outcome.notes)
        all << line(n);
    return all;
}

RoleVocabulary taughtVocabulary()
{
    RoleVocabulary vocabulary = RoleVocabulary::builtIn();
    vocabulary.addAlias(QStringLiteral("Managing Director"), RoleVocabulary::Role::ChiefExecutive);
    vocabulary.addAlias(QStringLiteral("Head of Research"), RoleVocabulary::Role::ChiefScientist);
    return vocabulary;
}

struct Generated
{
    QString name;
    std::vector<Event> events;
    bool taught = false; // derived with taughtVocabulary()
};

// One large lane (with the company also spelled in other case), a few medium ones over several
// companies, and many small dense ones where dates and people collide often.
std::vector<Generated> generatedHistories()
{
    Draw draw(20261206);
    const QStringList acme = {QStringLiteral("Acme")};
    const QStringList several = {QStringLiteral("Acme"), QStringLiteral("Globex"),
                                 QStringLiteral("Initech"),
                                 QStringLiteral("Acme\x1f"
                                                "Lab")};
    std::vector<Generated> all;
    all.push_back({QStringLiteral("large"),
                   history(draw, {acme, 1600, int(names.size()), int(titles.size()), 1990, 30}),
                   false});
    for (int i = 0; i < 4; ++i)
        all.push_back({QStringLiteral("medium %1").arg(i),
                       history(draw, {several, 150, 12, int(titles.size()), 2005, 6}), i % 2 == 1});
    for (int i = 0; i < 60; ++i)
        all.push_back({QStringLiteral("small %1").arg(i),
                       history(draw, {acme, 6 + draw.below(14), 3 + draw.below(3),
                                      4 + draw.below(int(titles.size()) - 4), 2020, 2}),
                       i % 3 == 2});
    return all;
}

QStringList derivedLines(const std::vector<Generated> &histories)
{
    const RoleVocabulary taught = taughtVocabulary();
    QStringList all;
    for (const Generated &h : histories) {
        all << QStringLiteral("# %1").arg(h.name);
        all << lines(TenureDeriver::deriveWithNotes(h.events,
                                                    h.taught ? taught : RoleVocabulary::builtIn()));
    }
    return all;
}
} // namespace

TEST_CASE("generated histories derive exactly the tenures and notes of the golden file")
{
    const QStringList derived = derivedLines(generatedHistories());
    const QString goldenPath = QStringLiteral(TENURE_TEST_DATA_DIR "/derivation-golden.txt");
    // A missing file is an empty one: the run fails and writes what a new one would hold.
    const QStringList golden =
        QFile::exists(goldenPath)
            ? QString::fromUtf8(readFile(goldenPath)).split(u'\n', Qt::SkipEmptyParts)
            : QStringList();
    if (derived != golden) {
        const QString actualPath =
            QDir::temp().filePath(QStringLiteral("derivation-golden.actual.txt"));
        writeFile(actualPath, (derived.join(u'\n') + u'\n').toUtf8());
        qsizetype first = 0;
        while (first < derived.size() && first < golden.size() && derived[first] == golden[first])
            ++first;
        INFO("derived " << derived.size() << " lines, the golden file " << golden.size()
                        << "; all written to " << actualPath.toStdString());
        CHECK(derived.value(first) == golden.value(first));
        FAIL("line " << first + 1 << " differs");
    }
    // The file is the derivation of something: a golden file emptied by mistake is no test.
    CHECK(golden.size() > 2000);
}

TEST_CASE("the large generated history derives the same whatever order its events come in")
{
    std::vector<Generated> histories = generatedHistories();
    histories.resize(5); // the large and medium ones
    const QStringList expected = derivedLines(histories);
    std::mt19937 engine(7);
    for (Generated &h : histories)
        std::shuffle(h.events.begin(), h.events.end(), engine);
    CHECK(derivedLines(histories) == expected);
}
