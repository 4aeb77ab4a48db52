#include "databasesession.h"
#include "detailspanel.h"
#include "eventactions.h"
#include "mainwindow.h"
#include "models/eventtablemodel.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
struct WindowFixture : StoryWindow
{
    EventRepository &events() { return window->session()->events(); }

    const SceneMarker *marker(EventId id) const
    {
        for (const SceneMarker &m : timeline()->scene().markers) {
            if (m.eventId == id && m.count == 1)
                return &m;
        }
        return nullptr;
    }

    int markersOf(SceneMarker::Shape shape) const
    {
        const auto &markers = timeline()->scene().markers;
        return int(std::count_if(markers.begin(), markers.end(), [shape](const SceneMarker &m) {
            return m.shape == shape && m.eventId != 0;
        }));
    }

    // Runs `fill` on the next modal dialog as soon as it opens.
    static void onNextDialog(std::function<void(QWidget *)> fill)
    {
        QTimer::singleShot(0, [fill] {
            QWidget *dialog = QApplication::activeModalWidget();
            REQUIRE(dialog);
            fill(dialog);
        });
    }
};

void typeInto(QWidget *dialog, const char *name, const QString &text)
{
    auto *field = dialog->findChild<QWidget *>(QLatin1String(name));
    REQUIRE(field);
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClicks(field, text);
}
} // namespace

TEST_CASE("clicking a marker shows every field of the event in the details panel")
{
    WindowFixture f;
    const SceneMarker *raise = f.marker(f.story.failedRaise);
    REQUIRE(raise);
    QTest::mouseClick(f.timeline(), Qt::LeftButton, {}, raise->center.toPoint());
    const QString html = f.window->findChild<DetailsPanel *>()->html();
    CHECK(html.contains(QStringLiteral("Attempted raise")));
    CHECK(html.contains(QStringLiteral("A raise at a $4 billion valuation failed.")));
    CHECK(html.contains(QStringLiteral("$4,000,000,000")));
    CHECK(html.contains(QStringLiteral("href=\"https://example.com/stability-raise\"")));
    CHECK(html.contains(QStringLiteral("raise &lt;falters&gt;")));
    CHECK(f.window->eventActions()->deleteEvent()->isEnabled());
}

TEST_CASE("unticking a type in the filters hides its markers")
{
    WindowFixture f;
    REQUIRE(f.markersOf(SceneMarker::Shape::Funding) + f.markersOf(SceneMarker::Shape::Cluster) >
            0);
    auto *funding = f.window->findChild<QCheckBox *>(QStringLiteral("type-funding"));
    REQUIRE(funding);
    QTest::mouseClick(funding, Qt::LeftButton);
    f.timeline()->fitAll();
    CHECK(f.markersOf(SceneMarker::Shape::Funding) == 0);
    CHECK(f.markersOf(SceneMarker::Shape::Departure) + f.markersOf(SceneMarker::Shape::Cluster) >
          0);
}

