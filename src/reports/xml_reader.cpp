#include "reports/xml_reader.hpp"

#include "base/catalogue.hpp"
#include "base/os_error.hpp"
#include "base/utf8.hpp"

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

namespace {

// `detail` is the English words (json's args, fingerprints); `variant` and `parts` let the catalogue word
// the same in every language ("report-invalid.root", with `detail.element`).
Finding detail_finding(const char* code, Location where, std::string detail, const char* variant = "",
                       MessageArgs parts = {}) {
    MessageArgs args{{"detail", std::move(detail)}};
    for (auto& part : parts)
        args.push_back(std::move(part));
    Finding f = make_finding(code, std::move(where), {}, std::move(args));
    f.variant = variant;
    return f;
}

} // namespace

const char* xml_status_variant(int pugixml_status) {
    switch (static_cast<pugi::xml_parse_status>(pugixml_status)) {
    case pugi::status_unrecognized_tag:
        return "unrecognized-tag";
    case pugi::status_bad_pi:
        return "bad-pi";
    case pugi::status_bad_comment:
        return "bad-comment";
    case pugi::status_bad_cdata:
        return "bad-cdata";
    case pugi::status_bad_doctype:
        return "bad-doctype";
    case pugi::status_bad_pcdata:
        return "bad-pcdata";
    case pugi::status_bad_start_element:
        return "bad-start-element";
    case pugi::status_bad_attribute:
        return "bad-attribute";
    case pugi::status_bad_end_element:
        return "bad-end-element";
    case pugi::status_end_element_mismatch:
        return "end-element-mismatch";
    case pugi::status_no_document_element:
        return "no-document-element";
    // What load_buffer meets besides bad markup: memory running out, or pugixml's own failure. The
    // others cannot come from load_buffer; worded all the same, so that no status is left English.
    case pugi::status_out_of_memory:
        return "out-of-memory";
    case pugi::status_internal_error:
        return "internal-error";
    case pugi::status_file_not_found:
        return "file-not-found";
    case pugi::status_io_error:
        return "io-error";
    case pugi::status_append_invalid_root:
        return "append-invalid-root";
    default:
        return ""; // status_ok, or a status a newer pugixml adds: said in pugixml's English
    }
}

