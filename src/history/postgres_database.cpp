#include "history/postgres_database.hpp"

#include <libpq-fe.h>

namespace oblige::history {

namespace {

// Type oids of the integer types (pg_type.h): their columns come back as integers.
constexpr Oid int8_oid = 20, int2_oid = 21, int4_oid = 23;

std::string first_line(const char* message) {
    std::string text = message ? message : "";
    if (const auto end = text.find('\n'); end != std::string::npos) text.resize(end);
    return text;
}

// SQLSTATE classes that say "try later" and "not allowed to write".
Failure failure_of(const PGresult* result) {
    const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const std::string_view s = state ? state : "";
    if (s == "55P03" || s == "40001" || s == "40P01") return Failure::busy;
    if (s == "25006" || s == "42501") return Failure::read_only;
    return Failure::other;
}

using ResultPtr = std::unique_ptr<PGresult, decltype(&PQclear)>;

class PostgresStatement : public Statement {
  public:
    PostgresStatement(PGconn* conn, std::string name) : conn_(conn), name_(std::move(name)) {}

    std::vector<Row> run(const std::vector<Value>& parameters) override {
        std::vector<std::string> texts(parameters.size());
        std::vector<const char*> values(parameters.size(), nullptr);
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            if (is_null(parameters[i])) continue;
            texts[i] = as_text(parameters[i]);
            values[i] = texts[i].c_str();
        }
        const ResultPtr result = exec(values);
        std::vector<Row> rows;
        const int n = PQntuples(result.get()), columns = PQnfields(result.get());
        rows.reserve(static_cast<std::size_t>(n));
        for (int r = 0; r < n; ++r) {
            Row row(static_cast<std::size_t>(columns));
            for (int c = 0; c < columns; ++c) {
                if (PQgetisnull(result.get(), r, c)) continue;
                const char* text = PQgetvalue(result.get(), r, c);
                const Oid type = PQftype(result.get(), c);
                if (type == int8_oid || type == int4_oid || type == int2_oid)
                    row[c] = as_integer(Value(std::string(text)));
                else
                    row[c] = std::string(text, static_cast<std::size_t>(PQgetlength(result.get(), r, c)));
            }
            rows.push_back(std::move(row));
        }
        return rows;
    }

    // libpq takes text parameters as C strings, so each text is copied once, end to end into one buffer.
    void execute(std::span<const Param> parameters) override {
        std::size_t size = 0;
        for (const Param& p : parameters)
            if (const auto* s = std::get_if<std::string_view>(&p)) size += s->size() + 1;
        std::string texts;
        texts.reserve(size + 21 * parameters.size());
        std::vector<std::size_t> starts(parameters.size(), std::string::npos);
        for (std::size_t i = 0; i < parameters.size(); ++i) {
            if (const auto* s = std::get_if<std::string_view>(&parameters[i])) {
                starts[i] = texts.size();
                texts.append(*s);
                texts.push_back('\0');
            } else if (const auto* n = std::get_if<std::int64_t>(&parameters[i])) {
                starts[i] = texts.size();
                texts.append(std::to_string(*n));
                texts.push_back('\0');
            }
        }
        std::vector<const char*> values(parameters.size(), nullptr);
        for (std::size_t i = 0; i < parameters.size(); ++i)
            if (starts[i] != std::string::npos) values[i] = texts.data() + starts[i];
        exec(values);
    }

  private:
    ResultPtr exec(const std::vector<const char*>& values) {
        ResultPtr result(PQexecPrepared(conn_, name_.c_str(), static_cast<int>(values.size()), values.data(),
                                        nullptr, nullptr, 0),
                         &PQclear);
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            throw HistoryError(failure_of(result.get()),
                               "the PostgreSQL history: " + first_line(PQresultErrorMessage(result.get())));
        return result;
    }

    PGconn* conn_;
    std::string name_;
};

class PostgresDatabase : public Database {
  public:
    explicit PostgresDatabase(PGconn* conn) : conn_(conn) {}
    ~PostgresDatabase() override { PQfinish(conn_); }

    Dialect dialect() const override { return Dialect::postgres; }

    std::unique_ptr<Statement> prepare(std::string_view sql) override {
        std::string name = "oblige_" + std::to_string(++statements_);
        ResultPtr result(PQprepare(conn_, name.c_str(), numbered_parameters(sql).c_str(), 0, nullptr),
                         &PQclear);
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
            throw HistoryError(failure_of(result.get()),
                               "the PostgreSQL history: " + first_line(PQresultErrorMessage(result.get())));
        return std::make_unique<PostgresStatement>(conn_, std::move(name));
    }
    void begin_write() override { plain("BEGIN"); }
    void begin_read() override { plain("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); }
    void commit() override { plain("COMMIT"); }
    void rollback() noexcept override { PQclear(PQexec(conn_, "ROLLBACK")); }

  private:
    void plain(const char* sql) {
        ResultPtr result(PQexec(conn_, sql), &PQclear);
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK)
            throw HistoryError(failure_of(result.get()),
                               "the PostgreSQL history: " + first_line(PQresultErrorMessage(result.get())));
    }

    PGconn* conn_;
    int statements_ = 0;
};

} // namespace

std::string numbered_parameters(std::string_view sql) {
    std::string out;
    out.reserve(sql.size() + 16);
    int next = 0;
    bool quoted = false;
    for (const char c : sql) {
        if (c == '\'') quoted = !quoted;
        if (c == '?' && !quoted)
            out += "$" + std::to_string(++next);
        else
            out += c;
    }
    return out;
}

std::unique_ptr<Database> open_postgres(const std::string& uri) {
    PGconn* conn = PQconnectdb(uri.c_str());
    if (PQstatus(conn) != CONNECTION_OK) {
        // The URI may hold a password: the message names the server's answer, not the URI.
        std::string message = "cannot connect to the PostgreSQL history: " + first_line(PQerrorMessage(conn));
        PQfinish(conn);
        throw HistoryError(Failure::other, message);
    }
    // Findings, messages and ids are UTF-8 whatever the server's default.
    PQclear(PQexec(conn, "SET client_encoding = 'UTF8'"));
    PQclear(PQexec(conn, "SET client_min_messages = warning"));
    return std::make_unique<PostgresDatabase>(conn);
}

} // namespace oblige::history
