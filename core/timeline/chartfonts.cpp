#include "chartfonts.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <cmath>
#include <list>
#include <optional>

namespace {
// Characters below this are measured one by one for elision: Latin scripts, where a text's width
// is the sum of its letters' (give or take kerning). Others are elided by Qt, which shapes them.
constexpr char16_t simpleScriptEnd = 0x0300;
constexpr char16_t ellipsis = 0x2026;
constexpr qsizetype maxCachedTexts = 50000; // per role: a few screens of names, then start over

struct RoleCache
{
    std::optional<QFontMetricsF> metrics;
    QHash<QString, double> widths;
    std::array<double, simpleScriptEnd> charWidths{}; // 0: not measured yet
    double ellipsisWidth = -1;
};
} // namespace

struct ChartFonts::Cache
{
    ChartStyle style;
    std::array<RoleCache, 13> roles;
};

namespace {
// The caches of the styles last used on this thread, most recent first. A list, so a cache stays
// where it is while others come and go; a chart uses one style, so a few suffice.
ChartFonts::Cache &cacheFor(const ChartStyle &style)
{
    constexpr std::size_t kept = 8;
    thread_local std::list<ChartFonts::Cache> caches;
    const auto found = std::find_if(caches.begin(), caches.end(),
                                    [&](const ChartFonts::Cache &c) { return c.style == style; });
    if (found != caches.end()) {
        caches.splice(caches.begin(), caches, found);
    } else {
        caches.emplace_front().style = style;
        if (caches.size() > kept)
            caches.pop_back();
    }
    return caches.front();
}
} // namespace

ChartFonts::ChartFonts(const ChartStyle &style) : m_cache(cacheFor(style)) {}

const QFontMetricsF &ChartFonts::metrics(TextRole role) const
{
    RoleCache &r = m_cache.roles.at(std::size_t(role));
    if (!r.metrics)
        r.metrics.emplace(m_cache.style.font(role));
    return *r.metrics;
}

double ChartFonts::width(const QString &text, TextRole role) const
{
    RoleCache &r = m_cache.roles.at(std::size_t(role));
    if (const auto found = r.widths.constFind(text); found != r.widths.cend())
        return *found;
    if (r.widths.size() >= maxCachedTexts)
        r.widths.clear();
    const double w = metrics(role).horizontalAdvance(text);
    r.widths.insert(text, w);
    return w;
}

double ChartFonts::charWidth(char16_t c, TextRole role) const
{
    RoleCache &r = m_cache.roles.at(std::size_t(role));
    if (c == ellipsis) {
        if (r.ellipsisWidth < 0)
            r.ellipsisWidth = metrics(role).horizontalAdvance(QChar(ellipsis));
        return r.ellipsisWidth;
    }
    double &w = r.charWidths.at(c);
    if (w == 0)
        w = std::max(1e-6, metrics(role).horizontalAdvance(QChar(c)));
    return w;
}

QString ChartFonts::showable(const QString &text, double width)
{
    const qsizetype most = (width > 0 ? qsizetype(std::min(std::ceil(width), 1e9)) : 0) + 1;
    if (text.size() <= most)
        return text;
    qsizetype cut = most;
    if (text.at(cut - 1).isHighSurrogate()) // never half a character
        --cut;
    return text.left(cut) + QChar(ellipsis);
}

QString ChartFonts::fitted(const QString &whole, TextRole role, double width,
                           double *fittedWidth) const
{
    QString text = showable(whole, width);
    const double full = std::ceil(this->width(text, role));
    if (full <= width) {
        if (fittedWidth)
            *fittedWidth = full;
        return text;
    }
    const QFontMetricsF &fm = metrics(role);
    // Two letters and the ellipsis at least, or nothing: "E…" tells no one anything.
    if (width < 3 * fm.averageCharWidth())
        return {};
    const bool simple = std::all_of(text.cbegin(), text.cend(),
                                    [](QChar c) { return c.unicode() < simpleScriptEnd; });
    if (!simple) {
        QString elided = fm.elidedText(text, Qt::ElideRight, width);
        if (elided.size() < 3)
            return {};
        if (fittedWidth)
            *fittedWidth = std::min(width, std::ceil(this->width(elided, role)));
        return elided;
    }
    // Cut where the letters and the ellipsis fill the room, a pixel spare for kerning.
    double used = charWidth(ellipsis, role) + 1;
    qsizetype cut = 0;
    for (; cut < text.size(); ++cut) {
        const double w = charWidth(text.at(cut).unicode(), role);
        if (used + w > width)
            break;
        used += w;
    }
    while (cut > 0 && text.at(cut - 1).isSpace())
        used -= charWidth(text.at(--cut).unicode(), role);
    if (cut < 2)
        return {};
    if (fittedWidth)
        *fittedWidth = std::min(width, std::ceil(used));
    return text.left(cut) + QChar(ellipsis);
}
