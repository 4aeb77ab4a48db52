// Names compared loosely: the folding that titles and names share, the variants of a name it
// finds, and the warnings an import gives for them.

#include "io/csvreader.h"
#include "io/jsonreader.h"
#include "io/namevariantwarnings.h"
#include "model/namevariants.h"
#include "model/rolevocabulary.h"
#include "model/textfolding.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

namespace {
QString key(const char *name)
{
    return TextFolding::nameKey(QString::fromUtf8(name));
}

QStringList texts(const QList<ImportIssue> &issues)
{
    QStringList list;
    for (const ImportIssue &issue : issues)
        list << issue.toString();
    return list;
}

ImportBatch csv(const char *rows)
{
    return CsvReader::read(QByteArray("date,company,type,people,role\n") + rows,
                           QStringLiteral("people.csv"));
}
} // namespace

TEST_CASE("names fold alike whatever their case, accents, punctuation and spacing")
{
    CHECK(key("Seán Ó hÉigeartaigh") == QStringLiteral("seanoheigeartaigh"));
    CHECK(key("Sean O hEigeartaigh") == key("Seán Ó hÉigeartaigh"));
    CHECK(key("Sean O'hEigeartaigh") == key("Seán Ó hÉigeartaigh"));
    CHECK(key("Emad Mostaque") == key("emad mostaque"));
    CHECK(key("EMAD  MOSTAQUE ") == key("emad mostaque"));
    CHECK(key("OpenAI") == key("Open AI"));
    CHECK(key("Stability.ai") == key("Stability AI"));
    CHECK(key("Cullen O’Keefe") == key("Cullen O'Keefe"));
    CHECK(key("Fei-Fei Li") == key("Fei Fei Li"));
    CHECK(key("Jiří Nadvorník") == key("Jiri Nadvornik"));
    CHECK(key("Barry Grimes\u200b") == key("Barry Grimes"));     // a zero-width space is invisible
    CHECK(key("Søren Kierkegaard") == key("Soren Kierkegaard")); // letters NFKD leaves whole
    CHECK(key("Łukasz Kaiser") == key("Lukasz Kaiser"));
    CHECK(key("Straße AG") == key("Strasse AG"));
    CHECK(key("Æther") == key("Aether"));
    CHECK(key("ＯｐｅｎＡＩ") == key("OpenAI")); // full-width letters

    // Different names stay different: other letters, other order, a missing part.
    CHECK(key("Emad Mostaque") != key("E. Mostaque"));
    CHECK(key("Mostaque Emad") != key("Emad Mostaque"));
    CHECK(key("Inflection AI") != key("Inflection"));
    CHECK(key("Anthropic") != key("Anthropic PBC"));
    CHECK(key(" -- ").isEmpty());

    // The words form keeps the spaces; titles keep "&" as a word of their own.
    CHECK(TextFolding::words(QStringLiteral("Seán  Ó-hÉigeartaigh")) ==
          QStringLiteral("sean o heigeartaigh"));
    CHECK(TextFolding::words(QStringLiteral("R&D Lead"), u"&") == QStringLiteral("r&d lead"));
    CHECK(TextFolding::words(QStringLiteral("R&D Lead")) == QStringLiteral("r d lead"));
    CHECK(RoleVocabulary::normalise(QStringLiteral("R&D Lead")) == QStringLiteral("r&d lead"));
}

