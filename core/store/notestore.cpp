#include "notestore.h"

#include "model/safetext.h"

#include <algorithm>

Error NoteStore::noSuchNote(AnnotationId id)
{
    return {Error::Kind::NotFound,
            QCoreApplication::translate("AnnotationStore", "no note with id %1").arg(id)};
}

Error NoteStore::noSuchCompany(const QString &company)
{
    return {Error::Kind::NotFound,
            QCoreApplication::translate("AnnotationStore", "no company named %1")
                .arg(SafeText::quoted(company))};
}

Result<AnnotationId> NoteStore::write(const Annotation &note, AnnotationId id)
{
    if (const QString problem = note.problem(); !problem.isEmpty())
        return invalidData(problem);
    return store(note, id);
}

Result<AnnotationId> NoteStore::add(const Annotation &note)
{
    AnnotationId id = 0;
    const Status status = inTransaction([&]() -> Status {
        auto written = write(note, 0);
        if (!written)
            return written.error();
        id = *written;
        return Done{};
    });
    if (!status)
        return status.error();
    return id;
}

Status NoteStore::update(const Annotation &note)
{
    return inTransaction([&]() -> Status {
        auto existing = find(note.id);
        if (!existing)
            return existing.error();
        if (!*existing)
            return noSuchNote(note.id);
        auto written = write(note, note.id);
        return written ? Status(Done{}) : Status(written.error());
    });
}

Status NoteStore::restore(const Annotation &note)
{
    return inTransaction([&]() -> Status {
        auto written = write(note, note.id);
        return written ? Status(Done{}) : Status(written.error());
    });
}

Result<std::vector<Annotation>> NoteStore::addMissing(const std::vector<Annotation> &notes)
{
    std::vector<Annotation> added;
    if (notes.empty())
        return added;
    const Status status = inTransaction([&]() -> Status {
        auto stored = list();
        if (!stored)
            return stored.error();
        for (Annotation note : notes) {
            const auto same = [&note](const Annotation &other) {
                return other.company.compare(note.company.trimmed(), Qt::CaseInsensitive) == 0 &&
                       other.from == note.from && other.to == note.to &&
                       other.text == note.text.trimmed();
            };
            if (std::any_of(stored->cbegin(), stored->cend(), same))
                continue;
            auto id = write(note, 0);
            if (!id)
                return id.error();
            note.id = *id;
            note.text = note.text.trimmed();
            stored->push_back(note);
            added.push_back(note);
        }
        return Done{};
    });
    if (!status)
        return status.error();
    return added;
}
