#pragma once

#include "interchangeformat.h"
#include "model/eventvalidator.h"

#include <QCoreApplication>

// Builds one event from the values of one row or JSON object, noting a FieldError for each value
// that is not valid, then asks EventValidator so imports obey the same rules as the editor.
class EventRecord
{
    Q_DECLARE_TR_FUNCTIONS(EventRecord)

public:
    using Column = InterchangeFormat::Column;

    // Sets `column` from its interchange text: "2024-03", "appointment", "A; B", "true", ...
    void setText(Column column, const QString &text);
    // For formats with typed values (JSON): names are trimmed; an empty one is an error.
    void setPeople(const QStringList &names);
    void setInvestors(const QStringList &names);
    // JSON's `sources`: every source, the main one first. A record given these and the first
    // source's own columns too (source_url ...) has an error: the file says it twice.
    void setSources(const QList<EventSource> &sources);
    void setInterim(bool interim) { m_event.interim = interim; }
    void setAmount(Column column, std::optional<qint64> dollars);
    void addError(Column column, const QString &message);

    // Every error, in column order: the values that could not be read, then the validator's
    // findings for the columns that had none (a date that failed to parse is reported once).
    QList<FieldError> errors() const;
    // What was read leniently (an unpadded date, a URL without a scheme, spaces around a value,
    // "$101M") or looks suspicious (a date before 1800, "#NAME?", mojibake). Never an error.
    QList<FieldError> warnings() const;
    // The same when the caller has errors() already: a reader asks for both of every row.
    QList<FieldError> warnings(const QList<FieldError> &errors) const;
    const Event &event() const { return m_event; }

private:
    void setAmountText(Column column, const QString &text);
    void setDateText(Column column, const QString &text, PartialDate *date);
    QStringList readNames(Column column, const QStringList &names);
    void updateSources();
    void updateCurrency();

    void warn(Column column, const QString &message);
    QString trimmedWithWarning(Column column, const QString &text);

    Event m_event;
    // The sources as the columns give them, put together in m_event.sources.
    EventSource m_firstSource;
    QList<EventSource> m_moreSources;
    bool m_sourceList = false; // setSources() was called
    // The currency of the currency column and of each amount ("€20M"); empty where not given.
    QString m_currencyColumn;
    QString m_amountCurrency;
    QString m_valuationCurrency;
    QList<FieldError> m_errors;
    QList<FieldError> m_warnings;
};
