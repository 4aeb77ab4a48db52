#include "detailspanel.h"

#include "eventlabels.h"
#include "model/money.h"

#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace {
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString dateInWords(const PartialDate &date)
{
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return DetailsPanel::tr("%1 (year only)").arg(date.toDisplayString());
    case PartialDate::Precision::Month:
        return DetailsPanel::tr("%1 (month only)").arg(date.toDisplayString());
    case PartialDate::Precision::Day:
        return date.toDisplayString();
    }
    return {};
}

QString moneyInFull(const std::optional<qint64> &amount, const QString &currency)
{
    if (!amount)
        return esc(DetailsPanel::tr("not disclosed"));
    // The code as well as the symbol: "$" alone does not say US or Canadian dollars.
    return esc(DetailsPanel::tr("%1 (%2, %3)")
                   .arg(Money::formatFull(*amount, currency), Money::formatShort(*amount, currency),
                        currency));
}

// Only web links become clickable: a file: or script URL from imported data must not open
// anything on the user's machine.
bool isWebLink(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme().toLower();
    return parsed.isValid() &&
           (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

// Labels and hints: between text and background, so they read as secondary in light and dark.
QString mutedColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [](int a, int b) { return (a * 3 + b * 2) / 5; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                  mix(text.blue(), base.blue()))
        .name();
}

QString yesNo(bool value)
{
    return esc(value ? DetailsPanel::tr("yes") : DetailsPanel::tr("no"));
}
} // namespace

DetailsPanel::DetailsPanel(QWidget *parent) : QWidget(parent)
{
    m_browser = new QTextBrowser;
    m_browser->setObjectName(QStringLiteral("details"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(8);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    clear();
}

QString DetailsPanel::row(const QString &label, const QString &valueHtml) const
{
    return QStringLiteral("<tr><td style='color:%1; padding-right:10px' valign='top'>%2</td>"
                          "<td>%3</td></tr>")
        .arg(mutedColor(palette()), esc(label), valueHtml);
}

QString DetailsPanel::page(const QString &title, const QString &rows) const
{
    return QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2'>%2</table>")
        .arg(esc(title), rows);
}

void DetailsPanel::setHtml(const QString &html)
{
    m_html = html;
    m_browser->setHtml(html);
}

void DetailsPanel::showDetails(const Event &event)
{
    m_shown = Shown::Event;
    m_event = event;
    m_eventId = event.id;

    QString rows = row(tr("Date"), esc(dateInWords(event.date)));
    if (event.announced.isValid())
        rows += row(tr("Announced"), esc(dateInWords(event.announced)));
    rows += row(tr("Company"), esc(event.company));
    if (!event.companyIdentifier.isEmpty())
        rows += row(tr("Company identifier"), esc(event.companyIdentifier));
    rows += row(tr("Type"), esc(EventLabels::type(event.type)));
    const bool change = event.type == EventType::Appointment || event.type == EventType::Departure;
    if (change || !event.people.isEmpty())
        rows += row(tr("People"), esc(event.people.join(QStringLiteral(", "))));
    if (change || !event.role.isEmpty())
        rows += row(tr("Role"), esc(event.role));
    if (change)
        rows += row(tr("Interim"), yesNo(event.interim));
    if (event.reason || !event.reasonNote.isEmpty()) {
        QStringList why;
        if (event.reason)
            why << EventLabels::reason(*event.reason);
        if (!event.reasonNote.isEmpty())
            why << event.reasonNote;
        rows += row(tr("Reason"), esc(why.join(QStringLiteral(": "))));
    }
    if (event.type == EventType::Funding) {
        rows += row(tr("Round"), esc(event.round));
        rows += row(tr("Amount"), moneyInFull(event.amountUsd, event.currency));
        rows += row(tr("Valuation"), moneyInFull(event.valuationUsd, event.currency));
        if (!event.investors.isEmpty())
            rows += row(tr("Investors"), esc(event.investors.join(QStringLiteral(", "))));
        rows += row(tr("Status"), esc(EventLabels::status(event.status)));
    }
    if (event.type == EventType::Acquisition) {
        rows += row(tr("Acquirer"),
                    esc(event.acquirer.isEmpty() ? tr("not recorded") : event.acquirer));
        rows += row(tr("Price"), moneyInFull(event.amountUsd, event.currency));
        rows += row(tr("Status"), esc(EventLabels::status(event.status)));
    }
    if (!event.description.isEmpty()) {
        QString text = esc(event.description);
        text.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        rows += row(tr("Description"), text);
    }
    for (qsizetype i = 0; i < event.sources.size(); ++i) {
        const EventSource &source = event.sources.at(i);
        QString text = esc(!source.title.isEmpty() ? source.title
                           : !source.url.isEmpty() ? source.url
                                                   : source.outlet);
        if (isWebLink(source.url))
            text = QStringLiteral("<a href=\"%1\">%2</a>").arg(esc(source.url), text);
        QStringList where;
        if (!source.outlet.isEmpty() && !source.title.isEmpty())
            where << esc(source.outlet);
        if (source.date.isValid())
            where << esc(source.date.toDisplayString());
        if (!where.isEmpty())
            text += QStringLiteral(" (%1)").arg(where.join(QStringLiteral(", ")));
        rows += row(event.sources.size() == 1 ? tr("Source") : tr("Source %1").arg(i + 1), text);
    }
    if (event.id)
        rows += row(tr("Event id"), QString::number(event.id));
    setHtml(page(tr("%1 — %2").arg(EventLabels::type(event.type), event.company), rows));
}

void DetailsPanel::showTenure(const Tenure &tenure)
{
    m_shown = Shown::Tenure;
    m_tenure = tenure;
    m_eventId = 0;

    QString to;
    switch (tenure.endReason) {
    case Tenure::End::Open:
        to = tr("today (still in office)");
        break;
    case Tenure::End::Departure:
        to = tr("%1 (left)").arg(tenure.end->toDisplayString());
        break;
    case Tenure::End::Succeeded:
        to = tr("%1 (succeeded)").arg(tenure.end->toDisplayString());
        break;
    case Tenure::End::Confirmed:
        to = tr("%1 (made permanent)").arg(tenure.end->toDisplayString());
        break;
    }
    QString rows = row(tr("Person"), esc(tenure.person));
    rows += row(tr("Role"), esc(tenure.role));
    rows += row(tr("Company"), esc(tenure.company));
    rows += row(tr("Interim"), yesNo(tenure.interim));
    rows += row(tr("Term"), esc(tr("%1 – %2").arg(tenure.start.toDisplayString(), to)));
    setHtml(page(tr("%1, %2 at %3").arg(tenure.person, tenure.role, tenure.company), rows));
}

void DetailsPanel::clear()
{
    m_shown = Shown::Nothing;
    m_eventId = 0;
    setHtml(QStringLiteral("<p align='center' style='color:%1; margin-top:16px'>%2</p>")
                .arg(mutedColor(palette()),
                     esc(tr("Select an event on the timeline or in the table to see its "
                            "details."))));
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The label colours come from the palette: redraw when the user switches light and dark.
    if (event->type() != QEvent::PaletteChange)
        return;
    switch (m_shown) {
    case Shown::Nothing:
        clear();
        break;
    case Shown::Event:
        showDetails(m_event);
        break;
    case Shown::Tenure:
        showTenure(m_tenure);
        break;
    }
}
