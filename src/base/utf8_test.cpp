#include "base/utf8.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <random>
#include <string>
#include <string_view>
#include <utility>

using namespace oblige;

namespace {

constexpr std::size_t npos = std::string_view::npos;

// The validator xml_reader.cpp used before utf8.cpp, kept here as the answer every route must give:
// an independent copy, so a change to the routes cannot change what they are compared with.
std::size_t reference(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c == 0) return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0) lo = 0xA0;
            if (c == 0xED) hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0) lo = 0x90;
            if (c == 0xF4) hi = 0x8F;
        } else
            return i;
        if (i + len > n) return i;
        if (p[i + 1] < lo || p[i + 1] > hi) return i;
        for (std::size_t k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF) return i;
        i += len;
    }
    return npos;
}

std::string hex(std::string_view s) {
    std::string out;
    for (const char c : s) {
        char byte[4];
        std::snprintf(byte, sizeof byte, "%02X ", static_cast<unsigned char>(c));
        out += byte;
    }
    return out;
}

// The vector verdict and the offset against the reference; a Catch assertion only on a disagreement, since
// there are millions of cases. The counts let each test show that it compared something, and both verdicts.
struct Agreement {
    std::size_t cases = 0;
    std::size_t invalid = 0; // of them, how many the reference refused

    void operator()(std::string_view s) {
        ++cases;
        const std::size_t want = reference(s);
        invalid += want != npos;
        const std::size_t found = first_invalid_utf8(s);
        if (found != want) FAIL_CHECK("first_invalid_utf8 " << found << " != " << want << " on " << hex(s));
        // The verdict itself: a wrong "invalid" would be hidden by the byte loop finding nothing.
        if (is_clean_utf8(s) != (want == npos))
            FAIL_CHECK("is_clean_utf8 says " << (want == npos ? "invalid" : "valid") << " on " << hex(s));
    }
};

// `seq` at offset `at` inside ASCII, once with ASCII after it and once ending the buffer; `at` from 0 to
// 63 puts it across every 16- and 32-byte boundary a vector route can have.
void at_every_offset(Agreement& agree, std::string_view seq) {
    std::string s;
    for (std::size_t at = 0; at < 64; ++at) {
        s.assign(at, 'a');
        s += seq;
        agree(s);
        s.append(70, 'z');
        agree(s);
    }
}

// The second and later bytes worth trying: each boundary of Table 3-7 and either side of it, a NUL,
// ASCII and leads.
constexpr unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0,
                                   0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF};
constexpr unsigned char few_edges[] = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xF4};

std::string bytes(std::initializer_list<unsigned> values) {
    std::string s;
    for (const unsigned v : values)
        s += static_cast<char>(v);
    return s;
}

const char* const vietnamese =
    "Báo cáo kỳ 2024-06 của T30_X0044 gửi T30_S01: tình hình thực hiện các chỉ tiêu bình đẳng giới, "
    "những khó khăn, vướng mắc và kiến nghị, đề xuất trong kỳ tới.";

} // namespace

