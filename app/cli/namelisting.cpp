#include "namelisting.h"

#include "commandcontext.h"
#include "model/namevariants.h"
#include "texttable.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// A name quoted for a shell command line, as the user would paste it.
QString shellQuoted(const QString &name)
{
    return QLatin1Char('"') +
           QString(name)
               .replace(QLatin1Char('\\'), QLatin1String("\\\\"))
               .replace(QLatin1Char('"'), QLatin1String("\\\""))
               .replace(QLatin1Char('$'), QLatin1String("\\$"))
               .replace(QLatin1Char('`'), QLatin1String("\\`")) +
           QLatin1Char('"');
}

// The heading of the names' column.
QString nameHeading(NameListing::Kind kind)
{
    return kind == NameListing::Kind::People
               ? QCoreApplication::translate("NameListing", "PERSON", "a column's heading")
               : QCoreApplication::translate("NameListing", "COMPANY", "a column's heading");
}
} // namespace

namespace NameListing {

ExitCode print(CommandContext &context, Kind kind, const Counted &names, bool variantsOnly,
               const QHash<QString, QString> &identifiers)
{
    const bool people = kind == Kind::People;
    TextTable table;
    if (!variantsOnly) {
        const bool withIdentifiers = !identifiers.isEmpty();
        table.addColumn(nameHeading(kind), 60);
        if (withIdentifiers)
            table.addColumn(
                QCoreApplication::translate("NameListing", "IDENTIFIER", "a column's heading"), 40);
        table.addColumn(QCoreApplication::translate("NameListing", "EVENTS", "a column's heading"),
                        0, TextTable::Align::Right);
        for (const auto &[name, count] : names) {
            if (withIdentifiers)
                table.addRow({name, identifiers.value(name), QString::number(count)});
            else
                table.addRow({name, QString::number(count)});
        }
        if (!names.empty())
            context.console().printTable(table);
        const int count = int(names.size());
        context.console().print(
            people ? QCoreApplication::translate("NameListing", "%n people.", nullptr, count)
                   : QCoreApplication::translate("NameListing", "%n companies.", nullptr, count));
        return ExitCode::Done;
    }

    NameVariants variants;
    QHash<QString, qint64> counts;
    for (const auto &[name, count] : names) {
        variants.add(name);
        counts.insert(name, count);
    }
    const std::vector<QStringList> groups = variants.groups();
    table.addColumn(QCoreApplication::translate("NameListing", "GROUP", "a column's heading"), 0,
                    TextTable::Align::Right);
    table.addColumn(nameHeading(kind), 60);
    table.addColumn(QCoreApplication::translate("NameListing", "EVENTS", "a column's heading"), 0,
                    TextTable::Align::Right);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (const QString &name : groups[g])
            table.addRow({QString::number(g + 1), name, QString::number(counts.value(name))});
    }
    if (!groups.empty())
        context.console().printTable(table);
    const int groupCount = int(groups.size());
    context.console().print(
        people ? QCoreApplication::translate("NameListing",
                                             "%n groups of names that differ only in case, "
                                             "accents, punctuation or spacing.",
                                             nullptr, groupCount)
               : QCoreApplication::translate("NameListing",
                                             "%n groups of company names that differ only in "
                                             "case, accents, punctuation or spacing.",
                                             nullptr, groupCount));
    if (!groups.empty()) {
        // The example keeps the spelling the viewer would suggest keeping.
        QStringList first = groups.front();
        NameVariants::sortByPreference(first, counts);
        const QString keep = first.front();
        // The command stays as typed; only the words before it are translated.
        QString merge = QCoreApplication::translate("NameListing", "To merge one:") +
                        QStringLiteral(" tenure-cli merge");
        for (const QString &name : first) {
            if (name != keep)
                merge += (people ? QStringLiteral(" --person ") : QStringLiteral(" --company ")) +
                         shellQuoted(name);
        }
        context.console().print(merge + QStringLiteral(" --into ") + shellQuoted(keep));
    }
    return ExitCode::Done;
}

} // namespace NameListing
