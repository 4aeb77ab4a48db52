#include "measurementprocess.h"

#include <QCoreApplication>
#include <QProcess>

Result<QString> MeasurementProcess::run(const QStringList &arguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit ||
        child.exitCode() != 0)
        return Error{Error::Kind::Io,
                     QStringLiteral("the measurement (%1) failed (%2)")
                         .arg(arguments.join(QLatin1Char(' ')),
                              child.exitStatus() == QProcess::NormalExit
                                  ? QStringLiteral("exit status %1").arg(child.exitCode())
                                  : child.errorString())};
    return QString::fromUtf8(child.readAllStandardOutput()).trimmed();
}
