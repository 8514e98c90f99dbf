// Typed positions in the plan's lists: an agency's index is not an indicator's, and the compiler says so.
//   Index<Tag>            a position in one kind of list, or none; ==, <=>, std::hash; no arithmetic
//   IndexedVector<I, T>   a std::vector<T> subscripted by its own index type only
//   AgencyIndex, IndicatorIndex, DutyIndex   the plan model's three lists (declared here, in base/, so a
//                         finding can name plan objects without base/ knowing the plan)
#pragma once

#include <compare>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace oblige {

// "No position": converts to every Index (and to the plain std::uint32_t sentinel the graph's vertices use,
// which hold either kind), so `AgencyIndex a = none;` and `a == none` read as before the types.
struct NoIndex {
    constexpr operator std::uint32_t() const noexcept { return UINT32_MAX; }
};
inline constexpr NoIndex no_index{};

template <class Tag>
class Index {
  public:
    constexpr Index() noexcept = default; // none
    constexpr Index(NoIndex) noexcept {}
    // Explicit: a count or a loop counter becomes a position only where the code says so.
    constexpr explicit Index(std::size_t position) noexcept : value_(static_cast<std::uint32_t>(position)) {}

    // The position; meaningless for none (check first).
    constexpr std::uint32_t value() const noexcept { return value_; }
    constexpr bool is_none() const noexcept { return value_ == UINT32_MAX; }

    // By position: none sorts after every position, as the plain sentinel did.
    friend constexpr bool operator==(Index, Index) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(Index, Index) noexcept = default;

  private:
    std::uint32_t value_ = UINT32_MAX;
};

// The positions 0 .. count-1 as indices, for `for (AgencyIndex a : program.agencies.indices())`.
template <class I>
class IndexRange {
  public:
    class iterator {
      public:
        using value_type = I;
        using difference_type = std::ptrdiff_t;
        constexpr iterator() = default;
        constexpr explicit iterator(std::size_t at) : at_(at) {}
        constexpr I operator*() const { return I(at_); }
        constexpr iterator& operator++() {
            ++at_;
            return *this;
        }
        constexpr iterator operator++(int) {
            iterator before = *this;
            ++at_;
            return before;
        }
        friend constexpr bool operator==(iterator, iterator) = default;

      private:
        std::size_t at_ = 0;
    };
    constexpr explicit IndexRange(std::size_t count) : count_(count) {}
    constexpr iterator begin() const { return iterator(0); }
    constexpr iterator end() const { return iterator(count_); }

  private:
    std::size_t count_;
};

// A list whose elements are named by I: `program.agencies[agency]` compiles, `program.agencies[indicator]`
// and `program.agencies[3]` do not. Everything else is std::vector's (it converts to one where a function
// takes the plain list).
template <class I, class T>
class IndexedVector : public std::vector<T> {
    using Base = std::vector<T>;

  public:
    using Base::Base;

    typename Base::reference operator[](I i) { return Base::operator[](i.value()); }
    typename Base::const_reference operator[](I i) const { return Base::operator[](i.value()); }

    // Whether `i` names an element (none never does).
    bool contains(I i) const { return !i.is_none() && i.value() < Base::size(); }
    // The index the next push_back will have.
    I next_index() const { return I(Base::size()); }
    // The index of an element of this list, from a reference to it.
    I index_of(const T& element) const { return I(static_cast<std::size_t>(&element - Base::data())); }
    IndexRange<I> indices() const { return IndexRange<I>(Base::size()); }
};

using AgencyIndex = Index<struct AgencyIndexTag>;       // into plan::Program::agencies
using IndicatorIndex = Index<struct IndicatorIndexTag>; // into plan::Plan::indicators
using DutyIndex = Index<struct DutyIndexTag>;           // into plan::Plan::duties

} // namespace oblige

template <class Tag>
struct std::hash<oblige::Index<Tag>> {
    std::size_t operator()(oblige::Index<Tag> i) const noexcept {
        return std::hash<std::uint32_t>{}(i.value());
    }
};
