#include "eventeditordialog.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace testsupport;

namespace Catch {
template <> struct StringMaker<QRect>
{
    static std::string convert(const QRect &r)
    {
        return QStringLiteral("%1,%2 %3x%4")
            .arg(r.x())
            .arg(r.y())
            .arg(r.width())
            .arg(r.height())
            .toStdString();
    }
};
} // namespace Catch

namespace {
struct EditorFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<EventRepository> events;
    std::unique_ptr<EventEditorDialog> dialog;

    EditorFixture()
    {
        auto opened =
            Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::CreateNew);
        REQUIRE(opened.ok());
        db = std::move(*opened);
        events = std::make_unique<EventRepository>(*db);
        REQUIRE(events
                    ->add(departure(QStringLiteral("2024-03-22"), QStringLiteral("Stability AI"),
                                    {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")))
                    .ok());
        dialog = std::make_unique<EventEditorDialog>(*events);
        dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(dialog.get()));
    }

    template <typename W = QLineEdit> W *field(const char *name)
    {
        auto *w = dialog->findChild<W *>(QLatin1String(name));
        REQUIRE(w);
        return w;
    }

    void type(const char *name, const QString &text)
    {
        QWidget *w = field<QWidget>(name);
        QTest::mouseClick(w, Qt::LeftButton);
        QTest::keyClicks(w, text);
    }

    QPushButton *save()
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

    // What the line under a field says: "date" -> the label "dateProblem".
    QString shownProblem(const char *name)
    {
        return field<QLabel>((QByteArray(name) + "Problem").constData())->text();
    }

    // Every problem line of the form that says something.
    QStringList shownProblems()
    {
        QStringList shown;
        for (const QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->objectName().endsWith(QLatin1String("Problem")) && !label->text().isEmpty())
                shown << label->objectName();
        }
        return shown;
    }
};

// Answers the question the next modal dialog asks with the button labelled `answer`, once it is
// shown; what it asked goes to *asked. Nothing is checked in the callback: the test checks after.
void answerNextQuestion(const QString &answer, QString *asked)
{
    QTimer::singleShot(0, qApp, [answer, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == answer)
                button->click();
        }
    });
}
} // namespace

TEST_CASE("a new event's editor opens without errors and shows a field's once it is edited")
{
    EditorFixture f;
    CHECK(f.shownProblems().isEmpty());
    CHECK_FALSE(f.field("date")->property("faulty").toBool());
    CHECK_FALSE(f.dialog->problem().isEmpty()); // the validator knows; it just does not shout

    f.type("date", QStringLiteral("2024-06-31"));
    CHECK(f.shownProblem("date").contains(QStringLiteral("not a calendar date")));
    CHECK(f.dialog->problem().contains(QStringLiteral("Date: '2024-06-31' is not a calendar")));
    CHECK(f.field("date")->property("faulty").toBool());
    CHECK(f.shownProblems() == QStringList{QStringLiteral("dateProblem")});

    QTest::keyClick(f.field("date"), Qt::Key_Backspace);
    QTest::keyClick(f.field("date"), Qt::Key_Backspace);
    QTest::keyClick(f.field("date"), Qt::Key_Backspace);
    CHECK_FALSE(f.field("date")->property("faulty").toBool());
    CHECK(f.shownProblem("date").isEmpty());
    f.type("company", QStringLiteral("Stability AI"));
    // The people are missing, but nobody has been to that field yet.
    CHECK(f.dialog->problem().contains(QStringLiteral("names at least one person")));
    CHECK(f.shownProblem("people").isEmpty());
    CHECK_FALSE(f.field("people")->property("faulty").toBool());
}

