#include "render/contrast.h"
#include "render/theme.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

namespace {
struct NamedTheme
{
    const char *name;
    Theme theme;
};

std::vector<NamedTheme> bothThemes()
{
    return {{"light", Theme::light()}, {"dark", Theme::dark()}};
}

// What text and marks are drawn on: the page, and every other lane's band.
std::vector<std::pair<const char *, QColor>> surfaces(const Theme &theme)
{
    return {{"background", theme.background}, {"lane band", theme.laneBand}};
}

std::string describe(const char *what, const QColor &color, const char *on, const QColor &under)
{
    return std::string(what) + " " + color.name().toStdString() + " on " + on + " " +
           under.name().toStdString() + ": " + std::to_string(Contrast::ratio(color, under));
}

// Fills from every corner of the colour cube, 18 steps an axis: company colours, user-picked
// colours and the tints of interim bars all lie among or between them.
std::vector<QColor> sampleColours()
{
    std::vector<QColor> colours;
    for (int r = 0; r <= 255; r += 15) {
        for (int g = 0; g <= 255; g += 15) {
            for (int b = 0; b <= 255; b += 15)
                colours.emplace_back(r, g, b);
        }
    }
    return colours;
}
} // namespace

TEST_CASE("contrast is measured as WCAG 2 defines it")
{
    CHECK(Contrast::luminance(Qt::black) == 0);
    CHECK(Contrast::luminance(Qt::white) == Approx(1));
    CHECK(Contrast::ratio(Qt::black, Qt::white) == Approx(21));
    CHECK(Contrast::ratio(Qt::white, Qt::black) == Approx(21));
    CHECK(Contrast::ratio(QColor(0x12, 0x34, 0x56), QColor(0x12, 0x34, 0x56)) == Approx(1));
    // The grey WebAIM quotes as the lightest that passes AA on white, and the one just lighter.
    CHECK(Contrast::ratio(QColor(0x76, 0x76, 0x76), Qt::white) == Approx(4.54).margin(0.005));
    CHECK(Contrast::ratio(QColor(0x77, 0x77, 0x77), Qt::white) < Contrast::textMinimum);
    // Green weighs most: pure green is far lighter than pure blue.
    CHECK(Contrast::luminance(QColor(0, 255, 0)) == Approx(0.7152));
    CHECK(Contrast::luminance(QColor(0, 0, 255)) == Approx(0.0722));
}

TEST_CASE("text in both themes reads at 4.5:1 on the background and the lane band")
{
    const std::vector<TextRole> onThePage{
        TextRole::AxisMajor, TextRole::AxisMinor,   TextRole::LaneTitle, TextRole::RowLabel,
        TextRole::BarLabel,  TextRole::MarkerLabel, TextRole::Legend,    TextRole::Title,
        TextRole::Subtitle,  TextRole::Footnote,    TextRole::Value,     TextRole::Notice};
    for (const auto &[name, theme] : bothThemes()) {
        INFO(name << " theme");
        for (const auto &[on, under] : surfaces(theme)) {
            for (const auto &[what, color] :
                 {std::pair{"text", theme.text}, std::pair{"muted text", theme.mutedText}}) {
                INFO(describe(what, color, on, under));
                CHECK(Contrast::ratio(color, under) >= Contrast::textMinimum);
            }
            for (const TextRole role : onThePage) {
                INFO(describe("text of its role", theme.color(role), on, under));
                CHECK(Contrast::ratio(theme.color(role), under) >= Contrast::textMinimum);
            }
        }
        // A cluster's count is written on the cluster's own disc.
        const QColor count = theme.color(TextRole::ClusterCount);
        INFO(describe("cluster count", count, "cluster", theme.cluster));
        CHECK(Contrast::ratio(count, theme.cluster) >= Contrast::textMinimum);
    }
}

TEST_CASE("markers, rules and the selection stand out at 3:1 on the background and the lane band")
{
    // Grid lines and lane separators are left out on purpose: they are decoration the axis
    // labels make redundant, and WCAG 1.4.11 asks 3:1 only of what the content needs.
    for (const auto &[name, theme] : bothThemes()) {
        INFO(name << " theme");
        const std::vector<std::pair<const char *, QColor>> marks{
            {"appointment", theme.color(SceneMarker::Shape::Appointment)},
            {"departure", theme.color(SceneMarker::Shape::Departure)},
            {"funding", theme.color(SceneMarker::Shape::Funding)},
            {"other", theme.color(SceneMarker::Shape::Other)},
            {"acquisition", theme.color(SceneMarker::Shape::Acquisition)},
            {"cluster", theme.color(SceneMarker::Shape::Cluster)},
            {"valuation point", theme.color(SceneMarker::Shape::ValuationPoint)},
            {"valuation line", theme.color(SceneLine::Role::Valuation)},
            {"today", theme.color(SceneLine::Role::Today)},
            {"leadership rule", theme.color(SceneLine::Role::LeadershipRule)},
            {"axis", theme.color(SceneLine::Role::Axis)},
            {"callout leader", theme.color(SceneLine::Role::Leader)},
            {"date span", theme.color(SceneLine::Role::DateSpan)},
            {"funding bar", theme.color(SceneRect::Role::FundingBar)},
            {"selection", theme.selection}};
        for (const auto &[on, under] : surfaces(theme)) {
            for (const auto &[what, color] : marks) {
                INFO(describe(what, color, on, under));
                CHECK(Contrast::ratio(color, under) >= Contrast::graphicsMinimum);
            }
        }
    }
}

TEST_CASE("text written on any fill reads at 4.5:1")
{
    for (const auto &[name, theme] : bothThemes()) {
        INFO(name << " theme");
        int failures = 0;
        for (const QColor &fill : sampleColours()) {
            const QColor text = theme.textOn(fill);
            // The first few failures are named, not thousands.
            if (Contrast::ratio(text, fill) < Contrast::textMinimum && failures++ < 3)
                FAIL_CHECK(describe("label", text, "fill", fill));
        }
        CHECK(failures == 0);
    }
}

TEST_CASE("a company's own colour is painted at 3:1 on the background and the lane band")
{
    for (const auto &[name, theme] : bothThemes()) {
        INFO(name << " theme");
        int failures = 0;
        for (const QColor &own : sampleColours()) {
            const QColor painted = theme.contrasted(own);
            for (const auto &[on, under] : surfaces(theme)) {
                if (Contrast::ratio(painted, under) < Contrast::graphicsMinimum && failures++ < 3)
                    FAIL_CHECK(describe("company colour", painted, on, under));
            }
        }
        CHECK(failures == 0);
    }
    // A colour that is clear already is painted as it is.
    const QColor teal(0x2f, 0x9e, 0x77);
    CHECK(Theme::light().contrasted(teal) == teal);
    CHECK(Theme::dark().contrasted(teal) == teal);
}
