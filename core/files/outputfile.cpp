#include "outputfile.h"

#include "filesafety.h"

#include <QCoreApplication>
#include <QDir>

OutputFile::OutputFile(QString path)
    : m_path(std::move(path)), m_file(FileSafety::literalPath(m_path))
{}

Status OutputFile::open()
{
    if (auto safe = FileSafety::checkReplaceable(m_path); !safe)
        return safe;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return failure(m_file.errorString());
    return Done{};
}

Status OutputFile::write(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size())
        return failure(m_file.errorString());
    return Done{};
}

Status OutputFile::commit()
{
    // A failed write through device() (a painter's) leaves its error here; commit() would still
    // rename an incomplete file into place.
    if (m_file.error() != QFileDevice::NoError) {
        const QString errorString = m_file.errorString();
        m_file.cancelWriting();
        m_file.commit();
        return failure(errorString);
    }
    if (!m_file.commit())
        return failure(m_file.errorString());
    return Done{};
}

Error OutputFile::failure(const QString &errorString) const
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (FileSafety::isDiskFull(m_path))
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("OutputFile",
                                                 "Cannot write %1: the disk is full; an existing "
                                                 "file of that name was left as it was")
                         .arg(shown)};
    return Error{Error::Kind::Io,
                 QCoreApplication::translate("OutputFile",
                                             "Cannot write %1: %2. Check that the folder exists "
                                             "and that you may write there.")
                     .arg(shown, errorString)};
}