TEST_CASE("a variant is a spelling that folds alike but that the store keeps as another name")
{
    CHECK(NameVariants::sameName(QStringLiteral("Emad Mostaque"), QStringLiteral("emad MOSTAQUE")));
    // SQLite's NOCASE folds A-Z only, so "É" and "é" make two names there.
    CHECK_FALSE(NameVariants::sameName(QStringLiteral("Émile"), QStringLiteral("émile")));
    CHECK_FALSE(NameVariants::sameName(QStringLiteral("Open AI"), QStringLiteral("OpenAI")));

    NameVariants names;
    names.add(QStringLiteral("Seán Ó hÉigeartaigh"));
    names.add(QStringLiteral("Emad Mostaque"));
    names.add(QStringLiteral("OpenAI"));
    CHECK(names.variantsOf(QStringLiteral("Sean O hEigeartaigh")) ==
          QStringList{QStringLiteral("Seán Ó hÉigeartaigh")});
    CHECK(names.variantsOf(QStringLiteral(" Open AI ")) == QStringList{QStringLiteral("OpenAI")});
    CHECK(names.variantsOf(QStringLiteral("emad mostaque")).isEmpty()); // the same name
    CHECK(names.variantsOf(QStringLiteral("Seán Ó hÉigeartaigh")).isEmpty());
    CHECK(names.variantsOf(QStringLiteral("Someone Else")).isEmpty());
    CHECK(names.variantsOf(QStringLiteral("Émile")).isEmpty());
    CHECK(names.groups().empty());

    names.add(QStringLiteral("emad mostaque")); // the store's name again: no group
    CHECK(names.groups().empty());
    names.add(QStringLiteral("Sean O'hEigeartaigh"));
    names.add(QStringLiteral("open ai"));
    names.add(QStringLiteral("Open AI"));
    names.add(QStringLiteral("Émile"));
    names.add(QStringLiteral("émile"));
    const std::vector<QStringList> groups = names.groups();
    REQUIRE(groups.size() == 3);
    CHECK(groups[0] == QStringList({QStringLiteral("Émile"), QStringLiteral("émile")}));
    CHECK(groups[1] == QStringList({QStringLiteral("open ai"), QStringLiteral("OpenAI")}));
    CHECK(groups[2] == QStringList({QStringLiteral("Sean O'hEigeartaigh"),
                                    QStringLiteral("Seán Ó hÉigeartaigh")}));

    NameVariants more;
    CHECK(more.add(QStringLiteral("Barry Grimes")).isEmpty());
    CHECK(more.add(QStringLiteral("barry grimes")).isEmpty());
    CHECK(more.add(QStringLiteral("Barry Grimes\u200b")) ==
          QStringList{QStringLiteral("Barry Grimes")});

    CHECK(NameVariants::othersThan({QStringLiteral(" A "), QStringLiteral("b"), QStringLiteral("a"),
                                    QStringLiteral("B")},
                                   QStringLiteral("B")) == QStringList{QStringLiteral("A")});
}

TEST_CASE("an import warns once for each spelling that may be a stored name or an earlier one")
{
    const ImportBatch batch =
        csv("2024-01,Open AI,appointment,Sean O hEigeartaigh,CEO\n"
            "2024-02,OpenAI,departure,Sean O hEigeartaigh,CEO\n"
            "2024-03,Acme,appointment,Ann Lee,CEO\n"
            "2024-04,Acme,appointment,Émile Zola,CTO\n"
            "2024-05,Acme,departure,émile zola,CTO\n"
            "2024-06,ACME,appointment,Sean O'hEigeartaigh;Emad Mostaque,Board\n");
    REQUIRE(batch.ok());
    const QList<ImportIssue> warnings = NameVariantWarnings::of(
        batch, QStringLiteral("people.csv"), {QStringLiteral("OpenAI"), QStringLiteral("Acme")},
        {QStringLiteral("Seán Ó hÉigeartaigh"), QStringLiteral("emad mostaque")});
    CHECK(texts(warnings) ==
          QStringList{
              QStringLiteral("people.csv:2: company: 'Open AI' may be the same company as "
                             "'OpenAI' (in the database); imported as written"),
              QStringLiteral("people.csv:2: people: 'Sean O hEigeartaigh' may be the same person "
                             "as 'Seán Ó hÉigeartaigh' (in the database); imported as written "
                             "(on 2 rows)"),
              QStringLiteral("people.csv:6: people: 'émile zola' may be the same person as 'Émile "
                             "Zola' (line 5); imported as written"),
              QStringLiteral("people.csv:7: people: 'Sean O'hEigeartaigh' may be the same person "
                             "as 'Seán Ó hÉigeartaigh' (in the database) and 'Sean O "
                             "hEigeartaigh' (line 2); imported as written"),
          });
    // "OpenAI", "ACME" and "Emad Mostaque" are names the store already has, as it compares them.
}

