// The viewer in Spanish: translators installed before any window, Spanish menus, dates on the
// axis and in the panels written for the Spanish locale, and the language chosen in Preferences.

#include "applanguage.h"
#include "mainwindow.h"
#include "model/money.h"
#include "model/partialdate.h"
#include "model/textlanguage.h"
#include "preferencesdialog.h"
#include "timeline/scene.h"
#include "timelinefixture.h"
#include "timelinewidget.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

namespace {
QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList axisTexts(const TimelineWidget &timeline)
{
    QStringList texts;
    for (const SceneText &text : timeline.scene().texts) {
        if (text.role == TextRole::AxisMinor || text.role == TextRole::AxisMajor)
            texts << text.text;
    }
    return texts;
}
} // namespace

TEST_CASE("the viewer started in Spanish has Spanish menus and Spanish dates on the axis")
{
    // As main() does with Preferences set to Español, before any window exists.
    const AppLanguage spanish(AppLanguage::resolve(QStringLiteral("es"), QLocale::c()));
    REQUIRE(spanish.code() == QStringLiteral("es"));
    CHECK(QLocale().language() == QLocale::Spanish);

    StoryWindow w;
    CHECK(menuTitles(*w.window) ==
          QStringList({QStringLiteral("&Archivo"), QStringLiteral("&Editar"),
                       QStringLiteral("&Ver"), QStringLiteral("A&yuda")}));

    // A few months across the view: the axis names them as Spanish writes them.
    w.timeline()->setViewport(
        Viewport(double(QDate(2023, 8, 1).toJulianDay()), 120, w.timeline()->viewport().width()));
    const QStringList months = axisTexts(*w.timeline());
    INFO(months.join(QStringLiteral(" | ")).toStdString());
    CHECK(months.contains(QStringLiteral("sept")));
    CHECK_FALSE(months.contains(QStringLiteral("Sep")));

    // A few days across: a day's label is "22 mar 2024", never "22 Mar 2024".
    w.timeline()->setViewport(
        Viewport(double(QDate(2024, 3, 20).toJulianDay()), 5, w.timeline()->viewport().width()));
    const QString days = axisTexts(*w.timeline()).join(QStringLiteral(" | "));
    INFO(days.toStdString());
    CHECK(days.contains(QStringLiteral("mar")));
    CHECK_FALSE(days.contains(QStringLiteral("Mar")));
}

TEST_CASE("Qt's own texts are Spanish too: the buttons of a standard dialog")
{
    // qtbase_es.qm, from Debian's qt6-translations-l10n (scripts/install-deps.sh; the package
    // recommends it).
    const AppLanguage spanish(AppLanguage::resolve(QStringLiteral("es"), QLocale::c()));
    QMessageBox box(QMessageBox::Question, QStringLiteral("t"), QStringLiteral("t"),
                    QMessageBox::Cancel | QMessageBox::Discard);
    CHECK(box.button(QMessageBox::Cancel)->text().remove(QLatin1Char('&')) ==
          QStringLiteral("Cancelar"));
    CHECK_FALSE(box.button(QMessageBox::Discard)->text().contains(QStringLiteral("Discard")));
}

TEST_CASE("dates and amounts are written for the language in use, and English keeps its forms")
{
    const PartialDate day = *PartialDate::parse(u"2024-03-22");
    const PartialDate month = *PartialDate::parse(u"2022-10");
    {
        const AppLanguage spanish(TextLanguage::localeFor(QStringLiteral("es")));
        CHECK(day.toDisplayString() == QStringLiteral("22 de marzo de 2024"));
        CHECK(month.toDisplayString() == QStringLiteral("octubre de 2022"));
        CHECK(Money::formatShort(101'000'000) == QStringLiteral("101 millones US$"));
        CHECK(Money::formatShort(1'000'000) == QStringLiteral("1 millón US$"));
        CHECK(Money::formatShort(1'500'000'000) == QStringLiteral("1,5 mil millones US$"));
        CHECK(Money::formatShort(20'000'000, QStringLiteral("EUR")) ==
              QStringLiteral("20 millones €"));
        CHECK(Money::formatFull(101'000'000) == QStringLiteral("101.000.000 US$"));
    }
    CHECK(day.toDisplayString() == QStringLiteral("22 March 2024"));
    CHECK(Money::formatShort(101'000'000) == QStringLiteral("$101M"));
    CHECK(Money::formatFull(101'000'000) == QStringLiteral("$101,000,000"));
    // A chart's language is its own, in this thread only: the program stays English.
    {
        const TextLanguage::Scope chart(TextLanguage::localeFor(QStringLiteral("es")));
        CHECK(month.toShortDisplayString() == QStringLiteral("oct 2022"));
        CHECK(TextLanguage::translate("TimelineLayout", "%n events", nullptr, 3) ==
              QStringLiteral("3 eventos"));
        CHECK(QCoreApplication::translate("TimelineLayout", "%n events", nullptr, 1) ==
              QStringLiteral("1 event"));
    }
    CHECK(TextLanguage::translate("TimelineLayout", "%n events", nullptr, 1) ==
          QStringLiteral("1 event"));
}

TEST_CASE("the language follows the system unless Preferences chose one")
{
    const QLocale mexico(QLocale::Spanish, QLocale::Mexico);
    CHECK(AppLanguage::resolve({}, mexico) == mexico);
    CHECK(AppLanguage::resolve(QStringLiteral("en"), mexico) ==
          QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(AppLanguage::resolve({}, QLocale(QLocale::French, QLocale::France)).language() ==
          QLocale::English);
    CHECK(AppLanguage::resolve(QStringLiteral("es"), QLocale::c()) ==
          QLocale(QLocale::Spanish, QLocale::Spain));
    CHECK(AppLanguage::resolve({}, QLocale::c()) == QLocale::c());
}

TEST_CASE("Preferences keeps the language chosen for the next start and says so")
{
    StoryWindow w; // settings in a temporary folder
    AppLanguage::choose({});
    PreferencesDialog dialog(w.window.get());
    auto *language = dialog.findChild<QComboBox *>();
    REQUIRE(language);
    CHECK(language->currentData().toString().isEmpty()); // System
    language->setCurrentIndex(language->findText(QStringLiteral("Español")));
    QString said;
    QTimer::singleShot(0, &dialog, [&said] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    dialog.accept();
    CHECK(said.contains(QStringLiteral("next time")));
    CHECK(AppLanguage::chosen() == QStringLiteral("es"));
    CHECK(QSettings().value(QStringLiteral("language")).toString() == QStringLiteral("es"));
    // The window already open keeps its language until then.
    CHECK(menuTitles(*w.window).value(0) == QStringLiteral("&File"));
    AppLanguage::choose({});
}
