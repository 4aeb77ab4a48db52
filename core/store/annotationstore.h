#pragma once

#include "model/annotation.h"
#include "model/result.h"
#include "notestore.h"

#include <QDate>
#include <QStringList>

#include <vector>

class Database;

// The NoteStore of an SQLite file.
class AnnotationStore : public NoteStore
{
public:
    explicit AnnotationStore(Database &db) : m_db(db) {}

    Status remove(AnnotationId id) override;
    Result<std::optional<Annotation>> find(AnnotationId id) override;
    Result<std::vector<Annotation>> list(const QStringList &companies = {}, QDate from = {},
                                         QDate to = {}) override;

protected:
    Status inTransaction(const std::function<Status()> &work) override;
    Result<AnnotationId> store(const Annotation &note, AnnotationId id) override;

private:
    Database &m_db;
};
