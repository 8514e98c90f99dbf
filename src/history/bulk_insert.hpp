// Writes many rows of one table, a batch of rows to a statement: one statement per row cost SQLite a
// statement's start, halt and reset per row, and PostgreSQL a round trip per row. The parameters are
// views: what they point at must live until flush() (the run record does).
#pragma once

#include "history/database.hpp"
#include "history/sql.hpp"

#include <functional>
#include <initializer_list>
#include <memory>
#include <vector>

namespace oblige::history {

class BulkInsert {
  public:
    // `wrote` is called once per row, after the statement holding it has run.
    BulkInsert(Database& db, const sql::Table& table, std::function<void()> wrote);

    void add(std::initializer_list<Param> row); // table.count parameters
    void flush();                               // writes what is pending; then the next batch

  private:
    static constexpr int rows_per_statement = 64; // 1,024 parameters for a finding: within both limits
    void write(int rows);

    Database& db_;
    const sql::Table& table_;
    std::function<void()> wrote_;
    std::unique_ptr<Statement> full_; // prepared once, for every full batch
    std::vector<Param> pending_;
};

} // namespace oblige::history
