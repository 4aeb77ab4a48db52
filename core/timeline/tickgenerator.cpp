#include "tickgenerator.h"

#include "datelabels.h"
#include "model/textlanguage.h"

#include <algorithm>
#include <cmath>

namespace {
QDate alignedStart(QDate date, TickStep step)
{
    switch (step.unit) {
    case TickStep::Unit::Day:
        return date;
    case TickStep::Unit::Week:
        return date.addDays(1 - date.dayOfWeek()); // Mondays
    case TickStep::Unit::Month:
        return QDate(date.year(), date.month() - (date.month() - 1) % step.count, 1);
    case TickStep::Unit::Year:
        return QDate(std::max(1, date.year() - date.year() % step.count), 1, 1);
    }
    return date;
}

QDate nextTick(QDate date, TickStep step)
{
    switch (step.unit) {
    case TickStep::Unit::Day:
        return date.addDays(step.count);
    case TickStep::Unit::Week:
        return date.addDays(7 * qint64(step.count));
    case TickStep::Unit::Month:
        return date.addMonths(step.count);
    case TickStep::Unit::Year:
        // Realign after year 1, where the first aligned tick may have been clamped.
        return QDate(date.year() - date.year() % step.count + step.count, 1, 1);
    }
    return {};
}
} // namespace

double TickStep::minDays() const
{
    switch (unit) {
    case Unit::Day:
        return count;
    case Unit::Week:
        return 7.0 * count;
    case Unit::Month:
        return count == 1 ? 28 : 30.0 * count - 1;
    case Unit::Year:
        return 365.0 * count;
    }
    return 1;
}

TickGenerator::TickGenerator(const ChartStyle &style) : m_fonts(style) {}

const std::vector<TickStep> &TickGenerator::steps()
{
    using U = TickStep::Unit;
    static const std::vector<TickStep> all = {
        {U::Day, 1},    {U::Week, 1},   {U::Month, 1},  {U::Month, 3},  {U::Year, 1},
        {U::Year, 2},   {U::Year, 5},   {U::Year, 10},  {U::Year, 20},  {U::Year, 50},
        {U::Year, 100}, {U::Year, 200}, {U::Year, 500}, {U::Year, 1000}};
    return all;
}

std::optional<TickStep> TickGenerator::majorStep(TickStep minor)
{
    using U = TickStep::Unit;
    switch (minor.unit) {
    case U::Day:
    case U::Week:
        return TickStep{U::Month, 1};
    case U::Month:
        return TickStep{U::Year, 1};
    case U::Year:
        if (minor.count < 10)
            return TickStep{U::Year, 10};
        if (minor.count < 100)
            return TickStep{U::Year, 100};
        return std::nullopt;
    }
    return std::nullopt;
}

TickGenerator::Form TickGenerator::minorForm(TickStep step)
{
    switch (step.unit) {
    case TickStep::Unit::Day:
    case TickStep::Unit::Week:
        return Form::DayNumber;
    case TickStep::Unit::Month:
        return step.count == 1 ? Form::ShortMonth : Form::Quarter;
    case TickStep::Unit::Year:
        return Form::Year;
    }
    return Form::Year;
}

double TickGenerator::width(Form form) const
{
    std::optional<double> &cached = m_widths[int(form)];
    if (cached)
        return *cached;
    // Digits are equally wide in the chart fonts, so zeros stand for any number.
    const QString year = QStringLiteral("0000");
    double widest = 0;
    switch (form) {
    case Form::DayNumber:
        widest = m_fonts.width(QStringLiteral("00"), TextRole::AxisMinor);
        break;
    case Form::ShortMonth:
        for (int m = 1; m <= 12; ++m)
            widest =
                std::max(widest, m_fonts.width(DateLabels::shortMonth(m), TextRole::AxisMinor));
        break;
    case Form::Quarter:
        widest = m_fonts.width(
            TextLanguage::translate("TickGenerator", "Q%1", "a quarter of the year: Q1 to Q4")
                .arg(0),
            TextRole::AxisMinor);
        break;
    case Form::Year:
        // A year under a decade or a century is a minor label; the tier decides the font.
        widest = std::max(m_fonts.width(year, TextRole::AxisMinor),
                          m_fonts.width(year, TextRole::AxisMajor));
        break;
    case Form::MonthYearLong:
    case Form::MonthYearShort:
        // As label() writes them, in the chart's language ("marzo de 2000").
        for (int m = 1; m <= 12; ++m)
            widest = std::max(widest,
                              m_fonts.width(label(QDate(2000, m, 1), form), TextRole::AxisMajor));
        break;
    case Form::Decade:
        widest = m_fonts.width(label(QDate(2000, 1, 1), form), TextRole::AxisMajor);
        break;
    }
    cached = std::ceil(widest);
    return *cached;
}

