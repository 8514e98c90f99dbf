#include "history/bulk_insert.hpp"

#include <string>

namespace oblige::history {

BulkInsert::BulkInsert(Database& db, const sql::Table& table, std::function<void()> wrote)
    : db_(db), table_(table), wrote_(std::move(wrote)) {
    pending_.reserve(static_cast<std::size_t>(rows_per_statement * table.count));
    params_.reserve(pending_.capacity());
}

void BulkInsert::add(std::initializer_list<Param> row) {
    if (static_cast<int>(row.size()) != table_.count)
        throw HistoryError(Failure::other, std::string("a row of ") + table_.name + " takes " +
                                               std::to_string(table_.count) + " values, not " +
                                               std::to_string(row.size()));
    for (const Param& p : row) {
        if (const auto* text = std::get_if<std::string_view>(&p)) {
            pending_.push_back({Cell::Kind::text, 0, texts_.size(), text->size()});
            texts_ += *text;
        } else if (const auto* integer = std::get_if<std::int64_t>(&p)) {
            pending_.push_back({Cell::Kind::integer, *integer, 0, 0});
        } else {
            pending_.push_back({Cell::Kind::null, 0, 0, 0});
        }
    }
    if (pending_.size() == static_cast<std::size_t>(rows_per_statement * table_.count))
        write(rows_per_statement);
}

void BulkInsert::flush() {
    if (!pending_.empty()) write(static_cast<int>(pending_.size()) / table_.count);
}

void BulkInsert::write(int rows) {
    params_.clear();
    for (const Cell& c : pending_)
        switch (c.kind) {
        case Cell::Kind::text:
            params_.emplace_back(std::string_view(texts_).substr(c.offset, c.size));
            break;
        case Cell::Kind::integer:
            params_.emplace_back(c.integer);
            break;
        case Cell::Kind::null:
            params_.emplace_back(std::monostate{});
            break;
        }
    if (rows == rows_per_statement) {
        if (!full_) full_ = db_.prepare(sql::insert_rows(table_, rows_per_statement));
        full_->execute(params_);
    } else {
        db_.prepare(sql::insert_rows(table_, rows))->execute(params_); // the last, shorter batch
    }
    pending_.clear();
    texts_.clear();
    if (wrote_)
        for (int r = 0; r < rows; ++r)
            wrote_();
}

} // namespace oblige::history
