#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

// The language tenure and tenure-cli speak, and putting it in place before any text is
// translated: a translator for Tenure's texts (compiled in as :/i18n/tenure_LANG.qm), one for
// Qt's own (qtbase_LANG.qm from Qt's translations folder, when installed), and the default
// QLocale for dates, numbers and money. The language is the one chosen in the viewer's
// Preferences, else the system's first that Tenure is translated into, else English.
class AppLanguage
{
public:
    // The choice kept in the settings: empty to follow the system, or a code of
    // TextLanguage::codes() ("en", "es").
    static QString chosen();
    static void choose(const QString &code);

    // The locale a choice stands for: the code's language, in the system's country when the
    // system speaks that language ("es" on an es_MX system writes Mexican dates), else its
    // usual one (es_ES, en_US). An empty choice takes the first of the system's languages
    // (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) Tenure is translated into, else English.
    static QLocale resolve(const QString &choice, const QLocale &system = QLocale::system());

    // Installs the translators for `locale` in the running application (QCoreApplication must
    // exist; English has one too, for the English forms of "%n events") and makes `locale` the
    // default, unless the system's locale already speaks its language. Destroying this undoes both.
    explicit AppLanguage(const QLocale &locale);
    ~AppLanguage();
    AppLanguage(const AppLanguage &) = delete;
    AppLanguage &operator=(const AppLanguage &) = delete;

    // The code of the language installed: "en" or "es".
    QString code() const { return m_code; }
    // Whether Qt's own texts (standard buttons, dialogs) are translated too; false when Qt's
    // translations are not installed (Debian: qt6-translations-l10n) or the language is English.
    bool translatesQt() const { return m_qt != nullptr; }

private:
    QString m_code;
    QLocale m_previousDefault;
    bool m_setDefault = false;
    std::unique_ptr<QTranslator> m_tenure;
    std::unique_ptr<QTranslator> m_qt;
};
