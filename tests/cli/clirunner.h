#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

// A command line written as C strings: args({"list", "--company", "Acme"}).
QStringList args(std::initializer_list<const char *> list);

// What one run of tenure-cli did.
struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QStringList outLines() const; // without the final empty line
    QStringList errLines() const;
};

// Runs the real tenure-cli in a scratch folder that is also its working directory, HOME and
// XDG_DATA_HOME, so no test reads or writes the user's own files.
class CliRunner
{
public:
    CliRunner();

    CliResult run(const QStringList &arguments) const;
    // Runs it as a user who may not write to the scratch folder and its files: as root, the user
    // nobody (by runuser); as anyone else, after the folder and `files` are made read-only.
    CliResult runWithoutWriteAccess(const QStringList &arguments, const QStringList &files) const;
    // Starts tenure-cli with `arguments` and returns at once, for programs running side by side.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;
    // The same, on the database `db` (a name in the scratch folder).
    CliResult runOn(const QString &db, const QStringList &arguments) const;
    void setEnvironment(const QString &name, const QString &value);

    QString path(const QString &name) const; // a file in the scratch folder
    QString defaultDatabasePath() const;     // where the per-user database should appear
    QStringList files() const;               // the scratch folder's files, by name

    QByteArray read(const QString &name) const;
    void write(const QString &name, const QByteArray &bytes) const;

    // Makes a database by `init` (with the sample if asked); fails the test if that fails.
    void init(const QString &db, bool withSample = false) const;
    // `list --format json` on `db` with extra filter arguments; fails the test on an error.
    QJsonArray listJson(const QString &db, const QStringList &filters = {}) const;

private:
    std::unique_ptr<QProcess> launch(const QString &program, const QStringList &arguments,
                                     const QProcessEnvironment &environment) const;
    static CliResult finish(QProcess &process); // waits; fails the test on a crash

    QTemporaryDir m_dir;
    QProcessEnvironment m_environment;
};
