#include "edit/edithistory.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
const QString stability = QStringLiteral("Stability AI");

// Everything a user can see of a database, to compare states before and after undo.
struct Snapshot
{
    std::vector<Event> events;
    QStringList companies;
    QStringList people;
    bool operator==(const Snapshot &) const = default;
};

struct Editing
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;
    std::unique_ptr<EditHistory> history;

    Editing()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
        history = std::make_unique<EditHistory>(*events);
        REQUIRE(events
                    ->addAll({appointment(QStringLiteral("2019"), stability,
                                          {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                              funding(QStringLiteral("2022-10"), stability, QStringLiteral("Seed"),
                                      101000000, 1000000000),
                              other(QStringLiteral("2023"), QStringLiteral("Stability"),
                                    QStringLiteral("lawsuit filed"))})
                    .ok());
        REQUIRE(events->setCompanyColor(QStringLiteral("Stability"), QColor(Qt::darkRed)).ok());
    }

    Snapshot snapshot()
    {
        Snapshot s;
        s.events = *events->query();
        for (const Company &c : *events->companies())
            s.companies << c.name + QLatin1Char(' ') + c.color.name();
        s.people = *events->people();
        return s;
    }

    // Undo must give back `before` exactly and redo `after`, twice over.
    void checkUndoRedo(const Snapshot &before)
    {
        const Snapshot after = snapshot();
        REQUIRE_FALSE(after == before);
        for (int round = 0; round < 2; ++round) {
            history->undoStack()->undo();
            CHECK(snapshot() == before);
            history->undoStack()->redo();
            CHECK(snapshot() == after);
        }
    }
};
} // namespace

