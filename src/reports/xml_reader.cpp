#include "reports/xml_reader.hpp"

#include "reports/utf8.hpp"

#include <pugixml.hpp>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <set>

namespace oblige::reports {

ReportFile::ReportFile() = default;
ReportFile::ReportFile(ReportFile&&) noexcept = default;
ReportFile& ReportFile::operator=(ReportFile&&) noexcept = default;
ReportFile::~ReportFile() = default;

Place Locator::place(std::size_t offset) {
    offset = std::min(offset, bytes_.size());
    if (offset < pos_) pos_ = 0, line_ = 1, column_ = 1;
    const char* data = bytes_.data();
    // From line end to line end with memchr; code points are counted on the last line only.
    while (const void* newline = pos_ < offset ? std::memchr(data + pos_, '\n', offset - pos_) : nullptr) {
        pos_ = static_cast<std::size_t>(static_cast<const char*>(newline) - data) + 1;
        ++line_, column_ = 1;
    }
    for (; pos_ < offset; ++pos_)
        column_ += (static_cast<unsigned char>(data[pos_]) & 0xC0) != 0x80; // not a continuation byte
    return Place{line_, column_};
}

namespace {

Finding detail_finding(const char* code, Location where, std::string detail) {
    return make_finding(code, std::move(where), {}, {{"detail", std::move(detail)}});
}

// Offset of the first character reference to a character XML does not allow (`&#0;`, a control
// character other than tab and line ends, a surrogate, U+FFFE/U+FFFF, beyond U+10FFFF), or npos.
// pugixml would decode `&#0;` to a NUL that silently ends the value: "5&#0;5" read as 5.
std::size_t forbidden_char_ref(const std::string& s) {
    for (std::size_t i = s.find("&#"); i != std::string::npos; i = s.find("&#", i + 2)) {
        std::size_t j = i + 2;
        const bool hex = j < s.size() && s[j] == 'x';
        if (hex) ++j;
        unsigned long code = 0;
        bool digits = false;
        for (; j < s.size(); ++j) {
            const char c = s[j];
            unsigned long d = 0;
            if (c >= '0' && c <= '9')
                d = static_cast<unsigned long>(c - '0');
            else if (hex && c >= 'a' && c <= 'f')
                d = static_cast<unsigned long>(c - 'a' + 10);
            else if (hex && c >= 'A' && c <= 'F')
                d = static_cast<unsigned long>(c - 'A' + 10);
            else
                break;
            digits = true;
            code = std::min(code * (hex ? 16 : 10) + d, 0x110000ul); // saturates: no overflow
        }
        if (!digits) continue;
        if ((code < 0x20 && code != 0x9 && code != 0xA && code != 0xD) ||
            (code >= 0xD800 && code <= 0xDFFF) || code == 0xFFFE || code == 0xFFFF || code > 0x10FFFF)
            return i;
    }
    return std::string::npos;
}

// "UTF-16" / "UTF-32" when the bytes say so by BOM or by the zero bytes around the first '<'.
const char* wide_encoding(const std::string& s) {
    auto at = [&](std::size_t i) { return i < s.size() ? static_cast<unsigned char>(s[i]) : 0x100u; };
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0xFE && at(3) == 0xFF) return "UTF-32";
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0x00 && at(3) == 0x00) return "UTF-32";
    if ((at(0) == 0xFE && at(1) == 0xFF) || (at(0) == 0xFF && at(1) == 0xFE)) return "UTF-16";
    if (at(0) == 0x00 && at(1) == 0x00 && at(2) == 0x00 && at(3) == '<') return "UTF-32";
    if (at(0) == '<' && at(1) == 0x00 && at(2) == 0x00 && at(3) == 0x00) return "UTF-32";
    if ((at(0) == 0x00 && at(1) == '<') || (at(0) == '<' && at(1) == 0x00)) return "UTF-16";
    return nullptr;
}

// The encoding named in the XML declaration, if any: `<?xml version="1.0" encoding="windows-1258"?>`.
std::string declared_encoding(const std::string& s, std::size_t start, std::size_t& where) {
    if (s.compare(start, 5, "<?xml") != 0) return {};
    const std::size_t end = s.find("?>", start);
    if (end == std::string::npos) return {};
    const std::size_t key = s.find("encoding", start);
    if (key == std::string::npos || key > end) return {};
    std::size_t i = key + 8;
    while (i < end && (s[i] == ' ' || s[i] == '=' || s[i] == '\t'))
        ++i;
    if (i >= end || (s[i] != '"' && s[i] != '\'')) return {};
    const std::size_t close = s.find(s[i], i + 1);
    if (close == std::string::npos || close > end) return {};
    where = key;
    return s.substr(i + 1, close - i - 1);
}

bool is_utf8_name(std::string_view name) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    auto equals = [&](std::string_view want) {
        return name.size() == want.size() && std::equal(name.begin(), name.end(), want.begin(),
                                                        [&](char a, char b) { return lower(a) == b; });
    };
    return equals("utf-8") || equals("utf8");
}

