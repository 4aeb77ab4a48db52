#include "calloutlayout.h"

#include "datelabels.h"
#include "eventmarkerlayout.h"
#include "model/textlanguage.h"

#include <QStringBuilder>

#include <algorithm>
#include <cmath>

CalloutLayout::CalloutLayout(QRectF plot, const ChartStyle &style, const ChartFonts &fonts)
    : m_plot(plot), m_maxTiers(std::max(1, style.calloutTiers)), m_fonts(fonts),
      m_lineHeight(std::ceil(fonts.height(TextRole::MarkerLabel)))
{}

void CalloutLayout::reset()
{
    m_cards.clear();
    m_tierHeights.clear();
}

QString CalloutLayout::itemText(const Event &event)
{
    const QString label = EventMarkerLayout::labelText(event);
    QString what;
    switch (event.type) {
    case EventType::Appointment: {
        QString post = Event::shortened(event.role.trimmed());
        if (event.interim && !post.isEmpty())
            post = TextLanguage::translate("TimelineLayout", "interim %1").arg(post);
        what = TextLanguage::translate("TimelineLayout", "Appointment: %1")
                   .arg(event.people.isEmpty() || post.isEmpty()
                            ? label
                            : event.peopleList() % QStringLiteral(", ") % post);
        break;
    }
    case EventType::Departure:
        what = TextLanguage::translate("TimelineLayout", "Departure: %1").arg(label);
        break;
    case EventType::Funding:
        what = label.isEmpty()
                   ? TextLanguage::translate("TimelineLayout", "Funding round")
                   : TextLanguage::translate("TimelineLayout", "Funding: %1").arg(label);
        if (event.status == FundingStatus::Failed)
            what += QLatin1Char(' ') + TextLanguage::translate("TimelineLayout", "(failed)");
        else if (event.status == FundingStatus::Rumored)
            what += QLatin1Char(' ') + TextLanguage::translate("TimelineLayout", "(rumored)");
        break;
    case EventType::Acquisition:
        what = label.isEmpty() ? TextLanguage::translate("TimelineLayout", "Acquisition") : label;
        break;
    case EventType::Other:
        what = label;
        break;
    }
    return DateLabels::shortDate(event.date) % QStringLiteral(" · ") % what;
}

std::vector<QString> CalloutLayout::wrapped(const QString &text, double width) const
{
    // Two lines at most: words up to the width, the rest on a second line cut short if need be.
    if (m_fonts.width(ChartFonts::showable(text, width), TextRole::MarkerLabel) <= width)
        return {text};
    const QStringList words = ChartFonts::showable(text, 2 * width).split(QLatin1Char(' '));
    QString first;
    qsizetype used = 0;
    for (; used < words.size(); ++used) {
        const QString candidate =
            first.isEmpty() ? words[used] : first + QLatin1Char(' ') + words[used];
        if (!first.isEmpty() && m_fonts.width(candidate, TextRole::MarkerLabel) > width)
            break;
        first = candidate;
    }
    std::vector<QString> lines{m_fonts.fitted(first, TextRole::MarkerLabel, width)};
    const QString rest = QStringList(words.mid(used)).join(QLatin1Char(' '));
    if (!rest.isEmpty())
        lines.push_back(m_fonts.fitted(QStringLiteral("   ") + rest, TextRole::MarkerLabel, width));
    return lines;
}

void CalloutLayout::add(std::span<const Event *const> members, QRectF anchor, int laneIndex)
{
    Card card;
    card.anchor = anchor;
    card.lane = laneIndex;
    const double room = std::min(maxWidth, m_plot.width()) - 2 * padding;
    if (room < 40)
        return;
    const std::size_t shown =
        members.size() > std::size_t(maxItems) ? std::size_t(maxItems - 1) : members.size();
    for (std::size_t i = 0; i < shown; ++i) {
        for (const QString &line : wrapped(itemText(*members[i]), room)) {
            card.lines.push_back(line);
            card.lineEvents.push_back(members[i]->id);
        }
    }
    if (shown < members.size()) {
        card.lines.push_back(TextLanguage::translate("TimelineLayout", "and %n more", nullptr,
                                                     int(members.size() - shown)));
        card.lineEvents.push_back(members[shown]->id);
    }
    double widest = 0;
    for (const QString &line : card.lines)
        widest = std::max(widest, m_fonts.width(line, TextRole::MarkerLabel));
    card.width = std::ceil(std::min(widest, room)) + 2 * padding + 1;
    card.height = double(card.lines.size()) * m_lineHeight + 2 * padding;
    m_cards.push_back(std::move(card));
}