TEST_CASE("several stored spellings are named together, and the one to keep is suggested alike "
          "everywhere")
{
    const ImportBatch batch = csv("2024,CSER,departure,Sean O hEigeartaigh,Executive Director\n");
    REQUIRE(batch.ok());
    CHECK(texts(NameVariantWarnings::of(
              batch, QStringLiteral("people.csv"), {QStringLiteral("CSER")},
              {QStringLiteral("Seán Ó hÉigeartaigh"), QStringLiteral("Sean O'hEigeartaigh")})) ==
          QStringList{QStringLiteral("people.csv:2: people: 'Sean O hEigeartaigh' may be the same "
                                     "person as 'Seán Ó hÉigeartaigh' and 'Sean O'hEigeartaigh' "
                                     "(in the database); imported as written")});

    // More events first; on a tie the spelling with its accents; then alphabetical.
    QStringList spellings{QStringLiteral("Sean O hEigeartaigh"),
                          QStringLiteral("Seán Ó hÉigeartaigh"),
                          QStringLiteral("Sean O'hEigeartaigh")};
    QHash<QString, qint64> counts{{QStringLiteral("Sean O hEigeartaigh"), 1},
                                  {QStringLiteral("Seán Ó hÉigeartaigh"), 1},
                                  {QStringLiteral("Sean O'hEigeartaigh"), 1}};
    NameVariants::sortByPreference(spellings, counts);
    CHECK(spellings ==
          QStringList({QStringLiteral("Seán Ó hÉigeartaigh"), QStringLiteral("Sean O hEigeartaigh"),
                       QStringLiteral("Sean O'hEigeartaigh")}));
    counts[QStringLiteral("Sean O'hEigeartaigh")] = 5;
    NameVariants::sortByPreference(spellings, counts);
    CHECK(spellings.front() == QStringLiteral("Sean O'hEigeartaigh"));
}

TEST_CASE("a spelling that differs only by an invisible character says which")
{
    // A real case of the AI Watch positions: a zero-width space after the name.
    const ImportBatch batch = csv("2019,CSER,appointment,Barry Grimes,Researcher\n"
                                  "2020,CSER,departure,Barry Grimes\u200b,Researcher\n");
    REQUIRE(batch.ok());
    CHECK(texts(NameVariantWarnings::of(batch, QStringLiteral("people.csv"), {}, {})) ==
          QStringList{QStringLiteral("people.csv:3: people: 'Barry Grimes\u200b' may be the same "
                                     "person as 'Barry Grimes' (line 2); imported as written (it "
                                     "holds the invisible character U+200B)")});
}

TEST_CASE("in a JSON file a variant is located by the event's index")
{
    const ImportBatch batch = JsonReader::read(
        R"([{"date": "2024", "company": "Acme", "type": "appointment", "people": ["Seán Ó hÉigeartaigh"], "role": "CEO"},
            {"date": "2025", "company": "Acme", "type": "departure", "people": ["Sean O hEigeartaigh"], "role": "CEO"}])",
        QStringLiteral("people.json"));
    REQUIRE(batch.ok());
    CHECK(texts(NameVariantWarnings::of(batch, QStringLiteral("people.json"), {}, {})) ==
          QStringList{QStringLiteral("people.json:[1]: people: 'Sean O hEigeartaigh' may be the "
                                     "same person as 'Seán Ó hÉigeartaigh' (at [0]); imported as "
                                     "written")});
}