TEST_CASE("first_invalid_utf8: the offsets Table 3-7 asks for", "[base][utf8]") {
    // Spelled out, so the reference itself is checked too.
    const std::pair<std::string, std::size_t> cases[] = {
        {"", npos},
        {"plain", npos},
        {vietnamese, npos},
        {bytes({'a', 0x00, 'b'}), 1},
        {bytes({0xC3}), 0},                        // cut short at the end
        {bytes({'a', 'b', 0xE1, 0xBB}), 2},        // cut short at the end
        {bytes({0xF0, 0x9F, 0x98}), 0},            // cut short at the end
        {bytes({0xC2, 0x80}), npos},               // U+0080
        {bytes({0xC0, 0x80}), 0},                  // overlong NUL
        {bytes({0xC1, 0xBF}), 0},                  // overlong
        {bytes({0xE0, 0x9F, 0xBF}), 0},            // overlong
        {bytes({0xE0, 0xA0, 0x80}), npos},         // U+0800
        {bytes({0xED, 0x9F, 0xBF}), npos},         // U+D7FF
        {bytes({'x', 0xED, 0xA0, 0x80}), 1},       // U+D800, a surrogate
        {bytes({0xED, 0xBF, 0xBF}), 0},            // U+DFFF, a surrogate
        {bytes({0xEE, 0x80, 0x80}), npos},         // U+E000
        {bytes({0xEF, 0xBF, 0xBF}), npos},         // U+FFFF
        {bytes({0xF0, 0x8F, 0xBF, 0xBF}), 0},      // overlong
        {bytes({0xF0, 0x90, 0x80, 0x80}), npos},   // U+10000
        {bytes({0xF4, 0x8F, 0xBF, 0xBF}), npos},   // U+10FFFF
        {bytes({'a', 0xF4, 0x90, 0x80, 0x80}), 1}, // U+110000
        {bytes({0xF5, 0x80, 0x80, 0x80}), 0},      // no such lead
        {bytes({0xFF}), 0},                        // no such lead
        {bytes({'a', 0x80}), 1},                   // a continuation with no lead
        {bytes({0xC3, 0xA1, 0xA1}), 2},            // one continuation too many
        {bytes({0xE1, 0xBB, 'a', 0xBB}), 0},       // a sequence broken in the middle
        {bytes({0xE1, 0xBB, 0x9D, 0x00}), 3},      // NUL after a good sequence
    };
    Agreement agree;
    for (const auto& [text, offset] : cases) {
        CAPTURE(hex(text));
        CHECK(reference(text) == offset);
        CHECK(first_invalid_utf8(text) == offset);
        CHECK(is_clean_utf8(text) == (offset == npos));
        at_every_offset(agree, text);
    }
    CHECK(agree.cases > 0);
}

TEST_CASE("first_invalid_utf8: every byte and every pair at every offset", "[base][utf8]") {
    Agreement agree;
    for (unsigned first = 0; first < 256; ++first) {
        at_every_offset(agree, bytes({first}));
        for (unsigned second = 0; second < 256; ++second)
            at_every_offset(agree, bytes({first, second}));
    }
    CHECK(agree.cases == 2 * 64 * (256 + 256 * 256));
    CHECK(agree.invalid > 0);
    CHECK(agree.invalid < agree.cases);
}

TEST_CASE("first_invalid_utf8: three- and four-byte sequences around every boundary at every offset",
          "[base][utf8]") {
    Agreement agree;
    for (unsigned lead = 0xC0; lead < 0x100; ++lead)
        for (const unsigned char second : edges)
            for (const unsigned char third : edges)
                at_every_offset(agree, bytes({lead, second, third}));
    for (unsigned lead = 0xE0; lead < 0x100; ++lead)
        for (const unsigned char second : few_edges)
            for (const unsigned char third : few_edges)
                for (const unsigned char fourth : few_edges)
                    at_every_offset(agree, bytes({lead, second, third, fourth}));
    CHECK(agree.invalid > 0);
    CHECK(agree.invalid < agree.cases);
}

TEST_CASE("first_invalid_utf8: Vietnamese text at every alignment, with one byte spoiled", "[base][utf8]") {
    Agreement agree;
    const std::string text = vietnamese;
    for (std::size_t shift = 0; shift < 64; ++shift) {
        const std::string s = std::string(shift, '<') + text + text;
        agree(s);
        // Spoil each byte in turn with a NUL, a stray continuation and a lead: the answer moves with it.
        for (std::size_t at = shift; at < shift + text.size(); ++at)
            for (const char spoil : {'\0', '\x80', '\xE1', 'a'}) {
                std::string bad = s;
                bad[at] = spoil;
                agree(bad);
                agree(std::string_view(bad).substr(0, at + 1)); // and cut there
            }
    }
    CHECK(agree.invalid > 0);
}

