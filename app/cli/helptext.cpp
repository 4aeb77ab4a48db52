#include "helptext.h"

#include <algorithm>

namespace {
constexpr int indent = 2;
constexpr int widestTerm = 28; // a longer option name gets its description on the next line
constexpr int lineWidth = 80;

// `text` in lines of at most `width` characters, broken between words.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines.append(line);
    return lines;
}

// "-h, --help" or "--from DATE"
QString spell(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names.append((name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name);
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += QLatin1Char(' ') + option.valueName();
    return term;
}

// Terms and their descriptions, the descriptions in one column.
QString definitionList(const QList<std::pair<QString, QString>> &entries)
{
    int width = 0;
    for (const auto &[term, text] : entries)
        width = std::max(width, int(term.size()));
    width = std::min(width, widestTerm);
    const QString pad(indent, QLatin1Char(' '));
    QString list;
    for (const auto &[term, text] : entries) {
        if (term.size() > width)
            list += pad + term + QLatin1Char('\n') + pad + QString(width, QLatin1Char(' '));
        else
            list += pad + term.leftJustified(width);
        const QString hanging(indent + width + indent, QLatin1Char(' '));
        list += pad +
                wrap(text, std::max(lineWidth - int(hanging.size()), 20))
                    .join(QLatin1Char('\n') + hanging) +
                QLatin1Char('\n');
    }
    return list;
}

QList<std::pair<QString, QString>> optionEntries(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> entries;
    for (const QCommandLineOption &option : options)
        entries.append({spell(option), option.description()});
    return entries;
}

} // namespace

QString HelpText::exitStatus()
{
    return tr("Exit status: 0 done, 1 wrong usage, 2 invalid data (nothing written),\n"
              "3 the database cannot be used (missing, damaged, locked, another program's, "
              "or newer),\n4 import --skip-invalid imported the valid rows and refused "
              "some.\n");
}

QString HelpText::general(const std::vector<std::unique_ptr<CliCommand>> &commands,
                          const QList<QCommandLineOption> &globalOptions)
{
    QList<std::pair<QString, QString>> commandEntries;
    for (const auto &command : commands)
        commandEntries.append({command->name(), command->summary()});
    return tr("Usage: tenure-cli [--db PATH] COMMAND [OPTIONS] [ARGUMENTS]") +
           QStringLiteral("\n\n") +
           tr("Reads and changes a Tenure database of leadership changes and funding rounds.") +
           QStringLiteral("\n\n") + tr("Options:") + QLatin1Char('\n') +
           definitionList(optionEntries(globalOptions)) + QLatin1Char('\n') + tr("Commands:") +
           QLatin1Char('\n') + definitionList(commandEntries) + QLatin1Char('\n') +
           tr("'tenure-cli COMMAND --help' shows a command's options.") + QLatin1Char('\n') +
           exitStatus();
}

QString HelpText::forCommand(const CliCommand &command,
                             const QList<QCommandLineOption> &sharedOptions)
{
    QString usage =
        tr("Usage: tenure-cli [--db PATH] %1", "%1 is the command's name").arg(command.name());
    if (!command.options().isEmpty())
        usage += QLatin1Char(' ') + tr("[OPTIONS]");
    QList<std::pair<QString, QString>> argumentEntries;
    for (const CliCommand::Argument &argument : command.arguments()) {
        usage += argument.optional ? QStringLiteral(" [%1]").arg(argument.name)
                                   : QLatin1Char(' ') + argument.name;
        argumentEntries.append({argument.name, argument.description});
    }

    QString text = usage + QStringLiteral("\n\n") + command.description() + QLatin1Char('\n');
    if (!argumentEntries.isEmpty())
        text += QLatin1Char('\n') + tr("Arguments:") + QLatin1Char('\n') +
                definitionList(argumentEntries);
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n') +
            definitionList(optionEntries(command.options() + sharedOptions)) + QLatin1Char('\n') +
            exitStatus();
    return text;
}