std::string_view local_name(std::string_view name) {
    const std::size_t colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// XML's own machinery, not the agency's additions: never worth a warning.
bool infrastructure_attribute(std::string_view name) {
    return name == "xmlns" || name.rfind("xmlns:", 0) == 0 || name.rfind("xsi:", 0) == 0 ||
           name.rfind("xml:", 0) == 0;
}

class Reader {
  public:
    explicit Reader(ReportFile& out) : locator_(out), out_(out) {}

    void read(const pugi::xml_document& doc) {
        const pugi::xml_node root = doc.document_element();
        const std::string_view name = local_name(root.name());
        if (name == "report") {
            report(root);
        } else if (name == "reports") {
            attributes(root, {});
            for (pugi::xml_node child = root.first_child(); child; child = child.next_sibling()) {
                if (child.type() != pugi::node_element) continue;
                if (local_name(child.name()) == "report")
                    report(child);
                else
                    unknown("element", child.name(), element_at(child));
            }
        } else {
            out_.findings.push_back(detail_finding("report-invalid", locator_.at(element_at(root)),
                                                   "the root element is <" + std::string(root.name()) +
                                                       ">; a report file holds <report> or <reports>"));
        }
        if (!skipped_.empty())
            out_.findings.push_back(
                make_finding("unknown-markup", first_skipped_, {},
                             {{"kind", "names"},
                              {"name", "and " + std::to_string(skipped_.size()) + " more distinct ones"}}));
    }

  private:
    static Offset element_at(const pugi::xml_node& node) {
        const std::ptrdiff_t offset = node.offset_debug();
        // offset_debug points at the name; the caret belongs on the '<' before it.
        return offset > 0 ? static_cast<Offset>(offset - 1) : 0;
    }

    // Names are never copied under parse_default, so an attribute's name lies in the same buffer as its
    // element's and its offset follows from the element's name (`name_at`, offset_debug()).
    static Offset attribute_at(const pugi::xml_node& node, std::ptrdiff_t name_at,
                               const char* attribute_name) {
        const std::ptrdiff_t delta = attribute_name - node.name();
        if (name_at < 0 || delta <= 0) return element_at(node);
        return static_cast<Offset>(name_at + delta);
    }

    void unknown(const char* kind, std::string_view name, Offset at) {
        // Agencies' tools stamp every report alike: one warning per distinct name and file is enough.
        const std::string key = std::string(kind) + ":" + std::string(name);
        if (reported_.count(key)) return;
        // A file inventing names by the thousand gets a bounded answer: the first ones, then a count.
        if (reported_.size() >= max_unknown_names) {
            if (skipped_.insert(key).second && skipped_.size() == 1) first_skipped_ = locator_.at(at);
            return;
        }
        reported_.insert(key);
        out_.findings.push_back(make_finding("unknown-markup", locator_.at(at), {},
                                             {{"kind", kind}, {"name", std::string(name)}}));
    }

    // Reads the attributes `known` names into `slots`, warns about the rest; returns the element's offset.
    Offset attributes(const pugi::xml_node& node,
                      std::initializer_list<std::pair<std::string_view, Attribute*>> known) {
        const std::ptrdiff_t name_at = node.offset_debug();
        const Offset element = name_at > 0 ? static_cast<Offset>(name_at - 1) : 0;
        for (const auto& [name, slot] : known)
            slot->at = element; // for the attributes that turn out absent
        for (pugi::xml_attribute attr = node.first_attribute(); attr; attr = attr.next_attribute()) {
            const char* const raw_name = attr.name();
            const std::string_view name = raw_name;
            Attribute* slot = nullptr;
            for (const auto& [known_name, known_slot] : known)
                if (name == known_name) {
                    slot = known_slot;
                    break;
                }
            if (slot) {
                if (slot->present) { // XML allows an attribute once per element; pugixml does not check
                    out_.findings.push_back(detail_finding(
                        "xml-malformed", locator_.at(attribute_at(node, name_at, raw_name)),
                        "attribute '" + std::string(name) + "' is given twice; the first one is read"));
                    continue;
                }
                slot->present = true;
                slot->text = attr.value();
                slot->at = attribute_at(node, name_at, raw_name);
            } else if (!infrastructure_attribute(name)) {
                unknown("attribute", name, attribute_at(node, name_at, raw_name));
            }
        }
        return element;
    }

    void report(const pugi::xml_node& node) {
        RawReport& r = out_.reports.emplace_back();
        r.at = attributes(node, {{"plan", &r.plan},
                                 {"from", &r.from},
                                 {"to", &r.to},
                                 {"period", &r.period},
                                 {"submitted", &r.submitted},
                                 {"duty", &r.duty}});
        for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
            if (child.type() != pugi::node_element) continue;
            const std::string_view name = local_name(child.name());
            if (name == "value") {
                RawValue& v = r.values.emplace_back();
                v.at = attributes(child, {{"indicator", &v.indicator}, {"status", &v.status}});
                v.text = child.text().get();
                for (pugi::xml_node inner = child.first_child(); inner; inner = inner.next_sibling())
                    if (inner.type() == pugi::node_element)
                        unknown("element", inner.name(), element_at(inner));
            } else if (name == "note") {
                if (child.first_attribute()) attributes(child, {});
            } else {
                unknown("element", child.name(), element_at(child));
            }
        }
    }

    Locator locator_;
    ReportFile& out_;
    static constexpr std::size_t max_unknown_names = 50;
    std::set<std::string> reported_;
    std::set<std::string> skipped_;
    Location first_skipped_;
};

