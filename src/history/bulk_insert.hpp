// Writes many rows of one table, a batch of rows to a statement: one statement per row cost SQLite a
// statement's start, halt and reset per row, and PostgreSQL a round trip per row.
#pragma once

#include "history/database.hpp"
#include "history/sql.hpp"

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

namespace oblige::history {

class BulkInsert {
  public:
    // `wrote` is called once per row, after the statement holding it has run.
    BulkInsert(Database& db, const sql::Table& table, std::function<void()> wrote);

    // table.count parameters. Texts are copied, so a row may be built of temporaries: a batch is written
    // only when it is full or flushed, long after the expression that built the row has ended.
    void add(std::initializer_list<Param> row);
    void flush(); // writes what is pending; then the next batch

  private:
    static constexpr int rows_per_statement = 64; // 1,024 parameters for a finding: within both limits
    void write(int rows);

    // A pending parameter: null, an integer, or a text at [offset, offset + size) of texts_ (offsets, not
    // views: texts_ may move as it grows).
    struct Cell {
        enum class Kind : std::uint8_t { null, integer, text } kind;
        std::int64_t integer;
        std::size_t offset, size;
    };

    Database& db_;
    const sql::Table& table_;
    std::function<void()> wrote_;
    std::unique_ptr<Statement> full_; // prepared once, for every full batch
    std::vector<Cell> pending_;
    std::string texts_;         // the pending rows' texts, one after the other; kept for the next batch
    std::vector<Param> params_; // pending_ as the statement binds it, views into texts_
};

} // namespace oblige::history
