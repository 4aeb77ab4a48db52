#include "namevariantspanel.h"

#include "model/namevariants.h"
#include "model/safetext.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace {
// Two spellings that differ by an invisible character (a zero-width space) would look alike:
// such a character is shown by its code, "Barry Grimes<U+200B>".
QString shown(const QString &name)
{
    QString text;
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Format)
            text += QLatin1Char('<') + SafeText::codePoint(c.unicode()) + QLatin1Char('>');
        else
            text += c;
    }
    return text;
}

QString withCount(const QString &name, qint64 count)
{
    return NameVariantsPanel::tr("%1 (%n events)", nullptr, int(count)).arg(shown(name));
}
} // namespace

NameVariantsPanel::NameVariantsPanel(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_model = new QStringListModel(this);
    m_list = new QListView;
    m_list->setObjectName(QStringLiteral("variants"));
    m_list->setModel(m_model);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_merge = new QPushButton(tr("Merge &variants…"));
    m_merge->setObjectName(QStringLiteral("mergeVariants"));
    m_merge->setEnabled(false);
    connect(m_merge, &QPushButton::clicked, this, &NameVariantsPanel::promptMerge);
    connect(m_list, &QListView::doubleClicked, this, &NameVariantsPanel::promptMerge);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_merge->setEnabled(selectedGroup() >= 0); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_merge);
    buttons->addStretch();
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(row);
}

void NameVariantsPanel::setNames(const std::vector<NameListModel::Entry> &entries)
{
    const QStringList selected = group(selectedGroup());
    NameVariants variants;
    m_counts.clear();
    for (const NameListModel::Entry &entry : entries) {
        variants.add(entry.name);
        m_counts.insert(entry.name, entry.eventCount);
    }
    m_groups = variants.groups();
    QStringList rows;
    for (QStringList &spellings : m_groups) {
        NameVariants::sortByPreference(spellings, m_counts);
        QStringList shown;
        for (const QString &name : std::as_const(spellings))
            shown << withCount(name, m_counts.value(name));
        rows << shown.join(QStringLiteral("  ·  "));
    }
    m_model->setStringList(rows);
    m_title->setText(
        m_groups.empty()
            ? tr("No likely variants: no two names differ only in case, accents, punctuation "
                 "or spacing.")
            : tr("Likely variants — names that differ only in case, accents, punctuation or "
                 "spacing (%n groups):",
                 nullptr, int(m_groups.size())));
    // Keep the group the user was looking at, if it is still one.
    for (std::size_t row = 0; row < m_groups.size() && !selected.isEmpty(); ++row) {
        if (m_groups[row].contains(selected.front()))
            selectGroup(int(row));
    }
    m_merge->setEnabled(selectedGroup() >= 0);
}

QStringList NameVariantsPanel::group(int row) const
{
    return row >= 0 && row < groupCount() ? m_groups[std::size_t(row)] : QStringList();
}

bool NameVariantsPanel::selectGroup(int row)
{
    if (row < 0 || row >= groupCount())
        return false;
    m_list->setCurrentIndex(m_model->index(row));
    return true;
}

int NameVariantsPanel::selectedGroup() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.row() : -1;
}

void NameVariantsPanel::promptMerge()
{
    const QStringList spellings = group(selectedGroup());
    if (spellings.size() < 2)
        return;
    QStringList items;
    for (const QString &name : spellings)
        items << withCount(name, m_counts.value(name));
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("keepSpelling"));
    ask.setWindowTitle(tr("Merge variants"));
    ask.setLabelText(tr("Keep which spelling? Every event naming one of the others will name "
                        "it instead."));
    ask.setComboBoxItems(items);
    ask.setComboBoxEditable(false);
    ask.setTextValue(items.front()); // the most used
    if (ask.exec() != QDialog::Accepted)
        return;
    const qsizetype kept = items.indexOf(ask.textValue());
    if (kept < 0)
        return;
    QStringList from = spellings;
    const QString into = from.takeAt(kept);
    emit mergeRequested(from, into);
}
