// A failure that is not a finding (an output file that cannot be written, a baseline that cannot be read),
// kept as a catalogue id and its args so that it is said in the run's language: --lang vi says it in
// Vietnamese, English says the words scripts and tests have always seen.
#pragma once

#include "base/catalogue.hpp"

#include <string>

namespace oblige {

struct WordedError {
    std::string id;   // a catalogue id ("write.failed")
    MessageArgs args; // its placeholders; `detail.reason` from os_reason() is worded too
    std::string text(Lang lang) const;
};

} // namespace oblige
