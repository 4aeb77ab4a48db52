#include "exportchartcontents.h"

#include "exportchartcompanylist.h"
#include "model/partialdate.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Range = ExportChartSettings::Range;

namespace {
// A date typed by the user: the first day it may mean for `from`, the last for `to`. Invalid
// when the field is empty (no limit) or wrong, and then `error` says why.
QDate givenDate(const QLineEdit *edit, bool last, QString *error = nullptr)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const auto date = PartialDate::parse(text, error);
    if (!date)
        return {};
    return last ? date->lastDay() : date->firstDay();
}

QPushButton *button(const QString &text, const char *name)
{
    auto *button = new QPushButton(text);
    button->setObjectName(QLatin1String(name));
    button->setAutoDefault(false); // Enter exports, whichever button has the focus
    return button;
}
} // namespace

void markFaulty(QWidget *field, bool faulty)
{
    field->setStyleSheet(faulty ? QStringLiteral("border: 1px solid #c62828;") : QString());
    field->setProperty("faulty", faulty);
}

ExportChartContents::ExportChartContents(const EventQuery &current, const QStringList &companies,
                                         QWidget *parent)
    : QGroupBox(tr("Events shown"), parent), m_current(current)
{
    // The chart spans exactly these dates (ChartBuilder keeps dates given as they are).
    const QString view =
        current.from.isValid() && current.to.isValid()
            ? tr("Current view (%1 to %2)")
                  .arg(current.from.toString(Qt::ISODate), current.to.toString(Qt::ISODate))
            : tr("Current view");
    m_range = new QComboBox;
    m_range->setObjectName(QStringLiteral("range"));
    m_range->addItem(view, int(Range::CurrentView));
    m_range->addItem(tr("All events (first to last)"), int(Range::All));
    m_range->addItem(tr("These dates"), int(Range::Dates));

    auto *dates = new QHBoxLayout;
    m_from = new QLineEdit;
    m_from->setObjectName(QStringLiteral("from"));
    m_to = new QLineEdit;
    m_to->setObjectName(QStringLiteral("to"));
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setPlaceholderText(tr("YYYY[-MM[-DD]]"));
        edit->setToolTip(tr("A year, a month (YYYY-MM) or a day (YYYY-MM-DD); empty for no limit"));
        connect(edit, &QLineEdit::textChanged, this, &ExportChartContents::changed);
    }
    dates->addWidget(m_from, 1);
    dates->addWidget(new QLabel(tr("to")));
    dates->addWidget(m_to, 1);

    m_companies = new ExportChartCompanyList;
    m_companies->setObjectName(QStringLiteral("companies"));
    m_companies->setMinimumHeight(72);
    m_companies->setCompanies(companies, current.companies);
    auto *all = button(tr("&All"), "allCompanies");
    auto *none = button(tr("&None"), "noCompanies");
    connect(all, &QPushButton::clicked, this, [this] { m_companies->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_companies->setAllChecked(false); });
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch(1);
    auto *companyRow = new QHBoxLayout;
    companyRow->addWidget(m_companies, 1);
    companyRow->addLayout(buttons);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Range:"), m_range);
    // A label beside a layout has no buddy of its own: name one, so its shortcut works.
    auto *fromLabel = new QLabel(tr("&From:"));
    fromLabel->setBuddy(m_from);
    auto *companiesLabel = new QLabel(tr("&Companies:"));
    companiesLabel->setBuddy(m_companies);
    form->addRow(fromLabel, dates);
    form->addRow(companiesLabel, companyRow);

    connect(m_range, &QComboBox::currentIndexChanged, this, &ExportChartContents::rangeChosen);
    connect(m_companies, &ExportChartCompanyList::checkedChanged, this,
            &ExportChartContents::changed);
    rangeChosen();
}

Range ExportChartContents::range() const
{
    return Range(m_range->currentData().toInt());
}

void ExportChartContents::setRange(Range range)
{
    m_range->setCurrentIndex(std::max(0, m_range->findData(int(range))));
}

QString ExportChartContents::fromText() const
{
    return m_from->text().trimmed();
}

QString ExportChartContents::toText() const
{
    return m_to->text().trimmed();
}

void ExportChartContents::setDates(const QString &from, const QString &to)
{
    m_from->setText(from);
    m_to->setText(to);
}

void ExportChartContents::rangeChosen()
{
    const bool dates = range() == Range::Dates;
    m_from->setEnabled(dates);
    m_to->setEnabled(dates);
    // Start from the dates on screen rather than from nothing.
    if (dates && m_from->text().isEmpty() && m_to->text().isEmpty()) {
        if (m_current.from.isValid())
            m_from->setText(m_current.from.toString(Qt::ISODate));
        if (m_current.to.isValid())
            m_to->setText(m_current.to.toString(Qt::ISODate));
    }
    emit changed();
}

void ExportChartContents::applyTo(EventQuery &filter) const
{
    switch (range()) {
    case Range::CurrentView:
        filter.from = m_current.from;
        filter.to = m_current.to;
        break;
    case Range::All:
        filter.from = filter.to = QDate();
        break;
    case Range::Dates:
        filter.from = givenDate(m_from, false);
        filter.to = givenDate(m_to, true);
        break;
    }
    filter.companies = m_companies->filter();
}

QStringList ExportChartContents::problems()
{
    QStringList problems;
    bool badFrom = false, badTo = false;
    if (range() == Range::Dates) {
        QString fromError, toError;
        const QDate from = givenDate(m_from, false, &fromError);
        const QDate to = givenDate(m_to, true, &toError);
        badFrom = !fromError.isEmpty();
        badTo = !toError.isEmpty();
        if (badFrom)
            problems << tr("From: %1").arg(fromError);
        if (badTo)
            problems << tr("To: %1").arg(toError);
        if (from.isValid() && to.isValid() && to < from) {
            problems << tr("The range ends before it begins: swap the dates.");
            badFrom = badTo = true;
        }
    }
    markFaulty(m_from, badFrom);
    markFaulty(m_to, badTo);
    const bool noCompany = m_companies->companyCount() > 0 && m_companies->checkedCount() == 0;
    if (noCompany)
        problems << tr("Tick at least one company to show.");
    markFaulty(m_companies, noCompany);
    return problems;
}