TEST_CASE("adding an event is undone and redone under the same id")
{
    Editing t;
    const Snapshot before = t.snapshot();
    auto id =
        t.history->addEvent(departure(QStringLiteral("2024-03-22"), stability,
                                      {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")));
    REQUIRE(id.ok());
    CHECK(t.history->undoStack()->undoText().startsWith(
        QStringLiteral("Add 2024-03-22 Stability AI departure")));
    t.checkUndoRedo(before);
    CHECK(t.events->find(*id)->has_value());
}

TEST_CASE("editing an event is undone to its exact former state")
{
    Editing t;
    const Snapshot before = t.snapshot();
    const Event original = t.snapshot().events.front();
    Event changed = original;
    changed.people = {QStringLiteral("Emad Mostaqe")}; // the typo a user then fixes
    changed.description = QStringLiteral("founder");
    REQUIRE(t.history->editEvent(original, changed).ok());
    t.checkUndoRedo(before);
}

TEST_CASE("a deleted event comes back field for field")
{
    Editing t;
    const Snapshot before = t.snapshot();
    REQUIRE(t.history->deleteEvent(before.events[1]).ok());
    t.checkUndoRedo(before);
}

TEST_CASE("an import is one undoable step")
{
    Editing t;
    const Snapshot before = t.snapshot();
    auto ids = t.history->importEvents(
        {appointment(QStringLiteral("2024-06"), stability, {QStringLiteral("Prem Akkaraju")},
                     QStringLiteral("CEO")),
         appointment(QStringLiteral("2024-09-24"), stability, {QStringLiteral("James Cameron")},
                     QStringLiteral("Board member"))},
        QStringLiteral("news.csv"));
    REQUIRE(ids.ok());
    CHECK(ids->size() == 2);
    CHECK(t.history->undoStack()->count() == 1);
    CHECK(t.history->undoStack()->undoText() == QStringLiteral("Import 2 events from news.csv"));
    t.checkUndoRedo(before);
}

TEST_CASE("an imported file's role mappings are part of the import's step")
{
    Editing t;
    using Role = RoleVocabulary::Role;
    REQUIRE(t.events->setRoleAlias(QStringLiteral("Chief"), Role::ChiefExecutive).ok());
    const auto mappingsBefore = *t.events->roleAliases();
    const Snapshot before = t.snapshot();
    const EventRepository::RoleAliases fromFile{
        {QStringLiteral("Managing Director"), Role::ChiefExecutive},
        {QStringLiteral("chief"), Role::ChiefExecutive}};
    auto ids = t.history->importEvents(
        {appointment(QStringLiteral("2024-06"), stability, {QStringLiteral("Prem Akkaraju")},
                     QStringLiteral("Managing Director"))},
        QStringLiteral("team.json"), fromFile);
    REQUIRE(ids.ok());
    CHECK(t.events->roleAliases()->size() == 2);
    CHECK(t.events->vocabulary()->rolesOf(QStringLiteral("Managing Director")) ==
          QList<Role>{Role::ChiefExecutive});

    t.history->undoStack()->undo();
    CHECK(t.snapshot() == before);
    CHECK(*t.events->roleAliases() == mappingsBefore); // the one already there stays
    t.history->undoStack()->redo();
    CHECK(t.events->roleAliases()->size() == 2);
    CHECK(t.snapshot().events.size() == before.events.size() + 1);

    // A file that maps a title this database maps otherwise adds nothing at all.
    const std::size_t steps = std::size_t(t.history->undoStack()->count());
    auto refused = t.history->importEvents(
        {appointment(QStringLiteral("2025"), stability, {QStringLiteral("Someone Else")},
                     QStringLiteral("CEO"))},
        QStringLiteral("other.json"), {{QStringLiteral("Chief"), Role::President}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("this database maps it")));
    CHECK(std::size_t(t.history->undoStack()->count()) == steps);
    CHECK(t.snapshot().events.size() == before.events.size() + 1);
}

TEST_CASE("merging companies moves every event, and undo brings the company back with its colour")
{
    Editing t;
    const Snapshot before = t.snapshot();
    REQUIRE(t.history->mergeCompanies(QStringLiteral("Stability"), stability).ok());
    EventQuery q;
    q.companies = {stability};
    CHECK(t.events->query(q)->size() == 3);
    t.checkUndoRedo(before);
}

TEST_CASE("merging people is undone event by event")
{
    Editing t;
    REQUIRE(t.events
                ->add(appointment(QStringLiteral("2020"), stability,
                                  {QStringLiteral("E. Mostaque")}, QStringLiteral("Board member")))
                .ok());
    const Snapshot before = t.snapshot();
    REQUIRE(t.history->mergePeople(QStringLiteral("E. Mostaque"), QStringLiteral("Emad Mostaque"))
                .ok());
    CHECK_FALSE(t.events->people()->contains(QStringLiteral("E. Mostaque")));
    t.checkUndoRedo(before);
}

TEST_CASE("merging several spellings of a person is one step, and an event naming two of them "
          "names the kept one once")
{
    Editing t;
    const QString kept = QStringLiteral("Seán Ó hÉigeartaigh");
    REQUIRE(t.events
                ->addAll({appointment(QStringLiteral("2015"), QStringLiteral("CSER"), {kept},
                                      QStringLiteral("Executive Director")),
                          departure(QStringLiteral("2024"), QStringLiteral("CSER"),
                                    {QStringLiteral("Sean O hEigeartaigh")},
                                    QStringLiteral("Executive Director")),
                          // Two spellings of one man and a colleague on one event.
                          appointment(QStringLiteral("2021"), QStringLiteral("CFI"),
                                      {QStringLiteral("Sean O'hEigeartaigh"),
                                       QStringLiteral("Huw Price"), kept},
                                      QStringLiteral("Board member"))})
                .ok());
    const Snapshot before = t.snapshot();
    const int steps = t.history->undoStack()->count();
    REQUIRE(t.history
                ->mergePeople({QStringLiteral("Sean O hEigeartaigh"),
                               QStringLiteral("Sean O'hEigeartaigh"), kept},
                              kept)
                .ok());
    CHECK(t.history->undoStack()->count() == steps + 1);
    const QStringList people = *t.events->people();
    CHECK_FALSE(people.contains(QStringLiteral("Sean O hEigeartaigh")));
    CHECK_FALSE(people.contains(QStringLiteral("Sean O'hEigeartaigh")));
    EventQuery q;
    q.person = kept;
    const auto naming = t.events->query(q);
    REQUIRE(naming->size() == 3); // by date: 2015, 2021, 2024
    CHECK(naming->at(1).people == QStringList({QStringLiteral("Huw Price"), kept}));
    CHECK(naming->at(2).people == QStringList{kept});
    t.checkUndoRedo(before);
}

TEST_CASE("merging several companies into one is one step that brings back every colour")
{
    Editing t;
    REQUIRE(t.events
                ->add(other(QStringLiteral("2024"), QStringLiteral("stability.ai"),
                            QStringLiteral("blog")))
                .ok());
    REQUIRE(t.events->setCompanyColor(QStringLiteral("stability.ai"), QColor(Qt::darkGreen)).ok());
    const Snapshot before = t.snapshot();
    REQUIRE(t.history
                ->mergeCompanies({QStringLiteral("Stability"), QStringLiteral("stability.ai")},
                                 stability)
                .ok());
    CHECK(t.events->companies()->size() == 1);
    EventQuery q;
    q.companies = {stability};
    CHECK(t.events->query(q)->size() == 4);
    t.checkUndoRedo(before);
}

TEST_CASE("a merge naming a name that does not exist changes nothing and leaves no step")
{
    Editing t;
    const Snapshot before = t.snapshot();
    CHECK_FALSE(
        t.history->mergeCompanies({QStringLiteral("Stability"), QStringLiteral("Nope")}, stability)
            .ok());
    CHECK(t.snapshot() == before); // "Stability" was not merged either: one transaction
    CHECK(t.history->undoStack()->count() == 0);
    CHECK_FALSE(
        t.history->mergePeople({QStringLiteral("emad mostaque")},
                               QStringLiteral("Emad Mostaque"))
            .ok()); // the same name to the store: nothing to merge
    CHECK(t.history->undoStack()->count() == 0);
}

TEST_CASE("renames and colours are undoable")
{
    Editing t;
    const Snapshot before = t.snapshot();
    REQUIRE(t.history->renameCompany(QStringLiteral("Stability"), QStringLiteral("Stability Inc"))
                .ok());
    REQUIRE(
        t.history->renamePerson(QStringLiteral("Emad Mostaque"), QStringLiteral("Emad M.")).ok());
    REQUIRE(t.history->setCompanyColor(stability, QColor(Qt::blue)).ok());
    const Snapshot after = t.snapshot();
    for (int i = 0; i < 3; ++i)
        t.history->undoStack()->undo();
    CHECK(t.snapshot() == before);
    for (int i = 0; i < 3; ++i)
        t.history->undoStack()->redo();
    CHECK(t.snapshot() == after);
}

TEST_CASE("colours picked one after another for a company are one step")
{
    Editing t;
    QUndoStack &stack = *t.history->undoStack();
    const Snapshot before = t.snapshot();
    for (const QColor &tried : {QColor(Qt::red), QColor(Qt::green), QColor(Qt::blue),
                                QColor(Qt::cyan), QColor(Qt::magenta)})
        REQUIRE(t.history->setCompanyColor(stability, tried).ok());
    const Snapshot magenta = t.snapshot();
    CHECK(stack.count() == 1);
    CHECK(stack.undoText() == QStringLiteral("Set colour of Stability AI"));

    stack.undo();
    CHECK(t.snapshot() == before);
    stack.redo();
    CHECK(t.snapshot() == magenta);

    SECTION("another company's colour is a step of its own")
    {
        REQUIRE(t.history->setCompanyColor(QStringLiteral("Stability"), QColor(Qt::yellow)).ok());
        CHECK(stack.count() == 2);
        stack.undo();
        CHECK(t.snapshot() == magenta);
    }
    SECTION("a colour after another kind of change is a step of its own")
    {
        REQUIRE(t.history->renamePerson(QStringLiteral("Emad Mostaque"), QStringLiteral("Emad M."))
                    .ok());
        REQUIRE(t.history->setCompanyColor(stability, QColor(Qt::darkBlue)).ok());
        CHECK(stack.count() == 3);
        stack.undo();
        CHECK(t.snapshot().companies == magenta.companies);
    }
    SECTION("picking the first colour again leaves nothing to undo")
    {
        stack.undo();
        QColor original;
        for (const Company &company : *t.events->companies()) {
            if (company.name == stability)
                original = company.color;
        }
        REQUIRE(t.history->setCompanyColor(stability, QColor(Qt::red)).ok());
        REQUIRE(t.history->setCompanyColor(stability, original).ok());
        CHECK(stack.count() == 0);
        CHECK(t.snapshot() == before);
    }
}

TEST_CASE("a change the store refuses leaves no step in the history")
{
    Editing t;
    const Snapshot before = t.snapshot();
    auto added = t.history->addEvent(
        appointment(QStringLiteral("2024"), stability, {}, QStringLiteral("CEO")));
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QStringLiteral("people")));
    auto renamed = t.history->renameCompany(QStringLiteral("Stability"), stability);
    REQUIRE_FALSE(renamed.ok());
    CHECK(t.history->undoStack()->count() == 0);
    CHECK(t.snapshot() == before);
}

TEST_CASE("an undo that another program made impossible says so and leaves the history")
{
    Editing e;
    QUndoStack &stack = *e.history->undoStack();
    const auto added = e.history->addEvent(
        other(QStringLiteral("2024"), stability, QStringLiteral("board meeting")));
    REQUIRE(added.ok());
    REQUIRE(e.history->renameCompany(QStringLiteral("Stability"), QStringLiteral("Stability Ltd"))
                .ok());
    REQUIRE(stack.count() == 2);
    // Another program deletes the added event: undoing the add has nothing to remove.
    REQUIRE(e.events->remove(*added).ok());
    stack.undo(); // the rename, which still can be
    REQUIRE(stack.count() == 2);
    QSignalSpy failed(e.history.get(), &EditHistory::failed);
    stack.undo();
    REQUIRE(failed.count() == 1);
    const QString message = failed.at(0).at(0).toString();
    CHECK(message.startsWith(QStringLiteral("Could not undo")));
    CHECK(message.contains(QStringLiteral("removed from the undo history")));
    CHECK(stack.count() == 1); // the rename's step stays, to be redone
    CHECK_FALSE(stack.canUndo());
    REQUIRE(stack.canRedo());
    stack.redo();
    CHECK(e.snapshot().companies.contains(QStringLiteral("Stability Ltd #800000")));
}

TEST_CASE("undo and redo never write over another program's later change to the event")
{
    Editing e;
    QUndoStack &stack = *e.history->undoStack();
    QSignalSpy failed(e.history.get(), &EditHistory::failed);
    auto elsewhere =
        Database::open(e.dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::Existing);
    REQUIRE(elsewhere.ok());
    EventRepository otherProgram(**elsewhere);
    const auto changedElsewhere = [&](EventId id, const QString &description) {
        Event event = **otherProgram.find(id);
        event.description = description;
        REQUIRE(otherProgram.update(event).ok());
    };
    const auto description = [&](EventId id) { return (*e.events->find(id))->description; };
    // Our edit of the first event's description, as the editor would make it.
    const Event before = e.snapshot().events.front();
    const auto editOurs = [&] {
        Event after = before;
        after.description = QStringLiteral("ours");
        REQUIRE(e.history->editEvent(before, after).ok());
    };

    SECTION("an edit's undo")
    {
        editOurs();
        changedElsewhere(before.id, QStringLiteral("theirs"));
        stack.undo();
        CHECK(description(before.id) == QStringLiteral("theirs"));
        REQUIRE(failed.count() == 1);
        CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("another program changed")));
        CHECK(stack.count() == 0);
    }
    SECTION("an edit's redo")
    {
        editOurs();
        stack.undo();
        CHECK(description(before.id) == before.description);
        changedElsewhere(before.id, QStringLiteral("theirs"));
        stack.redo();
        CHECK(description(before.id) == QStringLiteral("theirs"));
        CHECK(failed.count() == 1);
        CHECK_FALSE(stack.canRedo());
    }
    SECTION("an addition's undo")
    {
        const auto added = e.history->addEvent(
            other(QStringLiteral("2024"), stability, QStringLiteral("board meeting")));
        REQUIRE(added.ok());
        changedElsewhere(*added, QStringLiteral("the board met twice"));
        stack.undo();
        REQUIRE(*e.events->find(*added));
        CHECK(description(*added) == QStringLiteral("the board met twice"));
        CHECK(failed.count() == 1);
    }
    SECTION("an edit nobody else touched is undone and redone as before")
    {
        editOurs();
        changedElsewhere(e.snapshot().events.back().id, QStringLiteral("another event"));
        stack.undo();
        CHECK(description(before.id) == before.description);
        stack.redo();
        CHECK(description(before.id) == QStringLiteral("ours"));
        CHECK(failed.count() == 0);
    }
}

