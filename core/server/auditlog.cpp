#include "auditlog.h"

#include "serverdatabase.h"

namespace {
AuditLog::Action actionFrom(const QString &stored)
{
    if (stored == QLatin1String("change"))
        return AuditLog::Action::Changed;
    if (stored == QLatin1String("remove"))
        return AuditLog::Action::Removed;
    return AuditLog::Action::Added;
}

// What an entry's event says, from the row (the event now, or the removed row kept in the log):
// its date, type and the first of role, round and description that is not empty.
constexpr const char *readLog = R"sql(
SELECT extract(epoch FROM l.at)::bigint, l.by_user, l.action, l.event_id,
       coalesce(c.name, '#' || l.company_id),
       coalesce(
           (SELECT concat_ws(' ', e.year || CASE WHEN e.month > 0 THEN '-' || lpad(e.month::text, 2, '0') ELSE '' END,
                             nullif(e.role, ''), nullif(e.round, ''), left(nullif(e.description, ''), 60))
              FROM tenure.events e WHERE e.id = l.event_id),
           concat_ws(' ', (l.before->>'year') || CASE WHEN (l.before->>'month')::int > 0
                                  THEN '-' || lpad(l.before->>'month', 2, '0') ELSE '' END,
                     nullif(l.before->>'role', ''),
                     nullif(l.before->>'round', ''), left(nullif(l.before->>'description', ''), 60)),
           '')
FROM tenure.audit_log l LEFT JOIN tenure.companies c ON c.id = l.company_id
WHERE ($1::text IS NULL OR tenure.nocase(c.name) = tenure.nocase($1))
  AND ($2::date IS NULL OR l.at >= $2::date)
ORDER BY l.id DESC
LIMIT $3
)sql";
} // namespace

QString AuditLog::actionName(Action action)
{
    switch (action) {
    case Action::Added:
        return QStringLiteral("add");
    case Action::Changed:
        return QStringLiteral("change");
    case Action::Removed:
        return QStringLiteral("remove");
    }
    return {};
}

Result<std::vector<AuditLog::Entry>> AuditLog::read(ServerDatabase &db, const Filter &filter)
{
    const std::optional<QByteArray> company =
        filter.company.trimmed().isEmpty() ? std::nullopt
                                           : std::optional(filter.company.trimmed().toUtf8());
    const std::optional<QByteArray> since =
        filter.since.isValid() ? std::optional(filter.since.toString(Qt::ISODate).toUtf8())
                               : std::nullopt;
    auto rows = db.connection().query(readLog, {company, since, QByteArray::number(filter.limit)},
                                      tr("reading the log of changes"));
    if (!rows)
        return rows.error();
    std::vector<Entry> entries;
    for (int row = 0; row < rows->count(); ++row) {
        Entry entry;
        entry.at = QDateTime::fromSecsSinceEpoch(rows->integer(row, 0), Qt::UTC);
        entry.user = rows->text(row, 1);
        entry.action = actionFrom(rows->text(row, 2));
        entry.event = rows->integer(row, 3);
        entry.company = rows->text(row, 4);
        entry.summary = rows->text(row, 5);
        entries.push_back(std::move(entry));
    }
    return entries;
}
