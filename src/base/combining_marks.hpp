// Whether text carries Unicode combining marks (U+0300-U+036F): letters and accents typed apart (NFD), as
// macOS may write "Báo cáo năm". Such a name looks like the plan's precomposed (NFC) one and is not the
// same bytes; the checks say so rather than leave a reader staring at two identical-looking names.
// (Matching through NFC would need Unicode's composition tables: a dependency for a message's worth.)
#pragma once

#include <string_view>

namespace oblige {

inline bool has_combining_marks(std::string_view text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]), next = static_cast<unsigned char>(text[i + 1]);
        // UTF-8 of U+0300-U+033F is CC 80-BF; of U+0340-U+036F, CD 80-AF.
        if ((lead == 0xCC && next >= 0x80 && next <= 0xBF) || (lead == 0xCD && next >= 0x80 && next <= 0xAF))
            return true;
    }
    return false;
}

} // namespace oblige
