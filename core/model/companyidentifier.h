#pragma once

#include <QString>
#include <QStringView>

// What tells two companies of one name apart: a web domain ("stability.ai"), a Wikidata item
// ("Q107420637") or a stock ticker ("NVDA", "NASDAQ:NVDA"). Written the one way each kind is
// written, so the same company read from two files has the same identifier.
class CompanyIdentifier
{
public:
    struct Reading
    {
        QString identifier;     // normalised; empty when `text` was empty or is no identifier
        QString problem;        // why `text` is no identifier
        bool rewritten = false; // `identifier` differs from the text beyond case and spaces
    };

    // Accepts "https://www.Stability.ai/" as "stability.ai", a Wikidata URL as its Q-id, and a
    // ticker in capitals.
    static Reading read(QStringView text);

    // A company's label when its name is taken by another company: "Apple (apple.com)".
    static QString labelled(const QString &name, const QString &identifier);
};
