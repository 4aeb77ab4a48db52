// The PostgreSQL store on a real server (the throwaway cluster CTest starts): schema, copies
// both ways, refusals, who changed what, read-only roles.
#include "io/eventfile.h"
#include "sampledata.h"
#include "server/databasecopy.h"
#include "server/serverdatabase.h"
#include "server/servereventstore.h"
#include "server/serverwatcher.h"
#include "serverscratch.h"
#include "store/annotationstore.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
std::unique_ptr<ServerDatabase> openServer(const QString &location, ServerDatabase::OpenMode mode)
{
    auto db = ServerDatabase::open(location, mode);
    if (!db)
        FAIL(db.error().message.toStdString());
    return std::move(*db);
}

// The sample, plus what tends to break a copy: COPY's own escapes, control characters real text
// holds, non-ASCII, an empty field beside a NULL, a note, a role mapping, a colour, an identifier.
std::unique_ptr<Database> hostileFile(const QString &path)
{
    auto db = SampleData::createDatabase(path);
    REQUIRE(db);
    EventRepository events(**db);
    Event odd = appointment(QStringLiteral("2021-02"), QStringLiteral("Zoë\\N Labs"),
                            {QStringLiteral("Ana \\. Peña"), QStringLiteral("李 雷")},
                            QStringLiteral("Managing Director"));
    odd.companyIdentifier = QStringLiteral("zoe-labs.example");
    odd.description = QStringLiteral("line one\nline two\twith a tab, a \\ and \\t \\n literally");
    odd.sources = {{QStringLiteral("https://example.com/a?b=c&d=%5CN"),
                    QStringLiteral("Title \\t \\N"), QStringLiteral("Outlet"),
                    PartialDate::ofDay(2021, 2, 3)}};
    const auto oddId = events.add(odd);
    INFO((oddId ? QString() : oddId.error().message).toStdString());
    REQUIRE(oddId);
    Event money = funding(QStringLiteral("2022"), QStringLiteral("Zoë\\N Labs"), QString(),
                          std::nullopt, 4'000'000'000);
    money.investors = {QStringLiteral("Fund \\ One"), QStringLiteral("Fund \\t Two")};
    const auto moneyId = events.add(money);
    REQUIRE(moneyId);
    REQUIRE(events.setRoleAlias(QStringLiteral("Managing Director"),
                                RoleVocabulary::Role::ChiefExecutive));
    REQUIRE(events.setCompanyColor(QStringLiteral("Zoë\\N Labs"), QColor(0x12, 0x34, 0x56)));
    Annotation note;
    note.company = QStringLiteral("Zoë\\N Labs");
    note.from = PartialDate::ofYear(2022);
    note.event = *moneyId;
    note.text = QStringLiteral("Failed raise at $4B\n— \\N");
    REQUIRE(AnnotationStore(**db).add(note));
    return std::move(*db);
}

// What the export writes of a database, CSV and JSON with its extras.
QByteArray exported(EventStore &store)
{
    const auto events = store.query();
    const auto aliases = store.roleAliases();
    const auto notes = store.notes().list();
    REQUIRE(events);
    REQUIRE(aliases);
    REQUIRE(notes);
    return EventFile::write(*events, EventFileFormat::Csv) +
           EventFile::write(*events, EventFileFormat::Json, CsvWriter::Cells::Exact,
                            {*aliases, *notes});
}

qint64 serverInteger(PgConnection &pg, const char *sql)
{
    auto rows = pg.query(sql);
    if (!rows)
        FAIL(rows.error().message.toStdString());
    REQUIRE(rows->count() == 1);
    return rows->integer(0, 0);
}
} // namespace

TEST_CASE("COPY's text format carries tabs, newlines, backslashes and NULL apart from ''")
{
    const PgConnection::Fields fields = {QByteArray("a\tb\nc\\d\re"), std::nullopt, QByteArray(),
                                         QByteArray("\\N"), QByteArray("ñ 🚀")};
    QByteArray line;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += '\t';
        PgConnection::appendCopyField(line, fields[i]);
    }
    CHECK_FALSE(line.contains('\n'));
    const auto parsed = PgConnection::parseCopyLine(line);
    REQUIRE(parsed);
    CHECK(*parsed == fields);
    CHECK_FALSE(PgConnection::parseCopyLine("ends in \\"));
}

TEST_CASE("a password never shows in a server's name")
{
    CHECK(
        PgConnection::withoutPassword(QStringLiteral("postgresql://ana:s3cret@db.example/news")) ==
        QStringLiteral("postgresql://ana@db.example/news"));
    CHECK(PgConnection::withoutPassword(
              QStringLiteral("postgresql://db.example/news?password=s3cret&sslmode=require")) ==
          QStringLiteral("postgresql://db.example/news?sslmode=require"));
    CHECK(PgConnection::withoutPassword(QStringLiteral("host=db password=s3cret dbname=news")) ==
          QStringLiteral("host=db dbname=news"));
}

