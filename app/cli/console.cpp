#include "console.h"

#include "model/safetext.h"
#include "texttable.h"

#include <QtGlobal>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

namespace {
constexpr int defaultWidth = 120;
constexpr int narrowestWidth = 40;

void put(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}
} // namespace

void Console::print(const QString &line)
{
    QByteArray bytes = SafeText::visible(line).toUtf8();
    bytes.append('\n');
    put(stdout, bytes);
}

void Console::write(const QByteArray &bytes)
{
    put(stdout, bytes);
    std::fflush(stdout);
}

void Console::error(const QString &message)
{
    errorLine(QStringLiteral("tenure-cli: ") + message);
}

void Console::errorLine(const QString &line)
{
    std::fflush(stdout); // keep the order of results and problems when both go to one terminal
    put(stderr, SafeText::visible(line).toUtf8() + '\n');
}

int Console::width() const
{
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return qMax(int(size.ws_col), narrowestWidth);
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns > 0)
        return qMax(columns, narrowestWidth);
    return defaultWidth;
}

void Console::printTable(const TextTable &table)
{
    table.writeLines(width(), [this](const QString &line) { print(line); });
}