TEST_CASE("Save with problems shows every one, takes the user to the first and saves nothing")
{
    EditorFixture f;
    f.dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.dialog.get()));
    f.type("date", QStringLiteral("2024-06"));
    f.type("company", QStringLiteral("Stability AI"));
    QTest::mouseClick(f.save(), Qt::LeftButton);
    CHECK(f.dialog->isVisible());
    CHECK(f.dialog->result() != QDialog::Accepted);
    CHECK(f.shownProblem("people").contains(QStringLiteral("names at least one person")));
    CHECK(f.shownProblem("role").startsWith(QStringLiteral("An appointment needs a role")));
    CHECK(f.field("people")->property("faulty").toBool());
    CHECK(QApplication::focusWidget() == f.field("people"));

    f.type("people", QStringLiteral("Prem Akkaraju"));
    f.type("role", QStringLiteral("CEO"));
    CHECK(f.dialog->problem().isEmpty());
    CHECK(f.shownProblems().isEmpty());
    f.type("sourceUrl", QStringLiteral("thewrap.com/james-cameron"));
    CHECK(f.shownProblem("sources").contains(QStringLiteral("not an http or https URL")));
    CHECK(f.field("sourceUrl")->property("faulty").toBool());
    QTest::mouseClick(f.save(), Qt::LeftButton);
    CHECK(f.dialog->result() != QDialog::Accepted);
}

TEST_CASE("leaving a field shows what is wrong with it")
{
    EditorFixture f;
    f.dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(f.dialog.get()));
    QTest::mouseClick(f.field("people"), Qt::LeftButton);
    REQUIRE(QApplication::focusWidget() == f.field("people"));
    CHECK(f.shownProblem("people").isEmpty());
    QTest::keyClick(f.field("people"), Qt::Key_Tab); // on to the role, leaving people empty
    CHECK(f.shownProblem("people").contains(QStringLiteral("names at least one person")));
    CHECK(f.shownProblem("role").isEmpty()); // not left yet
}

TEST_CASE("the form does not move as problems come and go")
{
    EditorFixture f;
    QTest::keyClicks(f.field<QComboBox>("type"), QStringLiteral("D")); // as the stored event
    const auto geometry = [&f] {
        QList<QRect> rects;
        for (const char *name : {"type", "date", "company", "companyId", "people", "role",
                                 "reasonNote", "description", "sourceUrl", "moreSources"}) {
            QWidget *w = f.field<QWidget>(name);
            rects << QRect(w->mapTo(f.dialog.get(), QPoint(0, 0)), w->size());
        }
        rects << QRect(f.save()->mapTo(f.dialog.get(), QPoint(0, 0)), f.save()->size());
        return rects;
    };
    QApplication::processEvents();
    const QList<QRect> before = geometry();
    f.type("date", QStringLiteral("2024-13"));
    QTest::mouseClick(f.save(), Qt::LeftButton); // every problem shown
    QApplication::processEvents();
    REQUIRE(f.shownProblems().size() >= 4);
    CHECK(geometry() == before);

    f.field("date")->setText(QStringLiteral("2024-03-22"));
    f.type("company", QStringLiteral("Stability AI"));
    f.type("people", QStringLiteral("Emad Mostaque"));
    f.type("role", QStringLiteral("CEO")); // a duplicate now
    QApplication::processEvents();
    REQUIRE(f.shownProblems().isEmpty());
    REQUIRE_FALSE(f.dialog->duplicateWarning().isEmpty());
    CHECK(geometry() == before);
}

TEST_CASE("Escape, Cancel or closing a changed form asks before discarding it")
{
    EditorFixture f;
    f.type("company", QStringLiteral("Stability AI"));
    QString asked;
    answerNextQuestion(QStringLiteral("Keep editing"), &asked);
    QTest::keyClick(f.dialog.get(), Qt::Key_Escape);
    CHECK(asked == QStringLiteral("Discard changes?"));
    CHECK(f.dialog->isVisible());
    CHECK(f.field("company")->text() == QStringLiteral("Stability AI"));

    asked.clear();
    answerNextQuestion(QStringLiteral("Keep editing"), &asked);
    f.dialog->close(); // the window's close button
    CHECK(asked == QStringLiteral("Discard changes?"));
    CHECK(f.dialog->isVisible());

    asked.clear();
    answerNextQuestion(QStringLiteral("Discard"), &asked);
    QTest::mouseClick(f.dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                      Qt::LeftButton);
    CHECK(asked == QStringLiteral("Discard changes?"));
    CHECK_FALSE(f.dialog->isVisible());
    CHECK(f.dialog->result() == QDialog::Rejected);
}

