#pragma once

#include "model/eventsource.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

// The editor's sources: the main one in fields of its own (URL, title, outlet, date) and any
// more as lines of `URL | date | outlet | title`, the syntax of the CSV column `sources`, so
// what a user learns in one place works in the other.
class EventSourcesField : public QWidget
{
    Q_OBJECT
public:
    explicit EventSourcesField(QWidget *parent = nullptr);

    void setSources(const QList<EventSource> &sources);
    // The sources as entered; what cannot be read goes to `problems` and its field to `faulty`,
    // one field for each problem.
    QList<EventSource> sources(QStringList *problems, QList<QWidget *> *faulty) const;

    // The field an error of the validator's column ("source_url", "sources" ...) points at.
    QWidget *fieldFor(const QString &column) const;
    QList<QWidget *> fields() const;

signals:
    void edited();

private:
    QLineEdit *m_url = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_outlet = nullptr;
    QLineEdit *m_date = nullptr;
    QPlainTextEdit *m_more = nullptr;
};
