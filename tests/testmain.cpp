#define CATCH_CONFIG_RUNNER
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
    return Catch::Session().run(argc, argv);
}
