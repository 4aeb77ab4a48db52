#pragma once

#include "model/event.h"
#include "model/tenure.h"

#include <QWidget>

class QTextBrowser;

// Every field of one event, or one tenure, as read-only rich text; the source is a link that
// opens in the browser. Shows a hint when nothing is selected.
class DetailsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPanel(QWidget *parent = nullptr);

    void showDetails(const Event &event);
    void showTenure(const Tenure &tenure);
    void clear();

    EventId shownEvent() const { return m_eventId; } // 0 when no event is shown
    QString html() const { return m_html; }          // what was handed to the browser

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Shown { Nothing, Event, Tenure };
    QString row(const QString &label, const QString &valueHtml) const;
    QString page(const QString &title, const QString &rows) const;
    void setHtml(const QString &html);

    QTextBrowser *m_browser = nullptr;
    QString m_html;
    EventId m_eventId = 0;
    Shown m_shown = Shown::Nothing;
    Event m_event;
    Tenure m_tenure;
};
