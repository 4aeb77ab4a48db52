#include "filterpanel.h"

#include "eventlabels.h"
#include "peoplecompleter.h"
#include "plaintext.h"
#include "store/eventrepository.h"
#include "store/fulltextindex.h"

#include <QCheckBox>
#include <QCompleter>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
constexpr int typingPauseMs = 250;

bool sameQuery(const EventQuery &a, const EventQuery &b)
{
    return a.from == b.from && a.to == b.to && a.companies == b.companies && a.types == b.types &&
           a.person == b.person && a.text == b.text && a.limit == b.limit;
}

// The shortest form that means the same day: 2024-01-01 as a "from" is just "2024".
QString dateText(QDate date, bool last)
{
    if (!date.isValid())
        return {};
    const PartialDate year = PartialDate::ofYear(date.year());
    const PartialDate month = PartialDate::ofMonth(date.year(), date.month());
    for (const PartialDate &coarse : {year, month}) {
        if ((last ? coarse.lastDay() : coarse.firstDay()) == date)
            return coarse.toString();
    }
    return PartialDate::fromDate(date, PartialDate::Precision::Day).toString();
}

constexpr int swatchSize = 12;

// Every company gets a swatch, a blank one when the theme picks its colour, so names line up.
QIcon swatch(const QColor &color)
{
    QPixmap pixmap(swatchSize, swatchSize);
    pixmap.fill(Qt::transparent);
    if (color.isValid()) {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(color.darker(130));
        painter.setBrush(color);
        painter.drawRoundedRect(QRectF(0.5, 0.5, swatchSize - 1, swatchSize - 1), 2, 2);
    }
    return QIcon(pixmap);
}

QLabel *heading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}
} // namespace

FilterPanel::FilterPanel(QWidget *parent) : QWidget(parent)
{
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(typingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &FilterPanel::emitIfChanged);

    m_text = new QLineEdit;
    m_text->setObjectName(QStringLiteral("search"));
    m_text->setPlaceholderText(tr("Search descriptions, people, sources…"));
    m_text->setClearButtonEnabled(true);
    m_searchNote = new QLabel;
    m_searchNote->setObjectName(QStringLiteral("searchNote"));
    m_searchNote->setTextFormat(Qt::PlainText); // it quotes what was typed
    m_searchNote->setWordWrap(true);
    m_searchNote->setForegroundRole(QPalette::PlaceholderText);
    m_searchNote->hide();
    connect(m_text, &QLineEdit::textChanged, this, &FilterPanel::explainSearch);

    auto *clear = new QPushButton(tr("C&lear filters"));
    clear->setObjectName(QStringLiteral("clearFilters"));
    connect(clear, &QPushButton::clicked, this, &FilterPanel::clearFilters);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_searchNote);
    layout->addWidget(buildCompanies(), 1);
    layout->addWidget(buildTypes());
    layout->addWidget(buildRest());
    layout->addWidget(clear, 0, Qt::AlignLeft);

    for (QLineEdit *edit : {m_text, m_from, m_to, m_person}) {
        connect(edit, &QLineEdit::textChanged, this, &FilterPanel::changedTyping);
        connect(edit, &QLineEdit::returnPressed, this, &FilterPanel::changedNow);
    }
    for (QLineEdit *edit : {m_from, m_to})
        connect(edit, &QLineEdit::textChanged, this, [this, edit] { markDate(edit); });
    connect(m_personCompleter, qOverload<const QString &>(&QCompleter::activated), this,
            &FilterPanel::changedNow);
    m_lastEmitted = query();
    setFocusProxy(m_text); // a panel switch (F6) lands in the search field
}

QWidget *FilterPanel::buildCompanies()
{
    m_companies = new QStandardItemModel(this);
    connect(m_companies, &QStandardItemModel::itemChanged, this, &FilterPanel::changedNow);
    m_companyList = new QListView;
    m_companyList->setObjectName(QStringLiteral("companies"));
    m_companyList->setModel(m_companies);
    m_companyList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_companyList->setUniformItemSizes(true);
    m_companyList->setIconSize(QSize(swatchSize, swatchSize));
    m_companyList->setMinimumHeight(m_companyList->fontMetrics().height() * 5);

    auto *all = new QPushButton(tr("All"));
    all->setObjectName(QStringLiteral("allCompanies"));
    auto *none = new QPushButton(tr("None"));
    none->setObjectName(QStringLiteral("noCompanies"));
    for (auto [button, checked] : {std::pair(all, true), std::pair(none, false)}) {
        connect(button, &QPushButton::clicked, this, [this, checked = checked] {
            m_updating = true; // one change, not one per company
            setAllCompaniesChecked(checked);
            m_updating = false;
            changedNow();
        });
    }

    auto *header = new QHBoxLayout;
    header->addWidget(heading(tr("Companies")), 1);
    header->addWidget(all);
    header->addWidget(none);

    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_companyList, 1);
    return box;
}

