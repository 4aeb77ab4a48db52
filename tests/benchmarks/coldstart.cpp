#include "coldstart.h"

#include "benchmarkoutput.h"
#include "measurementprocess.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr char dropCachesFile[] = "/proc/sys/vm/drop_caches";
} // namespace

std::optional<QString> ColdStart::dropPageCache()
{
    if (geteuid() != 0)
        return QStringLiteral("only root may write %1, and tenure-bench runs as user %2")
            .arg(QLatin1String(dropCachesFile))
            .arg(geteuid());
    // Dirty pages are written first: the cache drops only clean ones.
    ::sync();
    const int control = ::open(dropCachesFile, O_WRONLY | O_CLOEXEC);
    if (control < 0)
        return QStringLiteral("%1 cannot be opened: %2")
            .arg(QLatin1String(dropCachesFile), QString::fromLocal8Bit(std::strerror(errno)));
    // 3: the page cache, and the dentries and inodes that lead to the file.
    const bool written = ::write(control, "3", 1) == 1;
    const int writeError = errno;
    ::close(control);
    if (!written)
        return QStringLiteral("%1 cannot be written: %2")
            .arg(QLatin1String(dropCachesFile), QString::fromLocal8Bit(std::strerror(writeError)));
    return std::nullopt;
}

Result<std::optional<FrameFigures>> ColdStart::measureFrames(int events)
{
    if (const auto reason = dropPageCache()) {
        BenchmarkOutput::report("%d events: no cold figures: %s\n", events, qPrintable(*reason));
        return std::optional<FrameFigures>();
    }
    BenchmarkOutput::report("%d events: page cache dropped; the cold open's breakdown follows\n",
                            events);
    auto line = MeasurementProcess::run({QStringLiteral("--measure"), QString::number(events)});
    if (!line)
        return line.error();
    auto figures = FrameFigures::fromLine(*line);
    if (!figures)
        return figures.error();
    return std::optional<FrameFigures>(*figures);
}