TEST_CASE("a file copied to a server and back is the same database, whatever its text")
{
    QTemporaryDir dir;
    ServerScratch server;
    auto file = hostileFile(dir.filePath(QStringLiteral("a.sqlite")));
    auto onServer = openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
    REQUIRE(DatabaseCopy::toServer(*file, *onServer));

    EventRepository fromFile(*file);
    ServerEventStore fromServer(*onServer);
    CHECK(*fromServer.query() == *fromFile.query());
    CHECK(*fromServer.notes().list() == *fromFile.notes().list());
    CHECK(*fromServer.roleAliases() == *fromFile.roleAliases());
    CHECK(exported(fromServer) == exported(fromFile));

    auto back = Database::create(dir.filePath(QStringLiteral("b.sqlite")),
                                 [&](Database &db) { return DatabaseCopy::toFile(*onServer, db); });
    REQUIRE(back);
    EventRepository copied(**back);
    CHECK(exported(copied) == exported(fromFile));
    // What the export does not carry: colours, and the full-text index rebuilt from the rows.
    const auto companies = EventRepository(**back).companies();
    REQUIRE(companies);
    const auto zoe = std::find_if(companies->begin(), companies->end(),
                                  [](const Company &c) { return c.name.startsWith(u"Zoë"); });
    REQUIRE(zoe != companies->end());
    CHECK(zoe->color == QColor(0x12, 0x34, 0x56));
    CHECK(zoe->identifier == QStringLiteral("zoe-labs.example"));
    EventQuery search;
    search.text = QStringLiteral("peña");
    const auto found = EventRepository(**back).query(search);
    REQUIRE(found);
    CHECK(found->size() == 1);
    CHECK(integrityCheck((*back)->handle()) == QStringLiteral("ok"));
}

TEST_CASE("a copy never hands out again the id of an event deleted before it")
{
    QTemporaryDir dir;
    ServerScratch server;
    auto file = SampleData::createDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(file);
    EventRepository events(**file);
    const auto newest = events.add(
        other(QStringLiteral("2024-05"), QStringLiteral("Acme"), QStringLiteral("to be deleted")));
    REQUIRE(newest);
    REQUIRE(events.remove(*newest));

    auto onServer = openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
    REQUIRE(DatabaseCopy::toServer(**file, *onServer));
    CHECK(serverInteger(server.admin(), "SELECT nextval('tenure.event_ids')") == *newest + 1);

    auto back = Database::create(dir.filePath(QStringLiteral("b.sqlite")),
                                 [&](Database &db) { return DatabaseCopy::toFile(*onServer, db); });
    REQUIRE(back);
    const auto added = EventRepository(**back).add(
        other(QStringLiteral("2024-06"), QStringLiteral("Acme"), QStringLiteral("new")));
    REQUIRE(added);
    CHECK(*added > *newest);
}

TEST_CASE("a server database that is not Tenure's, or is newer, is refused and left as it is")
{
    ServerScratch server;
    SECTION("no Tenure tables")
    {
        auto opened = ServerDatabase::open(server.location());
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(QStringLiteral("holds no Tenure database")));
        CHECK(serverInteger(server.admin(),
                            "SELECT count(*) FROM pg_namespace WHERE nspname = 'tenure'") == 0);
    }
    SECTION("made by a newer Tenure")
    {
        openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
        server.run("UPDATE tenure.schema_version SET version = 99");
        auto opened = ServerDatabase::open(server.location());
        REQUIRE_FALSE(opened);
        CHECK(opened.error().kind == Error::Kind::Unusable);
        CHECK(opened.error().message.contains(QStringLiteral("newer version of Tenure")));
        CHECK(serverInteger(server.admin(), "SELECT version FROM tenure.schema_version") == 99);
    }
    SECTION("made twice")
    {
        openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
        auto again = ServerDatabase::open(server.location(), ServerDatabase::OpenMode::CreateNew);
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("already holds a Tenure database")));
    }
    SECTION("an address that is not one")
    {
        auto opened = ServerDatabase::open(QStringLiteral("postgresql://[broken"));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(QStringLiteral("not a PostgreSQL address")));
    }
}

