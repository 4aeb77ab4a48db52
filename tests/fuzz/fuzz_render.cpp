// libFuzzer target: `tenure-cli render` with any arguments, in-process. The input is the list of
// arguments after `render`, one per line or separated by NUL bytes. They go through the same
// QCommandLineParser set-up as Dispatcher::runCommand and then to the real render command
// (tenure-cli's sources are compiled into this target), which validates them, builds the chart
// from a database and writes the file, in one QGuiApplication on the offscreen platform that
// lives as long as the fuzzer.
//
// The command runs in a private temporary folder holding fixture files, which is the current
// folder while it runs (so give libFuzzer an absolute -artifact_prefix). So that no input can
// write outside it or take seconds legitimately, an input is skipped (not run) when an --out or
// --db value names a path with a '/', or when a PNG would have more than maxPngPixels pixels.
//
// Properties: the exit code is one the README documents; a chart reported written exists and
// starts as its format does; no fixture database changes by a byte (render only reads, and
// never writes a chart over a database, even one named like a chart); a failed render leaves an
// existing file as it was and no new file behind; a successful one leaves nothing but its file.

#include "clicommand.h"
#include "commandcontext.h"
#include "commandtable.h"
#include "console.h"
#include "export/chartexporter.h"
#include "fuzzchecks.h"
#include "helptext.h"
#include "io/csvreader.h"
#include "sampledata.h"
#include "store/database.h"
#include "store/eventrepository.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>

#ifndef TENURE_FUZZ_DIR
#error "TENURE_FUZZ_DIR must name tests/fuzz"
#endif

namespace {
using FuzzChecks::require;

// The default chart is 1920×1080; larger PNGs only cost time without reaching new code.
constexpr qint64 maxPngPixels = qint64(1920) * 1080;
constexpr int maxArguments = 64;

// Files in the working folder, named so that the dictionary can find them.
const QString sampleDatabase = QStringLiteral("sample.sqlite"); // the bundled sample
const QString edgeDatabase = QStringLiteral("edge.sqlite");     // extreme dates, names, amounts
const QString disguisedDatabase = QStringLiteral("chart.png");  // a database named like a chart
// The same, named as Qt names its resources: QFile(":chart.png") is not this file.
const QString resourceLikeDatabase = QStringLiteral(":chart.png");
const QString emptyDatabase = QStringLiteral("empty.sqlite"); // no events
const QString notDatabase = QStringLiteral("notes.sqlite");   // text, not SQLite
const QString existingChart = QStringLiteral("existing.svg"); // a file render may replace

// A file of the working folder as QFile must be given it: "./:x" is a file, ":x" a resource.
QString local(const QString &name)
{
    return QStringLiteral("./") + name;
}

class RenderHarness
{
public:
    RenderHarness();
    int run(const QStringList &arguments);

private:
    int runInFolder(const QStringList &arguments);
    void makeFixtures();
    std::optional<ExitCode> runParsed(const QStringList &arguments, QString *out);
    bool withinBudget(const QCommandLineParser &parser) const;
    QByteArray contents(const QString &name) const;
    void restoreFolder(const QString &out, bool written);

