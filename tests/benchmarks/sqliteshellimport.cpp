#include "sqliteshellimport.h"

#include "benchmarkoutput.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <sys/resource.h>

namespace {
using Out = BenchmarkOutput;

// Every table with rows but the full-text index, parents first: the load runs with foreign keys
// on, as Tenure's connection does, so each row is checked against its parent as Tenure's are.
const QStringList tablesInOrder{QStringLiteral("companies"),     QStringLiteral("people"),
                                QStringLiteral("events"),        QStringLiteral("event_people"),
                                QStringLiteral("event_sources"), QStringLiteral("id_sequence"),
                                QStringLiteral("role_aliases"),  QStringLiteral("annotations")};

struct ShellRun
{
    QByteArray output;
    double wallMs = 0;
    double cpuMs = 0; // user and system time of the shell
};

double cpuMsOf(const rusage &usage)
{
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e3 +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e3;
}

// Runs the shell on `arguments`. Its input is the file `input` or else `commands`; its output
// goes to the file `output` or else is returned. Anything on its stderr is a failure.
Result<ShellRun> shell(const QStringList &arguments, const QString &input, const QString &output,
                       const QByteArray &commands = {})
{
    QProcess process;
    if (!input.isEmpty())
        process.setStandardInputFile(input);
    if (!output.isEmpty())
        process.setStandardOutputFile(output);
    rusage before{};
    getrusage(RUSAGE_CHILDREN, &before);
    QElapsedTimer timer;
    timer.start();
    process.start(SqliteShellImport::executable(), arguments);
    if (input.isEmpty()) {
        process.write(commands);
        process.closeWriteChannel();
    }
    const bool finished = process.waitForFinished(-1);
    ShellRun run;
    run.wallMs = Out::ms(timer.nsecsElapsed());
    rusage after{};
    getrusage(RUSAGE_CHILDREN, &after);
    run.cpuMs = cpuMsOf(after) - cpuMsOf(before);
    const QByteArray errors = process.readAllStandardError().trimmed();
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 ||
        !errors.isEmpty())
        return Error{Error::Kind::Io, QStringLiteral("sqlite3 %1 failed: %2")
                                          .arg(arguments.join(QLatin1Char(' ')),
                                               errors.isEmpty() ? process.errorString()
                                                                : QString::fromUtf8(errors))};
    if (output.isEmpty())
        run.output = process.readAllStandardOutput().trimmed();
    return run;
}

Result<QByteArray> query(const QString &database, const QString &sql)
{
    auto run = shell({QStringLiteral("-readonly"), QStringLiteral("-bail"), database, sql}, {}, {});
    if (!run)
        return run.error();
    return run->output;
}

Status emptyTenureDatabase(const QString &path)
{
    auto created = Database::open(path, Database::OpenMode::CreateNew);
    return created ? Status(Done{}) : Status(created.error());
}

Status concatenate(const QStringList &parts, const QByteArray &tail, const QString &path)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(path)};
    for (const QString &part : parts) {
        QFile in(part);
        if (!in.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Io, QStringLiteral("cannot read %1").arg(part)};
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(16 << 20);
            if (out.write(chunk) != chunk.size())
                return Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(path)};
        }
    }
    if (out.write(tail) != tail.size() || !out.flush())
        return Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(path)};
    return Done{};
}

// What both databases must hold alike after the load.
const QString countsSql = QStringLiteral(
    "SELECT (SELECT count(*) FROM events) || ' ' || (SELECT count(*) FROM event_people) || ' ' "
    "|| (SELECT count(*) FROM event_sources) || ' ' || (SELECT count(*) FROM events_fts)");
// The full-text index's size in blocks, which may differ with the order of its writes.
const QString blocksSql = QStringLiteral("SELECT count(*) FROM events_fts_data");

// The script's two parts, made by the shell from the imported database: the rows of every table
// as INSERT statements after BEGIN, and the full-text rows as inserts into the FTS5 table.
Status writeScripts(const QString &imported, const QString &rowsPath, const QString &ftsPath)
{
    auto tables = query(imported, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = "
                                                 "'table' AND name NOT LIKE 'events_fts%' AND "
                                                 "name NOT LIKE 'sqlite_%' ORDER BY name"));
    if (!tables)
        return tables.error();
    QStringList found = QString::fromUtf8(*tables).split(QLatin1Char('\n'));
    QStringList expected = tablesInOrder;
    found.sort();
    expected.sort();
    if (found != expected)
        return Error{
            Error::Kind::InvalidData,
            QStringLiteral("the schema's tables (%1) are not those the baseline copies "
                           "(%2): update tablesInOrder in sqliteshellimport.cpp")
                .arg(found.join(QStringLiteral(", ")), expected.join(QStringLiteral(", ")))};
    QByteArray commands = ".headers off\n.mode list\nSELECT 'PRAGMA foreign_keys = ON;';\n"
                          "SELECT 'BEGIN;';\n";
    for (const QString &table : tablesInOrder) {
        if (table == QLatin1String("id_sequence"))
            continue; // a new database has its row already
        // In the order Tenure writes them, the events' ids, not the company-first order they
        // are stored in (schema::version9), which would favour the shell.
        const bool byEvent = table.startsWith(QLatin1String("event"));
        commands += QStringLiteral(".mode insert %1\nSELECT * FROM %1%2;\n")
                        .arg(table, byEvent ? (table == QLatin1String("events")
                                                   ? QStringLiteral(" ORDER BY id")
                                                   : QStringLiteral(" ORDER BY event_id, position"))
                                            : QString())
                        .toUtf8();
    }
    // Tenure moves the sequence on with each event; the shell sets it once.
    commands += ".mode list\nSELECT 'UPDATE id_sequence SET last = ' || last || ' WHERE name = ' "
                "|| quote(name) || ';' FROM id_sequence;\n";
    if (auto run = shell({QStringLiteral("-readonly"), QStringLiteral("-bail"), imported}, {},
                         rowsPath, commands);
        !run)
        return run.error();

    auto columns =
        query(imported, QStringLiteral("SELECT name FROM pragma_table_info('events_fts')"));
    if (!columns)
        return columns.error();
    const QStringList names = QString::fromUtf8(*columns).split(QLatin1Char('\n'));
    QStringList values;
    for (const QString &name : names)
        values << QStringLiteral("quote(%1)").arg(name);
    const QString select =
        QStringLiteral("SELECT 'INSERT INTO events_fts (rowid, %1) VALUES (' || rowid || ', ' || "
                       "%2 || ');' FROM events_fts ORDER BY rowid;\n")
            .arg(names.join(QStringLiteral(", ")), values.join(QStringLiteral(" || ', ' || ")));
    if (auto run = shell({QStringLiteral("-readonly"), QStringLiteral("-bail"), imported}, {},
                         ftsPath, ".headers off\n.mode list\n" + select.toUtf8());
        !run)
        return run.error();
    return Done{};
}

