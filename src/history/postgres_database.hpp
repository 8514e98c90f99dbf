// The PostgreSQL back end, through libpq: a server that several provinces' nightly jobs share.
#pragma once

#include "history/database.hpp"

namespace oblige::history {

// `uri` is a libpq connection URI (postgresql://user@host/db, or ?host=/socket/dir for a Unix socket).
std::unique_ptr<Database> open_postgres(const std::string& uri);

// The statement as PostgreSQL numbers its parameters: each `?` outside a quoted string becomes $1, $2, ...
std::string numbered_parameters(std::string_view sql);

} // namespace oblige::history
