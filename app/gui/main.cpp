// tenure: the viewer. Opens the database named on the command line, else the per-user default
// one (created with the bundled Stability AI sample on first run).
#include "applanguage.h"
#include "databasesession.h"
#include "defaultdatabase.h"
#include "mainwindow.h"
#include "plaintext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Tenure"));
    QApplication::setApplicationName(QStringLiteral("tenure"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tenure"));
    QApplication::setApplicationVersion(QStringLiteral(TENURE_VERSION));
    // Names the installed desktop entry, so Wayland shells show its icon and name for the window.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.tenure.Tenure"));
    // Before anything is translated: the language chosen in Preferences, else the system's.
    const AppLanguage language(AppLanguage::resolve(AppLanguage::chosen()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Leadership changes at companies on a timeline."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("database"),
        QApplication::translate("main", "The database to open (default: your own)."));
    parser.process(app);

    MainWindow window;
    const QString path = parser.positionalArguments().value(0);
    auto db = DefaultDatabase::openForViewing(path);
    if (db) {
        auto session = DatabaseSession::adopt(std::move(*db));
        if (session)
            window.setSession(std::move(*session));
        else
            QMessageBox::warning(&window, QStringLiteral("Tenure"),
                                 PlainText::asRichText(session.error().message));
    } else {
        QMessageBox::warning(&window, QStringLiteral("Tenure"),
                             PlainText::asRichText(db.error().message));
    }
    window.show();
    return QApplication::exec();
}
