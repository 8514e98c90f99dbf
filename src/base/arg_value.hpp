// A message arg's value, typed: words, a whole number, a date or a target. A message turns it into
// words in its own language (catalogue); json, csv and the fingerprints keep its English words.
#pragma once

#include "base/date.hpp"

#include <compare>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace oblige {

// A date; a due date as a plan states it: "15/1" is on time that day, "trước ngày 15/1" (`due before`)
// the day before, and the grace its duty gives after it. Worded "2025-01-15", "before 2025-01-15",
// "2025-01-15 + 2 days' grace" in the message's language.
struct DateArg {
    Date date;
    bool before = false;
    int grace_days = 0;

    auto operator<=>(const DateArg&) const = default;
};

// A plan's target (plan::Target): `>= 60 by 2025`, `= yes from 2024`. English keeps the plan's own words;
// other languages word it from the parts ("đến năm 2025", "có").
struct TargetArg {
    std::string comparison; // ">=", "<=", "=", ">", "<"
    std::string value;      // as the plan writes it: "60", "yes", "no"
    int year = 0;
    bool from = false; // `from YEAR`: that year and every later one; else `by YEAR`

    std::string plan_words() const; // ">= 60 by 2025"
    auto operator<=>(const TargetArg&) const = default;
};

class ArgValue {
  public:
    ArgValue(std::string words) : value_(std::move(words)) {}
    ArgValue(std::string_view words) : value_(std::string(words)) {}
    ArgValue(const char* words) : value_(std::string(words)) {}
    template <std::integral Number>
    requires(!std::same_as<Number, bool> && !std::same_as<Number, char>) ArgValue(Number number)
        : value_(static_cast<std::int64_t>(number)) {}
    ArgValue(Date date) : value_(DateArg{date}) {}
    ArgValue(DateArg date) : value_(date) {}
    ArgValue(TargetArg target) : value_(std::move(target)) {}

    const std::string* words() const { return std::get_if<std::string>(&value_); }
    const std::int64_t* number() const { return std::get_if<std::int64_t>(&value_); }
    const DateArg* date() const { return std::get_if<DateArg>(&value_); }
    const TargetArg* target() const { return std::get_if<TargetArg>(&value_); }

    // In English, as json's args, csv and the fingerprints keep it: words as they are, a number in digits,
    // a date as ISO with its grace ("2025-01-15 + 2 days' grace"; its `before` is an arg of its own, see
    // for_each_arg_in_words), a target in the plan's words.
    std::string english() const;

    auto operator<=>(const ArgValue&) const = default;

  private:
    std::variant<std::string, std::int64_t, DateArg, TargetArg> value_;
};

// Named values a message template fills in: {"indicator", "MT2.CT1"}, {"days", 3}.
using MessageArgs = std::vector<std::pair<std::string, ArgValue>>;
// The value of the arg named `name` (the first, if twice), or nullptr when there is none.
const ArgValue* find_arg(const MessageArgs& args, std::string_view name);

// Calls visit(name, words) for each arg in English, in order, as json's args and the fingerprints keep
// them: a (due) date that is `before` adds "NAME_before": "yes"; a target adds its parts "NAME.comparison",
// "NAME.value", "NAME.year" and, for `from`, "NAME.from": "yes" (json-schema.md names them).
template <class Visit>
void for_each_arg_in_words(const MessageArgs& args, Visit&& visit) {
    for (const auto& [name, value] : args) {
        if (const std::string* words = value.words())
            visit(std::string_view(name), std::string_view(*words));
        else
            visit(std::string_view(name), std::string_view(value.english()));
        if (const DateArg* due = value.date(); due && due->before) {
            visit(std::string_view(name + "_before"), std::string_view("yes"));
        } else if (const TargetArg* target = value.target()) {
            visit(std::string_view(name + ".comparison"), std::string_view(target->comparison));
            visit(std::string_view(name + ".value"), std::string_view(target->value));
            visit(std::string_view(name + ".year"), std::string_view(std::to_string(target->year)));
            if (target->from) visit(std::string_view(name + ".from"), std::string_view("yes"));
        }
    }
}

} // namespace oblige