TEST_CASE("Escape closes a form at once while it is as it was opened")
{
    EditorFixture f;
    Event prefilled; // as "Add event here" fills it
    prefilled.company = QStringLiteral("Stability AI");
    prefilled.date = date(QStringLiteral("2024-06"));
    f.dialog->setEvent(prefilled);
    CHECK(f.shownProblems().isEmpty()); // people and role still missing, but not touched
    QString asked;
    answerNextQuestion(QStringLiteral("Discard"), &asked);
    QTest::keyClick(f.dialog.get(), Qt::Key_Escape);
    CHECK_FALSE(f.dialog->isVisible());
    CHECK(asked.isEmpty());
    QApplication::processEvents(); // the timer, which finds no question

    // Typed and typed back is unchanged too.
    EditorFixture g;
    g.type("company", QStringLiteral("X"));
    QTest::keyClick(g.field("company"), Qt::Key_Backspace);
    answerNextQuestion(QStringLiteral("Keep editing"), &asked);
    QTest::keyClick(g.dialog.get(), Qt::Key_Escape);
    CHECK_FALSE(g.dialog->isVisible());
    CHECK(asked.isEmpty());
    QApplication::processEvents();
}

TEST_CASE("the editor builds the event typed in, with the date's precision")
{
    EditorFixture f;
    f.type("date", QStringLiteral("2024-06"));
    f.type("company", QStringLiteral("Stability AI"));
    f.type("people", QStringLiteral("Prem Akkaraju"));
    f.type("role", QStringLiteral("CEO"));
    f.type("description", QStringLiteral("Former Weta Digital CEO joins."));
    f.type("sourceUrl",
           QStringLiteral("https://thewrap.com/james-cameron-joins-stability-ai-board"));
    f.type("sourceTitle", QStringLiteral("James Cameron joins Stability AI board"));
    REQUIRE(f.dialog->problem().isEmpty());
    const auto event = f.dialog->event();
    REQUIRE(event.has_value());
    CHECK(event->type == EventType::Appointment);
    CHECK(event->date == date(QStringLiteral("2024-06")));
    CHECK(event->people == QStringList{QStringLiteral("Prem Akkaraju")});
    CHECK(event->role == QStringLiteral("CEO"));
    CHECK(event->sources.value(0).title ==
          QStringLiteral("James Cameron joins Stability AI board"));
    QTest::mouseClick(f.save(), Qt::LeftButton);
    CHECK(f.dialog->result() == QDialog::Accepted);
}

TEST_CASE("funding amounts accept the ways people write them and show the normalised value")
{
    EditorFixture f;
    QTest::keyClicks(f.field<QComboBox>("type"), QStringLiteral("F")); // "Funding round"
    REQUIRE(f.field<QComboBox>("type")->currentText() == QStringLiteral("Funding round"));
    CHECK(f.field("amount")->isVisible());
    CHECK_FALSE(f.field("people")->isVisible());
    f.type("date", QStringLiteral("2022-10"));
    f.type("company", QStringLiteral("Stability AI"));
    f.type("amount", QStringLiteral("$101M"));
    f.type("valuation", QStringLiteral("1 billion"));
    CHECK(f.field<QLabel>("amountNote")->text() == QStringLiteral("= $101,000,000"));
    const auto event = f.dialog->event();
    REQUIRE(event.has_value());
    CHECK(event->amountUsd == 101000000);
    CHECK(event->valuationUsd == 1000000000);

    f.type("amount", QStringLiteral(" apples"));
    CHECK(f.dialog->problem().startsWith(QStringLiteral("Amount:")));
    CHECK_FALSE(f.shownProblem("amount").isEmpty());
    CHECK_FALSE(f.dialog->event().has_value());
}

TEST_CASE("the editor points out a likely duplicate before saving")
{
    EditorFixture f;
    QTest::keyClicks(f.field<QComboBox>("type"), QStringLiteral("D"));
    f.type("date", QStringLiteral("2024-03-22"));
    f.type("company", QStringLiteral("stability ai"));
    f.type("people", QStringLiteral("Emad Mostaque"));
    f.type("role", QStringLiteral("CEO"));
    CHECK(f.dialog->duplicateWarning().contains(QStringLiteral("duplicate")));
    CHECK(f.dialog->problem().isEmpty()); // a warning, not a refusal
    f.type("date", QStringLiteral("3"));  // 2024-03-223: now invalid, no duplicate
    CHECK(f.dialog->duplicateWarning().isEmpty());
}

