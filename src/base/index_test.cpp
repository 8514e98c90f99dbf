#include "base/index.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <type_traits>
#include <unordered_set>
#include <vector>

namespace oblige {
namespace {

// The point of the types: one list's index is not another's, nor a plain number, nor the reverse.
static_assert(!std::is_convertible_v<AgencyIndex, IndicatorIndex>);
static_assert(!std::is_convertible_v<IndicatorIndex, AgencyIndex>);
static_assert(!std::is_convertible_v<AgencyIndex, DutyIndex>);
static_assert(!std::is_constructible_v<IndicatorIndex, AgencyIndex>);
static_assert(!std::is_convertible_v<AgencyIndex, std::size_t>);
static_assert(!std::is_convertible_v<std::size_t, AgencyIndex>); // a count becomes an index only explicitly
static_assert(std::is_constructible_v<AgencyIndex, std::size_t>);
static_assert(std::is_convertible_v<NoIndex, AgencyIndex>);
static_assert(sizeof(AgencyIndex) == sizeof(std::uint32_t)); // side tables and expectations stay as small

// A list subscripted by its own index only: whether `v[i]` compiles.
template <class V, class I>
concept subscripts = requires(V& v, I i) {
    v[i];
};
using Agencies = IndexedVector<AgencyIndex, std::string>;
static_assert(subscripts<Agencies, AgencyIndex>);
static_assert(!subscripts<Agencies, IndicatorIndex>);
static_assert(!subscripts<Agencies, int>);
static_assert(!subscripts<Agencies, std::size_t>);

} // namespace

TEST_CASE("an index is none by default and when given none, and a position otherwise", "[index]") {
    CHECK(AgencyIndex().is_none());
    const AgencyIndex given = no_index;
    CHECK(given.is_none());
    CHECK(given == no_index);
    const AgencyIndex zero(0);
    CHECK_FALSE(zero.is_none());
    CHECK(zero.value() == 0);
    CHECK(zero != no_index);
    CHECK(std::uint32_t(no_index) == UINT32_MAX); // the graph's plain sentinel, for vertices of either kind
}

TEST_CASE("indices order by position, none after every position", "[index]") {
    CHECK(AgencyIndex(1) < AgencyIndex(2));
    CHECK(AgencyIndex(2) > AgencyIndex(1));
    CHECK(AgencyIndex(7) == AgencyIndex(7));
    CHECK(AgencyIndex(4'000'000) < AgencyIndex(no_index));
}

TEST_CASE("an index hashes by its position", "[index]") {
    std::unordered_set<DutyIndex> seen{DutyIndex(1), DutyIndex(2), DutyIndex(1), DutyIndex()};
    CHECK(seen.size() == 3);
    CHECK(seen.count(DutyIndex(2)) == 1);
    CHECK(seen.count(DutyIndex(3)) == 0);
    CHECK(seen.count(no_index) == 1);
}

TEST_CASE("an indexed list names its elements by index and lists its indices", "[index]") {
    Agencies agencies{"UBND", "SYT", "STC"};
    CHECK(agencies[AgencyIndex(1)] == "SYT");
    agencies[AgencyIndex(2)] = "SLD";
    CHECK(agencies.back() == "SLD");

    std::vector<AgencyIndex> listed;
    for (const AgencyIndex a : agencies.indices())
        listed.push_back(a);
    CHECK(listed == std::vector<AgencyIndex>{AgencyIndex(0), AgencyIndex(1), AgencyIndex(2)});
    CHECK(Agencies{}.indices().begin() == Agencies{}.indices().end());

    CHECK(agencies.contains(AgencyIndex(2)));
    CHECK_FALSE(agencies.contains(AgencyIndex(3)));
    CHECK_FALSE(agencies.contains(no_index));
    CHECK(agencies.next_index() == AgencyIndex(3));
    CHECK(agencies.index_of(agencies[AgencyIndex(1)]) == AgencyIndex(1));

    // A side table of flags (std::vector<bool>'s proxy references) works the same way.
    IndexedVector<AgencyIndex, bool> sent(agencies.size(), false);
    sent[AgencyIndex(1)] = true;
    CHECK(sent[AgencyIndex(1)]);
    CHECK_FALSE(sent[AgencyIndex(0)]);
}

} // namespace oblige
