#include "applanguage.h"

#include "model/textlanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace {
QString settingsKey()
{
    return QStringLiteral("language");
}

// The code of the first of `languages` Tenure is translated into ("es-MX" → "es"), or empty.
QString firstTranslated(const QStringList &languages)
{
    const QStringList codes = TextLanguage::codes();
    for (const QString &language : languages) {
        const QLocale locale(language);
        if (locale.language() == QLocale::C)
            return QStringLiteral("en");
        const QString code = QLocale::languageToCode(locale.language());
        if (codes.contains(code))
            return code;
    }
    return {};
}
} // namespace

QString AppLanguage::chosen()
{
    const QString code = QSettings().value(settingsKey()).toString();
    return TextLanguage::codes().contains(code) ? code : QString();
}

void AppLanguage::choose(const QString &code)
{
    QSettings settings;
    if (TextLanguage::codes().contains(code))
        settings.setValue(settingsKey(), code);
    else
        settings.remove(settingsKey());
}

QLocale AppLanguage::resolve(const QString &choice, const QLocale &system)
{
    QString code = TextLanguage::codes().contains(choice) ? choice : QString();
    if (code.isEmpty())
        code = firstTranslated(system.uiLanguages());
    if (code.isEmpty())
        code = QStringLiteral("en");
    const QLocale wanted = TextLanguage::localeFor(code);
    const bool systemSpeaksIt = system.language() == wanted.language() ||
                                (code == QLatin1String("en") && system.language() == QLocale::C);
    return systemSpeaksIt ? system : wanted;
}

AppLanguage::AppLanguage(const QLocale &locale)
    : m_code(TextLanguage::codeFor(locale)), m_previousDefault(QLocale())
{
    // The C locale and the system's own stay the default as they are: machine output that
    // asks QLocale() for a number keeps what it had.
    if (locale != QLocale::system()) {
        QLocale::setDefault(locale);
        m_setDefault = true;
    }
    // English too: the source texts are English, but "%n events" needs its English forms.
    auto tenure = std::make_unique<QTranslator>();
    if (tenure->load(QStringLiteral(":/i18n/tenure_") + m_code) &&
        QCoreApplication::installTranslator(tenure.get()))
        m_tenure = std::move(tenure);
    if (m_code == QLatin1String("en"))
        return; // Qt's own texts are English
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt.get()))
        m_qt = std::move(qt);
}

AppLanguage::~AppLanguage()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_tenure)
        QCoreApplication::removeTranslator(m_tenure.get());
    if (m_setDefault)
        QLocale::setDefault(m_previousDefault);
}