QString TickGenerator::label(QDate date, Form form)
{
    switch (form) {
    case Form::DayNumber:
        return QString::number(date.day());
    case Form::ShortMonth:
        return DateLabels::shortMonth(date.month());
    case Form::Quarter:
        return TextLanguage::translate("TickGenerator", "Q%1", "a quarter of the year: Q1 to Q4")
            .arg((date.month() - 1) / 3 + 1);
    case Form::Year:
        return QString::number(date.year());
    case Form::MonthYearLong:
        return DateLabels::longMonthYear(date);
    case Form::MonthYearShort:
        return DateLabels::shortMonthYear(date);
    case Form::Decade:
        return TextLanguage::translate("TickGenerator", "%1s", "a decade: 2020s").arg(date.year());
    }
    return {};
}

TickStep TickGenerator::minorStep(double pixelsPerDay) const
{
    for (const TickStep &step : steps()) {
        if (width(minorForm(step)) + labelInset + labelGap <= step.minDays() * pixelsPerDay)
            return step;
    }
    return steps().back();
}

AxisTicks TickGenerator::generate(const Viewport &viewport) const
{
    AxisTicks axis;
    const TickStep minor = minorStep(viewport.pixelsPerDay());
    axis.minor = tier(viewport, minor, false);
    if (const auto major = majorStep(minor))
        axis.major = tier(viewport, *major, true);
    return axis;
}

AxisTier TickGenerator::tier(const Viewport &viewport, TickStep step, bool major) const
{
    AxisTier result;
    result.step = step;
    Form form = minorForm(step);
    if (major && step.unit == TickStep::Unit::Month) {
        // "March 2024" where it fits, else "Mar 2024", else labels left out where they crowd.
        const bool fitsLong = width(Form::MonthYearLong) + labelInset + labelGap <=
                              step.minDays() * viewport.pixelsPerDay();
        form = fitsLong ? Form::MonthYearLong : Form::MonthYearShort;
    } else if (major) {
        form = step.count == 1 ? Form::Year : Form::Decade;
    }
    const double labelWidth = width(form);
    const double labelHeight = m_fonts.height(major ? TextRole::AxisMajor : TextRole::AxisMinor);
    const double right = viewport.width();

    const QDate firstDate = QDate::fromJulianDay(qint64(std::floor(viewport.firstDay())));
    double lastLabelRight = -labelGap; // greedy: a label goes only where the last one left room
    AxisTick pinned;                   // the period the view starts in (major tier)
    for (QDate date = alignedStart(firstDate, step); date.isValid(); date = nextTick(date, step)) {
        const auto day = double(date.toJulianDay());
        if (day > viewport.lastDay())
            break;
        AxisTick tick;
        tick.day = day;
        tick.x = viewport.xForDay(day);
        const QRectF rect(tick.x + labelInset, 0, labelWidth, labelHeight);
        if (tick.x < 0) {
            if (major) {
                pinned = tick;
                pinned.label = label(date, form);
                pinned.labelRect = rect.translated(-tick.x, 0);
            }
            continue;
        }
        if (rect.left() >= lastLabelRight + labelGap && rect.right() <= right) {
            tick.label = label(date, form);
            tick.labelRect = rect;
            lastLabelRight = rect.right();
        }
        result.ticks.push_back(std::move(tick));
    }
    // The pinned label stands only where it leaves the first real label its room.
    if (!pinned.label.isEmpty() && pinned.labelRect.right() <= right) {
        const auto firstLabel = std::find_if(result.ticks.begin(), result.ticks.end(),
                                             [](const AxisTick &t) { return !t.label.isEmpty(); });
        if (firstLabel == result.ticks.end() ||
            pinned.labelRect.right() + labelGap <= firstLabel->labelRect.left())
            result.ticks.insert(result.ticks.begin(), std::move(pinned));
    }
    return result;
}
