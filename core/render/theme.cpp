#include "theme.h"

#include "contrast.h"

#include <algorithm>

namespace {
QColor rgb(QRgb value, int alpha = 255)
{
    QColor color = QColor::fromRgb(value);
    color.setAlpha(alpha);
    return color;
}
} // namespace

// The type colours follow Okabe and Ito's palette, which stays distinct under the common forms
// of colour blindness: bluish green, vermillion, blue, amber; "other" a quiet grey-violet.
Theme Theme::light()
{
    Theme t;
    t.kind = Kind::Light;
    t.background = rgb(0xffffff);
    t.text = rgb(0x1f2328);
    t.mutedText = rgb(0x59636e);
    t.gridMajor = rgb(0xd0d7de);
    t.gridMinor = rgb(0xebeef1);
    // Axis and rules at 3:1 on the lane band, as WCAG asks of marks (tests/unit/test_contrast).
    t.axis = rgb(0x87909a);
    t.today = rgb(0xb8407f);
    t.laneBand = rgb(0xf5f7f9);
    t.noteBand = rgb(0xf0b429, 46);
    t.laneSeparator = rgb(0xd8dee4);
    t.selection = rgb(0x0969da);
    t.appointment = rgb(0x00876a);
    t.departure = rgb(0xd55e00);
    t.funding = rgb(0x0072b2);
    t.other = rgb(0x7b6ca3);
    t.acquisition = rgb(0xb4477f); // Okabe and Ito's reddish purple, darkened for white
    t.cluster = rgb(0x57606a);
    t.valuation = rgb(0xb87700);
    t.leadershipRule = rgb(0x87909a);
    t.window = rgb(0x0969da, 40);
    return t;
}

Theme Theme::dark()
{
    Theme t;
    t.kind = Kind::Dark;
    t.background = rgb(0x1e1f22);
    t.text = rgb(0xe4e6e9);
    t.mutedText = rgb(0x9ba3ad);
    t.gridMajor = rgb(0x3b3e44);
    t.gridMinor = rgb(0x2b2d32);
    t.axis = rgb(0x6e7681);
    t.today = rgb(0xe07ab3);
    t.laneBand = rgb(0x25272b);
    t.noteBand = rgb(0xf0b429, 40);
    t.laneSeparator = rgb(0x383b41);
    t.selection = rgb(0x4c9aff);
    t.appointment = rgb(0x2fbf9b);
    t.departure = rgb(0xff7f3f);
    t.funding = rgb(0x56b4e9);
    t.other = rgb(0xaa9bd8);
    t.acquisition = rgb(0xe39fc6);
    t.cluster = rgb(0x8b949e);
    t.valuation = rgb(0xf0b429);
    t.leadershipRule = rgb(0x7d858f);
    t.window = rgb(0x4c9aff, 50);
    return t;
}

QColor Theme::color(SceneRect::Role role) const
{
    switch (role) {
    case SceneRect::Role::LaneBand:
        return laneBand;
    case SceneRect::Role::TenureBar:
    case SceneRect::Role::FundingBar:
        return funding;
    case SceneRect::Role::LegendSwatch:
        return cluster; // bars take their company's colour: a neutral sample stands for any

    case SceneRect::Role::Window:
        return window;
    case SceneRect::Role::Callout:
        return background;
    case SceneRect::Role::NoteBand:
        return noteBand;
    }
    return funding;
}

QColor Theme::color(SceneLine::Role role) const
{
    switch (role) {
    case SceneLine::Role::GridMajor:
        return gridMajor;
    case SceneLine::Role::GridMinor:
        return gridMinor;
    case SceneLine::Role::Axis:
        return axis;
    case SceneLine::Role::Today:
        return today;
    case SceneLine::Role::LaneSeparator:
        return laneSeparator;
    case SceneLine::Role::LeadershipRule:
        return leadershipRule;
    case SceneLine::Role::Valuation:
        return valuation;
    case SceneLine::Role::DateSpan:
        return mutedText;
    case SceneLine::Role::Leader:
        return axis;
    }
    return axis;
}

QColor Theme::color(SceneMarker::Shape shape) const
{
    switch (shape) {
    case SceneMarker::Shape::Appointment:
        return appointment;
    case SceneMarker::Shape::Departure:
        return departure;
    case SceneMarker::Shape::Funding:
        return funding;
    case SceneMarker::Shape::Other:
        return other;
    case SceneMarker::Shape::Acquisition:
        return acquisition;
    case SceneMarker::Shape::Cluster:
        return cluster;
    case SceneMarker::Shape::ValuationPoint:
        return valuation;
    }
    return other;
}

QColor Theme::color(TextRole role) const
{
    switch (role) {
    case TextRole::AxisMinor:
    case TextRole::RowLabel:
    case TextRole::Subtitle:
    case TextRole::Footnote:
    case TextRole::Notice:
        return mutedText;
    case TextRole::ClusterCount:
        return background;
    case TextRole::AxisMajor:
    case TextRole::LaneTitle:
    case TextRole::BarLabel:
    case TextRole::MarkerLabel:
    case TextRole::Legend:
    case TextRole::Title:
    case TextRole::Value:
        return text;
    }
    return text;
}

QColor Theme::contrasted(const QColor &own) const
{
    if (!own.isValid())
        return own;
    // WCAG's 3:1 for graphical objects, on the lane band as on the background, keeps a coloured
    // area clearly visible; lightness alone changes, so the hue stays the company's.
    const auto clear = [this](const QColor &color) {
        return std::min(Contrast::ratio(color, background), Contrast::ratio(color, laneBand)) >=
               Contrast::graphicsMinimum;
    };
    QColor color = own;
    for (int step = 0; step < 12 && !clear(color); ++step) {
        float h = 0, s = 0, l = 0, a = 0;
        color.getHslF(&h, &s, &l, &a);
        l = kind == Kind::Dark ? std::min(1.0f, l + 0.06f) : std::max(0.0f, l - 0.06f);
        color = QColor::fromHslF(h, s, l, a);
    }
    return color;
}

QColor Theme::textOn(const QColor &fill) const
{
    const QColor dark = rgb(0x1f2328), light = rgb(0xffffff);
    const QColor better =
        Contrast::ratio(fill, dark) >= Contrast::ratio(fill, light) ? dark : light;
    // On a mid-toned fill neither reaches WCAG AA's 4.5:1; black does wherever white fails.
    return Contrast::ratio(fill, better) >= Contrast::textMinimum ? better : rgb(0x000000);
}

QColor Theme::tint(const QColor &color, double amount) const
{
    const double a = std::clamp(amount, 0.0, 1.0);
    const auto mix = [a](double c, double b) { return c * a + b * (1 - a); };
    return QColor::fromRgbF(float(mix(color.redF(), background.redF())),
                            float(mix(color.greenF(), background.greenF())),
                            float(mix(color.blueF(), background.blueF())), color.alphaF());
}
