// The people field's completer: names match whatever their case, accents and punctuation.

#include "peoplecompleter.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QTest>

#include <catch2/catch.hpp>

TEST_CASE("typing a name without its accents or punctuation completes it as written")
{
    QLineEdit edit;
    auto *completer =
        new PeopleCompleter({QStringLiteral("Emad Mostaque"), QStringLiteral("Seán Ó hÉigeartaigh"),
                             QStringLiteral("Cullen O’Keefe")},
                            &edit);
    edit.setCompleter(completer);
    edit.show();
    REQUIRE(QTest::qWaitForWindowExposed(&edit));

    QTest::keyClicks(&edit, QStringLiteral("Ann Lee; sean o h"));
    CHECK(completer->completionCount() == 1);
    REQUIRE(completer->popup()->isVisible());
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    CHECK(edit.text() == QStringLiteral("Ann Lee; Seán Ó hÉigeartaigh"));

    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("cullen o'k"));
    CHECK(completer->completionCount() == 1);
    CHECK(completer->currentCompletion() == QStringLiteral("Cullen O’Keefe"));

    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("MOSTAQ"));
    CHECK(completer->completionCount() == 1);
    CHECK(completer->currentCompletion() == QStringLiteral("Emad Mostaque"));

    edit.clear();
    QTest::keyClicks(&edit, QStringLiteral("Someone else"));
    CHECK(completer->completionCount() == 0);
}
