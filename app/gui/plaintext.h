#pragma once

#include <QString>

// User data (a company, a person, a file name) in places where Qt guesses whether a string is
// rich text: tooltips, QMessageBox and QInputDialog texts, QLabels we do not create. A name such
// as "<b>Bold</b> <img src=x>" would be taken for markup there; these return text that shows it
// literally. Labels we create are simply set to Qt::PlainText.
class PlainText
{
public:
    // Rich text that displays `text` as it is: escaped, line breaks kept, in a paragraph that
    // wraps (so a long description in a tooltip does not run off the screen).
    static QString asRichText(const QString &text);
    // `text` for a menu or action label: "&" doubled, so "AT&T" is not read as a shortcut.
    static QString asActionText(const QString &text);
};