namespace {

// Offset of the first `first` followed by `second` at or after `from`, or npos. memchr finds the candidates:
// std::string_view::find compares byte by byte, and the file is scanned whole when there is none.
std::size_t find_pair(std::string_view s, std::size_t from, char first, char second) {
    const char* const data = s.data();
    const char* const end = data + s.size();
    for (const char* at = data + std::min(from, s.size());
         (at = static_cast<const char*>(std::memchr(at, first, static_cast<std::size_t>(end - at)))); ++at)
        if (at + 1 < end && at[1] == second) return static_cast<std::size_t>(at - data);
    return std::string_view::npos;
}

// Offset of the first character reference to a character XML does not allow (`&#0;`, a control
// character other than tab and line ends, a surrogate, U+FFFE/U+FFFF, beyond U+10FFFF), or npos.
// pugixml would decode `&#0;` to a NUL that silently ends the value: "5&#0;5" read as 5.
std::size_t forbidden_char_ref(std::string_view s) {
    for (std::size_t i = find_pair(s, 0, '&', '#'); i != std::string_view::npos;
         i = find_pair(s, i + 2, '&', '#')) {
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
// Everything is looked for inside the declaration (up to the first "?>"), never in the rest of the file.
std::string_view declared_encoding(std::string_view s, std::size_t start, std::size_t& where) {
    if (s.substr(start, 5) != "<?xml") return {};
    const std::size_t end = find_pair(s, start + 5, '?', '>'); // "<?xml" itself holds no "?>"
    if (end == std::string_view::npos) return {};
    const std::string_view declaration = s.substr(0, end);
    const std::size_t key = declaration.find("encoding", start + 5);
    if (key == std::string_view::npos) return {};
    std::size_t i = key + 8;
    while (i < end && (s[i] == ' ' || s[i] == '=' || s[i] == '\t'))
        ++i;
    if (i >= end || (s[i] != '"' && s[i] != '\'')) return {};
    const std::size_t close = declaration.find(s[i], i + 1);
    if (close == std::string_view::npos) return {};
    where = key;
    return s.substr(i + 1, close - i - 1);
}

// Whether the file holds nothing but XML white space.
bool blank(std::string_view s) {
    for (const char c : s)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    return true;
}

bool is_utf8_name(std::string_view name) {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    auto equals = [&](std::string_view want) {
        return name.size() == want.size() && std::equal(name.begin(), name.end(), want.begin(),
                                                        [&](char a, char b) { return lower(a) == b; });
    };
    return equals("utf-8") || equals("utf8");
}

// Whether the NUL-terminated `name` is `word`. Byte by byte against constants, stopping at the first
// difference, so never past the name's end: no strlen, no memcmp, for every element and attribute of
// ~195,000 files.
template <std::size_t N>
bool is_named(const char* name, const char (&word)[N]) {
    for (std::size_t i = 0; i < N; ++i) // the terminating NUL included
        if (name[i] != word[i]) return false;
    return true;
}

// The elements a report file is made of, known by their local names (whatever prefix a tool adds).
enum class Element { report, reports, value, note, other };

Element element_named(const char* local_name) {
    if (is_named(local_name, "value")) return Element::value;
    if (is_named(local_name, "note")) return Element::note;
    if (is_named(local_name, "report")) return Element::report;
    if (is_named(local_name, "reports")) return Element::reports;
    return Element::other;
}

Element element_kind(const char* name) {
    // A known name has no colon; a prefixed one (`r:value`) is known by what follows its first colon.
    if (const Element kind = element_named(name); kind != Element::other) return kind;
    const char* const colon = std::strchr(name, ':');
    return colon ? element_named(colon + 1) : Element::other;
}

// Where a <report> attribute is read into; nullptr for a name the format does not know.
Attribute* report_attribute(RawReport& r, const char* name) {
    switch (name[0]) {
    case 'p':
        if (is_named(name, "plan")) return &r.plan;
        if (is_named(name, "period")) return &r.period;
        break;
    case 'f':
        if (is_named(name, "from")) return &r.from;
        break;
    case 't':
        if (is_named(name, "to")) return &r.to;
        break;
    case 's':
        if (is_named(name, "submitted")) return &r.submitted;
        break;
    case 'd':
        if (is_named(name, "duty")) return &r.duty;
        break;
    }
    return nullptr;
}

// Where a <value> attribute is read into; nullptr for a name the format does not know.
Attribute* value_attribute(RawValue& v, const char* name) {
    if (is_named(name, "indicator")) return &v.indicator;
    if (is_named(name, "status")) return &v.status;
    return nullptr;
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
        const char* const root_name = root.name();
        // Under parse_default pugixml never copies a name: every one lies in its one copy of the file, so
        // one offset_debug() places them all (an element's own is its name minus the copy's start).
        if (const std::ptrdiff_t root_at = root.offset_debug(); root_at > 0) copy_ = root_name - root_at;
        const Element kind = element_kind(root_name);
        if (kind == Element::report) {
            report(root, root_name);
        } else if (kind == Element::reports) {
            attributes(root, root_name, {}, no_attributes);
            for_each_element(root, [&](const pugi::xml_node& child, const char* child_name) {
                if (element_kind(child_name) == Element::report)
                    report(child, child_name);
                else
                    unknown("element", child_name, element_at(child_name));
            });
        } else {
            out_.findings.push_back(detail_finding("report-invalid", locator_.at(element_at(root_name)),
                                                   "the root element is <" + std::string(root_name) +
                                                       ">; a report file holds <report> or <reports>",
                                                   "root", {{"detail.element", root_name}}));
        }
        if (!skipped_.empty())
            out_.findings.push_back(
                make_finding("unknown-markup", first_skipped_, {},
                             {{"kind", "names"},
                              {"name", "and " + std::to_string(skipped_.size()) + " more distinct ones"}}));
    }

  private:
    // A name's offset in the file (names are copied with the file, so offsets in the copy are offsets in
    // the file); 0 for all when pugixml cannot say (it always can for a document it parsed from one buffer).
    Offset name_at(const char* name) const { return copy_ ? static_cast<Offset>(name - copy_) : 0; }
    // The caret belongs on the '<' before an element's name.
    Offset element_at(const char* element_name) const {
        return copy_ ? static_cast<Offset>(element_name - copy_ - 1) : 0;
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

    static Attribute* no_attributes(const char*) { return nullptr; }

    // Reads into `slots` the attributes `slot_for` knows, warns about the rest; returns the element's
    // offset. `node_name` is node.name(), which the caller has already asked for.
    template <typename SlotFor>
    Offset attributes(const pugi::xml_node& node, const char* node_name,
                      std::initializer_list<Attribute*> slots, SlotFor slot_for) {
        const Offset element = element_at(node_name);
        for (Attribute* slot : slots)
            slot->at = element; // for the attributes that turn out absent
        // name() is "" past the last attribute, and the parser makes no attribute without a name: one call
        // per attribute both names it and ends the walk.
        for (pugi::xml_attribute attr = node.first_attribute();; attr = attr.next_attribute()) {
            const char* const name = attr.name();
            if (*name == '\0') break;
            if (Attribute* slot = slot_for(name)) {
                if (slot->present) { // XML allows an attribute once per element; pugixml does not check
                    out_.findings.push_back(detail_finding("xml-malformed", locator_.at(name_at(name)),
                                                           "attribute '" + std::string(name) +
                                                               "' is given twice; the first one is read",
                                                           "attribute-twice", {{"detail.attribute", name}}));
                    continue;
                }
                slot->present = true;
                slot->text = attr.value();
                slot->at = name_at(name);
            } else if (!infrastructure_attribute(name)) {
                unknown("attribute", name, name_at(name));
            }
        }
        return element;
    }

    // Calls `f(child, its name)` for each child element. A child's type() is node_null past the last
    // one, so one call per child both tells elements from text and ends the walk.
    template <typename F>
    static void for_each_element(const pugi::xml_node& parent, F f) {
        for (pugi::xml_node child = parent.first_child();; child = child.next_sibling()) {
            const pugi::xml_node_type type = child.type();
            if (type == pugi::node_null) return;
            if (type == pugi::node_element) f(child, child.name());
        }
    }

    void report(const pugi::xml_node& node, const char* node_name) {
        RawReport& r = out_.reports.emplace_back();
        r.at = attributes(node, node_name, {&r.plan, &r.from, &r.to, &r.period, &r.submitted, &r.duty},
                          [&r](const char* name) { return report_attribute(r, name); });
        for_each_element(node, [&](const pugi::xml_node& child, const char* child_name) {
            const Element kind = element_kind(child_name);
            if (kind == Element::value)
                value(r.values.emplace_back(), child, child_name);
            else if (kind == Element::note)
                attributes(child, child_name, {}, no_attributes);
            else
                unknown("element", child_name, element_at(child_name));
        });
    }

    void value(RawValue& v, const pugi::xml_node& node, const char* node_name) {
        v.at = attributes(node, node_name, {&v.indicator, &v.status},
                          [&v](const char* name) { return value_attribute(v, name); });
        // The text is the first text child's (what node.text().get() gives), taken in the same walk that
        // looks for elements inside the value.
        bool text_seen = false;
        for (pugi::xml_node inner = node.first_child();; inner = inner.next_sibling()) {
            const pugi::xml_node_type type = inner.type();
            if (type == pugi::node_null) return;
            if (type == pugi::node_element) {
                const char* const inner_name = inner.name();
                unknown("element", inner_name, element_at(inner_name));
            } else if (!text_seen && (type == pugi::node_pcdata || type == pugi::node_cdata)) {
                v.text = inner.value();
                text_seen = true;
            }
        }
    }

    Locator locator_;
    ReportFile& out_;
    const char* copy_ = nullptr; // where pugixml's copy of the file starts
    static constexpr std::size_t max_unknown_names = 50;
    std::set<std::string> reported_;
    std::set<std::string> skipped_;
    Location first_skipped_;
};

} // namespace

void read_loaded_report(ReportFile& out) {
    out.reports.clear();
    out.findings.clear();
    const std::string& path = out.path;
    const std::string& bytes = out.bytes;
    Locator locator(out);
    if (blank(bytes)) {
        out.findings.push_back(
            detail_finding("xml-malformed", Location{path, 0, 0}, "the file is empty", "empty"));
        return;
    }
    if (const char* wide = wide_encoding(bytes)) {
        out.findings.push_back(detail_finding("report-invalid", Location{path, 0, 0},
                                              std::string("the file is ") + wide + "; reports must be UTF-8",
                                              "wide-encoding", {{"detail.encoding", wide}}));
        return;
    }
    const std::size_t start = std::string_view(bytes).substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // a BOM
    std::size_t decl_at = 0;
    const std::string_view declared = declared_encoding(bytes, start, decl_at);
    if (!declared.empty() && !is_utf8_name(declared)) {
        out.findings.push_back(detail_finding(
            "report-invalid", locator.at(decl_at),
            "the file declares encoding '" + std::string(declared) + "'; reports must be UTF-8",
            "declared-encoding", {{"detail.encoding", std::string(declared)}}));
        return;
    }
    if (const std::size_t bad = first_invalid_utf8(bytes); bad != std::string::npos) {
        out.findings.push_back(detail_finding("report-invalid", locator.at(bad),
                                              bytes[bad] == 0 ? "a NUL byte; reports must be UTF-8 text"
                                                              : "invalid UTF-8; reports must be UTF-8",
                                              bytes[bad] == 0 ? "nul-byte" : "invalid-utf8"));
        return;
    }
    if (const std::size_t bad = forbidden_char_ref(bytes); bad != std::string::npos) {
        out.findings.push_back(detail_finding(
            "report-invalid", locator.at(bad),
            "a character reference to a character XML does not allow (like &#0;); reports must be text",
            "forbidden-reference"));
        return;
    }
    // parse_default: no DOCTYPE node, no entity expansion beyond the five predefined ones, so a hostile
    // DTD can neither fetch anything nor blow up. load_buffer copies, keeping `bytes` intact for positions.
    // A ReportFile read into again keeps its document: loading empties it first.
    if (!out.document) out.document = std::make_unique<pugi::xml_document>();
    const pugi::xml_parse_result parsed =
        out.document->load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8);
    if (!parsed) {
        out.findings.push_back(detail_finding(
            "xml-malformed", locator.at(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, parsed.offset))),
            parsed.description(), xml_status_variant(parsed.status)));
        return;
    }
    Reader(out).read(*out.document);
}

