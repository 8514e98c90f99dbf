#include "history/database.hpp"

#include "history/postgres_database.hpp"
#include "history/sqlite_database.hpp"

#include <charconv>

namespace oblige::history {

std::int64_t as_integer(const Value& value) {
    if (const auto* i = std::get_if<std::int64_t>(&value)) return *i;
    if (const auto* s = std::get_if<std::string>(&value)) {
        std::int64_t out = 0;
        std::from_chars(s->data(), s->data() + s->size(), out);
        return out;
    }
    return 0;
}

std::string as_text(const Value& value) {
    if (const auto* s = std::get_if<std::string>(&value)) return *s;
    if (const auto* i = std::get_if<std::int64_t>(&value)) return std::to_string(*i);
    return {};
}

bool is_null(const Value& value) {
    return std::holds_alternative<std::monostate>(value);
}

std::vector<Row> Database::run(std::string_view sql, const std::vector<Value>& parameters) {
    return prepare(sql)->run(parameters);
}

bool is_postgres_target(std::string_view target) {
    return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

std::unique_ptr<Database> open_database(const std::string& target, const OpenOptions& options) {
    if (is_postgres_target(target)) return open_postgres(target);
    return open_sqlite(target, options);
}

} // namespace oblige::history
