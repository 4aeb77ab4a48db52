#pragma once

#include <QString>
#include <QStringView>

// How Tenure compares text loosely: without case, accents, invisible characters and punctuation.
// Titles (RoleVocabulary) and names (NameVariants, the people completer) fold alike, so
// "Seán Ó hÉigeartaigh" and "Sean O'hEigeartaigh" meet the same way "Chief-Executive" and
// "chief executive" do.
namespace TextFolding {
// Case folded; accents taken off (NFKD, then the marks dropped), and the few letters that have no
// decomposition written as their base letters (ø o, ł l, đ d, æ ae, œ oe, ß ss, þ th); invisible
// format characters (soft hyphens, zero-width spaces and joiners) removed; every other character
// that is not a letter or a digit, save those in `keep`, made a space; spaces collapsed and
// trimmed. "  Chief-Executive  Officer " is "chief executive officer".
QString words(const QString &text, QStringView keep = {});
// What the spellings of one name share: words() without its spaces, so that spacing and
// punctuation inside a name do not matter either. "Seán Ó hÉigeartaigh", "Sean O hEigeartaigh"
// and "Sean O'hEigeartaigh" are all "seanoheigeartaigh"; "Open AI" and "OpenAI" are "openai".
QString nameKey(const QString &name);
// How a stored name is the same name elsewhere in the data: trimmed and case folded, nothing more
// ("Stability AI " and "stability ai" are one company; "Stability-AI" is another).
QString caseless(const QString &name);
} // namespace TextFolding