QWidget *FilterPanel::buildTypes()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(heading(tr("Event types")), 0, 0, 1, 2);
    const QList<EventType> &types = EventLabels::allTypes();
    for (qsizetype i = 0; i < types.size(); ++i) {
        auto *check = new QCheckBox(EventLabels::typePlural(types[i]));
        check->setObjectName(QStringLiteral("type-%1").arg(toString(types[i])));
        check->setChecked(true);
        connect(check, &QCheckBox::toggled, this, &FilterPanel::changedNow);
        grid->addWidget(check, 1 + int(i) / 2, int(i) % 2);
        m_types << check;
    }
    return box;
}

QWidget *FilterPanel::buildRest()
{
    // A field that completes, not a combo box: a combo box of a large database's 100k people
    // measured every name to size itself and held an item for each.
    m_person = new QLineEdit;
    m_person->setObjectName(QStringLiteral("person"));
    m_person->setPlaceholderText(tr("Anyone"));
    m_person->setClearButtonEnabled(true);
    m_personCompleter = new PeopleCompleter({}, m_person);
    m_person->setCompleter(m_personCompleter);

    m_from = new QLineEdit;
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QLineEdit;
    m_to->setObjectName(QStringLiteral("to"));
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setPlaceholderText(tr("YYYY, YYYY-MM or YYYY-MM-DD"));
        edit->setClearButtonEnabled(true);
    }

    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Person:"), m_person);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);
    return box;
}

void FilterPanel::setChoices(const std::vector<Company> &companies, const QStringList &people)
{
    setCompanies(companies);
    m_personCompleter->setNames(people);
}

void FilterPanel::setCompanies(const std::vector<Company> &companies)
{
    m_updating = true;
    bool all = false;
    const QStringList checked = checkedCompanies(&all);
    m_companies->clear();
    for (const Company &company : companies)
        m_companies->appendRow(companyItem(company, all || checked.contains(company.name)));
    m_updating = false;
}

void FilterPanel::updateCompanies(const QStringList &touched, const std::vector<Company> &stored)
{
    m_updating = true;
    bool all = false;
    const QStringList checked = checkedCompanies(&all);
    const auto isTouched = [&touched](const QString &name) {
        return touched.contains(name, Qt::CaseInsensitive);
    };
    for (int row = m_companies->rowCount() - 1; row >= 0; --row) {
        if (isTouched(m_companies->item(row)->text()))
            m_companies->removeRow(row);
    }
    // Each where companies() would list it: by name, ignoring case.
    for (const Company &company : stored) {
        int row = 0;
        while (row < m_companies->rowCount() &&
               m_companies->item(row)->text().compare(company.name, Qt::CaseInsensitive) < 0)
            ++row;
        m_companies->insertRow(
            row, companyItem(company, all || checked.contains(company.name, Qt::CaseInsensitive)));
    }
    m_updating = false;
}

void FilterPanel::setPeopleSource(std::function<QStringList()> source)
{
    m_personCompleter->setNameSource(std::move(source));
}

void FilterPanel::peopleChanged()
{
    m_personCompleter->namesChanged();
}

QStandardItem *FilterPanel::companyItem(const Company &company, bool checked) const
{
    auto *item = new QStandardItem(company.name);
    item->setCheckable(true);
    item->setEditable(false);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    const QString name = company.identifier.isEmpty()
                             ? company.name
                             : tr("%1 (identifier %2)").arg(company.name, company.identifier);
    item->setToolTip(
        PlainText::asRichText(tr("%1: %n events", nullptr, int(company.eventCount)).arg(name)));
    item->setIcon(swatch(company.color));
    return item;
}