// Loads `script` into a new Tenure database at `path`: the timed part.
Result<ShellRun> load(const QString &script, const QString &path)
{
    if (auto status = emptyTenureDatabase(path); !status)
        return status.error();
    return shell({QStringLiteral("-bail"), path}, script, {});
}
} // namespace

QString SqliteShellImport::executable()
{
    return QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
}

Result<SqliteShellImport::Figures> SqliteShellImport::measure(const QString &imported,
                                                              const QString &workDir, qint64 rows)
{
    const QString rowsSql = workDir + QStringLiteral("/rows.sql");
    const QString ftsSql = workDir + QStringLiteral("/fts.sql");
    const QString fullSql = workDir + QStringLiteral("/shell.sql");
    const QString noFtsSql = workDir + QStringLiteral("/shell-no-fts.sql");
    const QString dumpSql = workDir + QStringLiteral("/dump.sql");
    if (auto status = writeScripts(imported, rowsSql, ftsSql); !status)
        return status.error();
    if (auto status = concatenate({rowsSql, ftsSql}, "COMMIT;\n", fullSql); !status)
        return status.error();
    if (auto status = concatenate({rowsSql}, "COMMIT;\n", noFtsSql); !status)
        return status.error();
    QFile::remove(rowsSql);
    QFile::remove(ftsSql);

    const QString copy = workDir + QStringLiteral("/shell.sqlite");
    auto full = load(fullSql, copy);
    if (!full)
        return full.error();
    auto want = query(imported, countsSql);
    auto got = query(copy, countsSql);
    if (!want || !got)
        return (!want ? want : got).error();
    if (*want != *got || !want->startsWith(QByteArray::number(rows) + ' '))
        return Error{Error::Kind::InvalidData,
                     QStringLiteral("the shell's copy differs from the import: events, people "
                                    "links, sources and full-text rows %1 against %2")
                         .arg(QString::fromUtf8(*got), QString::fromUtf8(*want))};
    auto blocks = query(imported, blocksSql);
    auto copyBlocks = query(copy, blocksSql);
    if (!blocks || !copyBlocks)
        return (!blocks ? blocks : copyBlocks).error();
    Out::report("sqlite3 shell: the same rows (events, people links, sources, full-text rows: "
                "%s) into an empty Tenure database, one transaction, foreign keys on, full-text "
                "rows tokenised: %.1f ms (CPU %.1f ms); script %lld bytes; index blocks %s "
                "(Tenure's %s)\n",
                want->constData(), full->wallMs, full->cpuMs,
                static_cast<long long>(QFileInfo(fullSql).size()), copyBlocks->constData(),
                blocks->constData());
    QFile::remove(copy);
    QFile::remove(fullSql);

    const QString noFtsCopy = workDir + QStringLiteral("/shell-no-fts.sqlite");
    auto noFts = load(noFtsSql, noFtsCopy);
    if (!noFts)
        return noFts.error();
    QFile::remove(noFtsCopy);
    QFile::remove(noFtsSql);

    // The plain `.dump` into a file the shell creates: the index pages copied as they are (no
    // tokenising), the tables' indexes built after their rows, a rollback journal, not WAL.
    if (auto dumped =
            shell({QStringLiteral("-readonly"), imported, QStringLiteral(".dump")}, {}, dumpSql);
        !dumped)
        return dumped.error();
    const QString raw = workDir + QStringLiteral("/dump.sqlite");
    auto dump = shell({QStringLiteral("-bail"), raw}, dumpSql, {});
    if (!dump)
        return dump.error();
    Out::report("sqlite3 shell: the same load without the full-text rows %.1f ms (CPU %.1f ms), "
                "so tokenising and indexing them costs the shell %.1f ms; a plain .dump loaded "
                "into a new file %.1f ms (CPU %.1f ms)\n",
                noFts->wallMs, noFts->cpuMs, full->wallMs - noFts->wallMs, dump->wallMs,
                dump->cpuMs);
    QFile::remove(raw);
    QFile::remove(dumpSql);
    return Figures{full->wallMs, full->cpuMs};
}