bool CalloutLayout::pack(const std::vector<std::size_t> &cards)
{
    // Side by side in the order of their clusters, so no two leaders cross: each card centred
    // under its cluster where it can be, pushed right by the one before, then pulled back left
    // where the plot or the one after ends.
    for (std::size_t k = 0; k < cards.size(); ++k) {
        Card &card = m_cards[cards[k]];
        const double centred = card.anchor.center().x() - card.width / 2;
        const double before =
            k > 0 ? m_cards[cards[k - 1]].left + m_cards[cards[k - 1]].width + gap : m_plot.left();
        card.left = std::max(centred, before);
    }
    double limit = m_plot.right();
    for (std::size_t k = cards.size(); k-- > 0;) {
        Card &card = m_cards[cards[k]];
        card.left = std::min(card.left, limit - card.width);
        limit = card.left - gap;
    }
    return cards.empty() || m_cards[cards.front()].left >= m_plot.left();
}

double CalloutLayout::arrange()
{
    // As few tiers as hold every card, the cards dealt to them in turn; cards that do not fit
    // even in the most tiers the style allows are left out, their clusters keeping their counts.
    m_tierHeights.clear();
    if (m_cards.empty())
        return 0;
    int tiers = 1;
    std::vector<std::vector<std::size_t>> dealt;
    for (;; ++tiers) {
        dealt.assign(std::size_t(tiers), {});
        for (std::size_t i = 0; i < m_cards.size(); ++i)
            dealt[i % std::size_t(tiers)].push_back(i);
        bool fits = true;
        for (const auto &tier : dealt)
            fits = pack(tier) && fits;
        if (fits || tiers >= m_maxTiers)
            break;
    }
    for (std::size_t t = 0; t < dealt.size(); ++t) {
        std::vector<std::size_t> &tier = dealt[t];
        // Too many for the plot even so: the widest cards give way until the rest fit.
        while (!pack(tier)) {
            const auto widest = std::max_element(tier.begin(), tier.end(), [&](auto a, auto b) {
                return m_cards[a].width < m_cards[b].width;
            });
            m_cards[*widest].tier = -1;
            tier.erase(widest);
        }
        double height = 0;
        for (std::size_t i : tier) {
            m_cards[i].tier = int(t);
            height = std::max(height, m_cards[i].height);
        }
        m_tierHeights.push_back(height);
    }
    double height = gap;
    for (double h : m_tierHeights)
        height += h + gap;
    return height;
}

std::vector<std::size_t> CalloutLayout::place(Scene &scene, double bandTop) const
{
    std::vector<std::size_t> placed;
    std::vector<double> tierTop(m_tierHeights.size());
    double top = bandTop + gap;
    for (std::size_t t = 0; t < m_tierHeights.size(); ++t) {
        tierTop[t] = top;
        top += m_tierHeights[t] + gap;
    }
    for (std::size_t i = 0; i < m_cards.size(); ++i) {
        const Card &card = m_cards[i];
        if (card.tier < 0)
            continue;
        const QRectF box(card.left, tierTop[std::size_t(card.tier)], card.width, card.height);
        if (box.top() < m_plot.top() || box.bottom() > m_plot.bottom())
            continue;
        placed.push_back(i);
        // The leader drops from the cluster to the card's top edge, straight where it can. It is
        // drawn under the cards, so one to a lower tier passes behind the cards above.
        const double x = std::clamp(card.anchor.center().x(), box.left() + 4, box.right() - 4);
        scene.lines.push_back(
            {SceneLine::Role::Leader,
             QLineF(card.anchor.center().x(), card.anchor.bottom() + 1, x, box.top()), QColor()});
        SceneRect rect;
        rect.role = SceneRect::Role::Callout;
        rect.rect = box;
        rect.lane = card.lane;
        rect.eventId = card.lineEvents.empty() ? 0 : card.lineEvents.front();
        scene.rects.push_back(std::move(rect));
        for (std::size_t l = 0; l < card.lines.size(); ++l) {
            SceneText text;
            text.role = TextRole::MarkerLabel;
            text.rect = QRectF(box.left() + padding, box.top() + padding + double(l) * m_lineHeight,
                               box.width() - 2 * padding, m_lineHeight);
            text.text = card.lines[l];
            text.alignment = SceneText::LeftMiddle;
            text.lane = card.lane;
            text.eventId = card.lineEvents[l];
            scene.texts.push_back(std::move(text));
        }
    }
    return placed;
}
