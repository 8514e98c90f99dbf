// The one interface the run history talks to a database through: statements with bound parameters and
// rows back, and write transactions. Two back ends implement it: SQLite (a file, the embedded default) and
// PostgreSQL (a server several provinces share). The SQL they run is all in sql.cpp.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace oblige::history {

// A parameter or a column: null, an integer or text. Values are always bound, never spliced into SQL.
using Value = std::variant<std::monostate, std::int64_t, std::string>;
using Row = std::vector<Value>;
// A parameter of a statement that writes rows in bulk: its text is viewed, not copied (a national run
// writes a quarter of a million rows), and read only while the statement runs.
using Param = std::variant<std::monostate, std::int64_t, std::string_view>;

// Column readers that accept what either back end returns (PostgreSQL may return a count as text).
std::int64_t as_integer(const Value& value); // 0 for null
std::string as_text(const Value& value);     // "" for null
bool is_null(const Value& value);

enum class Dialect { sqlite, postgres };

// Why the history could not be read or written. Each is a clear one-line message and exit status 2.
enum class Failure { busy, read_only, newer_schema, missing, other };

class HistoryError : public std::runtime_error {
  public:
    HistoryError(Failure failure, const std::string& message)
        : std::runtime_error(message), failure_(failure) {}
    Failure failure() const { return failure_; }

  private:
    Failure failure_;
};

// A prepared statement: `?` marks each parameter, in order.
class Statement {
  public:
    virtual ~Statement() = default;
    virtual std::vector<Row> run(const std::vector<Value>& parameters) = 0;
    // Runs a statement that returns no rows (an INSERT of one or many rows): nothing copied, nothing read.
    virtual void execute(std::span<const Param> parameters) = 0;
};

class Database {
  public:
    virtual ~Database() = default;
    virtual Dialect dialect() const = 0;
    virtual std::unique_ptr<Statement> prepare(std::string_view sql) = 0;
    // A transaction that will write: SQLite takes the write lock at once (BEGIN IMMEDIATE), so a busy
    // database is found before any work is done.
    virtual void begin_write() = 0;
    virtual void begin_read() = 0; // one consistent snapshot for a report
    virtual void commit() = 0;
    virtual void rollback() noexcept = 0;

    // prepare + run, for statements run once.
    std::vector<Row> run(std::string_view sql, const std::vector<Value>& parameters = {});
};

// Rolls back unless committed: a run that fails halfway leaves nothing.
class Transaction {
  public:
    Transaction(Database& db, bool write) : db_(db) { write ? db.begin_write() : db.begin_read(); }
    ~Transaction() {
        if (!done_) db_.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit() {
        db_.commit();
        done_ = true;
    }

  private:
    Database& db_;
    bool done_ = false;
};

struct OpenOptions {
    bool create = true;         // `check --history` creates a SQLite file; `oblige history` only reads one
    int busy_timeout_ms = 5000; // how long SQLite waits for another writer before the run says "busy"
};

// `target` is a `postgresql://` (or `postgres://`) URI or a SQLite file path.
bool is_postgres_target(std::string_view target);
std::unique_ptr<Database> open_database(const std::string& target, const OpenOptions& options = {});

} // namespace oblige::history
