#include "namelisting.h"

#include "commandcontext.h"
#include "model/namevariants.h"
#include "texttable.h"

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
} // namespace

namespace NameListing {

ExitCode print(CommandContext &context, Kind kind, const Counted &names, bool variantsOnly,
               const QHash<QString, QString> &identifiers)
{
    const bool people = kind == Kind::People;
    TextTable table;
    if (!variantsOnly) {
        const bool withIdentifiers = !identifiers.isEmpty();
        table.addColumn(people ? QStringLiteral("PERSON") : QStringLiteral("COMPANY"), 60);
        if (withIdentifiers)
            table.addColumn(QStringLiteral("IDENTIFIER"), 40);
        table.addColumn(QStringLiteral("EVENTS"), 0, TextTable::Align::Right);
        for (const auto &[name, count] : names) {
            if (withIdentifiers)
                table.addRow({name, identifiers.value(name), QString::number(count)});
            else
                table.addRow({name, QString::number(count)});
        }
        if (!names.empty())
            context.console().printTable(table);
        context.console().print(
            QStringLiteral("%1 %2.")
                .arg(names.size())
                .arg(people
                         ? (names.size() == 1 ? QStringLiteral("person") : QStringLiteral("people"))
                         : (names.size() == 1 ? QStringLiteral("company")
                                              : QStringLiteral("companies"))));
        return ExitCode::Done;
    }

    NameVariants variants;
    QHash<QString, qint64> counts;
    for (const auto &[name, count] : names) {
        variants.add(name);
        counts.insert(name, count);
    }
    const std::vector<QStringList> groups = variants.groups();
    table.addColumn(QStringLiteral("GROUP"), 0, TextTable::Align::Right);
    table.addColumn(people ? QStringLiteral("PERSON") : QStringLiteral("COMPANY"), 60);
    table.addColumn(QStringLiteral("EVENTS"), 0, TextTable::Align::Right);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        for (const QString &name : groups[g])
            table.addRow({QString::number(g + 1), name, QString::number(counts.value(name))});
    }
    if (!groups.empty())
        context.console().printTable(table);
    context.console().print(
        QStringLiteral("%1 group(s) of %2 that differ only in case, accents, punctuation or "
                       "spacing.")
            .arg(groups.size())
            .arg(people ? QStringLiteral("names") : QStringLiteral("company names")));
    if (!groups.empty()) {
        // The example keeps the spelling the viewer would suggest keeping.
        QStringList first = groups.front();
        NameVariants::sortByPreference(first, counts);
        const QString keep = first.front();
        QString merge = QStringLiteral("To merge one: tenure-cli merge");
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
