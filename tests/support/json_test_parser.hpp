// A strict RFC 8259 parser for the output tests: proves a document is JSON and lets a test look inside.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace oblige::output::test {

struct Json {
    enum class Kind { null, boolean, number, string, array, object } kind = Kind::null;
    bool boolean = false;
    std::string text; // a string's value, or a number as written
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

class JsonParser {
  public:
    explicit JsonParser(std::string_view text) : s_(text) {}

    bool parse(Json& out, std::string& error) {
        if (!value(out, 0) || (ws(), pos_ != s_.size())) {
            error = "JSON error at byte " + std::to_string(pos_);
            return false;
        }
        return true;
    }

  private:
    void ws() {
        while (pos_ < s_.size() &&
               (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r'))
            ++pos_;
    }
    bool literal(std::string_view word) {
        if (s_.substr(pos_, word.size()) != word) return false;
        pos_ += word.size();
        return true;
    }
    bool value(Json& out, int depth) {
        if (depth > 100) return false;
        ws();
        if (pos_ >= s_.size()) return false;
        const char c = s_[pos_];
        if (c == '{') return object(out, depth);
        if (c == '[') return array(out, depth);
        if (c == '"') return out.kind = Json::Kind::string, string(out.text);
        if (literal("true")) return out.kind = Json::Kind::boolean, out.boolean = true, true;
        if (literal("false")) return out.kind = Json::Kind::boolean, true;
        if (literal("null")) return true;
        return number(out);
    }
    bool digits() {
        const std::size_t start = pos_;
        while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9')
            ++pos_;
        return pos_ > start;
    }
    bool number(Json& out) {
        const std::size_t start = pos_;
        if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
        if (pos_ < s_.size() && s_[pos_] == '0')
            ++pos_;
        else if (!digits())
            return false;
        if (pos_ < s_.size() && s_[pos_] == '.' && (++pos_, !digits())) return false;
        if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            if (!digits()) return false;
        }
        out.kind = Json::Kind::number;
        out.text = std::string(s_.substr(start, pos_ - start));
        return true;
    }
    bool hex4(unsigned& v) {
        if (pos_ + 4 > s_.size()) return false;
        v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = s_[pos_++];
            v <<= 4;
            if (c >= '0' && c <= '9')
                v |= unsigned(c - '0');
            else if (c >= 'a' && c <= 'f')
                v |= unsigned(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                v |= unsigned(c - 'A' + 10);
            else
                return false;
        }
        return true;
    }
    static void utf8(std::string& out, unsigned cp) {
        if (cp < 0x80)
            out += char(cp);
        else if (cp < 0x800)
            out += char(0xC0 | (cp >> 6)), out += char(0x80 | (cp & 0x3F));
        else if (cp < 0x10000)
            out += char(0xE0 | (cp >> 12)), out += char(0x80 | ((cp >> 6) & 0x3F)),
                out += char(0x80 | (cp & 0x3F));
        else
            out += char(0xF0 | (cp >> 18)), out += char(0x80 | ((cp >> 12) & 0x3F)),
                out += char(0x80 | ((cp >> 6) & 0x3F)), out += char(0x80 | (cp & 0x3F));
    }
    bool string(std::string& out) {
        ++pos_; // "
        while (pos_ < s_.size()) {
            const auto c = static_cast<unsigned char>(s_[pos_++]);
            if (c == '"') return true;
            if (c < 0x20) return false; // control characters must be escaped
            if (c != '\\') {
                out += char(c);
                continue;
            }
            if (pos_ >= s_.size()) return false;
            switch (s_[pos_++]) {
            case '"':
                out += '"';
                break;
            case '\\':
                out += '\\';
                break;
            case '/':
                out += '/';
                break;
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = 0;
                if (!hex4(cp)) return false;
                if (cp >= 0xD800 && cp <= 0xDBFF) {
                    unsigned low = 0;
                    if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                }
                utf8(out, cp);
                break;
            }
            default:
                return false;
            }
        }
        return false;
    }
    bool array(Json& out, int depth) {
        out.kind = Json::Kind::array;
        ++pos_;
        ws();
        if (pos_ < s_.size() && s_[pos_] == ']') return ++pos_, true;
        while (true) {
            out.items.emplace_back();
            if (!value(out.items.back(), depth + 1)) return false;
            ws();
            if (pos_ >= s_.size()) return false;
            if (s_[pos_] == ']') return ++pos_, true;
            if (s_[pos_++] != ',') return false;
        }
    }
    bool object(Json& out, int depth) {
        out.kind = Json::Kind::object;
        ++pos_;
        ws();
        if (pos_ < s_.size() && s_[pos_] == '}') return ++pos_, true;
        while (true) {
            ws();
            if (pos_ >= s_.size() || s_[pos_] != '"') return false;
            std::string key;
            if (!string(key)) return false;
            ws();
            if (pos_ >= s_.size() || s_[pos_++] != ':') return false;
            out.members.emplace_back(std::move(key), Json{});
            if (!value(out.members.back().second, depth + 1)) return false;
            ws();
            if (pos_ >= s_.size()) return false;
            if (s_[pos_] == '}') return ++pos_, true;
            if (s_[pos_++] != ',') return false;
        }
    }

    std::string_view s_;
    std::size_t pos_ = 0;
};

inline bool parse_json(std::string_view text, Json& out, std::string& error) {
    return JsonParser(text).parse(out, error);
}

} // namespace oblige::output::test
