#include "history/bulk_insert.hpp"

#include <string>

namespace oblige::history {

BulkInsert::BulkInsert(Database& db, const sql::Table& table, std::function<void()> wrote)
    : db_(db), table_(table), wrote_(std::move(wrote)) {
    pending_.reserve(static_cast<std::size_t>(rows_per_statement * table.count));
}

void BulkInsert::add(std::initializer_list<Param> row) {
    if (static_cast<int>(row.size()) != table_.count)
        throw HistoryError(Failure::other, std::string("a row of ") + table_.name + " takes " +
                                               std::to_string(table_.count) + " values, not " +
                                               std::to_string(row.size()));
    pending_.insert(pending_.end(), row.begin(), row.end());
    if (pending_.size() == static_cast<std::size_t>(rows_per_statement * table_.count))
        write(rows_per_statement);
}

void BulkInsert::flush() {
    if (!pending_.empty()) write(static_cast<int>(pending_.size()) / table_.count);
}

void BulkInsert::write(int rows) {
    if (rows == rows_per_statement) {
        if (!full_) full_ = db_.prepare(sql::insert_rows(table_, rows_per_statement));
        full_->execute(pending_);
    } else {
        db_.prepare(sql::insert_rows(table_, rows))->execute(pending_); // the last, shorter batch
    }
    pending_.clear();
    if (wrote_)
        for (int r = 0; r < rows; ++r)
            wrote_();
}

} // namespace oblige::history