TEST_CASE("every change is announced so views can refresh")
{
    Editing t;
    QSignalSpy changed(t.history.get(), &EditHistory::databaseChanged);
    REQUIRE(
        t.history->addEvent(other(QStringLiteral("2024"), stability, QStringLiteral("x"))).ok());
    t.history->undoStack()->undo();
    CHECK(changed.count() == 2);
}

TEST_CASE("each change names the companies it touched, so only their lanes are read again")
{
    Editing t;
    std::vector<DataChange> changes;
    QObject::connect(t.history.get(), &EditHistory::dataChanged,
                     [&changes](const DataChange &change) { changes.push_back(change); });
    auto id = t.history->addEvent(other(QStringLiteral("2024"), stability, QStringLiteral("x")));
    REQUIRE(id.ok());
    REQUIRE(changes.size() == 1);
    CHECK_FALSE(changes.back().all);
    CHECK(changes.back().companies == QStringList{stability});

    // Moving an event to another company touches both, on the way there and back.
    Event before = **t.events->find(*id);
    Event after = before;
    after.company = QStringLiteral("OpenAI");
    REQUIRE(t.history->editEvent(before, after).ok());
    CHECK(changes.back().companies == QStringList({stability, QStringLiteral("OpenAI")}));
    t.history->undoStack()->undo();
    CHECK_FALSE(changes.back().all);
    CHECK(changes.back().companies == QStringList({stability, QStringLiteral("OpenAI")}));

    // A role mapping changes how every lane's titles read.
    REQUIRE(t.history
                ->setRoleAlias(QStringLiteral("Managing Director"),
                               RoleVocabulary::Role::ChiefExecutive)
                .ok());
    CHECK(changes.back().all);
}

