// The history's schema version: a database from an older oblige is brought forward in place, in one
// transaction; one from a newer oblige is refused (it may hold what this one would misread).
#pragma once

#include "history/database.hpp"

namespace oblige::history {

// Creates the schema in an empty database, or migrates it to sql::schema_version. Throws HistoryError
// (Failure::newer_schema) for a newer one. Migrates only as far as `target` (tests build version 1).
void migrate(Database& db, int target = -1);

// The version the database is at: 0 when it holds no oblige schema.
int schema_version_of(Database& db);

} // namespace oblige::history