TEST_CASE("a copy into a server database that holds events, or that fails half-way, adds nothing")
{
    QTemporaryDir dir;
    ServerScratch server;
    auto file = SampleData::createDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(file);
    auto onServer = openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
    SECTION("holding events")
    {
        REQUIRE(DatabaseCopy::toServer(**file, *onServer));
        const qint64 before = serverInteger(server.admin(), "SELECT count(*) FROM tenure.events");
        const auto again = DatabaseCopy::toServer(**file, *onServer);
        REQUIRE_FALSE(again);
        CHECK(again.error().message.contains(QStringLiteral("already holds events")));
        CHECK(serverInteger(server.admin(), "SELECT count(*) FROM tenure.events") == before);
    }
    SECTION("refused at the last table")
    {
        const QString editor = server.createRole(QStringLiteral("editor"), true);
        server.run(QStringLiteral("REVOKE INSERT ON tenure.annotations FROM %1")
                       .arg(editor)
                       .toUtf8()
                       .constData());
        REQUIRE(AnnotationStore(**file).add({0,
                                             QStringLiteral("Stability AI"),
                                             PartialDate::ofYear(2023),
                                             {},
                                             0,
                                             QStringLiteral("a note")}));
        auto asEditor = openServer(server.locationAs(editor), ServerDatabase::OpenMode::Existing);
        const auto copied = DatabaseCopy::toServer(**file, *asEditor);
        REQUIRE_FALSE(copied);
        CHECK(copied.error().kind == Error::Kind::ReadOnly);
        CHECK(copied.error().message.contains(QStringLiteral("annotations")));
        CHECK(serverInteger(server.admin(), "SELECT count(*) FROM tenure.events") == 0);
        CHECK(serverInteger(server.admin(), "SELECT count(*) FROM tenure.companies") == 0);
    }
}

TEST_CASE("the server records who added and who changed each event, and keeps the old row")
{
    QTemporaryDir dir;
    ServerScratch server;
    auto file = SampleData::createDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(file);
    openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
    const QString ana = server.createRole(QStringLiteral("ana"), true);
    auto asAna = openServer(server.locationAs(ana), ServerDatabase::OpenMode::Existing);
    CHECK_FALSE(asAna->isReadOnly());
    REQUIRE(DatabaseCopy::toServer(**file, *asAna));

    const qint64 events = serverInteger(server.admin(), "SELECT count(*) FROM tenure.events");
    CHECK(serverInteger(server.admin(), "SELECT count(*) FROM tenure.audit_log WHERE action = "
                                        "'add'") == events);
    auto created = server.admin().query("SELECT DISTINCT created_by FROM tenure.events");
    REQUIRE(created);
    REQUIRE(created->count() == 1);
    CHECK(created->text(0, 0) == ana);

    // Another user changes one event: the row says so, its version moves, the log keeps the old.
    const QString bo = server.createRole(QStringLiteral("bo"), true);
    auto asBo = PgConnection::connect(server.locationAs(bo));
    REQUIRE(asBo);
    REQUIRE((*asBo)->run("UPDATE tenure.events SET role = 'Chief Executive Officer' WHERE id = "
                         "(SELECT min(id) FROM tenure.events)"));
    auto changed = server.admin().query(
        "SELECT created_by, changed_by, row_version FROM tenure.events WHERE id = "
        "(SELECT min(id) FROM tenure.events)");
    REQUIRE(changed);
    CHECK(changed->text(0, 0) == ana);
    CHECK(changed->text(0, 1) == bo);
    CHECK(changed->integer(0, 2) == 2);
    auto logged =
        server.admin().query("SELECT by_user, before->>'created_by', before->>'row_version' "
                             "FROM tenure.audit_log WHERE action = 'change'");
    REQUIRE(logged);
    REQUIRE(logged->count() == 1);
    CHECK(logged->text(0, 0) == bo);
    CHECK(logged->text(0, 1) == ana);
    CHECK(logged->text(0, 2) == QStringLiteral("1"));
    // An editor may add to the log, never rewrite it.
    CHECK_FALSE((*asBo)->run("DELETE FROM tenure.audit_log"));
}

TEST_CASE("a role that may only read opens the database read-only and cannot write to it")
{
    QTemporaryDir dir;
    ServerScratch server;
    auto file = SampleData::createDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(file);
    openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
    const QString reader = server.createRole(QStringLiteral("reader"), false);
    auto asReader = openServer(server.locationAs(reader), ServerDatabase::OpenMode::Existing);
    CHECK(asReader->isReadOnly());
    const auto copied = DatabaseCopy::toServer(**file, *asReader);
    REQUIRE_FALSE(copied);
    CHECK(copied.error().kind == Error::Kind::ReadOnly);
    CHECK(serverInteger(server.admin(), "SELECT count(*) FROM tenure.companies") == 0);
    // It still reads.
    ServerEventStore contents(*asReader);
    const auto events = contents.query();
    REQUIRE(events);
    CHECK(events->empty());
}

