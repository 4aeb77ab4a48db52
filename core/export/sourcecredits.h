#pragma once

#include "model/event.h"

#include <QStringList>

#include <span>
#include <vector>

// Who reported what a chart shows, from the events it draws: the short credits of its footnote
// ("Bloomberg, 2023-06; Forbes, 2024-03-23": outlet and date, each once, in date order) and the
// full list of its sources for a text file or a PDF page. Notes a curator left in a title
// ("[title from URL]") are never shown.
class SourceCredits
{
public:
    explicit SourceCredits(std::span<const Event *const> events);

    // "Outlet, date" (or the outlet alone when the date is not known), each once, by date.
    QStringList credits() const { return m_credits; }
    // One line a source, each once, by date: "SiliconANGLE, 2024-03-24 — Title — URL".
    QStringList fullList() const { return m_full; }

    // The outlet as given, else the host of the source's URL without "www.".
    static QString outletOf(const EventSource &source);
    // The source's date as given, else the date its URL's path spells (/2024/03/24/), else none.
    static PartialDate dateOf(const EventSource &source);
    // A title without the note in brackets a curator put at its end.
    static QString withoutNote(const QString &title);

private:
    QStringList m_credits;
    QStringList m_full;
};
