#pragma once

#include "model/annotation.h"
#include "model/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// Reads and writes the notes pinned to companies' lanes (Annotation), whichever engine holds
// them: a file's (AnnotationStore) or a server's (ServerNoteStore). Each write checks the note
// (Annotation::problem) and is one transaction, or joins the caller's.
class NoteStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)

public:
    virtual ~NoteStore() = default;

    // The note's company must exist (have events). Returns the new id.
    Result<AnnotationId> add(const Annotation &note);
    Status update(const Annotation &note);
    virtual Status remove(AnnotationId id) = 0;
    // Puts a removed note back under its id (undo of a remove).
    Status restore(const Annotation &note);
    // An imported file's notes: those not stored yet (same company, dates and text) are added,
    // all or none. Returns them with their new ids.
    Result<std::vector<Annotation>> addMissing(const std::vector<Annotation> &notes);

    virtual Result<std::optional<Annotation>> find(AnnotationId id) = 0;
    // The notes of `companies` (all when empty) that touch [from, to] (unbounded when invalid),
    // by date.
    virtual Result<std::vector<Annotation>> list(const QStringList &companies = {}, QDate from = {},
                                                 QDate to = {}) = 0;

protected:
    virtual Status inTransaction(const std::function<Status()> &work) = 0;
    // Stores a checked note under `id` (replacing one of that id), or under a new id when 0;
    // returns the id. Inside a transaction.
    virtual Result<AnnotationId> store(const Annotation &note, AnnotationId id) = 0;

    static Error noSuchNote(AnnotationId id);
    static Error noSuchCompany(const QString &company);

private:
    Result<AnnotationId> write(const Annotation &note, AnnotationId id);
};
