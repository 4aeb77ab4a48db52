#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

// The language the core's texts come out in (chart legends, axis dates, amounts, notices), so
// that an exported chart can be Spanish in an English program and the reverse. Outside a Scope
// the core follows the program: QCoreApplication's translators and the default QLocale. A Scope
// makes this thread's core texts use one language explicitly, through a translator of its own
// (loaded once from :/i18n/tenure_LANG.qm) and its locale, until it ends. No global translator
// is touched, so a chart laid out in a worker thread never changes the window's language.
class TextLanguage
{
public:
    // As QCoreApplication::translate, in this thread's language; lupdate reads these calls.
    static QString translate(const char *context, const char *sourceText,
                             const char *disambiguation = nullptr, int n = -1);
    // Dates, numbers and money are written for this locale.
    static QLocale locale();
    // English is the source language: English texts keep their fixed forms ("22 March 2024",
    // "$101M"), as do the C locale's.
    static bool isEnglish(const QLocale &locale);

    // The languages Tenure is written in, as codes: "en", "es".
    static QStringList codes();
    // The locale that stands for a code of codes(): "es" → Spanish (Spain), "en" → English
    // (United States); an invalid QLocale for any other code.
    static QLocale localeFor(const QString &code);
    // The code of codes() a locale's language is translated into; "en" when Tenure has no
    // translation for it.
    static QString codeFor(const QLocale &locale);

    // While it lives, this thread's core texts are in `locale`'s language (English when Tenure
    // has no translation for it). Scopes nest.
    class Scope
    {
        friend class TextLanguage;

    public:
        explicit Scope(const QLocale &locale);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        struct Active;
        const Active *m_previous;
        std::unique_ptr<const Active> m_active;
    };

private:
    static thread_local const Scope::Active *s_current;
};
