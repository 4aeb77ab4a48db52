#include "textlanguage.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QTranslator>

struct TextLanguage::Scope::Active
{
    QLocale locale;
    std::shared_ptr<const QTranslator> translator; // null: the source texts
};

thread_local const TextLanguage::Scope::Active *TextLanguage::s_current = nullptr;

namespace {
// One translator per language for the whole program, loaded when a scope first asks for it.
std::shared_ptr<const QTranslator> translatorFor(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const QTranslator>> loaded;
    const QMutexLocker lock(&mutex);
    if (const auto found = loaded.constFind(code); found != loaded.cend())
        return *found;
    auto translator = std::make_shared<QTranslator>();
    // Without the program's resources (a core test) the texts stay English.
    if (!translator->load(QStringLiteral(":/i18n/tenure_") + code))
        translator.reset();
    loaded.insert(code, translator);
    return translator;
}

// What QCoreApplication::translate does to a translated text with a count: "%n" becomes the
// number, "%Ln" the number written for the locale.
QString withCount(QString text, int n, const QLocale &locale)
{
    if (n < 0)
        return text;
    for (qsizetype i = text.indexOf(QLatin1Char('%')); i >= 0 && i + 1 < text.size();
         i = text.indexOf(QLatin1Char('%'), i + 1)) {
        if (text.at(i + 1) == QLatin1Char('n')) {
            const QString number = QString::number(n);
            text.replace(i, 2, number);
            i += number.size() - 1;
        } else if (text.at(i + 1) == QLatin1Char('L') && i + 2 < text.size() &&
                   text.at(i + 2) == QLatin1Char('n')) {
            const QString number = locale.toString(n);
            text.replace(i, 3, number);
            i += number.size() - 1;
        }
    }
    return text;
}
} // namespace

QString TextLanguage::translate(const char *context, const char *sourceText,
                                const char *disambiguation, int n)
{
    if (!s_current)
        return QCoreApplication::translate(context, sourceText, disambiguation, n);
    QString text;
    if (s_current->translator)
        text = s_current->translator->translate(context, sourceText, disambiguation, n);
    if (text.isNull())
        text = QString::fromUtf8(sourceText);
    return withCount(std::move(text), n, s_current->locale);
}

QLocale TextLanguage::locale()
{
    return s_current ? s_current->locale : QLocale();
}

bool TextLanguage::isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

QStringList TextLanguage::codes()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

QLocale TextLanguage::localeFor(const QString &code)
{
    if (code == QLatin1String("en"))
        return QLocale(QLocale::English, QLocale::UnitedStates);
    if (code == QLatin1String("es"))
        return QLocale(QLocale::Spanish, QLocale::Spain);
    return QLocale(QLocale::AnyLanguage);
}

QString TextLanguage::codeFor(const QLocale &locale)
{
    return locale.language() == QLocale::Spanish ? QStringLiteral("es") : QStringLiteral("en");
}

TextLanguage::Scope::Scope(const QLocale &locale) : m_previous(s_current)
{
    const QString code = codeFor(locale);
    auto active = std::make_unique<Active>();
    // A language Tenure is not translated into reads English, and so do its dates.
    active->locale = code == QLatin1String("en") && !isEnglish(locale) ? localeFor(code) : locale;
    // English too, for the English forms of "%n events".
    active->translator = translatorFor(code);
    m_active = std::move(active);
    s_current = m_active.get();
}

TextLanguage::Scope::~Scope()
{
    s_current = m_previous;
}
