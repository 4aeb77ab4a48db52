#pragma once

#include "databasecontents.h"

class Database;

// DatabaseContents of an SQLite file, through the repository and the note store.
class FileContents : public DatabaseContents
{
public:
    explicit FileContents(Database &db) : m_db(db) {}
    Result<std::vector<Event>> events() override;
    Result<RoleAliasList> roleAliases() override;
    Result<std::vector<Annotation>> annotations() override;

private:
    Database &m_db;
};
