#include "filecontents.h"

#include "annotationstore.h"
#include "eventrepository.h"

Result<std::vector<Event>> FileContents::events()
{
    return EventRepository(m_db).query();
}

Result<DatabaseContents::RoleAliasList> FileContents::roleAliases()
{
    return EventRepository(m_db).roleAliases();
}

Result<std::vector<Annotation>> FileContents::annotations()
{
    return AnnotationStore(m_db).list();
}
