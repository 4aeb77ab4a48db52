// Tenure's MIME type as a desktop sees it: the shared-mime-info package installed beside the
// system's, compiled by update-mime-database and read by Qt's QMimeDatabase.
#include "store/database.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace {

const QString tenureType = QStringLiteral("application/x-tenure-database");
const QString sqliteType = QStringLiteral("application/vnd.sqlite3");

// A MIME database of the system's types and Tenure's, made the way a package install makes it,
// and the only one this process sees (XDG_DATA_HOME and XDG_DATA_DIRS point into `dir`).
void installMimeDatabase(const QTemporaryDir &dir)
{
    const QString packages = dir.filePath(QStringLiteral("share/mime/packages"));
    REQUIRE(QDir().mkpath(packages));
    REQUIRE(QDir().mkpath(dir.filePath(QStringLiteral("home"))));
    const QString system = QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml");
    INFO("the system's types come from shared-mime-info; scripts/install-deps.sh installs it");
    REQUIRE(QFile::copy(system, packages + QStringLiteral("/freedesktop.org.xml")));
    REQUIRE(QFile::copy(QStringLiteral(TENURE_MIME_PACKAGE),
                        packages + QStringLiteral("/" TENURE_APP_ID ".xml")));

    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.filePath(QStringLiteral("home"))));
    qputenv("XDG_DATA_DIRS", QFile::encodeName(dir.filePath(QStringLiteral("share"))));
    QProcess update;
    update.start(QStringLiteral("update-mime-database"),
                 {dir.filePath(QStringLiteral("share/mime"))});
    REQUIRE(update.waitForFinished(60000));
    INFO(update.readAllStandardError().toStdString());
    REQUIRE(update.exitStatus() == QProcess::NormalExit);
    REQUIRE(update.exitCode() == 0);
}

void createTenureDatabase(const QString &path)
{
    auto db = Database::open(path, Database::OpenMode::CreateNew);
    REQUIRE(db);
}

// An SQLite file of another program, with an application id of its own or none.
void createOtherSqliteFile(const QString &path, const char *pragma)
{
    sqlite3 *handle = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &handle) == SQLITE_OK);
    const int result = sqlite3_exec(handle, pragma, nullptr, nullptr, nullptr);
    sqlite3_close(handle);
    REQUIRE(result == SQLITE_OK);
}

QString typeOf(const QString &path)
{
    return QMimeDatabase().mimeTypeForFile(path).name();
}

} // namespace

// The names Tenure gives its files (*.sqlite, *.db) match no glob, so the magic decides. A name
// that does (*.sqlite3, application/vnd.sqlite3's glob) is typed by it alone, in Qt 6.4 and GIO
// alike; claiming such a glob would take every SQLite file of that name.
TEST_CASE("a Tenure database is known by its application id under the names Tenure gives it")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    installMimeDatabase(dir);

    for (const QString &name : {QStringLiteral("tenure.sqlite"), QStringLiteral("news.db"),
                                QStringLiteral("no-extension")}) {
        INFO(name.toStdString());
        const QString path = dir.filePath(name);
        createTenureDatabase(path);
        CHECK(typeOf(path) == tenureType);
    }
    CHECK(QMimeDatabase().mimeTypeForName(tenureType).inherits(sqliteType));
}

TEST_CASE("another program's SQLite file is not taken for a Tenure database")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    installMimeDatabase(dir);

    const QString plain = dir.filePath(QStringLiteral("plain.sqlite3"));
    createOtherSqliteFile(plain, "CREATE TABLE t (x);");
    CHECK(typeOf(plain) == sqliteType);

    const QString foreign = dir.filePath(QStringLiteral("foreign.sqlite3"));
    createOtherSqliteFile(foreign, "PRAGMA application_id = 1234; CREATE TABLE t (x);");
    CHECK(typeOf(foreign) == sqliteType);

    const QString unnamed = dir.filePath(QStringLiteral("plain"));
    createOtherSqliteFile(unnamed, "CREATE TABLE t (x);");
    CHECK(typeOf(unnamed) == sqliteType);
}
