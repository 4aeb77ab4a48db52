#include "namevariantwarnings.h"

#include "model/namevariants.h"
#include "model/safetext.h"

#include <QCoreApplication>
#include <QHash>

namespace {
// Where a spelling already in the database was "first seen"; a JSON file counts from 0.
constexpr int storedLine = -1;

// One kind of name (companies or people): the spellings met so far and where each was first.
class SpellingIndex
{
    Q_DECLARE_TR_FUNCTIONS(NameVariantWarnings)

public:
    enum class Kind { Companies, People };

    SpellingIndex(Kind kind, const QStringList &stored)
        : m_column(kind == Kind::Companies ? QStringLiteral("company") : QStringLiteral("people")),
          m_kind(kind)
    {
        for (const QString &name : stored) {
            m_variants.add(name);
            m_seen.insert(NameVariants::storeKey(name), {storedLine, -1});
        }
    }

    void meet(const QString &name, int line, const ImportBatch &batch, const QString &fileName,
              QList<ImportIssue> &warnings, QList<int> &rows)
    {
        const QString key = NameVariants::storeKey(name);
        if (key.isEmpty())
            return;
        if (const auto seen = m_seen.constFind(key); seen != m_seen.cend()) {
            if (seen->warning >= 0)
                ++rows[seen->warning];
            return;
        }
        const QStringList variants = m_variants.add(name);
        int warning = -1;
        if (!variants.isEmpty()) {
            // "'A' and 'B' (in the database) and 'C' (line 4)"
            QStringList stored, known;
            for (const QString &variant : variants) {
                const int first = m_seen.value(NameVariants::storeKey(variant)).line;
                if (first == storedLine)
                    stored << SafeText::quoted(variant);
                else
                    known << QStringLiteral("%1 (%2)").arg(SafeText::quoted(variant),
                                                           where(first, batch.position));
            }
            if (!stored.isEmpty())
                known.prepend(tr("%1 (in the database)", "names").arg(joined(stored)));
            const QString message =
                m_kind == Kind::Companies
                    ? tr("%1 may be the same company as %2; imported as written")
                    : tr("%1 may be the same person as %2; imported as written");
            warning = int(warnings.size());
            warnings.append({fileName, line, m_column,
                             message.arg(SafeText::quoted(name.trimmed()), joined(known)) +
                                 invisibleNote(name.trimmed()),
                             batch.position});
            rows.append(1);
        }
        m_seen.insert(key, {line, warning});
    }

private:
    struct Seen
    {
        int line = storedLine;
        int warning = -1; // the warning this spelling gave, if any
    };

    // The names joined by "and", as the message lists them: "'A' and 'B' and 'C'".
    static QString joined(const QStringList &names)
    {
        QString text = names.value(0);
        for (qsizetype i = 1; i < names.size(); ++i)
            text = tr("%1 and %2", "names").arg(text, names.at(i));
        return text;
    }

    // Spellings that differ by an invisible character look alike in the message: say which.
    static QString invisibleNote(const QString &name)
    {
        for (const QChar c : name) {
            if (c.category() == QChar::Other_Format)
                return tr(" (it holds the invisible character %1)", "after a warning")
                    .arg(SafeText::codePoint(c.unicode()));
        }
        return {};
    }

    static QString where(int line, ImportIssue::Position position)
    {
        return position == ImportIssue::Position::ArrayIndex
                   ? tr("at [%1]", "an index in a JSON array").arg(line)
                   : tr("line %1", "a line of a file").arg(line);
    }

    QString m_column;
    Kind m_kind;
    NameVariants m_variants;
    QHash<QString, Seen> m_seen; // by NameVariants::storeKey
};
} // namespace

namespace NameVariantWarnings {

QList<ImportIssue> of(const ImportBatch &batch, const QString &fileName,
                      const QStringList &storedCompanies, const QStringList &storedPeople)
{
    SpellingIndex companies(SpellingIndex::Kind::Companies, storedCompanies);
    SpellingIndex people(SpellingIndex::Kind::People, storedPeople);
    QList<ImportIssue> warnings;
    QList<int> rows; // how many rows use each warning's spelling
    const std::vector<Event> &valid = batch.valid();
    for (std::size_t i = 0; i < valid.size(); ++i) {
        const int line = i < batch.lines.size() ? batch.lines[i] : 0;
        companies.meet(valid[i].company, line, batch, fileName, warnings, rows);
        for (const QString &person : valid[i].people)
            people.meet(person, line, batch, fileName, warnings, rows);
    }
    for (qsizetype i = 0; i < warnings.size(); ++i) {
        if (rows[i] > 1)
            warnings[i].message += QCoreApplication::translate(
                "NameVariantWarnings", " (on %n rows)", "after a warning", rows.at(i));
    }
    return warnings; // in the order of the file: each is given where its spelling first appears
}

} // namespace NameVariantWarnings
