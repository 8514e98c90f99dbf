// Rows written many to a statement: every value read back as it was added, whatever the row was built of.
#include "history/bulk_insert.hpp"
#include "support/history_test_support.hpp"

#include <string>

using namespace oblige::history;

TEST_CASE("bulk insert: a row built of temporaries is written as it was added", "[history]") {
    testing::TempHistory h;
    auto db = open_database(h.path);
    db->run("CREATE TABLE t (n INTEGER, label TEXT, short TEXT, note TEXT)");
    const sql::Table table{"t", "n, label, short, note", 4};
    // The texts die at the end of each add(); the rows are written 64 at a time and at flush(), after
    // later rows have taken their memory. A long text lives on the heap, a short one in the temporary
    // string itself: both must come back.
    const auto label = [](int i) {
        return "the label of row " + std::to_string(i) + ", long enough not to fit in a short string";
    };
    const int rows = 150; // two full statements and a shorter one
    int written = 0;
    BulkInsert bulk(*db, table, [&] { ++written; });
    for (int i = 0; i < rows; ++i)
        bulk.add({std::int64_t(i), label(i), std::to_string(i * 7),
                  i % 3 ? Param(std::monostate{}) : Param(std::string_view("every third"))});
    CHECK(written == 128);
    bulk.flush();
    CHECK(written == rows);

    const std::vector<Row> back = db->run("SELECT n, label, short, note FROM t ORDER BY n");
    REQUIRE(back.size() == static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i) {
        const Row& row = back[static_cast<std::size_t>(i)];
        CHECK(as_integer(row[0]) == i);
        CHECK(as_text(row[1]) == label(i));
        CHECK(as_text(row[2]) == std::to_string(i * 7));
        CHECK(is_null(row[3]) == (i % 3 != 0));
        if (i % 3 == 0) CHECK(as_text(row[3]) == "every third");
    }
}

TEST_CASE("bulk insert: a row of the wrong width is refused, and nothing of it is kept", "[history]") {
    testing::TempHistory h;
    auto db = open_database(h.path);
    db->run("CREATE TABLE t (a TEXT, b TEXT)");
    const sql::Table table{"t", "a, b", 2};
    BulkInsert bulk(*db, table, {});
    bulk.add({std::string_view("one"), std::string_view("two")});
    CHECK_THROWS_AS(bulk.add({std::string_view("three")}), HistoryError);
    bulk.flush();
    const std::vector<Row> back = db->run("SELECT a, b FROM t");
    REQUIRE(back.size() == 1);
    CHECK(as_text(back[0][0]) == "one");
    CHECK(as_text(back[0][1]) == "two");
}