// Judges `out.bytes` as a report file and reads it into `out`.
void read_bytes(ReportFile& out) {
    const std::string& path = out.path;
    const std::string& bytes = out.bytes;
    Locator locator(out);
    if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
        out.findings.push_back(detail_finding("xml-malformed", Location{path, 0, 0}, "the file is empty"));
        return;
    }
    if (const char* wide = wide_encoding(bytes)) {
        out.findings.push_back(
            detail_finding("report-invalid", Location{path, 0, 0},
                           std::string("the file is ") + wide + "; reports must be UTF-8"));
        return;
    }
    const std::size_t start = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    std::size_t decl_at = 0;
    const std::string declared = declared_encoding(bytes, start, decl_at);
    if (!declared.empty() && !is_utf8_name(declared)) {
        out.findings.push_back(
            detail_finding("report-invalid", locator.at(decl_at),
                           "the file declares encoding '" + declared + "'; reports must be UTF-8"));
        return;
    }
    if (const std::size_t bad = first_invalid_utf8(bytes); bad != std::string::npos) {
        out.findings.push_back(detail_finding("report-invalid", locator.at(bad),
                                              bytes[bad] == 0 ? "a NUL byte; reports must be UTF-8 text"
                                                              : "invalid UTF-8; reports must be UTF-8"));
        return;
    }
    if (const std::size_t bad = forbidden_char_ref(bytes); bad != std::string::npos) {
        out.findings.push_back(detail_finding(
            "report-invalid", locator.at(bad),
            "a character reference to a character XML does not allow (like &#0;); reports must be text"));
        return;
    }
    // parse_default: no DOCTYPE node, no entity expansion beyond the five predefined ones, so a hostile
    // DTD can neither fetch anything nor blow up. load_buffer copies, keeping `bytes` intact for positions.
    auto doc = std::make_unique<pugi::xml_document>();
    const pugi::xml_parse_result parsed =
        doc->load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        out.findings.push_back(detail_finding(
            "xml-malformed", locator.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, parsed.offset))),
            parsed.description()));
        return;
    }
    Reader(out).read(*doc);
    out.document = std::move(doc);
}
} // namespace

ReportFile read_report_bytes(const std::string& path, std::string bytes) {
    ReportFile out;
    out.path = path;
    out.bytes = std::move(bytes);
    read_bytes(out);
    return out;
}

bool read_file_bytes(const std::string& path, std::size_t max_bytes, std::string& bytes, std::string* error) {
    const auto fail = [&](std::string why) {
        if (error) *error = std::move(why);
        return false;
    };
    // O_NONBLOCK: opening a FIFO for reading would wait for a writer forever (a nightly job hung).
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return fail("cannot read " + path + ": " + std::strerror(errno));
    struct stat st {};
    const bool stat_ok = ::fstat(fd, &st) == 0;
    if (!stat_ok || !S_ISREG(st.st_mode)) {
        std::string why = "not a regular file (a pipe, a device or a socket)";
        if (!stat_ok || S_ISDIR(st.st_mode)) why = std::strerror(stat_ok ? EISDIR : errno);
        ::close(fd);
        return fail("cannot read " + path + ": " + why);
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) {
        ::close(fd);
        return fail(path + " is " + std::to_string(size >> 20) + " MiB; report files over " +
                    std::to_string(max_bytes >> 20) + " MiB are not read");
    }
    // One read for a regular file; a file that grows meanwhile is read up to its size at open.
    bytes.resize(size);
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(fd, bytes.data() + got, size - got);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            return fail("cannot read " + path + ": " + std::strerror(e));
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    bytes.resize(got);
    ::close(fd);
    return true;
}

ReportFile read_report_file(const std::string& path, std::size_t max_bytes) {
    ReportFile out;
    out.path = path;
    std::string error;
    if (!read_file_bytes(path, max_bytes, out.bytes, &error)) {
        out.findings.push_back(detail_finding("unreadable-input", Location{path, 0, 0}, std::move(error)));
        return out;
    }
    read_bytes(out);
    return out;
}

} // namespace oblige::reports
