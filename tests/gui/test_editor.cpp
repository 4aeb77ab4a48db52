#include "eventeditordialog.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace testsupport;

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
};
} // namespace

TEST_CASE("the editor keeps Save disabled and says why until the event is valid")
{
    EditorFixture f;
    CHECK_FALSE(f.save()->isEnabled());
    f.type("date", QStringLiteral("2024-06-31"));
    CHECK(f.dialog->problem().contains(QStringLiteral("not a calendar date")));
    CHECK(f.field("date")->property("faulty").toBool());
    CHECK_FALSE(f.save()->isEnabled());

    QTest::keyClick(f.field("date"), Qt::Key_Backspace);
    QTest::keyClick(f.field("date"), Qt::Key_Backspace);
    QTest::keyClick(f.field("date"), Qt::Key_Backspace);
    CHECK_FALSE(f.field("date")->property("faulty").toBool());
    f.type("company", QStringLiteral("Stability AI"));
    CHECK(f.dialog->problem().contains(QStringLiteral("names at least one person")));
    CHECK(f.field("people")->property("faulty").toBool());
    f.type("people", QStringLiteral("Prem Akkaraju"));
    f.type("role", QStringLiteral("CEO"));
    CHECK(f.dialog->problem().isEmpty());
    CHECK(f.save()->isEnabled());

    f.type("sourceUrl", QStringLiteral("thewrap.com/james-cameron"));
    CHECK(f.dialog->problem().contains(QStringLiteral("not an http or https URL")));
    CHECK_FALSE(f.save()->isEnabled());
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
    REQUIRE(f.save()->isEnabled());
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
    CHECK_FALSE(f.save()->isEnabled());
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
    CHECK(f.save()->isEnabled());        // a warning, not a refusal
    f.type("date", QStringLiteral("3")); // 2024-03-223: now invalid, no duplicate
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
    auto *problem = f.field<QLabel>("problem");
    CHECK_FALSE(f.save()->isEnabled());
    CHECK(displayedText(problem->text(), problem->textFormat())
              .contains(QStringLiteral("The company '<b>Bold</b> <img src=x>\\x1b[2J' contains "
                                       "the control character U+001B; remove it")));
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
    REQUIRE(f.save()->isEnabled());
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
    CHECK_FALSE(f.save()->isEnabled());

    f.field<QComboBox>("currency")->setCurrentText(QStringLiteral("EUR"));
    INFO(f.dialog->problem().toStdString());
    REQUIRE(f.save()->isEnabled());
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