QStringList FilterPanel::checkedCompanies(bool *all) const
{
    QStringList names;
    for (int row = 0; row < m_companies->rowCount(); ++row) {
        const QStandardItem *item = m_companies->item(row);
        if (item->checkState() == Qt::Checked)
            names << item->text();
    }
    *all = names.size() == m_companies->rowCount();
    return names;
}

void FilterPanel::setAllCompaniesChecked(bool checked)
{
    for (int row = 0; row < m_companies->rowCount(); ++row)
        m_companies->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

void FilterPanel::setCompanyChecks(const QStringList &names)
{
    for (int row = 0; row < m_companies->rowCount(); ++row) {
        QStandardItem *item = m_companies->item(row);
        const bool on = names.isEmpty() || names.contains(item->text(), Qt::CaseInsensitive);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

std::optional<QDate> FilterPanel::readDate(QLineEdit *edit, bool last) const
{
    const QString text = edit->text().trimmed();
    const auto date = text.isEmpty() ? std::nullopt : PartialDate::parse(text);
    if (!date)
        return std::nullopt;
    return last ? date->lastDay() : date->firstDay();
}

void FilterPanel::markDate(QLineEdit *edit)
{
    const QString text = edit->text().trimmed();
    QString error;
    const bool bad = !text.isEmpty() && !PartialDate::parse(text, &error);
    edit->setStyleSheet(bad ? QStringLiteral("border: 1px solid #c62828;") : QString());
    edit->setToolTip(bad ? tr("%1 This date is ignored until it is corrected.").arg(error)
                         : QString());
    edit->setProperty("faulty", bad);
}

void FilterPanel::explainSearch()
{
    const auto why = FullTextIndex::whyNothingMatches(m_text->text());
    m_searchNote->setText(why ? tr("%1. Type a word to search for.").arg(*why) : QString());
    m_searchNote->setVisible(why.has_value());
}

EventQuery FilterPanel::query() const
{
    EventQuery q;
    bool allCompanies = false;
    const QStringList companies = checkedCompanies(&allCompanies);
    if (!allCompanies)
        q.companies = companies;
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        if (m_types[i]->isChecked())
            q.types << EventLabels::allTypes()[i];
    }
    const bool noType = q.types.isEmpty();
    if (q.types.size() == m_types.size())
        q.types.clear();
    if ((!allCompanies && companies.isEmpty()) || noType)
        q.limit = 0; // an empty list would mean "all"

    q.person = m_personCompleter->storedSpelling(m_person->text().trimmed());
    q.from = readDate(m_from, false).value_or(QDate());
    q.to = readDate(m_to, true).value_or(QDate());
    q.text = m_text->text().trimmed();
    return q;
}

void FilterPanel::setQuery(const EventQuery &query)
{
    m_typingPause.stop();
    m_updating = true;
    const bool nothing = query.limit == 0;
    if (nothing && query.companies.isEmpty())
        setAllCompaniesChecked(false);
    else
        setCompanyChecks(query.companies);
    const QList<EventType> &types = EventLabels::allTypes();
    for (qsizetype i = 0; i < m_types.size(); ++i) {
        const bool on = query.types.isEmpty() ? !nothing : query.types.contains(types[i]);
        m_types[i]->setChecked(on);
    }
    m_person->setText(query.person);
    m_from->setText(dateText(query.from, false));
    m_to->setText(dateText(query.to, true));
    m_text->setText(query.text);
    m_updating = false;
    m_lastEmitted = this->query();
}

void FilterPanel::clearFilters()
{
    m_typingPause.stop();
    m_updating = true;
    setCompanyChecks({});
    for (QCheckBox *check : m_types)
        check->setChecked(true);
    m_person->clear();
    m_from->clear();
    m_to->clear();
    m_text->clear();
    m_updating = false;
    emitIfChanged();
}

void FilterPanel::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterPanel::changedNow()
{
    if (m_updating)
        return;
    m_typingPause.stop();
    emitIfChanged();
}

void FilterPanel::changedTyping()
{
    if (!m_updating)
        m_typingPause.start();
}

void FilterPanel::emitIfChanged()
{
    const EventQuery q = query();
    if (m_lastEmitted && sameQuery(*m_lastEmitted, q))
        return;
    m_lastEmitted = q;
    emit queryChanged(q);
}
