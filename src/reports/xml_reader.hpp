// Reads one report file (SPEC §2) into plain records with positions. The records' texts are views into
// the parsed document, which the ReportFile owns: whoever judges a file does so while it lives, and keeps
// copies of what it needs after, so what a run keeps grows with findings, not with report bytes.
#pragma once

#include "base/finding.hpp"
#include "base/source.hpp"

#include <boost/container/small_vector.hpp>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pugi {
class xml_document;
}

namespace oblige::reports {

inline constexpr std::size_t max_report_file_bytes = std::size_t(64) << 20; // 64 MiB

// A byte offset into a report file: records keep offsets, and line:column is worked out only for a
// finding (the files are at most 64 MiB).
using Offset = std::uint32_t;

struct Attribute {
    bool present = false;
    std::string_view text; // as written, entities undone; into the file's document
    Offset at = 0;         // the attribute's name; the element when absent
};

struct RawValue {
    Attribute indicator;
    Attribute status;
    std::string_view text; // the element's text, untrimmed; into the file's document
    Offset at = 0;         // the `<value` tag
};

struct RawReport {
    Offset at = 0; // the `<report` tag
    Attribute plan, from, to, period, submitted, duty;
    // In document order; a report carries a handful, kept inline (no heap block per report).
    boost::container::small_vector<RawValue, 4> values;
};

struct ReportFile {
    ReportFile();
    ReportFile(ReportFile&&) noexcept;
    ReportFile& operator=(ReportFile&&) noexcept;
    ~ReportFile();

    std::string path;
    // The file's text, kept while the file is judged so that offsets can become line:column; the DOM is
    // gone. Whoever keeps records longer keeps Places, not the file.
    std::string bytes;
    // The bytes are the file's: false when it could not be read (an unreadable-input finding says why).
    bool read = false;
    // What the records' texts point into (no copy of each attribute and value); on the heap, so that the
    // views survive a move of the ReportFile.
    std::unique_ptr<pugi::xml_document> document;
    boost::container::small_vector<RawReport, 1> reports; // nearly always one
    std::vector<Finding> findings; // xml-malformed, report-invalid (encoding, root), unknown-markup,
                                   // unreadable-input
};

// Offsets of one report file → Places and Locations (base/line_index.hpp's rule), asked in increasing
// order as records and findings come.
class Locator {
  public:
    Locator(const std::string& path, std::string_view bytes) : path_(path), cursor_(bytes) {}
    explicit Locator(const ReportFile& file) : Locator(file.path, file.bytes) {}

    Place place(std::size_t offset) { return cursor_.place(offset); }
    Location at(std::size_t offset) { return location(path_, cursor_.place(offset)); }

  private:
    const std::string& path_;
    LineCursor cursor_;
};

// Reads `path` from disk; a file over `max_bytes` is refused with a finding, not read.
ReportFile read_report_file(const std::string& path, std::size_t max_bytes = max_report_file_bytes);
// The same into `out`, replacing what it held but keeping its buffers and its document: a thread reading
// file after file into one ReportFile allocates little per file. Views into the previous file die.
void read_report_file(const std::string& path, ReportFile& out,
                      std::size_t max_bytes = max_report_file_bytes);
// The file's bytes into `bytes` (its capacity is reused); false, with the unreadable-input finding that
// says why in `failure`, when it cannot be read or is over `max_bytes`. The one way report files are read
// (the benchmark's floor too).
bool read_file_bytes(const std::string& path, std::size_t max_bytes, std::string& bytes,
                     Finding* failure = nullptr);
// A pugi::xml_parse_status as the catalogue variant of xml-malformed that words it
// ("end-element-mismatch"); "" for status_ok. An int, so that this header need not include pugixml.
const char* xml_status_variant(int pugixml_status);
// The same over bytes already in memory (tests, fuzzing); `path` only names the file in findings.
ReportFile read_report_bytes(const std::string& path, std::string bytes);
// What both do once the bytes are in: judges `file.bytes` as a report file, its reports and findings
// replacing what it held, its document reused (the reader's micro-benchmark reads documents in memory
// this way, as check reads files).
void read_loaded_report(ReportFile& file);

} // namespace oblige::reports
