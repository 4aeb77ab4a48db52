#include "detailspanel.h"
#include "eventtablepanel.h"
#include "filterpanel.h"
#include "importproblemsdialog.h"
#include "models/eventtablemodel.h"
#include "overviewcounter.h"
#include "overviewstrip.h"
#include "store/database.h"
#include "store/eventrepository.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>
#include <numeric>

using namespace testsupport;

namespace {
Event withId(Event e, EventId id)
{
    e.id = id;
    return e;
}

// Five events whose dates and amounts sort differently as text than as dates and numbers.
std::vector<Event> sampleEvents()
{
    Event lawsuit = other(QStringLiteral("2023"), QStringLiteral("Stability AI"),
                          QStringLiteral("Getty Images sues over training data"));
    return {withId(departure(QStringLiteral("2024-03-22"), QStringLiteral("Stability AI"),
                             {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                   1),
            withId(funding(QStringLiteral("2022-10"), QStringLiteral("Stability AI"),
                           QStringLiteral("Seed"), 101'000'000, 1'000'000'000),
                   2),
            withId(funding(QStringLiteral("2023-01-23"), QStringLiteral("OpenAI"),
                           QStringLiteral("Series C"), 10'000'000'000, std::nullopt),
                   3),
            withId(funding(QStringLiteral("2021"), QStringLiteral("Anthropic"),
                           QStringLiteral("Series A"), 124'000'000, std::nullopt),
                   4),
            withId(lawsuit, 5)};
}

bool matchesEverything(const EventQuery &q)
{
    return q.companies.isEmpty() && q.types.isEmpty() && !q.from.isValid() && !q.to.isValid() &&
           q.person.isEmpty() && q.text.isEmpty() && q.limit == -1;
}

template <typename W> W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

struct TableFixture
{
    EventTablePanel panel;
    QTableView *view = nullptr;

    TableFixture()
    {
        panel.resize(1000, 300);
        panel.setEvents(sampleEvents());
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        view = child<QTableView>(&panel, "eventTable");
    }

    void clickHeader(int column)
    {
        QHeaderView *header = view->horizontalHeader();
        const QPoint at(header->sectionViewportPosition(column) + 10, header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    }

    QList<EventId> idsInViewOrder() const
    {
        QList<EventId> ids;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            ids << view->model()->index(row, 0).data(EventTableModel::EventIdRole).toLongLong();
        return ids;
    }

    void clickRow(int row)
    {
        const QRect cell = view->visualRect(view->model()->index(row, EventTableModel::Company));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    }
};

// The sample events in a new database file.
std::unique_ptr<Database> newDatabase(const QTemporaryDir &dir)
{
    auto opened =
        Database::open(dir.filePath(QStringLiteral("t.sqlite")), Database::OpenMode::CreateNew);
    REQUIRE(opened.ok());
    return std::move(*opened);
}

struct SampleDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db = newDatabase(dir);
    EventRepository events{*db};

    SampleDatabase()
    {
        std::vector<Event> sample = sampleEvents();
        for (Event &e : sample)
            e.id = 0;
        REQUIRE(events.addAll(sample).ok());
    }
};

struct FilterFixture
{
    FilterPanel panel;
    QSignalSpy spy{&panel, &FilterPanel::queryChanged};

    FilterFixture()
    {
        std::vector<Company> companies{{1, QStringLiteral("Anthropic"), QColor(), 1, {}},
                                       {2, QStringLiteral("OpenAI"), QColor(Qt::darkGreen), 1, {}},
                                       {3, QStringLiteral("Stability AI"), QColor(), 3, {}}};
        panel.setChoices(companies,
                         {QStringLiteral("Emad Mostaque"), QStringLiteral("Sam Altman")});
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
    }

    EventQuery last() const
    {
        REQUIRE(spy.count() > 0);
        return spy.last().at(0).value<EventQuery>();
    }

    void type(const char *name, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(&panel, name);
        QTest::mouseClick(edit, Qt::LeftButton);
        QTest::keyClicks(edit, text);
    }
};
} // namespace

TEST_CASE("the event table sorts dates chronologically and amounts by value")
{
    TableFixture f;
    CHECK(f.idsInViewOrder() == QList<EventId>{4, 2, 5, 3, 1}); // by date at first

    f.clickHeader(EventTableModel::Company);
    CHECK(f.idsInViewOrder().first() == 4); // Anthropic
    f.clickHeader(EventTableModel::Date);
    CHECK(f.idsInViewOrder() == QList<EventId>{4, 2, 5, 3, 1});
    f.clickHeader(EventTableModel::Date);
    CHECK(f.idsInViewOrder() == QList<EventId>{1, 3, 5, 2, 4});

    // As text "$101M" < "$10B" < "$124M"; as numbers 101M < 124M < 10B. No amount sorts lowest.
    f.clickHeader(EventTableModel::Amount);
    const QList<EventId> byAmount = f.idsInViewOrder();
    CHECK(byAmount.mid(2) == QList<EventId>{2, 4, 3});
    CHECK(f.view->model()->index(4, EventTableModel::Amount).data().toString() ==
          QStringLiteral("$10B"));
}

TEST_CASE("a coarse date sorts before a finer date starting the same day")
{
    EventTableModel model;
    model.setEvents({withId(other(QStringLiteral("2023-01"), QStringLiteral("A"), {}), 1),
                     withId(other(QStringLiteral("2023"), QStringLiteral("A"), {}), 2),
                     withId(other(QStringLiteral("2022-12-31"), QStringLiteral("A"), {}), 3)});
    const auto key = [&](int row) {
        return model.index(row, EventTableModel::Date)
            .data(EventTableModel::SortKeyRole)
            .toLongLong();
    };
    CHECK(key(2) < key(1));
    CHECK(key(1) < key(0));
    CHECK(model.rowForEvent(2) == 1);
    CHECK(model.eventAt(1).id == 2);
    CHECK(model.index(0, 0).data(EventTableModel::EventIdRole).toLongLong() == 1);
}

TEST_CASE("the table says what the filters leave and offers to clear them")
{
    TableFixture f;
    auto *summary = child<QLabel>(&f.panel, "tableSummary");
    auto *clear = child<QPushButton>(&f.panel, "clearFilters");
    f.panel.setSummary(5, 5, 5, QString());
    CHECK(summary->text() == QStringLiteral("5 events"));
    CHECK_FALSE(clear->isVisible());

    f.panel.setSummary(2, 2, 25, QStringLiteral("“Mostaque”"));
    CHECK(summary->text() == QStringLiteral("2 of 25 events · filter: “Mostaque”"));
    REQUIRE(clear->isVisible());
    QSignalSpy cleared(&f.panel, &EventTablePanel::clearFiltersRequested);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(cleared.count() == 1);

    f.panel.setSummary(10000, -1, 1000000, QStringLiteral("“ceo”"));
    const QLocale locale;
    CHECK(summary->text() == QStringLiteral("More than %1 of %2 events · filter: “ceo” · the "
                                            "first %1 listed")
                                 .arg(locale.toString(10000), locale.toString(1000000)));
}

TEST_CASE("clicking a row tells which event the user selected")
{
    TableFixture f;
    QSignalSpy selected(&f.panel, &EventTablePanel::eventSelected);
    f.clickRow(1);
    REQUIRE(selected.count() == 1);
    CHECK(selected.at(0).at(0).value<EventId>() == 2);
    CHECK(f.panel.selectedEvent() == 2);

    QSignalSpy activated(&f.panel, &EventTablePanel::eventActivated);
    QTest::keyClick(f.view, Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.at(0).at(0).value<EventId>() == 2);
    const QRect cell = f.view->visualRect(f.view->model()->index(3, 0));
    // What a double click delivers: a press and release, then the double click itself.
    QTest::mouseClick(f.view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(f.view->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(activated.count() == 2);
    CHECK(activated.at(1).at(0).value<EventId>() == 3);
}

TEST_CASE("selecting an event from outside selects its row silently and survives a refresh")
{
    TableFixture f;
    QSignalSpy selected(&f.panel, &EventTablePanel::eventSelected);
    f.panel.selectEvent(3);
    CHECK(f.panel.selectedEvent() == 3);
    CHECK(f.view->selectionModel()->isRowSelected(3, {}));
    CHECK(selected.isEmpty());

    f.panel.setEvents(sampleEvents());
    CHECK(f.panel.selectedEvent() == 3);
    std::vector<Event> fewer = sampleEvents();
    fewer.erase(fewer.begin() + 2); // event 3 is gone
    f.panel.setEvents(fewer);
    CHECK(f.panel.selectedEvent() == 0);
    f.panel.selectEvent(42);
    CHECK(f.panel.selectedEvent() == 0);
    CHECK(selected.isEmpty());
}

TEST_CASE("the details of a funding round show every field, escaped, with the source as a link")
{
    DetailsPanel panel;
    Event round = withId(funding(QStringLiteral("2022-10"), QStringLiteral("Stability <AI>"),
                                 QStringLiteral("Seed"), 101'000'000, 1'000'000'000),
                         7);
    round.description = QStringLiteral("Led by Coatue & Lightspeed <b>not bold</b>");
    testsupport::mainSource(round).url = QStringLiteral("https://example.com/news?id=1&lang=en");
    testsupport::mainSource(round).title = QStringLiteral("Stability raises $101M");
    panel.showDetails(round);
    CHECK(panel.shownEvent() == 7);

    auto *browser = child<QTextBrowser>(&panel, "details");
    CHECK(browser->openExternalLinks());
    const QString text = browser->toPlainText();
    for (const char *expected :
         {"October 2022 (month only)", "Stability <AI>", "Funding round", "Seed",
          "$101,000,000 ($101M, USD)", "$1,000,000,000 ($1B, USD)", "Completed",
          "Led by Coatue & Lightspeed <b>not bold</b>", "Stability raises $101M", "7"})
        CHECK(text.contains(QLatin1String(expected)));
    CHECK_FALSE(text.contains(QStringLiteral("Interim")));

    const QString html = panel.html();
    CHECK(html.contains(QStringLiteral(
        "<a href=\"https://example.com/news?id=1&amp;lang=en\">Stability raises $101M</a>")));
    CHECK(html.contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
    CHECK(html.contains(QStringLiteral("Stability &lt;AI&gt;")));
    CHECK(browser->toHtml().contains(QStringLiteral("href=\"https://example.com/news?id=1")));
}

TEST_CASE("the details show a departure's reason, an acquisition's buyer and price, every source")
{
    DetailsPanel panel;
    Event left = withId(departure(QStringLiteral("2024-03-22"), QStringLiteral("Stability AI"),
                                  {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                        3);
    left.announced = date(QStringLiteral("2024-03"));
    left.reason = DepartureReason::Resigned;
    left.reasonNote = QStringLiteral("to pursue decentralized AI");
    left.sources = {{QStringLiteral("https://siliconangle.com/x"),
                     QStringLiteral("Mostaque resigns"), QStringLiteral("SiliconANGLE"),
                     date(QStringLiteral("2024-03-24"))},
                    {QStringLiteral("https://axios.com/y"), {}, QStringLiteral("Axios"), {}}};
    panel.showDetails(left);
    QString text = child<QTextBrowser>(&panel, "details")->toPlainText();
    for (const char *expected :
         {"Announced", "March 2024 (month only)", "Resigned: to pursue decentralized AI",
          "Source 1", "Mostaque resigns (SiliconANGLE, 24 March 2024)", "Source 2",
          "https://axios.com/y"})
        CHECK(text.contains(QLatin1String(expected)));
    CHECK(panel.html().contains(QStringLiteral("<a href=\"https://axios.com/y\">")));

    Event sale = withId(other(QStringLiteral("2016-06-13"), QStringLiteral("LinkedIn"), {}), 4);
    sale.type = EventType::Acquisition;
    sale.acquirer = QStringLiteral("Microsoft");
    sale.amountUsd = 26'200'000'000;
    sale.currency = QStringLiteral("EUR");
    panel.showDetails(sale);
    text = child<QTextBrowser>(&panel, "details")->toPlainText();
    for (const char *expected :
         {"Acquisition", "Acquirer", "Microsoft", "Price", "€26,200,000,000 (€26B, EUR)"})
        CHECK(text.contains(QString::fromUtf8(expected)));
    CHECK_FALSE(text.contains(QStringLiteral("Reason")));
}

TEST_CASE("the details of a departure show its people and role but no funding fields")
{
    DetailsPanel panel;
    Event left = withId(departure(QStringLiteral("2024-03-22"), QStringLiteral("Stability AI"),
                                  {QStringLiteral("Emad Mostaque")}, QStringLiteral("CEO")),
                        1);
    testsupport::mainSource(left).url = QStringLiteral("https://example.com/resigns");
    panel.showDetails(left);
    const QString text = child<QTextBrowser>(&panel, "details")->toPlainText();
    for (const char *expected : {"22 March 2024", "Departure", "Emad Mostaque", "CEO", "Interim",
                                 "no", "https://example.com/resigns"})
        CHECK(text.contains(QLatin1String(expected)));
    for (const char *absent : {"Round", "Amount", "Valuation", "Status"})
        CHECK_FALSE(text.contains(QLatin1String(absent)));
    CHECK(panel.html().contains(
        QStringLiteral("<a href=\"https://example.com/resigns\">https://example.com/resigns</a>")));

    testsupport::mainSource(left).url = QStringLiteral("file:///etc/passwd");
    panel.showDetails(left);
    CHECK_FALSE(panel.html().contains(QStringLiteral("<a ")));

    panel.clear();
    CHECK(panel.shownEvent() == 0);
    CHECK(child<QTextBrowser>(&panel, "details")
              ->toPlainText()
              .contains(QStringLiteral("Select an event on the timeline or in the table")));
}

TEST_CASE("the details of a tenure show its term, open or closed")
{
    DetailsPanel panel;
    Tenure tenure;
    tenure.company = QStringLiteral("Stability AI");
    tenure.person = QStringLiteral("Shan Shan Wong");
    tenure.role = QStringLiteral("CEO");
    tenure.interim = true;
    tenure.start = date(QStringLiteral("2024-03"));
    panel.showTenure(tenure);
    QString text = child<QTextBrowser>(&panel, "details")->toPlainText();
    CHECK(text.contains(QStringLiteral("Shan Shan Wong")));
    CHECK(text.contains(QStringLiteral("March 2024 – today")));
    tenure.end = date(QStringLiteral("2024-06-25"));
    tenure.endReason = Tenure::End::Succeeded;
    panel.showTenure(tenure);
    text = child<QTextBrowser>(&panel, "details")->toPlainText();
    CHECK(text.contains(QStringLiteral("March 2024 – 25 June 2024 (succeeded)")));
}

TEST_CASE("unchecking a type or a company narrows the query at once")
{
    FilterFixture f;
    CHECK(matchesEverything(f.panel.query()));

    auto *departures = child<QCheckBox>(&f.panel, "type-departure");
    const int middle = departures->height() / 2;
    QTest::mouseClick(departures, Qt::LeftButton, {}, QPoint(middle, middle)); // on the box
    REQUIRE(f.spy.count() == 1);
    CHECK(f.last().types == QList<EventType>{EventType::Appointment, EventType::Funding,
                                             EventType::Acquisition, EventType::Other});

    auto *list = child<QListView>(&f.panel, "companies");
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(1, 0)).center());
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(f.spy.count() == 2);
    CHECK(f.last().companies ==
          QStringList{QStringLiteral("Anthropic"), QStringLiteral("Stability AI")});

    QTest::mouseClick(child<QPushButton>(&f.panel, "noCompanies"), Qt::LeftButton);
    CHECK(f.last().limit == 0); // nothing can match
    QTest::mouseClick(child<QPushButton>(&f.panel, "allCompanies"), Qt::LeftButton);
    CHECK(f.last().companies.isEmpty());
    CHECK(f.last().limit == -1);
}

TEST_CASE("the filter waits for a pause in typing before searching")
{
    FilterFixture f;
    f.type("search", QStringLiteral("mostaque ceo"));
    CHECK(f.spy.isEmpty());
    REQUIRE(f.spy.wait(1000));
    CHECK(f.spy.count() == 1);
    CHECK(f.last().text == QStringLiteral("mostaque ceo"));

    auto *person = child<QLineEdit>(&f.panel, "person");
    QTest::mouseClick(person, Qt::LeftButton);
    QTest::keyClicks(person, QStringLiteral("sam altman"));
    REQUIRE(f.spy.wait(1000));
    CHECK(f.last().person == QStringLiteral("Sam Altman")); // the stored spelling
}

TEST_CASE("the person filter completes a name typed without its accents and filters by it")
{
    FilterFixture f;
    f.panel.setChoices({},
                       {QStringLiteral("Emad Mostaque"), QStringLiteral("Seán Ó hÉigeartaigh")});
    auto *person = child<QLineEdit>(&f.panel, "person");
    QTest::mouseClick(person, Qt::LeftButton);
    QTest::keyClicks(person, QStringLiteral("sean o h"));
    QCompleter *completer = person->completer();
    REQUIRE(completer != nullptr);
    CHECK(completer->completionCount() == 1);
    REQUIRE(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(person->text() == QStringLiteral("Seán Ó hÉigeartaigh"));
    CHECK(f.last().person == QStringLiteral("Seán Ó hÉigeartaigh"));
}

TEST_CASE("a date range accepts partial dates and ignores a bad one")
{
    FilterFixture f;
    f.type("from", QStringLiteral("2020"));
    f.type("to", QStringLiteral("2023-06"));
    QTest::keyClick(child<QLineEdit>(&f.panel, "to"), Qt::Key_Return);
    CHECK(f.last().from == QDate(2020, 1, 1));
    CHECK(f.last().to == QDate(2023, 6, 30));

    auto *to = child<QLineEdit>(&f.panel, "to");
    to->selectAll();
    QTest::keyClicks(to, QStringLiteral("2023-13"));
    CHECK(to->property("faulty").toBool());
    CHECK_FALSE(to->toolTip().isEmpty());
    REQUIRE(f.spy.wait(1000));
    CHECK(f.last().from == QDate(2020, 1, 1));
    CHECK_FALSE(f.last().to.isValid());
    CHECK_FALSE(child<QLineEdit>(&f.panel, "from")->property("faulty").toBool());
}

TEST_CASE("Clear filters shows everything again; setQuery shows a query silently")
{
    FilterFixture f;
    EventQuery narrow;
    narrow.companies = {QStringLiteral("OpenAI")};
    narrow.types = {EventType::Funding};
    narrow.from = QDate(2021, 1, 1);
    narrow.to = QDate(2023, 3, 31);
    narrow.text = QStringLiteral("series");
    f.panel.setQuery(narrow);
    CHECK(f.spy.isEmpty());
    CHECK(child<QLineEdit>(&f.panel, "from")->text() == QStringLiteral("2021"));
    CHECK(child<QLineEdit>(&f.panel, "to")->text() == QStringLiteral("2023-03"));
    const EventQuery shown = f.panel.query();
    CHECK(shown.companies == narrow.companies);
    CHECK(shown.types == narrow.types);
    CHECK(shown.from == narrow.from);
    CHECK(shown.to == narrow.to);

    QTest::mouseClick(child<QPushButton>(&f.panel, "clearFilters"), Qt::LeftButton);
    REQUIRE(f.spy.count() == 1);
    CHECK(matchesEverything(f.last()));
}

TEST_CASE("the filter's query finds events through the store's full-text index")
{
    SampleDatabase sample;
    EventRepository &events = sample.events;

    FilterPanel panel;
    panel.setChoices(*events.companies(), *events.people());
    QSignalSpy spy(&panel, &FilterPanel::queryChanged);
    QTest::keyClicks(child<QLineEdit>(&panel, "search"), QStringLiteral("gett"));
    REQUIRE(spy.wait(1000));
    const auto found = events.query(spy.last().at(0).value<EventQuery>());
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->front().description.startsWith(QStringLiteral("Getty")));
}

TEST_CASE("clicking the overview strip asks to centre the view on the day clicked")
{
    OverviewStrip strip;
    const QDate first(2020, 1, 1);
    const QDate last(2023, 12, 31);
    strip.setDensity(first, last, std::vector<int>(48, 1));
    const double start = double(first.toJulianDay());
    const double span = double(last.toJulianDay() + 1) - start;
    strip.setWindow(start + span * 0.6, start + span * 0.8);
    strip.resize(400, 48);
    strip.show();
    REQUIRE(QTest::qWaitForWindowExposed(&strip));
    REQUIRE(strip.width() == 400);

    QSignalSpy spy(&strip, &OverviewStrip::windowMoveRequested);
    QTest::mouseClick(&strip, Qt::LeftButton, {}, QPoint(100, 20));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toDouble() == Approx(start + span * 0.25));

    // Dragging the band by 40 px moves its centre by 40 px worth of days.
    spy.clear();
    const double centre = start + span * 0.7;
    QTest::mousePress(&strip, Qt::LeftButton, {}, QPoint(300, 20));
    CHECK(spy.isEmpty()); // grabbing the band does not move it
    QMouseEvent move(QEvent::MouseMove, QPointF(340, 20), strip.mapToGlobal(QPointF(340, 20)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&strip, &move);
    QTest::mouseRelease(&strip, Qt::LeftButton, {}, QPoint(340, 20));
    REQUIRE(spy.count() == 1);
    CHECK(spy.at(0).at(0).toDouble() == Approx(centre + span * 0.1));
}

// ---- User text is text, never markup ----

namespace {
// A name a user could type or import, which Qt would take for rich text if asked to guess.
const QString htmlName = QStringLiteral("<b>Bold</b> <img src=x>");
} // namespace

TEST_CASE("a name that looks like HTML shows literally in the event table's tooltips")
{
    EventTablePanel panel;
    Event event =
        withId(departure(QStringLiteral("2024"), htmlName, {htmlName}, QStringLiteral("CEO")), 1);
    testsupport::mainSource(event).url = QStringLiteral("https://example.com/?q=<b>x</b>");
    panel.setEvents({event});
    const QAbstractItemModel *model = child<QTableView>(&panel, "eventTable")->model();
    const auto tip = [model](int column) {
        return displayedText(model->index(0, column).data(Qt::ToolTipRole).toString());
    };
    CHECK(tip(EventTableModel::Company).contains(htmlName));
    CHECK(tip(EventTableModel::People).contains(htmlName));
    CHECK(tip(EventTableModel::Source) == event.sources.value(0).url);
}

TEST_CASE("a company name that looks like HTML shows literally in the filter's tooltip")
{
    FilterPanel panel;
    panel.setChoices({{1, htmlName, QColor(), 2, {}}}, {htmlName});
    const QAbstractItemModel *model = child<QListView>(&panel, "companies")->model();
    CHECK(displayedText(model->index(0, 0).data(Qt::ToolTipRole).toString()) ==
          htmlName + QStringLiteral(": 2 events"));
}

TEST_CASE("the import report shows the file's name literally and counts every problem")
{
    QStringList listed;
    for (int i = 0; i < 1000; ++i)
        listed << QStringLiteral("news.csv:%1: type: 'meeting' is not a type").arg(i + 2);
    ImportProblemsDialog dialog(htmlName + QStringLiteral(".csv"), listed, 1631);
    auto *summary = child<QLabel>(&dialog, "summary");
    const QString shown = displayedText(summary->text(), summary->textFormat());
    CHECK(shown.contains(htmlName + QStringLiteral(".csv")));
    CHECK(shown.contains(QStringLiteral("1631")));
    CHECK(shown.contains(QStringLiteral("the first 1000 are listed")));
}

TEST_CASE("the import problems dialog saves the whole list and offers to import the valid rows")
{
    ImportProblemsDialog dialog(QStringLiteral("news.csv"),
                                {QStringLiteral("news.csv:3: date: '2024-02-30' is not a "
                                                "calendar date")},
                                1);
    dialog.setWarnings({QStringLiteral("news.csv:4: date: '2024-9-1' was read as 2024-09-01")});
    auto *save = child<QPushButton>(&dialog, "saveList");
    auto *importValid = child<QPushButton>(&dialog, "importValid");
    CHECK(save->text() == QStringLiteral("Save list…"));
    CHECK_FALSE(save->isEnabled()); // nothing to save until there is a report
    CHECK(importValid->isHidden());

    dialog.setReport("1 problem\n1 warning\nproblem: news.csv:3: ...\n");
    dialog.offerValidRows(5);
    CHECK(importValid->text() == QStringLiteral("Import the 5 valid rows"));
    CHECK(child<QLabel>(&dialog, "summary")->text().contains(QStringLiteral("1 warning")));
    CHECK(child<QPlainTextEdit>(&dialog, "problems")
              ->toPlainText()
              .contains(QStringLiteral("warning: news.csv:4:")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("problems.txt"));
    dialog.setSavePathChooser([&path] { return path; });
    QTest::mouseClick(save, Qt::LeftButton);
    CHECK(readFile(path) == "1 problem\n1 warning\nproblem: news.csv:3: ...\n");

    dialog.show();
    QTest::mouseClick(importValid, Qt::LeftButton);
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("a search for punctuation alone says that it matches nothing, and why")
{
    FilterFixture f;
    auto *note = child<QLabel>(&f.panel, "searchNote");
    CHECK(note->isHidden());
    f.type("search", QStringLiteral("*"));
    CHECK_FALSE(note->isHidden());
    CHECK(note->textFormat() == Qt::PlainText);
    CHECK(note->text() == QStringLiteral("'*' has no letters or digits to search for, so it "
                                         "matches nothing. Type a word to search for."));
    f.type("search", QStringLiteral("x"));
    CHECK(note->isHidden());
}

TEST_CASE("the person filter reads the people only when a name is typed, and again after a change")
{
    FilterFixture f;
    int reads = 0;
    QStringList stored{QStringLiteral("Emad Mostaque"), QStringLiteral("Shan Shan Wong")};
    f.panel.setPeopleSource([&] {
        ++reads;
        return stored;
    });
    f.panel.peopleChanged(); // an edit elsewhere: still nothing read
    f.type("search", QStringLiteral("ceo"));
    CHECK(reads == 0);

    auto *person = child<QLineEdit>(&f.panel, "person");
    QTest::mouseClick(person, Qt::LeftButton);
    QTest::keyClicks(person, QStringLiteral("shan"));
    CHECK(reads == 1);
    CHECK(person->completer()->completionCount() == 1);
    QTest::keyClicks(person, QStringLiteral(" s"));
    CHECK(reads == 1); // read once, not per key

    stored << QStringLiteral("Shan Lee");
    f.panel.peopleChanged();
    person->clear();
    QTest::keyClicks(person, QStringLiteral("shan"));
    CHECK(reads == 2);
    CHECK(person->completer()->completionCount() == 2);
}

TEST_CASE("the overview counts every company on a worker, then only what an edit touched")
{
    SampleDatabase sample;
    EventRepository &events = sample.events;
    const auto total = [](const OverviewDensity &density) {
        return std::accumulate(density.counts().begin(), density.counts().end(), 0);
    };

    OverviewCounter counter;
    QSignalSpy counted(&counter, &OverviewCounter::counted);
    counter.recountAll(*sample.db, 40);
    CHECK(counter.isCounting()); // the window goes on meanwhile
    REQUIRE(counted.wait(5000));
    CHECK(total(counter.density()) == 5);
    CHECK(counter.density().first() == QDate(2021, 1, 1));

    // An edit inside the span: that company is counted again, at once.
    REQUIRE(events
                .add(other(QStringLiteral("2022-05"), QStringLiteral("OpenAI"),
                           QStringLiteral("DALL-E 2")))
                .ok());
    REQUIRE(counter.recount({QStringLiteral("openai")}).ok());
    CHECK(counted.count() == 2);
    CHECK(total(counter.density()) == 6);
    CHECK(counter.density().first() == QDate(2021, 1, 1));

    // One before it: the span grows, and everything is counted over it again.
    REQUIRE(events
                .add(other(QStringLiteral("2015-12"), QStringLiteral("OpenAI"),
                           QStringLiteral("Founded")))
                .ok());
    REQUIRE(counter.recount({QStringLiteral("OpenAI")}).ok());
    REQUIRE(counted.wait(5000));
    CHECK(total(counter.density()) == 7);
    CHECK(counter.density().first() == QDate(2015, 12, 1));
}
