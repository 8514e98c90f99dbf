// UTF-8 for output: invalid bytes replaced, widths counted, sequences measured as the decoder reads them.
#include "output/utf8.hpp"

#include <catch2/catch.hpp>

using namespace oblige::output;

TEST_CASE("utf8: valid text unchanged, each invalid byte one U+FFFD", "[output]") {
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

TEST_CASE("utf8: a sequence's length is what decode_utf8 reads as one code point", "[output]") {
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
