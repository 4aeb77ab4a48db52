#include "edit/edithistory.h"
#include "models/namelistmodel.h"
#include "namemanagerdialog.h"
#include "namevariantspanel.h"
#include "rolemappingpanel.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QListView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace {
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;
    std::unique_ptr<EditHistory> history;
    std::unique_ptr<NameManagerDialog> dialog;

    Fixture()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
        history = std::make_unique<EditHistory>(*events);
        REQUIRE(
            events
                ->addAll({appointment(QStringLiteral("2019"), QStringLiteral("Stability AI"),
                                      {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                          other(QStringLiteral("2023"), QStringLiteral("Stability"),
                                QStringLiteral("lawsuit")),
                          other(QStringLiteral("2023-10"), QStringLiteral("Stability"),
                                QStringLiteral("letter from Coatue")),
                          departure(QStringLiteral("2024-03-22"), QStringLiteral("Stability AI"),
                                    {QStringLiteral("E. Mostaque")}, QStringLiteral("CEO"))})
                .ok());
        dialog = std::make_unique<NameManagerDialog>(*history);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    void click(QListView *list, const QString &name)
    {
        for (int row = 0; row < list->model()->rowCount(); ++row) {
            const QModelIndex index = list->model()->index(row, 0);
            if (index.data(Qt::EditRole).toString() == name) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                                  list->visualRect(index).center());
                return;
            }
        }
        FAIL("no row " << name.toStdString());
    }
};
} // namespace

TEST_CASE("merging a company moves all its events, and undo brings it back")
{
    Fixture f;
    auto *list = f.dialog->findChild<QListView *>(QStringLiteral("companies"));
    REQUIRE(list->model()->rowCount() == 2);
    f.click(list, QStringLiteral("Stability"));
    REQUIRE(f.dialog->mergeSelectedInto(QStringLiteral("Stability AI")));
    CHECK(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, 0).data().toString().contains(QStringLiteral("4 events")));
    EventQuery q;
    q.companies = {QStringLiteral("Stability AI")};
    CHECK(f.events->query(q)->size() == 4);
    f.history->undoStack()->undo();
    CHECK(list->model()->rowCount() == 2);
}

TEST_CASE("merging two spellings of a person keeps every event")
{
    Fixture f;
    f.dialog->showPeople();
    auto *list = f.dialog->findChild<QListView *>(QStringLiteral("people"));
    f.click(list, QStringLiteral("E. Mostaque"));
    REQUIRE(f.dialog->mergeSelectedInto(QStringLiteral("Emad Mostaque")));
    EventQuery q;
    q.person = QStringLiteral("Emad Mostaque");
    CHECK(f.events->query(q)->size() == 2);
    CHECK(list->model()->rowCount() == 1);
}

TEST_CASE("renaming to a taken name is refused with a sentence saying what to do")
{
    Fixture f;
    auto *list = f.dialog->findChild<QListView *>(QStringLiteral("companies"));
    f.click(list, QStringLiteral("Stability"));
    CHECK_FALSE(f.dialog->renameSelected(QStringLiteral("stability ai")));
    CHECK(f.dialog->lastError().contains(QStringLiteral("merge them instead")));
    CHECK(f.dialog->renameSelected(QStringLiteral("Stability (typo)")));
    CHECK(f.dialog->lastError().isEmpty());
}

TEST_CASE("a company's colour is set and shown")
{
    Fixture f;
    auto *list = f.dialog->findChild<QListView *>(QStringLiteral("companies"));
    f.click(list, QStringLiteral("Stability AI"));
    REQUIRE(f.dialog->setSelectedColor(QColor(QStringLiteral("#6a1b9a"))));
    const int row = f.dialog->selectName(QStringLiteral("Stability AI")) ? 1 : -1;
    REQUIRE(row == 1);
    CHECK(list->currentIndex().data(Qt::DecorationRole).value<QColor>() ==
          QColor(QStringLiteral("#6a1b9a")));
}