TEST_CASE("notes are added, edited and removed as undoable steps that name their company")
{
    Editing t;
    AnnotationStore notes(*t.db);
    std::vector<DataChange> changes;
    QObject::connect(t.history.get(), &EditHistory::dataChanged,
                     [&changes](const DataChange &change) { changes.push_back(change); });
    Annotation note;
    note.company = stability;
    note.from = date(QStringLiteral("2023-06"));
    note.to = date(QStringLiteral("2023-10"));
    note.text = QStringLiteral("Failed raise at $4B");
    const auto id = t.history->addNote(note);
    REQUIRE(id.ok());
    REQUIRE(changes.size() == 1);
    CHECK_FALSE(changes.back().all);
    CHECK(changes.back().companies == QStringList{stability});
    note.id = *id;
    CHECK(*notes.list() == std::vector<Annotation>{note});

    Annotation edited = note;
    edited.text = QStringLiteral("Raise at $4B failed");
    REQUIRE(t.history->editNote(note, edited).ok());
    REQUIRE(t.history->removeNote(edited).ok());
    CHECK(notes.list()->empty());

    t.history->undoStack()->undo(); // the removal
    CHECK(*notes.list() == std::vector<Annotation>{edited});
    t.history->undoStack()->undo(); // the edit
    CHECK(*notes.list() == std::vector<Annotation>{note});
    t.history->undoStack()->undo(); // the note
    CHECK(notes.list()->empty());
    t.history->undoStack()->redo(); // back under its id
    CHECK(*notes.list() == std::vector<Annotation>{note});

    // A note on a company that has no events, or without text, is refused and leaves no step.
    const int steps = t.history->undoStack()->count();
    Annotation nowhere = note;
    nowhere.id = 0;
    nowhere.company = QStringLiteral("Nobody Inc");
    CHECK_FALSE(t.history->addNote(nowhere).ok());
    nowhere.company = stability;
    nowhere.text = QStringLiteral("  ");
    CHECK_FALSE(t.history->addNote(nowhere).ok());
    CHECK(t.history->undoStack()->count() == steps);
}

TEST_CASE("an import's notes are added once and go with its undo")
{
    Editing t;
    AnnotationStore notes(*t.db);
    Annotation note;
    note.company = stability;
    note.from = date(QStringLiteral("2024-03"));
    note.text = QStringLiteral("Two interim co-CEOs");
    REQUIRE(t.history->importEvents({}, QStringLiteral("a.json"), {}, {note}).ok());
    REQUIRE(t.history->importEvents({}, QStringLiteral("a.json"), {}, {note}).ok());
    CHECK(notes.list()->size() == 1); // already there the second time
    t.history->undoStack()->undo();
    t.history->undoStack()->undo();
    CHECK(notes.list()->empty());
    t.history->undoStack()->redo();
    CHECK(notes.list()->size() == 1);
}