    std::vector<std::unique_ptr<CliCommand>> m_commands;
    const CliCommand *m_render = nullptr;
    std::unique_ptr<QCoreApplication> m_app;
    QTemporaryDir m_dir;
    std::map<QString, QByteArray> m_fixtures; // name -> bytes
    Console m_console;
    // As Dispatcher makes them.
    const QCommandLineOption m_databaseOption{QStringLiteral("db"), QStringLiteral("database"),
                                              QStringLiteral("PATH")};
    const QCommandLineOption m_helpOption{{QStringLiteral("h"), QStringLiteral("help")},
                                          QStringLiteral("help")};
};

// QGuiApplication keeps a reference to argc and argv for its whole life.
int applicationArgc = 1;
char applicationName[] = "fuzz_render";
char *applicationArgv[] = {applicationName, nullptr};

RenderHarness::RenderHarness() : m_commands(CommandTable::create())
{
    for (const auto &command : m_commands) {
        if (command->name() == QLatin1String("render"))
            m_render = command.get();
    }
    require(m_render != nullptr, "tenure-cli has a render command");
    // The application the command asks for, as Dispatcher::run makes it.
    m_app = m_render->createApplication(applicationArgc, applicationArgv);
    require(m_dir.isValid(), "a temporary folder can be made", m_dir.errorString());
    const QString started = QDir::currentPath();
    require(QDir::setCurrent(m_dir.path()), "the temporary folder can be entered");
    makeFixtures();
    QDir::setCurrent(started);
}

void RenderHarness::makeFixtures()
{
    const auto created = [](const QString &name) {
        auto db = Database::open(name, Database::OpenMode::CreateNew);
        require(bool(db), "a fixture database can be made", db ? QString() : db.error().message);
        return std::move(*db);
    };
    auto sample = SampleData::createDatabase(sampleDatabase);
    require(bool(sample), "the sample database can be made",
            sample ? QString() : sample.error().message);
    sample->reset();
    created(emptyDatabase).reset();
    {
        QFile file(QStringLiteral(TENURE_FUZZ_DIR "/render-edge-events.csv"));
        require(file.open(QIODevice::ReadOnly), "render-edge-events.csv can be read");
        const ImportBatch batch =
            CsvReader::read(file.readAll(), QStringLiteral("render-edge-events.csv"));
        require(batch.ok(), "render-edge-events.csv reads without problems",
                batch.ok() ? QString() : batch.issues.first().toString());
        auto edge = created(edgeDatabase);
        EventRepository repository(*edge);
        const auto added = repository.addAll(batch.events);
        require(bool(added), "the edge events can be stored",
                added ? QString() : added.error().message);
    }
    for (const QString &copy : {disguisedDatabase, resourceLikeDatabase})
        require(QFile::copy(sampleDatabase, local(copy)), "the sample can be copied");
    for (const auto &[name, bytes] :
         {std::pair{notDatabase, QByteArray("date,company\nnot a database\n")},
          std::pair{existingChart, QByteArray("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n")}}) {
        QFile file(local(name));
        require(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size(),
                "a fixture file can be written");
    }
    const QStringList names = QDir().entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        m_fixtures[name] = contents(name);
    require(m_fixtures.count(sampleDatabase) && m_fixtures.count(edgeDatabase) &&
                !m_fixtures.count(sampleDatabase + QStringLiteral("-wal")),
            "the fixture databases are closed and complete", names.join(QLatin1Char(' ')));
}

QByteArray RenderHarness::contents(const QString &name) const
{
    QFile file(local(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Whether the chart asked for can be drawn quickly; values the command refuses are in budget.
bool RenderHarness::withinBudget(const QCommandLineParser &parser) const
{
    const auto format = imageFormatForPath(parser.value(QStringLiteral("out")));
    if (format != ImageFormat::Png)
        return true;
    const auto number = [&parser](const char *option, qint64 fallback) {
        const QString name = QLatin1String(option);
        if (!parser.isSet(name))
            return fallback;
        bool ok = false;
        const int value = parser.value(name).trimmed().toInt(&ok);
        return ok ? qint64(value) : qint64(0);
    };
    const qint64 scale = number("scale", 1);
    const qint64 pixels = number("width", 1920) * number("height", 1080) * scale * scale;
    return pixels <= maxPngPixels;
}

// Dispatcher::runCommand for the render command, with the database of `tenure-cli --db
// sample.sqlite render ...`; nullopt when the input is skipped. Sets `out` to the --out value.
std::optional<ExitCode> RenderHarness::runParsed(const QStringList &arguments, QString *out)
{
    const CliCommand &command = *m_render;
    QCommandLineParser parser;
    parser.addOptions(command.options());
    parser.addOption(m_databaseOption);
    parser.addOption(m_helpOption);
    if (!parser.parse(arguments))
        return ExitCode::Usage;
    if (parser.isSet(m_helpOption)) {
        const QString help = HelpText::forCommand(command, {m_databaseOption, m_helpOption});
        require(!help.isEmpty(), "render --help says something");
        return ExitCode::Done;
    }
    const QStringList positional = parser.positionalArguments();
    require(command.arguments().isEmpty(), "render takes no positional arguments");
    if (!positional.isEmpty())
        return ExitCode::Usage;
    if (parser.isSet(m_databaseOption) && parser.value(m_databaseOption).isEmpty())
        return ExitCode::Usage;

    // Keep every file the command may open or write inside the working folder.
    const QStringList paths =
        parser.values(QStringLiteral("out")) + parser.values(m_databaseOption);
    for (const QString &path : paths) {
        if (path.contains(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
            return std::nullopt;
    }
    if (!withinBudget(parser))
        return std::nullopt;

    *out = parser.value(QStringLiteral("out"));
    const QString database =
        parser.isSet(m_databaseOption) ? parser.value(m_databaseOption) : sampleDatabase;
    CommandContext context(command, parser, database, m_console);
    return command.run(context);
}

// Checks what the command left in the folder, then puts the fixtures back as they were.
void RenderHarness::restoreFolder(const QString &out, bool written)
{
    const QStringList names = QDir().entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const auto fixture = m_fixtures.find(name);
        const bool isOut = written && name == out;
        if (fixture != m_fixtures.end()) {
            if (contents(name) == fixture->second)
                continue;
            require(isOut && name == existingChart,
                    "render changes no file but the chart it reports written, and never a "
                    "database",
                    name);
            QFile file(local(name));
            require(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                        file.write(fixture->second) == fixture->second.size(),
                    "a fixture can be restored");
            continue;
        }
        // SQLite's companions of a database opened read-only may remain.
        const bool companion =
            name.endsWith(QLatin1String("-shm")) || name.endsWith(QLatin1String("-wal"));
        require(isOut || companion, "render leaves no file behind but the chart it wrote", name);
        require(QFile::remove(local(name)), "a file render wrote can be removed", name);
    }
    for (const auto &[name, bytes] : m_fixtures)
        require(QFile::exists(local(name)), "render removes no file", name);
}

int RenderHarness::run(const QStringList &arguments)
{
    // The command's relative paths are in the working folder; libFuzzer's, in the folder it was
    // started in, which is current again before it writes anything.
    const QString started = QDir::currentPath();
    require(QDir::setCurrent(m_dir.path()), "the temporary folder can be entered");
    const int result = runInFolder(arguments);
    require(QDir::setCurrent(started), "the starting folder can be entered again");
    return result;
}

int RenderHarness::runInFolder(const QStringList &arguments)
{
    QString out;
    const auto code = runParsed(QStringList{QStringLiteral("render")} + arguments, &out);
    if (!code)
        return -1; // not run: keep it out of the corpus
    require(*code == ExitCode::Done || *code == ExitCode::Usage || *code == ExitCode::InvalidData ||
                *code == ExitCode::Unusable,
            "the exit code is one the README documents");
    const bool written = *code == ExitCode::Done && !out.isEmpty();
    if (written) {
        const QByteArray head = contents(out).left(256);
        const auto format = imageFormatForPath(out);
        require(format.has_value(), "a chart written has a chart's extension", out);
        const bool looksRight = *format == ImageFormat::Png   ? head.startsWith("\x89PNG\r\n")
                                : *format == ImageFormat::Pdf ? head.startsWith("%PDF-")
                                                              : head.contains("<svg");
        require(looksRight, "a chart reported written is a file of its format", out);
    }
    restoreFolder(out, written);
    return 0;
}

RenderHarness *harness = nullptr;
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    harness = new RenderHarness; // lives as long as the process, as the application must
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // One argument per line or per NUL-separated piece; a trailing separator ends the last one.
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QStringList arguments;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= input.size(); ++i) {
        if (i == input.size() || input[i] == '\n' || input[i] == '\0') {
            if (i < input.size() || i > start)
                arguments << QString::fromLocal8Bit(input.sliced(start, i - start));
            start = i + 1;
        }
        if (arguments.size() > maxArguments)
            return -1;
    }
    return harness->run(arguments);
}