TEST_CASE("first_invalid_utf8: a seeded random corpus of ASCII, Vietnamese and stray bytes", "[base][utf8]") {
    // mt19937's sequence is fixed by the standard (the distributions' are not), so the corpus is the same
    // everywhere.
    std::mt19937 rng(20240601);
    const auto below = [&](std::uint32_t n) { return static_cast<std::uint32_t>(rng() % n); };
    static const char* const words[] = {"báo",  "cáo",  "kỳ",    "của",  "gửi",       "tình", "hình",
                                        "thực", "hiện", "chỉ",   "tiêu", "đẳng",      "giới", "những",
                                        "khó",  "khăn", "vướng", "mắc",  "kiến",      "nghị", "đề",
                                        "xuất", "tới",  "€",     "😀",    "\U0010FFFF"};
    Agreement agree;
    std::size_t valid = 0;
    for (int n = 0; n < 20000; ++n) {
        const std::size_t length = below(301);
        std::string s;
        while (s.size() < length) {
            switch (below(8)) {
            case 0:
            case 1:
            case 2:
                s += "<value id=\"T30_X0044\">";
                break;
            case 3:
            case 4:
            case 5:
                s += words[below(sizeof words / sizeof *words)];
                s += ' ';
                break;
            case 6:
                s += static_cast<char>('a' + below(26));
                break;
            default:
                // Any byte: mostly ill-formed, sometimes a NUL or a lead that happens to fit.
                if (below(4) == 0) s += static_cast<char>(below(256));
                break;
            }
        }
        s.resize(length); // may cut a character short
        agree(s);
        valid += reference(s) == npos;
    }
    CHECK(agree.cases == 20000);
    // Both verdicts in good numbers, or the corpus tests only one of them.
    CHECK(valid > 3000);
    CHECK(agree.invalid > 3000);
}

TEST_CASE("utf8: valid text unchanged, each invalid byte one U+FFFD", "[base][utf8]") {
    CHECK(valid_utf8("Sở Y tế") == "Sở Y tế");
    CHECK(valid_utf8("a\xff"
                     "b") == "a\xEF\xBF\xBD"
                             "b");
    CHECK(valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // overlong '/'
    CHECK(valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"); // a surrogate
    CHECK(valid_utf8("\xE1\xBB") == "\xEF\xBF\xBD\xEF\xBF\xBD");                 // cut short
    CHECK(valid_utf8("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");                 // 4 bytes
    CHECK(valid_utf8("\xEF\xBF\xBD") == "\xEF\xBF\xBD");
    CHECK(display_width("Nữ giám đốc") == 11);
    CHECK(display_width("a\xCC\x80"
                        "b") == 2); // a + combining grave: one column
}

TEST_CASE("utf8: a sequence's length is what decode_utf8 reads as one code point", "[base][utf8]") {
    // Every lead and second byte; for the bytes after, one on each side of the continuation range.
    const unsigned char after[] = {0x41, 0x80, 0xBF, 0xC0};
    for (int lead = 0x80; lead <= 0xFF; ++lead)
        for (int second = 0; second <= 0xFF; ++second)
            for (const unsigned char third : after)
                for (const unsigned char fourth : after)
                    for (std::size_t size = 1; size <= 4; ++size) {
                        const char bytes[] = {static_cast<char>(lead), static_cast<char>(second),
                                              static_cast<char>(third), static_cast<char>(fourth)};
                        const std::string_view text(bytes, size);
                        std::size_t pos = 0;
                        decode_utf8(text, pos); // valid: past the sequence; invalid: one byte on
                        const std::size_t expected = pos > 1 ? pos : 0;
                        if (utf8_sequence_length(text, 0) != expected) {
                            INFO(lead << " " << second << " " << int(third) << " " << int(fourth) << " "
                                      << size);
                            CHECK(utf8_sequence_length(text, 0) == expected);
                        }
                    }
    CHECK(utf8_sequence_length("\xEF\xBF\xBD", 0) == 3); // U+FFFD itself is valid
    CHECK(utf8_sequence_length("a\xE1\xBB\x9F", 1) == 3);
}
