#pragma once

#include "store/databasecontents.h"

class ServerDatabase;

// DatabaseContents of a PostgreSQL database: the same columns as the SQLite queries, read by COPY
// so that a million events stream instead of arriving as one result in memory twice.
class ServerContents : public DatabaseContents
{
public:
    explicit ServerContents(ServerDatabase &db) : m_db(db) {}
    Result<std::vector<Event>> events() override;
    Result<RoleAliasList> roleAliases() override;
    Result<std::vector<Annotation>> annotations() override;

private:
    ServerDatabase &m_db;
};