ReportFile read_report_bytes(const std::string& path, std::string bytes) {
    ReportFile out;
    out.path = path;
    out.bytes = std::move(bytes);
    out.read = true;
    read_loaded_report(out);
    return out;
}

bool read_file_bytes(const std::string& path, std::size_t max_bytes, std::string& bytes, Finding* failure) {
    const auto fail = [&](const char* variant, MessageArgs parts) {
        if (failure) {
            parts.insert(parts.begin(), {"detail.path", path});
            *failure = worded_finding("unreadable-input", Location{path, 0, 0}, variant, std::move(parts));
        }
        return false;
    };
    // O_NONBLOCK: opening a FIFO for reading would wait for a writer forever (a nightly job hung).
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) return fail("read", os_reason(errno));
    struct stat st {};
    const bool stat_ok = ::fstat(fd, &st) == 0;
    if (!stat_ok || !S_ISREG(st.st_mode)) {
        const int e = stat_ok ? EISDIR : errno;
        ::close(fd);
        if (stat_ok && !S_ISDIR(st.st_mode)) return fail("not-regular", {});
        return fail("read", os_reason(e));
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size > max_bytes) {
        ::close(fd);
        return fail("too-large", {{"detail.size", size >> 20}, {"detail.limit", max_bytes >> 20}});
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
            return fail("read", os_reason(e));
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    bytes.resize(got);
    ::close(fd);
    return true;
}

void read_report_file(const std::string& path, ReportFile& out, std::size_t max_bytes) {
    out.path.assign(path);
    out.reports.clear();
    out.findings.clear();
    Finding failure;
    out.read = read_file_bytes(path, max_bytes, out.bytes, &failure);
    if (!out.read) {
        out.bytes.clear();
        out.findings.push_back(std::move(failure));
        return;
    }
    read_loaded_report(out);
}

ReportFile read_report_file(const std::string& path, std::size_t max_bytes) {
    ReportFile out;
    read_report_file(path, out, max_bytes);
    return out;
}

} // namespace oblige::reports