TEST_CASE("a search lists every match in the table whatever the zoom, and one click clears it")
{
    WindowFixture f;
    // Zoomed in on 2024: the 2019 appointment is out of view.
    f.timeline()->setVisibleRange(double(QDate(2024, 1, 1).toJulianDay()),
                                  double(QDate(2024, 12, 31).toJulianDay()));
    auto *search = f.window->findChild<QLineEdit *>(QStringLiteral("search"));
    REQUIRE(search);
    QTest::keyClick(f.window->windowHandle(), Qt::Key_F, Qt::ControlModifier);
    QTest::keyClicks(search, QStringLiteral("Mostaque"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("eventTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 2); // the 2019 appointment and the 2024 resignation
    auto *summary = f.window->findChild<QLabel *>(QStringLiteral("tableSummary"));
    REQUIRE(summary);
    CHECK(summary->text() == QStringLiteral("2 of 6 events · filter: “Mostaque”"));

    // Zooming does not change the list unless the user asks for the span in view only.
    f.timeline()->zoomIn();
    QTest::qWait(400);
    CHECK(table->model()->rowCount() == 2);
    auto *inView = f.window->findChild<QCheckBox *>(QStringLiteral("inViewOnly"));
    REQUIRE(inView);
    f.timeline()->setVisibleRange(double(QDate(2024, 1, 1).toJulianDay()),
                                  double(QDate(2024, 12, 31).toJulianDay()));
    QTest::mouseClick(inView, Qt::LeftButton);
    CHECK(table->model()->rowCount() == 1);
    CHECK(summary->text().endsWith(QStringLiteral("· in view")));
    QTest::mouseClick(inView, Qt::LeftButton);

    auto *clear = f.window->findChild<QPushButton *>(QStringLiteral("clearFilters"));
    REQUIRE(clear);
    REQUIRE(clear->isVisible());
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(search->text().isEmpty());
    CHECK(table->model()->rowCount() == 6);
    CHECK(summary->text() == QStringLiteral("6 events"));
    CHECK_FALSE(clear->isVisible());
}

TEST_CASE("choosing an event in the table zooms until it stands apart from its neighbours")
{
    WindowFixture f;
    // Far out: March 2024's events are one counted cluster.
    f.timeline()->setVisibleRange(double(QDate(1990, 1, 1).toJulianDay()),
                                  double(QDate(2030, 1, 1).toJulianDay()));
    REQUIRE(f.marker(f.story.resignation) == nullptr);
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("eventTable"));
    REQUIRE(table);
    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data(EventTableModel::EventIdRole).toLongLong() ==
            f.story.resignation)
            row = r;
    }
    REQUIRE(row >= 0);
    const QRect cell = table->visualRect(table->model()->index(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    const SceneMarker *alone = f.marker(f.story.resignation);
    REQUIRE(alone);
    const Viewport viewport = f.timeline()->viewport();
    const double day = double(QDate(2024, 3, 22).toJulianDay());
    CHECK(viewport.firstDay() < day);
    CHECK(day < viewport.lastDay());
}

TEST_CASE("setting From and To in the filters shows that span")
{
    WindowFixture f;
    auto *from = f.window->findChild<QLineEdit *>(QStringLiteral("from"));
    auto *to = f.window->findChild<QLineEdit *>(QStringLiteral("to"));
    REQUIRE(from);
    REQUIRE(to);
    QTest::keyClicks(from, QStringLiteral("2023"));
    QTest::keyClicks(to, QStringLiteral("2024-06"));
    QTest::keyClick(to, Qt::Key_Return);
    const Viewport viewport = f.timeline()->viewport();
    CHECK(viewport.firstDay() == Approx(double(QDate(2023, 1, 1).toJulianDay())).margin(1));
    CHECK(viewport.lastDay() == Approx(double(QDate(2024, 7, 1).toJulianDay())).margin(1));
}

TEST_CASE("a change made by another program appears within a second, keeping the view")
{
    WindowFixture f;
    f.timeline()->goToDate(QDate(2024, 6, 1));
    const Viewport before = f.timeline()->viewport();
    auto writer = f.story.openAgain();
    EventRepository otherEvents(*writer);
    auto id = otherEvents.add(other(QStringLiteral("2021-01-15"), QStringLiteral("Stability AI"),
                                    QStringLiteral("Added by tenure-cli")));
    REQUIRE(id.ok());
    REQUIRE(QTest::qWaitFor([&] { return f.marker(*id) != nullptr; }, 2000));
    CHECK(f.timeline()->viewport() == before);
}

TEST_CASE("an event added with Ctrl+N is saved, undone and redone")
{
    WindowFixture f;
    const qint64 before = *f.events().count();
    WindowFixture::onNextDialog([](QWidget *dialog) {
        typeInto(dialog, "date", QStringLiteral("2024-06"));
        typeInto(dialog, "company", QStringLiteral("Stability AI"));
        typeInto(dialog, "people", QStringLiteral("James Cameron"));
        typeInto(dialog, "role", QStringLiteral("Board member"));
        auto *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        REQUIRE(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::keyClick(f.window.get(), Qt::Key_N, Qt::ControlModifier);
    REQUIRE(*f.events().count() == before + 1);
    EventQuery byPerson;
    byPerson.person = QStringLiteral("James Cameron");
    REQUIRE(f.events().query(byPerson)->size() == 1);

    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(*f.events().count() == before);
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(*f.events().count() == before + 1);
    CHECK(f.events().query(byPerson)->size() == 1);
}

TEST_CASE("an import with bad rows lists every problem and imports nothing")
{
    WindowFixture f;
    const QString file = f.story.dir.filePath(QStringLiteral("bad.csv"));
    writeFile(file, "date,company,type,people,role,interim,round,amount_usd,valuation_usd,status,"
                    "description,source_url,source_title\n"
                    "2024-13,Stability AI,other,,,,,,,,x,,\n"
                    "2024-05,Stability AI,funding,,,,A,lots,,,,,\n");
    const qint64 before = *f.events().count();
    QString shown;
    WindowFixture::onNextDialog([&shown](QWidget *dialog) {
        auto *problems = dialog->findChild<QPlainTextEdit *>(QStringLiteral("problems"));
        REQUIRE(problems);
        shown = problems->toPlainText();
        dialog->close();
    });
    CHECK_FALSE(f.window->eventActions()->importFile(file));
    CHECK(shown.contains(QStringLiteral("bad.csv:2: date:")));
    CHECK(shown.contains(QStringLiteral("bad.csv:3: amount_usd:")));
    CHECK(*f.events().count() == before);
}

TEST_CASE("the problems dialog of an import also lists names that may be stored ones spelt "
          "differently")
{
    WindowFixture f;
    const QString file = f.story.dir.filePath(QStringLiteral("variants.csv"));
    writeFile(file, "date,company,type,people,role\n"
                    "2024-13,Stability AI,other,,\n"
                    "2024-06,Stability.ai,appointment,Émad Mostaque,Advisor\n");
    QString shown, summary;
    WindowFixture::onNextDialog([&](QWidget *dialog) {
        if (auto *problems = dialog->findChild<QPlainTextEdit *>(QStringLiteral("problems")))
            shown = problems->toPlainText();
        if (auto *label = dialog->findChild<QLabel *>(QStringLiteral("summary")))
            summary = label->text();
        dialog->close();
    });
    CHECK_FALSE(f.window->eventActions()->importFile(file));
    CHECK(shown.contains(QStringLiteral("variants.csv:2: date:")));
    CHECK(shown.contains(QStringLiteral(
        "warning: variants.csv:3: company: 'Stability.ai' may be the same company as 'Stability "
        "AI' (in the database); imported as written")));
    CHECK(shown.contains(QStringLiteral(
        "warning: variants.csv:3: people: 'Émad Mostaque' may be the same person as 'Emad "
        "Mostaque' (in the database); imported as written")));
    CHECK(summary.contains(QStringLiteral("3 warnings"))); // and the missing columns
}

TEST_CASE("a good import says how many names may be other spellings and where to merge them")
{
    WindowFixture f;
    const QString file = f.story.dir.filePath(QStringLiteral("variant.csv"));
    writeFile(file, "date,company,type,people,role\n"
                    "2024-06,Stability AI,appointment,Émad Mostaque,Advisor\n");
    QSignalSpy imported(f.window->eventActions(), &EventActions::imported);
    REQUIRE(f.window->eventActions()->importFile(file));
    REQUIRE(imported.count() == 1);
    CHECK(imported.at(0).at(0).toString().contains(
        QStringLiteral("1 name may be another spelling of a name already there (Edit → "
                       "Companies and people… can merge them)")));
}

TEST_CASE("importing a JSON export in the viewer restores its role mappings, and undo forgets them")
{
    WindowFixture f;
    const QString file = f.story.dir.filePath(QStringLiteral("team.json"));
    writeFile(file, R"({"role_aliases": [{"title": "Managing Director", "role": "chief_executive"}],
 "events": [{"date": "2025-02", "company": "Stability AI", "type": "appointment",
             "people": ["Ana Example"], "role": "Managing Director"}]})");
    QSignalSpy imported(f.window->eventActions(), &EventActions::imported);
    REQUIRE(f.window->eventActions()->importFile(file));
    REQUIRE(imported.count() == 1);
    CHECK(imported.at(0).at(0).toString().contains(QStringLiteral("role mappings: 1 in the file")));
    REQUIRE(f.events().roleAliases()->size() == 1);
    CHECK(f.events().vocabulary()->rolesOf(QStringLiteral("Managing Director")) ==
          QList<RoleVocabulary::Role>{RoleVocabulary::Role::ChiefExecutive});

    f.window->session()->history().undoStack()->undo();
    CHECK(f.events().roleAliases()->empty());
}

TEST_CASE("an import with bad rows can keep the valid ones, and a second import adds nothing")
{
    WindowFixture f;
    const QString file = f.story.dir.filePath(QStringLiteral("mixed.csv"));
    writeFile(file, "date,company,type,people,role,interim,round,amount_usd,valuation_usd,status,"
                    "description,source_url,source_title\n"
                    "2024-13,Stability AI,other,,,,,,,,x,,\n"
                    "2024-06,Stability AI,funding,,,,Rescue,$80M,,completed,,,\n");
    const qint64 before = *f.events().count();
    QString button;
    WindowFixture::onNextDialog([&button](QWidget *dialog) {
        auto *importValid = dialog->findChild<QPushButton *>(QStringLiteral("importValid"));
        REQUIRE(importValid);
        button = importValid->text();
        importValid->click();
    });
    CHECK(f.window->eventActions()->importFile(file));
    CHECK(button == QStringLiteral("Import the 1 valid row"));
    CHECK(*f.events().count() == before + 1);

    WindowFixture::onNextDialog([](QWidget *dialog) {
        dialog->findChild<QPushButton *>(QStringLiteral("importValid"))->click();
    });
    CHECK(f.window->eventActions()->importFile(file));
    CHECK(*f.events().count() == before + 1); // the same event is not added twice
}

TEST_CASE("a good import is one undoable step")
{
    WindowFixture f;
    const QString file = f.story.dir.filePath(QStringLiteral("good.csv"));
    writeFile(file, "date,company,type,people,role,interim,round,amount_usd,valuation_usd,status,"
                    "description,source_url,source_title\n"
                    "2024-06,Stability AI,appointment,Sean Parker,Executive chairman,false,,,,,,,\n"
                    "2024-06,Stability AI,funding,,,,Rescue,80000000,,completed,,,\n");
    const qint64 before = *f.events().count();
    REQUIRE(f.window->eventActions()->importFile(file));
    CHECK(*f.events().count() == before + 2);
    QTest::keyClick(f.window.get(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(*f.events().count() == before);
}

TEST_CASE("Check the data lists what the tenures contradict and shows an event when asked")
{
    WindowFixture f;
    // A departure from a post nobody was appointed to: a contradiction of the data.
    auto left = f.events().add(departure(QStringLiteral("2023-06"), QStringLiteral("Stability AI"),
                                         {QStringLiteral("Ren Ito")}, QStringLiteral("COO")));
    REQUIRE(left.ok());
    int contradictions = -1;
    WindowFixture::onNextDialog([&](QWidget *dialog) {
        auto *view = dialog->findChild<QAbstractItemView *>(QStringLiteral("notes"));
        REQUIRE(view);
        contradictions = view->model()->rowCount();
        REQUIRE(contradictions == 1);
        const QModelIndex row = view->model()->index(0, 2);
        CHECK(row.data().toString().contains(QLatin1String("Ren Ito")));
        view->setCurrentIndex(row);
        QTest::keyClick(view, Qt::Key_Return); // activate: show the event
        dialog->close();
    });
    QTest::keyClick(f.window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(contradictions == 1);
    CHECK(f.timeline()->selectedEvent() == *left);
}

TEST_CASE("the status bar counts the contradictions in the data as edits make and undo them")
{
    WindowFixture f;
    auto *status = f.window->findChild<QPushButton *>(QStringLiteral("checkStatus"));
    REQUIRE(status);
    CHECK(status->isHidden()); // the sample is consistent

    REQUIRE(f.window->session()
                ->history()
                .addEvent(departure(QStringLiteral("2023-06"), QStringLiteral("Stability AI"),
                                    {QStringLiteral("Ren Ito")}, QStringLiteral("COO")))
                .ok());
    CHECK(status->isVisible());
    CHECK(status->text() == QStringLiteral("1 contradiction in the data"));

    int listed = -1;
    WindowFixture::onNextDialog([&](QWidget *dialog) {
        auto *view = dialog->findChild<QAbstractItemView *>(QStringLiteral("notes"));
        REQUIRE(view);
        listed = view->model()->rowCount();
        dialog->close();
    });
    QTest::mouseClick(status, Qt::LeftButton);
    CHECK(listed == 1);

    f.window->session()->history().undoStack()->undo();
    CHECK(status->isHidden());
}

TEST_CASE("an edit for a new company lists it in the filters and counts it in the table")
{
    WindowFixture f;
    auto *companies = f.window->findChild<QAbstractItemView *>(QStringLiteral("companies"));
    auto *summary = f.window->findChild<QLabel *>(QStringLiteral("tableSummary"));
    REQUIRE(companies);
    REQUIRE(summary);
    const auto listed = [companies] {
        QStringList names;
        for (int row = 0; row < companies->model()->rowCount(); ++row) {
            const QModelIndex index = companies->model()->index(row, 0);
            names << index.data().toString() +
                         (index.data(Qt::CheckStateRole).toInt() == Qt::Checked
                              ? QString()
                              : QStringLiteral(" (off)"));
        }
        return names;
    };
    CHECK(listed() == QStringList{QStringLiteral("Stability AI")});
    CHECK(summary->text() == QStringLiteral("6 events"));

    // Only the touched company is read again: it comes in where the names sort, ticked as
    // every company was; the table follows once the view has been painted.
    REQUIRE(f.window->session()
                ->history()
                .addEvent(appointment(QStringLiteral("2023-06"), QStringLiteral("Anthropic"),
                                      {QStringLiteral("Dario Amodei")}, QStringLiteral("CEO")))
                .ok());
    CHECK(listed() == QStringList{QStringLiteral("Anthropic"), QStringLiteral("Stability AI")});
    CHECK(QTest::qWaitFor([&] { return summary->text() == QStringLiteral("7 events"); }, 2000));
    auto *table = f.window->findChild<QTableView *>(QStringLiteral("eventTable"));
    REQUIRE(table);
    CHECK(table->model()->rowCount() == 7);

    f.window->session()->history().undoStack()->undo();
    CHECK(listed() == QStringList{QStringLiteral("Stability AI")});
    CHECK(QTest::qWaitFor([&] { return summary->text() == QStringLiteral("6 events"); }, 2000));
}

TEST_CASE("every command is in a menu")
{
    WindowFixture f;
    QStringList titles;
    for (QAction *menu : f.window->menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions())
            titles << action->text().remove(QLatin1Char('&'));
    }
    for (const char *expected :
         {"New event…", "Delete event…", "Import events…", "Export events…", "Export chart…",
          "Copy chart to clipboard", "Fit all", "Go to date…", "Zoom in", "Zoom out",
          "Open database…", "Save database as…", "Companies and people…", "Check the data…"}) {
        INFO(expected);
        CHECK(titles.contains(QString::fromUtf8(expected)));
    }
}

TEST_CASE("the view and collapsed lanes are remembered for the next run")
{
    WindowFixture f;
    f.timeline()->setVisibleRange(2459700, 2460100);
    f.timeline()->toggleLane(QStringLiteral("Stability AI"));
    f.window->close();

    MainWindow again;
    auto session = DatabaseSession::adopt(f.story.openAgain());
    REQUIRE(session.ok());
    again.setSession(std::move(*session));
    CHECK(again.timeline()->viewport().firstDay() == Approx(2459700));
    CHECK(again.timeline()->viewport().spanDays() == Approx(400));
    CHECK(again.timeline()->view().collapsedCompanies.contains(QStringLiteral("Stability AI")));
}

TEST_CASE("the View menu collapses a role group to a summary row and shows the leadership only")
{
    WindowFixture f;
    const auto rowLabels = [&] {
        QStringList labels;
        for (const SceneText &t : f.timeline()->scene().texts) {
            if (t.role == TextRole::RowLabel)
                labels << t.text;
        }
        return labels;
    };
    CHECK(rowLabels().contains(QStringLiteral("CEO")));
    auto *collapse = f.window->findChild<QAction *>(QStringLiteral("collapseGroup0"));
    auto *leadership = f.window->findChild<QAction *>(QStringLiteral("leadershipOnlyAction"));
    REQUIRE(collapse);
    REQUIRE(leadership);
    collapse->trigger();
    // Emad Mostaque, the two interim co-CEOs and Prem Akkaraju in one row.
    CHECK(rowLabels() == QStringList{QStringLiteral("CEO · 4")});
    CHECK(collapse->isChecked());
    collapse->trigger();
    CHECK(rowLabels() == QStringList{QStringLiteral("CEO")});

    leadership->trigger();
    CHECK(f.timeline()->view().rows.leadershipOnly);
    CHECK(leadership->isChecked());
    CHECK(rowLabels() == QStringList{QStringLiteral("CEO")}); // the story has only CEOs
}

TEST_CASE("Edit > Add note writes a note the timeline draws, undo takes it away, and a click on it "
          "opens it")
{
    WindowFixture f;
    QAction *add = nullptr;
    for (QAction *action : f.window->menuBar()->actions()) {
        if (action->menu() && action->text() == QStringLiteral("&Edit")) {
            for (QAction *item : action->menu()->actions()) {
                if (item->text() == QStringLiteral("Add &note…"))
                    add = item;
            }
        }
    }
    REQUIRE(add);
    REQUIRE(add->isEnabled());
    bool okWasOffWhenEmpty = false;
    WindowFixture::onNextDialog([&](QWidget *dialog) {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        okWasOffWhenEmpty = !buttons->button(QDialogButtonBox::Ok)->isEnabled();
        auto *company = dialog->findChild<QComboBox *>(QStringLiteral("company"));
        company->setCurrentText(QStringLiteral("Stability AI"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("from")),
                         QStringLiteral("2023-06"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("to")),
                         QStringLiteral("2023-10"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("text")),
                         QStringLiteral("Failed raise at $4B"));
        REQUIRE(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    add->trigger();
    CHECK(okWasOffWhenEmpty);
    const auto noteText = [&f]() -> const SceneText * {
        for (const SceneText &text : f.timeline()->scene().texts) {
            if (text.noteId != 0)
                return &text;
        }
        return nullptr;
    };
    const SceneText *drawn = noteText();
    REQUIRE(drawn);
    CHECK(drawn->text == QStringLiteral("Failed raise at $4B"));

    // A click on the note opens it in the dialog, which shows it as stored.
    QString shownText;
    WindowFixture::onNextDialog([&](QWidget *dialog) {
        shownText = dialog->findChild<QLineEdit *>(QStringLiteral("text"))->text();
        dialog->close();
    });
    QTest::mouseClick(f.timeline(), Qt::LeftButton, {}, drawn->rect.center().toPoint());
    CHECK(shownText == QStringLiteral("Failed raise at $4B"));

    f.window->session()->history().undoStack()->undo();
    CHECK(noteText() == nullptr);
}

TEST_CASE("a remembered window larger than the screen opens inside it, status bar in view")
{
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        MainWindow big;
        big.setGeometry(
            QRect(available.topLeft() + QPoint(300, 200), available.size() + QSize(600, 400)));
        big.close(); // remembers the geometry
    }
    MainWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    INFO("screen " << available.width() << "x" << available.height() << ", window "
                   << window.frameGeometry().width() << "x" << window.frameGeometry().height());
    if (window.minimumSizeHint().width() <= available.width() &&
        window.minimumSizeHint().height() <= available.height())
        CHECK(available.contains(window.frameGeometry()));
    CHECK((window.frameGeometry().right() <= available.right() ||
           window.frameGeometry().left() == available.left()));
}