TEST_CASE("the editor points out a near duplicate, by the importer's rule")
{
    EditorFixture f;
    QTest::keyClicks(f.field<QComboBox>("type"), QStringLiteral("D"));
    f.type("date", QStringLiteral("2024-03")); // the stored departure is 2024-03-22
    f.type("company", QStringLiteral("Stability AI"));
    f.type("people", QStringLiteral("Emad Mostaque"));
    f.type("role", QStringLiteral("CEO"));
    CHECK(f.dialog->duplicateWarning().startsWith(QStringLiteral("This may be the same as")));
    CHECK(f.dialog->duplicateWarning().contains(QStringLiteral("dated 2024-03-22")));
    f.field("date")->setText(QStringLiteral("2024-03-22"));
    CHECK(f.dialog->duplicateWarning().startsWith(QStringLiteral("This looks like a duplicate")));
    f.field("date")->setText(QStringLiteral("2024-04"));
    CHECK(f.dialog->duplicateWarning().isEmpty());
}

TEST_CASE("a CEO's appointment on a day is pointed out beside the stored one of its month")
{
    EditorFixture f;
    // As in the bundled sample (resources/stability-ai.csv): the day was not found.
    const auto stored =
        f.events->add(appointment(QStringLiteral("2024-06"), QStringLiteral("Stability AI"),
                                  {QStringLiteral("Prem Akkaraju")}, QStringLiteral("CEO")));
    REQUIRE(stored.ok());
    EventEditorDialog dialog(*f.events);
    dialog.show();
    const auto type = [&dialog](const char *name, const QString &text) {
        QTest::keyClicks(dialog.findChild<QWidget *>(QLatin1String(name)), text);
    };
    type("date", QStringLiteral("2024-06-25"));
    type("company", QStringLiteral("Stability AI"));
    type("people", QStringLiteral("Prem Akkaraju"));
    type("role", QStringLiteral("CEO"));
    const QString warning = dialog.duplicateWarning();
    CHECK(warning.startsWith(QStringLiteral("This may be the same as")));
    // The stored event by its date, company, type, people and role.
    CHECK(
        warning.contains(QStringLiteral("2024-06 Stability AI appointment: Prem Akkaraju (CEO)")));
    CHECK(warning.contains(QStringLiteral("id %1").arg(*stored)));
    // A warning, not a refusal.
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save),
                      Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("editing shows the stored event and keeps its id")
{
    EditorFixture f;
    const Event stored = f.events->query()->front();
    f.dialog->setEvent(stored);
    CHECK(f.field("people")->text() == QStringLiteral("Emad Mostaque"));
    CHECK(f.dialog->windowTitle() == QStringLiteral("Edit event"));
    const auto event = f.dialog->event();
    REQUIRE(event.has_value());
    CHECK(*event == stored);
    CHECK(f.dialog->duplicateWarning().isEmpty()); // not a duplicate of itself
}

TEST_CASE("the editor refuses a control character in a name and quotes the name literally")
{
    EditorFixture f;
    f.field("date")->setText(QStringLiteral("2024"));
    f.field("company")->setText(QStringLiteral("<b>Bold</b> <img src=x>\x1b[2J"));
    auto *problem = f.field<QLabel>("companyProblem");
    CHECK_FALSE(f.dialog->event().has_value());
    const QString said = QStringLiteral("The company '<b>Bold</b> <img src=x>\\x1b[2J' contains "
                                        "the control character U+001B; remove it");
    CHECK(f.dialog->problem().contains(said));
    // Under the field, whole or elided with the whole in the tooltip; literal either way.
    CHECK(displayedText(problem->text(), problem->textFormat())
              .startsWith(QStringLiteral("The company '<b>Bold</b>")));
    CHECK((problem->text() == said || displayedText(problem->toolTip()) == said));
}

