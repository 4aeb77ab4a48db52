#pragma once

#include "store/notestore.h"

class ServerDatabase;

// The NoteStore of a PostgreSQL database: the same notes and rules as a file's AnnotationStore.
class ServerNoteStore : public NoteStore
{
    Q_DECLARE_TR_FUNCTIONS(ServerNoteStore)

public:
    explicit ServerNoteStore(ServerDatabase &db) : m_db(db) {}

    Status remove(AnnotationId id) override;
    Result<std::optional<Annotation>> find(AnnotationId id) override;
    Result<std::vector<Annotation>> list(const QStringList &companies = {}, QDate from = {},
                                         QDate to = {}) override;

protected:
    Status inTransaction(const std::function<Status()> &work) override;
    Result<AnnotationId> store(const Annotation &note, AnnotationId id) override;

private:
    ServerDatabase &m_db;
};
