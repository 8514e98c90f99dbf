// The output tests' reader of JSON: nlohmann-json parses (strict RFC 8259, UTF-8 checked, the error at a
// byte offset), and this header keeps the tree the tests look into: members in document order and
// numbers as written.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace oblige::output::test {

struct Json {
    enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
    bool boolean = false;
    std::string text; // a string's value, or a number as written (an integer as its digits)
    std::vector<Json> items;
    std::vector<std::pair<std::string, Json>> members; // in document order

    const Json& operator[](std::string_view key) const {
        static const Json missing;
        for (const auto& [k, v] : members)
            if (k == key) return v;
        return missing;
    }
    const Json& operator[](std::size_t i) const { return items.at(i); }
    bool has(std::string_view key) const {
        for (const auto& [k, v] : members)
            if (k == key) return true;
        return false;
    }
};

// Builds a Json from nlohmann's SAX events rather than its own tree, which would keep 0.5000 only as the
// double 0.5: the tests check the fixed decimals the output promises.
class JsonTreeBuilder : public nlohmann::json_sax<nlohmann::json> {
  public:
    explicit JsonTreeBuilder(Json& root) : root_(root) {}
    const std::string& error() const { return error_; }

    bool null() override { return place(Json::Kind::null), true; }
    bool boolean(bool value) override { return place(Json::Kind::boolean).boolean = value, true; }
    bool number_integer(number_integer_t value) override { return number(std::to_string(value)); }
    bool number_unsigned(number_unsigned_t value) override { return number(std::to_string(value)); }
    bool number_float(number_float_t, const string_t& as_written) override { return number(as_written); }
    bool string(string_t& value) override { return place(Json::Kind::string).text = std::move(value), true; }
    bool binary(binary_t&) override { return false; } // not in JSON text
    bool start_object(std::size_t) override { return open_.push_back(&place(Json::Kind::object)), true; }
    bool key(string_t& name) override { return key_ = std::move(name), true; }
    bool end_object() override { return open_.pop_back(), true; }
    bool start_array(std::size_t) override { return open_.push_back(&place(Json::Kind::array)), true; }
    bool end_array() override { return open_.pop_back(), true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        error_ = e.what();
        return false;
    }

  private:
    // A new value of `kind` where the document has reached: the root, the next item of the innermost
    // array, or the member named by the last key. A value stays where it is while it is open: only it grows.
    Json& place(Json::Kind kind) {
        Json* value = &root_;
        if (!open_.empty()) {
            Json& parent = *open_.back();
            value = parent.kind == Json::Kind::array
                        ? &parent.items.emplace_back()
                        : &parent.members.emplace_back(std::move(key_), Json()).second;
        }
        value->kind = kind;
        return *value;
    }
    bool number(std::string as_written) {
        return place(Json::Kind::number).text = std::move(as_written), true;
    }

    Json& root_;
    std::vector<Json*> open_; // the objects and arrays not yet closed, outermost first
    std::string key_;
    std::string error_;
};

// Whether `text` is one JSON document and nothing else; `out` is its tree, or `error` says what is wrong.
inline bool parse_json(std::string_view text, Json& out, std::string& error) {
    JsonTreeBuilder builder(out);
    if (nlohmann::json::sax_parse(text, &builder)) return true;
    error = builder.error();
    return false;
}

} // namespace oblige::output::test