TEST_CASE("two editors of one event: the later write is refused, naming who changed it, and "
          "nothing is lost")
{
    QTemporaryDir dir;
    ServerScratch server;
    auto file = SampleData::createDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(file);
    {
        auto made = openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
        REQUIRE(DatabaseCopy::toServer(**file, *made));
    }
    const QString ana = server.createRole(QStringLiteral("ana"), true);
    const QString bo = server.createRole(QStringLiteral("bo"), true);
    auto anaDb = openServer(server.locationAs(ana), ServerDatabase::OpenMode::Existing);
    auto boDb = openServer(server.locationAs(bo), ServerDatabase::OpenMode::Existing);
    ServerEventStore asAna(*anaDb);
    ServerEventStore asBo(*boDb);

    // Both read event 1; Bo saves first.
    Event anasCopy = **asAna.find(1);
    Event bosCopy = **asBo.find(1);
    bosCopy.role = QStringLiteral("Founder CEO");
    REQUIRE(asBo.update(bosCopy));

    anasCopy.description = QStringLiteral("Ana's words");
    const auto refused = asAna.update(anasCopy);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.startsWith(bo + QStringLiteral(" changed event 1 at ")));
    CHECK(**asBo.find(1) == bosCopy); // Bo's change stands

    // Read again, Ana's change goes on top of Bo's.
    Event fresh = **asAna.find(1);
    CHECK(fresh == bosCopy);
    fresh.description = QStringLiteral("Ana's words");
    REQUIRE(asAna.update(fresh));

    // Bo's undo of his change would put back what Ana has since changed: refused.
    Event undo = bosCopy;
    undo.role = anasCopy.role;
    const auto undone = asBo.update(undo);
    REQUIRE_FALSE(undone);
    CHECK(undone.error().kind == Error::Kind::Conflict);
    CHECK(undone.error().message.startsWith(ana + QStringLiteral(" changed event 1")));
    CHECK((*asAna.find(1))->description == QStringLiteral("Ana's words"));

    // A removal is checked the same way; its own writes never conflict with the store itself.
    const auto removed = asBo.remove(1);
    REQUIRE_FALSE(removed);
    CHECK(removed.error().kind == Error::Kind::Conflict);
    REQUIRE(asAna.remove(1));
    CHECK_FALSE(asBo.find(1)->has_value());
    REQUIRE(asAna.restore(fresh));
    CHECK(serverInteger(server.admin(), "SELECT count(*) FROM tenure.events") == 25);
}

TEST_CASE("a watcher hears another user's change within a second, names its company, and leaves "
          "out its own program's")
{
    QTemporaryDir dir;
    ServerScratch server;
    auto file = SampleData::createDatabase(dir.filePath(QStringLiteral("a.sqlite")));
    REQUIRE(file);
    auto mine = openServer(server.location(), ServerDatabase::OpenMode::CreateNew);
    REQUIRE(DatabaseCopy::toServer(**file, *mine));
    const QString bo = server.createRole(QStringLiteral("bo"), true);
    auto theirs = openServer(server.locationAs(bo), ServerDatabase::OpenMode::Existing);
    ServerEventStore myStore(*mine);
    ServerEventStore theirStore(*theirs);

    auto watcher = ServerWatcher::watch(server.location());
    REQUIRE(watcher);
    (*watcher)->ignoreChangesBy(mine->connection().backendPid());
    QSignalSpy heard(watcher->get(), &ServerWatcher::changedExternally);

    // My own change first, then theirs: only theirs is reported.
    REQUIRE(
        myStore.add(other(QStringLiteral("2024"), QStringLiteral("Mine Co"), QStringLiteral("x"))));
    REQUIRE(theirStore.add(
        other(QStringLiteral("2024-06"), QStringLiteral("Their Co"), QStringLiteral("y"))));
    REQUIRE(heard.wait(5000));
    REQUIRE(heard.size() == 1);
    CHECK(heard.at(0).at(0).toStringList() == QStringList{QStringLiteral("Their Co")});

    // A change of an event's company names both lanes; a note names its company.
    Event moved = **theirStore.find(1);
    moved.company = QStringLiteral("Their Co");
    REQUIRE(theirStore.update(moved));
    REQUIRE(heard.wait(5000));
    CHECK(heard.last().at(0).toStringList() ==
          (QStringList{QStringLiteral("Stability AI"), QStringLiteral("Their Co")}));
    REQUIRE(theirStore.notes().add({0,
                                    QStringLiteral("Their Co"),
                                    PartialDate::ofYear(2024),
                                    {},
                                    0,
                                    QStringLiteral("a note")}));
    REQUIRE(heard.wait(5000));
    CHECK(heard.last().at(0).toStringList() == QStringList{QStringLiteral("Their Co")});

    // A rename may change anything shown: everything.
    REQUIRE(theirStore.renameCompany(QStringLiteral("Their Co"), QStringLiteral("Renamed Co")));
    REQUIRE(heard.wait(5000));
    CHECK(heard.last().at(0).toStringList().isEmpty());
}