TEST_CASE("a name that looks like HTML shows literally in the name list's tooltip")
{
    NameListModel model;
    const QString name = QStringLiteral("<b>Bold</b> <img src=x>");
    model.setEntries({{name, 1, QColor(), {}}});
    CHECK(displayedText(model.index(0, 0).data(Qt::ToolTipRole).toString()) == name);
}

TEST_CASE("a company's identifier shows beside its name in the name list")
{
    NameListModel model;
    model.setEntries({{QStringLiteral("Mercury"), 2, QColor(), QStringLiteral("mercury.com")},
                      {QStringLiteral("Mercury (Q1111)"), 1, QColor(), QStringLiteral("Q1111")}});
    CHECK(model.index(0, 0).data().toString() ==
          QStringLiteral("Mercury · mercury.com  (2 events)"));
    CHECK(model.index(1, 0).data().toString() ==
          QStringLiteral("Mercury (Q1111) · Q1111  (1 event)"));
}

TEST_CASE("the Roles tab maps a title to a role for the tenures, undoably")
{
    Fixture f;
    REQUIRE(f.events
                ->addAll({appointment(QStringLiteral("2010"), QStringLiteral("Acme"),
                                      {QStringLiteral("Ann")}, QStringLiteral("Managing Director")),
                          appointment(QStringLiteral("2020"), QStringLiteral("Acme"),
                                      {QStringLiteral("Ben")}, QStringLiteral("CEO"))})
                .ok());
    f.dialog->showRoles();
    RoleMappingPanel *roles = f.dialog->roles();
    roles->reload();
    const auto annIsOpen = [&f] {
        for (const Tenure &t : *f.events->tenures(QStringLiteral("Acme"))) {
            if (t.person == QStringLiteral("Ann"))
                return t.isOpen();
        }
        return false;
    };
    CHECK(annIsOpen()); // a managing director is no chief executive by default

    auto *titles = roles->findChild<QTableView *>(QStringLiteral("titles"));
    REQUIRE(titles);
    QModelIndex managing;
    for (int row = 0; row < titles->model()->rowCount(); ++row) {
        if (titles->model()->index(row, 0).data().toString() == QStringLiteral("Managing Director"))
            managing = titles->model()->index(row, 0);
    }
    REQUIRE(managing.isValid());
    CHECK(titles->model()->index(managing.row(), 1).data().toString() ==
          QStringLiteral("a post of its own"));
    QTest::mouseClick(titles->viewport(), Qt::LeftButton, {},
                      titles->visualRect(managing).center());
    auto *role = roles->findChild<QComboBox *>(QStringLiteral("role"));
    REQUIRE(role);
    role->setCurrentIndex(role->findData(int(RoleVocabulary::Role::ChiefExecutive)));
    auto *map = roles->findChild<QPushButton *>();
    REQUIRE(map);
    QTest::mouseClick(map, Qt::LeftButton);

    CHECK_FALSE(annIsOpen()); // Ben succeeded her
    CHECK(f.history->undoStack()->count() == 1);
    f.history->undoStack()->undo();
    CHECK(annIsOpen());
    CHECK(f.events->roleAliases()->empty());
}

