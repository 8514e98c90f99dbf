#include "history/sqlite_database.hpp"

#include <sqlite3.h>

#include <filesystem>

namespace oblige::history {

namespace {

Failure failure_of(int code) {
    switch (code & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Failure::busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Failure::read_only;
    default:
        return Failure::other;
    }
}

std::string describe(sqlite3* db, int code, const std::string& path) {
    const char* detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    switch (failure_of(code)) {
    case Failure::busy:
        return "the history '" + path + "' is busy (another oblige is writing it): " + detail;
    case Failure::read_only:
        return "the history '" + path + "' cannot be written (read-only file or folder): " + detail;
    default:
        return "the history '" + path + "': " + detail;
    }
}

class SqliteStatement : public Statement {
  public:
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement, const std::string& path)
        : db_(db), statement_(statement), path_(path) {}
    ~SqliteStatement() override { sqlite3_finalize(statement_); }

    std::vector<Row> run(const std::vector<Value>& parameters) override {
        bind(parameters, [](const Value& v) -> Param {
            if (const auto* n = std::get_if<std::int64_t>(&v)) return *n;
            if (const auto* s = std::get_if<std::string>(&v)) return std::string_view(*s);
            return {};
        });
        std::vector<Row> rows;
        for (;;) {
            const int rc = sqlite3_step(statement_);
            if (rc == SQLITE_DONE) break;
            if (rc != SQLITE_ROW) {
                const std::string message = describe(db_, rc, path_);
                sqlite3_reset(statement_);
                throw HistoryError(failure_of(rc), message);
            }
            const int columns = sqlite3_column_count(statement_);
            Row row(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c) {
                switch (sqlite3_column_type(statement_, c)) {
                case SQLITE_INTEGER:
                    row[c] = std::int64_t(sqlite3_column_int64(statement_, c));
                    break;
                case SQLITE_NULL:
                    break;
                default: {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement_, c));
                    row[c] = std::string(text, static_cast<std::size_t>(sqlite3_column_bytes(statement_, c)));
                }
                }
            }
            rows.push_back(std::move(row));
        }
        sqlite3_reset(statement_);
        return rows;
    }

    void execute(std::span<const Param> parameters) override {
        bind(parameters, [](const Param& p) { return p; });
        const int rc = sqlite3_step(statement_);
        if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
            const std::string message = describe(db_, rc, path_);
            sqlite3_reset(statement_);
            throw HistoryError(failure_of(rc), message);
        }
        sqlite3_reset(statement_);
    }

  private:
    // Binds every parameter the statement has. The texts are bound without a copy (SQLITE_STATIC): they
    // live until the statement is stepped and reset, which happens before run() or execute() returns.
    template <class Parameters, class AsParam>
    void bind(const Parameters& parameters, AsParam as_param) {
        sqlite3_reset(statement_);
        const int expected = sqlite3_bind_parameter_count(statement_);
        if (static_cast<std::size_t>(expected) != parameters.size())
            throw HistoryError(Failure::other, "the history '" + path_ + "': a statement takes " +
                                                   std::to_string(expected) + " parameters, not " +
                                                   std::to_string(parameters.size()));
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            const int index = static_cast<int>(i + 1);
            const Param p = as_param(parameters[i]);
            int rc = SQLITE_OK;
            if (const auto* n = std::get_if<std::int64_t>(&p))
                rc = sqlite3_bind_int64(statement_, index, *n);
            else if (const auto* s = std::get_if<std::string_view>(&p))
                rc = sqlite3_bind_text(statement_, index, s->data(), static_cast<int>(s->size()),
                                       SQLITE_STATIC);
            else
                rc = sqlite3_bind_null(statement_, index);
            if (rc != SQLITE_OK) throw HistoryError(failure_of(rc), describe(db_, rc, path_));
        }
    }

    sqlite3* db_;
    sqlite3_stmt* statement_;
    const std::string& path_;
};

class SqliteDatabase : public Database {
  public:
    SqliteDatabase(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
    ~SqliteDatabase() override { sqlite3_close_v2(db_); }

    Dialect dialect() const override { return Dialect::sqlite; }

    std::unique_ptr<Statement> prepare(std::string_view sql) override {
        sqlite3_stmt* statement = nullptr;
        const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr);
        if (rc != SQLITE_OK) {
            sqlite3_finalize(statement);
            throw HistoryError(failure_of(rc), describe(db_, rc, path_));
        }
        return std::make_unique<SqliteStatement>(db_, statement, path_);
    }
    void begin_write() override { plain("BEGIN IMMEDIATE"); }
    void begin_read() override { plain("BEGIN"); }
    void commit() override { plain("COMMIT"); }
    void rollback() noexcept override { sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr); }

    void plain(const char* sql) {
        const int rc = sqlite3_exec(db_, sql, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK) throw HistoryError(failure_of(rc), describe(db_, rc, path_));
    }

  private:
    sqlite3* db_;
    std::string path_;
};

} // namespace

std::unique_ptr<Database> open_sqlite(const std::string& path, const OpenOptions& options) {
    std::error_code ec;
    if (!options.create && !std::filesystem::exists(path, ec))
        throw HistoryError(Failure::missing,
                           "no history at '" + path + "' (oblige check --history " + path + " records one)");
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK && !options.create) {
        // A file this user may only read can still be reported on.
        sqlite3_close_v2(db);
        db = nullptr;
        rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    }
    if (rc != SQLITE_OK) {
        std::string message = describe(db, rc, path);
        sqlite3_close_v2(db);
        throw HistoryError(failure_of(rc), message);
    }
    auto database = std::make_unique<SqliteDatabase>(db, path);
    sqlite3_busy_timeout(db, options.busy_timeout_ms);
    // Only a writer sets WAL mode (it is a property of the file, kept once set); a reader leaves it be.
    if (options.create) {
        database->plain("PRAGMA journal_mode=WAL");
        database->plain("PRAGMA synchronous=NORMAL");
        // A national run writes about 40 MB of rows in one transaction: with SQLite's default 2 MB page
        // cache, index pages were spilled to the WAL and written again. Memory is taken only as used.
        database->plain("PRAGMA cache_size=-65536");
    }
    return database;
}

} // namespace oblige::history
