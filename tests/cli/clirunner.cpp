#include "clirunner.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <unistd.h>

namespace {
QStringList lines(const QByteArray &bytes)
{
    QStringList list = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}
} // namespace

QStringList CliResult::outLines() const
{
    return lines(out);
}

QStringList CliResult::errLines() const
{
    return lines(err);
}

CliRunner::CliRunner() : m_environment(QProcessEnvironment::systemEnvironment())
{
    REQUIRE(m_dir.isValid());
    const QString home = m_dir.filePath(QStringLiteral("home"));
    REQUIRE(QDir().mkpath(home));
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    // Wide enough that tables are not cut unless a test asks for a narrow terminal.
    m_environment.insert(QStringLiteral("COLUMNS"), QStringLiteral("250"));
    // English whatever the language of whoever runs the tests; a test of another language sets
    // LANG (or LANGUAGE) itself.
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME"})
        m_environment.remove(QLatin1String(name));
    m_environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
}

void CliRunner::setEnvironment(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

std::unique_ptr<QProcess> CliRunner::launch(const QString &program, const QStringList &arguments,
                                            const QProcessEnvironment &environment) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(environment);
    process->setWorkingDirectory(m_dir.path());
    process->start(program, arguments);
    process->closeWriteChannel();
    return process;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &arguments) const
{
    return launch(QStringLiteral(TENURE_CLI), arguments, m_environment);
}

CliResult CliRunner::finish(QProcess &process)
{
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    CliResult result;
    REQUIRE(process.exitStatus() == QProcess::NormalExit); // no crash, no sanitizer abort
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliRunner::run(const QStringList &arguments) const
{
    return finish(*start(arguments));
}

CliResult CliRunner::runWithoutWriteAccess(const QStringList &arguments,
                                           const QStringList &files) const
{
    const auto readable = QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup |
                          QFile::ReadOther | QFile::ExeOther;
    REQUIRE(QFile::setPermissions(m_dir.path(), readable));
    for (const QString &file : files)
        REQUIRE(QFile::setPermissions(path(file),
                                      QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QProcessEnvironment environment = m_environment;
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
    // The build folder may be closed to other users (a checkout in a private folder): nobody runs
    // a copy of the program from a folder anyone may enter.
    QTemporaryDir programDir;
    const QString program = programDir.filePath(QStringLiteral("tenure-cli"));
    if (::getuid() == 0) {
        REQUIRE(QFile::copy(QStringLiteral(TENURE_CLI), program));
        REQUIRE(QFile::setPermissions(programDir.path(), readable));
        REQUIRE(QFile::setPermissions(program, readable));
    }
    const CliResult result =
        ::getuid() == 0 ? finish(*launch(QStringLiteral("runuser"),
                                         QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                                     QStringLiteral("--"), program} +
                                             arguments,
                                         environment))
                        : finish(*launch(QStringLiteral(TENURE_CLI), arguments, environment));
    REQUIRE(QFile::setPermissions(m_dir.path(), readable | QFile::WriteOwner));
    for (const QString &file : files)
        REQUIRE(QFile::setPermissions(path(file), QFile::ReadOwner | QFile::WriteOwner));
    return result;
}

CliResult CliRunner::runOn(const QString &db, const QStringList &arguments) const
{
    return run(QStringList{QStringLiteral("--db"), db} + arguments);
}

QString CliRunner::path(const QString &name) const
{
    return m_dir.filePath(name);
}

QString CliRunner::defaultDatabasePath() const
{
    return m_dir.filePath(QStringLiteral("data/Tenure/tenure/tenure.sqlite"));
}

QStringList CliRunner::files() const
{
    return QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
}

QByteArray CliRunner::read(const QString &name) const
{
    return testsupport::readFile(path(name));
}

void CliRunner::write(const QString &name, const QByteArray &bytes) const
{
    testsupport::writeFile(path(name), bytes);
}

void CliRunner::init(const QString &db, bool withSample) const
{
    QStringList arguments{QStringLiteral("init")};
    if (withSample)
        arguments << QStringLiteral("--sample");
    const CliResult result = runOn(db, arguments);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
}

QJsonArray CliRunner::listJson(const QString &db, const QStringList &filters) const
{
    const CliResult result =
        runOn(db, QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                              QStringLiteral("json")} +
                      filters);
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(document.isArray());
    return document.array();
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result << QString::fromUtf8(item);
    return result;
}
