#include "base/arg_value.hpp"

namespace oblige {

std::string TargetArg::plan_words() const {
    return comparison + " " + value + (from ? " from " : " by ") + std::to_string(year);
}

std::string ArgValue::english() const {
    if (const std::string* w = words()) return *w;
    if (const std::int64_t* n = number()) return std::to_string(*n);
    if (const DateArg* d = date())
        return d->grace_days == 0 ? d->date.iso()
                                  : d->date.iso() + " + " + std::to_string(d->grace_days) + " days' grace";
    return target()->plan_words();
}

const ArgValue* find_arg(const MessageArgs& args, std::string_view name) {
    for (const auto& [key, value] : args)
        if (key == name) return &value;
    return nullptr;
}

} // namespace oblige
