#define CATCH_CONFIG_RUNNER
#include "applanguage.h"

#include <QApplication>
#include <QLocale>

#include <catch2/catch.hpp>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TenureTests"));
    QApplication::setApplicationName(QStringLiteral("tenure-tests"));
    // English, as the programs speak it with LANG=C: the translator gives "1 event", not
    // "1 events". A test of another language installs its own AppLanguage for its duration.
    const AppLanguage language(QLocale::c());
    return Catch::Session().run(argc, argv);
}
