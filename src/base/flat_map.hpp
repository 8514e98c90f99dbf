// A hash map for the lookups a run makes per report and per value: open addressing with linear probing
// over a power-of-two array kept at most half full. std::unordered_map allocates a node per entry and
// divides by a prime on every lookup; at national scale that was a visible part of `check`.
// It only grows (no erase), and offers no iteration, so its order can never reach the output.
#pragma once

#include <cstddef>
#include <functional>
#include <utility>
#include <vector>

namespace oblige {

// `Hash` and `Equal` may be transparent (a std::string key looked up by std::string_view).
template <class Key, class Value, class Hash, class Equal = std::equal_to<>>
class FlatMap {
  public:
    void reserve(std::size_t n) {
        if (2 * n > slots_.size()) rehash(capacity_for(n));
    }

    template <class K>
    const Value* find(const K& key) const {
        if (slots_.empty()) return nullptr;
        for (std::size_t i = Hash{}(key)&mask();; i = (i + 1) & mask()) {
            const Slot& slot = slots_[i];
            if (!slot.used) return nullptr;
            if (Equal{}(slot.key, key)) return &slot.value;
        }
    }
    template <class K>
    Value* find(const K& key) {
        return const_cast<Value*>(std::as_const(*this).find(key));
    }

    // The value for `key`, `value` when it was absent; whether it was inserted. The pointer is valid until
    // the next insertion.
    template <class K>
    std::pair<Value*, bool> try_emplace(const K& key, Value value) {
        if (2 * (size_ + 1) > slots_.size()) rehash(capacity_for(size_ + 1));
        for (std::size_t i = Hash{}(key)&mask();; i = (i + 1) & mask()) {
            Slot& slot = slots_[i];
            if (!slot.used) {
                slot = Slot{Key(key), std::move(value), true};
                ++size_;
                return {&slot.value, true};
            }
            if (Equal{}(slot.key, key)) return {&slot.value, false};
        }
    }
    std::size_t size() const { return size_; }

  private:
    struct Slot {
        Key key{};
        Value value{};
        bool used = false;
    };

    static std::size_t capacity_for(std::size_t n) {
        std::size_t capacity = 16;
        while (capacity < 2 * n)
            capacity *= 2;
        return capacity;
    }
    std::size_t mask() const { return slots_.size() - 1; }

    void rehash(std::size_t capacity) {
        std::vector<Slot> old(capacity);
        old.swap(slots_);
        for (Slot& slot : old) {
            if (!slot.used) continue;
            std::size_t i = Hash{}(slot.key) & mask();
            while (slots_[i].used)
                i = (i + 1) & mask();
            slots_[i] = std::move(slot);
        }
    }

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

} // namespace oblige
