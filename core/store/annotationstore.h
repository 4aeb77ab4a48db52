#pragma once

#include "model/annotation.h"
#include "model/result.h"

#include <QDate>
#include <QStringList>

#include <vector>

class Database;

// Reads and writes the notes pinned to companies' lanes (Annotation). Each write checks the note
// (Annotation::problem) and is one transaction, or joins the caller's.
class AnnotationStore
{
public:
    explicit AnnotationStore(Database &db) : m_db(db) {}

    // The note's company must exist (have events). Returns the new id.
    Result<AnnotationId> add(const Annotation &note);
    Status update(const Annotation &note);
    Status remove(AnnotationId id);
    // Puts a removed note back under its id (undo of a remove).
    Status restore(const Annotation &note);
    // An imported file's notes: those not stored yet (same company, dates and text) are added,
    // all or none. Returns them with their new ids.
    Result<std::vector<Annotation>> addMissing(const std::vector<Annotation> &notes);

    Result<std::optional<Annotation>> find(AnnotationId id);
    // The notes of `companies` (all when empty) that touch [from, to] (unbounded when invalid),
    // by date.
    Result<std::vector<Annotation>> list(const QStringList &companies = {}, QDate from = {},
                                         QDate to = {});

private:
    Result<AnnotationId> write(const Annotation &note, AnnotationId id);

    Database &m_db;
};
