#include "eventsourcesfield.h"

#include "io/sourcelisttext.h"

#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

EventSourcesField::EventSourcesField(QWidget *parent) : QWidget(parent)
{
    const auto edit = [this](const char *name, const QString &placeholder) {
        auto *line = new QLineEdit;
        line->setObjectName(QLatin1String(name));
        line->setPlaceholderText(placeholder);
        connect(line, &QLineEdit::textChanged, this, &EventSourcesField::edited);
        return line;
    };
    m_url = edit("sourceUrl", QStringLiteral("https://"));
    m_title = edit("sourceTitle", tr("Title"));
    m_outlet = edit("sourceOutlet", tr("Outlet: Axios, Bloomberg…"));
    m_date = edit("sourceDate", tr("Published: YYYY-MM-DD"));
    m_more = new QPlainTextEdit;
    m_more->setObjectName(QStringLiteral("moreSources"));
    m_more->setTabChangesFocus(true);
    m_more->setPlaceholderText(tr("More sources, one a line: URL | date | outlet | title"));
    m_more->setFixedHeight(m_more->fontMetrics().lineSpacing() * 3 + 12);
    connect(m_more, &QPlainTextEdit::textChanged, this, &EventSourcesField::edited);

    auto *byline = new QHBoxLayout;
    byline->setContentsMargins(0, 0, 0, 0);
    byline->addWidget(m_outlet, 2);
    byline->addWidget(m_date, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_url);
    layout->addWidget(m_title);
    layout->addLayout(byline);
    layout->addWidget(m_more);
}

void EventSourcesField::setSources(const QList<EventSource> &sources)
{
    const EventSource first = sources.value(0);
    m_url->setText(first.url);
    m_title->setText(first.title);
    m_outlet->setText(first.outlet);
    m_date->setText(first.date.isValid() ? first.date.toString() : QString());
    m_more->setPlainText(SourceListText::write(sources.mid(1)));
}

QList<EventSource> EventSourcesField::sources(QStringList *problems, QList<QWidget *> *faulty) const
{
    EventSource first;
    first.url = m_url->text().trimmed();
    first.title = m_title->text().trimmed();
    first.outlet = m_outlet->text().trimmed();
    if (!m_date->text().trimmed().isEmpty()) {
        QString why;
        if (const auto date = PartialDate::parse(m_date->text(), &why)) {
            first.date = *date;
        } else {
            problems->append(tr("Source date: %1").arg(why));
            faulty->append(m_date);
        }
    }
    QList<EventSource> sources;
    if (!first.isEmpty())
        sources << first;
    const SourceListText::Reading more = SourceListText::read(m_more->toPlainText());
    for (const QString &error : more.errors) {
        problems->append(tr("More sources: %1").arg(error));
        faulty->append(m_more);
    }
    return sources + more.sources;
}

QWidget *EventSourcesField::fieldFor(const QString &column) const
{
    if (column == QLatin1String("source_url"))
        return m_url;
    if (column == QLatin1String("source_title"))
        return m_title;
    if (column == QLatin1String("source_outlet"))
        return m_outlet;
    if (column == QLatin1String("sources"))
        return m_more;
    return nullptr;
}

QList<QWidget *> EventSourcesField::fields() const
{
    return {m_url, m_title, m_outlet, m_date, m_more};
}