namespace {
// Accepts the next modal QInputDialog as a user pressing OK would, noting the choice it showed;
// the checks stay outside the timer.
void acceptNextInputDialog(QString *shown)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, shown] {
        if (auto *ask = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            *shown = ask->textValue();
            ask->accept();
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

QStringList namesIn(QListView *list)
{
    QStringList names;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        names << list->model()->index(row, 0).data(Qt::EditRole).toString();
    return names;
}
} // namespace

TEST_CASE("the dialog suggests the spellings of one person and merges them with two clicks, "
          "undoably")
{
    Fixture f;
    REQUIRE(f.history
                ->importEvents({appointment(QStringLiteral("2015"), QStringLiteral("CSER"),
                                            {QStringLiteral("Seán Ó hÉigeartaigh")},
                                            QStringLiteral("Executive Director")),
                                appointment(QStringLiteral("2021"), QStringLiteral("CFI"),
                                            {QStringLiteral("Seán Ó hÉigeartaigh"),
                                             QStringLiteral("Sean O'hEigeartaigh")},
                                            QStringLiteral("Board member")),
                                departure(QStringLiteral("2024"), QStringLiteral("CSER"),
                                          {QStringLiteral("Sean O hEigeartaigh")},
                                          QStringLiteral("Executive Director"))},
                               QStringLiteral("cser.csv"))
                .ok());
    f.history->undoStack()->clear();
    const std::vector<Event> before = *f.events->query();
    f.dialog->showPeople();
    auto *people = f.dialog->findChild<QListView *>(QStringLiteral("people"));
    NameVariantsPanel *panel = f.dialog->variants();
    REQUIRE(panel->isVisible());
    REQUIRE(panel->groupCount() == 1);
    // The spelling most events use is offered first, for keeping.
    CHECK(panel->group(0) ==
          QStringList({QStringLiteral("Seán Ó hÉigeartaigh"), QStringLiteral("Sean O hEigeartaigh"),
                       QStringLiteral("Sean O'hEigeartaigh")}));

    auto *groups = panel->findChild<QListView *>(QStringLiteral("variants"));
    auto *merge = panel->findChild<QPushButton *>(QStringLiteral("mergeVariants"));
    REQUIRE(groups);
    REQUIRE(merge);
    CHECK_FALSE(merge->isEnabled());
    QTest::mouseClick(groups->viewport(), Qt::LeftButton, {},
                      groups->visualRect(groups->model()->index(0, 0)).center());
    CHECK(merge->isEnabled());
    QString offered;
    acceptNextInputDialog(&offered);
    QTest::mouseClick(merge, Qt::LeftButton);

    CHECK(offered == QStringLiteral("Seán Ó hÉigeartaigh (2 events)"));
    CHECK(f.dialog->lastError().isEmpty());
    CHECK(namesIn(people) ==
          QStringList({QStringLiteral("E. Mostaque"), QStringLiteral("Emad Mostaque"),
                       QStringLiteral("Seán Ó hÉigeartaigh")}));
    CHECK(panel->groupCount() == 0);
    EventQuery q;
    q.person = QStringLiteral("Seán Ó hÉigeartaigh");
    const auto naming = f.events->query(q);
    REQUIRE(naming->size() == 3);
    CHECK(naming->at(1).people == QStringList{QStringLiteral("Seán Ó hÉigeartaigh")});
    CHECK(f.history->undoStack()->count() == 1); // one step, however many names

    f.history->undoStack()->undo();
    CHECK(*f.events->query() == before);
    CHECK(panel->groupCount() == 1);
    f.history->undoStack()->redo();
    CHECK(panel->groupCount() == 0);
    CHECK(f.events->query(q)->size() == 3);
}

TEST_CASE("several companies picked with Ctrl+click merge into one as one step")
{
    Fixture f;
    REQUIRE(f.history
                ->addEvent(other(QStringLiteral("2024"), QStringLiteral("stability.ai"),
                                 QStringLiteral("blog post")))
                .ok());
    auto *list = f.dialog->findChild<QListView *>(QStringLiteral("companies"));
    REQUIRE(namesIn(list).size() == 3);
    // "Stability AI" and "stability.ai" differ only in case and punctuation; "Stability" does not.
    CHECK(f.dialog->variants()->groupCount() == 1);
    f.click(list, QStringLiteral("Stability"));
    const QModelIndex dotAi = list->model()->index(
        static_cast<NameListModel *>(list->model())->rowOf(QStringLiteral("stability.ai")), 0);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      list->visualRect(dotAi).center());
    CHECK(list->selectionModel()->selectedRows().size() == 2);
    const int steps = f.history->undoStack()->count();
    REQUIRE(f.dialog->mergeSelectedInto(QStringLiteral("Stability AI")));
    CHECK(namesIn(list) == QStringList{QStringLiteral("Stability AI")});
    CHECK(f.history->undoStack()->count() == steps + 1);
    f.history->undoStack()->undo();
    CHECK(namesIn(list).size() == 3);
}