TEST_CASE("a departure's reason and announcement are fields of the editor, saved with it")
{
    EditorFixture f;
    QTest::keyClicks(f.field<QComboBox>("type"), QStringLiteral("D")); // "Departure"
    REQUIRE(f.field<QComboBox>("type")->currentText() == QStringLiteral("Departure"));
    CHECK(f.field<QComboBox>("reason")->isVisible());
    CHECK(f.field("reasonNote")->isVisible());
    CHECK_FALSE(f.field("acquirer")->isVisible());
    CHECK_FALSE(f.field("investors")->isVisible());
    f.type("date", QStringLiteral("2024-03-22"));
    f.type("announced", QStringLiteral("2024-03"));
    f.type("company", QStringLiteral("Stability AI"));
    f.type("people", QStringLiteral("Emad Mostaque"));
    f.type("role", QStringLiteral("CEO"));
    QTest::keyClicks(f.field<QComboBox>("reason"), QStringLiteral("Res")); // "Resigned"
    f.type("reasonNote", QStringLiteral("to pursue decentralized AI"));
    f.type("sourceOutlet", QStringLiteral("SiliconANGLE"));
    f.type("sourceDate", QStringLiteral("2024-03-24"));
    QWidget *more = f.field<QPlainTextEdit>("moreSources");
    QTest::mouseClick(more->focusProxy() ? more->focusProxy() : more, Qt::LeftButton);
    QTest::keyClicks(more, QStringLiteral("https://axios.com/x | 2024-03-23 | Axios"));
    INFO(f.dialog->problem().toStdString());
    REQUIRE(f.dialog->problem().isEmpty());
    const auto event = f.dialog->event();
    REQUIRE(event.has_value());
    CHECK(event->announced == date(QStringLiteral("2024-03")));
    CHECK(event->reason == DepartureReason::Resigned);
    CHECK(event->reasonNote == QStringLiteral("to pursue decentralized AI"));
    REQUIRE(event->sources.size() == 2);
    CHECK(event->sources[0].outlet == QStringLiteral("SiliconANGLE"));
    CHECK(event->sources[0].date == date(QStringLiteral("2024-03-24")));
    CHECK(event->sources[1] == EventSource{QStringLiteral("https://axios.com/x"),
                                           {},
                                           QStringLiteral("Axios"),
                                           date(QStringLiteral("2024-03-23"))});

    // Stored and shown again, every field comes back.
    const auto id = f.events->add(*event);
    REQUIRE(id.ok());
    EventEditorDialog again(*f.events);
    again.setEvent(*f.events->find(*id).value());
    CHECK(again.findChild<QComboBox *>(QStringLiteral("reason"))->currentText() ==
          QStringLiteral("Resigned"));
    const auto reread = again.event();
    REQUIRE(reread.has_value());
    Event expected = *event;
    expected.id = *id;
    CHECK(*reread == expected);
}

TEST_CASE("an acquisition takes an acquirer and a price in a currency the amount must agree with")
{
    EditorFixture f;
    QTest::keyClicks(f.field<QComboBox>("type"), QStringLiteral("Acq"));
    REQUIRE(f.field<QComboBox>("type")->currentText() ==
            QStringLiteral("Acquisition of the company"));
    CHECK(f.field("acquirer")->isVisible());
    CHECK(f.field("amount")->isVisible());
    CHECK(f.field<QComboBox>("currency")->isVisible());
    CHECK_FALSE(f.field("valuation")->isVisible());
    CHECK_FALSE(f.field<QComboBox>("reason")->isVisible());
    f.type("date", QStringLiteral("2016-06-13"));
    f.type("company", QStringLiteral("LinkedIn"));
    f.type("acquirer", QStringLiteral("Microsoft"));
    f.field("amount")->insert(QStringLiteral("€26.2B")); // QTest types Latin-1 only
    CHECK(f.dialog->problem().contains(QStringLiteral("it is in EUR; choose EUR")));
    CHECK(f.field("amount")->property("faulty").toBool());
    CHECK_FALSE(f.dialog->event().has_value());

    f.field<QComboBox>("currency")->setCurrentText(QStringLiteral("EUR"));
    INFO(f.dialog->problem().toStdString());
    REQUIRE(f.dialog->problem().isEmpty());
    CHECK(f.field<QLabel>("amountNote")->text() == QStringLiteral("= €26,200,000,000"));
    const auto event = f.dialog->event();
    REQUIRE(event.has_value());
    CHECK(event->type == EventType::Acquisition);
    CHECK(event->acquirer == QStringLiteral("Microsoft"));
    CHECK(event->amountUsd == 26'200'000'000);
    CHECK(event->currency == QStringLiteral("EUR"));
    QTest::mouseClick(f.save(), Qt::LeftButton);
    CHECK(f.dialog->result() == QDialog::Accepted);
}
