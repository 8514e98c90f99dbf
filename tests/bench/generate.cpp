// oblige_generate: writes a synthetic national plan and its report files, with defects injected at known
// rates, and the findings `oblige check` must report for them (expected.txt). Deterministic: the same
// arguments give the same bytes.
//
//   oblige_generate OUT [--months M] [--provinces N] [--departments N] [--communes N] [--seed N]
//                       [--late R] [--missing R] [--duplicate R] [--conflicting R] [--bad-value R]
//                       [--malformed R]
//   oblige_generate OUT --graph [--provinces N] [--communes N] [--commune-recipients N] [--stress N]
//
// --stress N adds to the large plan what a national plan has many of and the plan checks must not loop
// over pairwise: N more goals and N more duties (`covers own`), a `from leads` duty, an indicator every
// commune leads, a chain of organisations N/10 deep, unused agencies, reporting cycles and a hub with many
// onward duties. The plan is no longer lint-clean then: it exists to be timed.
#include "national.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>
#include <string>

namespace fs = std::filesystem;
using namespace oblige;
using namespace oblige::bench;

namespace {

[[noreturn]] void usage(const std::string& why) {
    std::fprintf(
        stderr,
        "oblige_generate: %s\n"
        "usage: oblige_generate OUT [--months M] [--provinces N] [--departments N] [--communes N]\n"
        "                           [--seed N] [--late R] [--missing R] [--duplicate R]\n"
        "                           [--conflicting R] [--bad-value R] [--malformed R]\n"
        "       oblige_generate OUT --graph [--provinces N] [--communes N] [--commune-recipients N]\n"
        "                                   [--stress N]\n",
        why.c_str());
    std::exit(2);
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f || std::fwrite(bytes.data(), 1, bytes.size(), f) != bytes.size() || std::fclose(f) != 0) {
        std::fprintf(stderr, "oblige_generate: cannot write %s\n", path.c_str());
        std::exit(1);
    }
}

enum Defect { none, late, missing, duplicate, conflicting, bad_value, malformed, defect_count };
const char* const injected_names[] = {"",          "late",     "missing", "duplicate", "conflicting",
                                      "bad_value", "malformed"};
const char* const finding_codes[] = {
    "",          "late-report",  "missing-report", "duplicate-report", "conflicting-values",
    "bad-value", "xml-malformed"};

// The --stress section, appended to the large plan. Every part is sized so that a loop over pairs of
// its items (goals × goals, duties × duties, senders × leaves, leads × leads, chain depth × agencies,
// cycles × obligations, obligations × onward duties) would take far longer than one pass over them.
struct Stress {
    long agencies = 0, duties = 0;
};
Stress append_stress(std::string& t, const Shape& s, int n) {
    Stress added;
    char id[64];
    const auto name = [&](const char* format, int a, int b = 0) {
        std::snprintf(id, sizeof id, format, a, b);
        return std::string(id);
    };
    const std::string year = std::to_string(s.last_year);
    const int departments = s.provinces * s.departments;
    const auto department = [&](int i) { // the i-th department of the country, cycling
        const int j = i % departments;
        return name("T%02d_S%02d", j / s.departments + 1, j % s.departments + 1);
    };
    const auto province_of = [&](int i) { return name("T%02d_UBND", i % departments / s.departments + 1); };
    t += "\n# --stress " + std::to_string(n) + "\n";

    // n goals of one indicator each, led by a department; the first three declared twice.
    for (int g = 0; g < n + 3; ++g)
        t += "goal " + name("ST%05d", g % n + 1) + " \"Chuyên đề " + name("%05d", g % n + 1) +
             "\" { indicator CT1 \"Chỉ tiêu chuyên đề\" { unit count  target >= 1 by " + year + "  lead " +
             department(g % n) + " } }\n";

    // One indicator every commune leads, a hundred of them also supporting it.
    std::string communes;
    int hundred = 0;
    std::string supporters;
    for (int p = 1; p <= s.provinces; ++p) {
        const int here = s.communes / s.provinces + (p <= s.communes % s.provinces ? 1 : 0);
        for (int c = 1; c <= here; ++c) {
            const std::string commune = name("T%02d_X%04d", p, c);
            communes += (communes.empty() ? "" : ", ") + commune;
            if (c == 1 && hundred < 100) supporters += (hundred++ ? ", " : "") + commune;
        }
    }
    t += "goal STL \"Chỉ tiêu mọi xã chủ trì\" {\n  indicator CT1 \"Chỉ tiêu chung\" { unit count  target >= "
         "1 by " +
         year + "\n    lead " + communes + "\n    support " + supporters + " }\n}\n";

    // n duties, each from a department to its province, covering what it leads; the first three twice.
    for (int d = 0; d < n + 3; ++d)
        t += "duty " + name("\"Báo cáo chuyên đề %05d\"", d % n + 1) + " { from " + department(d % n) +
             "  to " + province_of(d % n) + "  covers own  quarterly due +15 }\n";
    added.duties += n;
    t += "duty \"Báo cáo của đơn vị chủ trì\" { from leads  to BO  covers own  yearly due 15/1 next }\n";
    ++added.duties;

    // A chain of organisations n/10 deep, declared from the top: only the bottom one has a role.
    const int depth = std::max(2, n / 10);
    for (int c = 1; c <= depth; ++c)
        t += "agency " + name("CHUOI_%05d", c) + " \"Cơ quan cấp " + name("%05d", c) + "\"" +
             (c > 1 ? " { under " + name("CHUOI_%05d", c - 1) + " }" : std::string()) + "\n";
    t += "agency " + name("CHUOI_%05d", depth) + " { support ST00001.CT1 }\n";
    added.agencies += depth;

    // n/20 agencies without a role: unused-agency.
    for (int u = 1; u <= std::max(1, n / 20); ++u, ++added.agencies)
        t += "agency " + name("NHAN_ROI_%05d", u) + " \"Cơ quan không có việc " + name("%05d", u) + "\"\n";

    // n/40 pairs reporting to each other: chain-cycle (and chain-broken).
    for (int v = 1; v <= std::max(1, n / 40); ++v) {
        const std::string a = name("VONG_%04dA", v), b = name("VONG_%04dB", v);
        t += "agency " + a + " \"Vòng " + a + "\"\nagency " + b + " \"Vòng " + b + "\"\n";
        t += "duty \"Vòng " + name("%04d", v) + "\" { from " + a + ", " + b + "  to " + a + ", " + b +
             "  covers narrative  quarterly due +10 }\n";
        added.agencies += 2, ++added.duties;
    }

    // A hub every commune reports to, which reports on under n/40 duties, half of them due too early.
    t += "agency TRUNG_TAM \"Trung tâm tổng hợp\"\n";
    t += "duty \"Xã gửi trung tâm\" { from XA  to TRUNG_TAM  covers narrative  monthly due +5 }\n";
    ++added.agencies, ++added.duties;
    for (int h = 1; h <= std::max(1, n / 40); ++h, ++added.duties)
        t += "duty \"Trung tâm gửi Bộ " + name("%04d", h) +
             "\" { from TRUNG_TAM  to BO  covers narrative  monthly due +" + (h % 2 ? "2" : "20") + " }\n";
    return added;
}

struct Options {
    fs::path out;
    int months = 6;
    bool graph = false;
    int stress = 0; // --graph only: how many more goals and duties
    std::uint64_t seed = 20210101;
    Shape shape;
    Defects rates;
};

Options parse(int argc, char** argv) {
    Options o;
    std::vector<std::string> args(argv + 1, argv + argc);
    auto number = [&](std::size_t& i) {
        if (i + 1 >= args.size()) usage(args[i] + " needs a value");
        char* end = nullptr;
        const double v = std::strtod(args[++i].c_str(), &end);
        if (*end || v < 0) usage("'" + args[i] + "' is not a number");
        return v;
    };
    bool graph_shape = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--months")
            o.months = static_cast<int>(number(i));
        else if (a == "--provinces")
            o.shape.provinces = static_cast<int>(number(i));
        else if (a == "--departments")
            o.shape.departments = static_cast<int>(number(i));
        else if (a == "--communes")
            o.shape.communes = static_cast<int>(number(i));
        else if (a == "--commune-recipients")
            o.shape.commune_recipients = static_cast<int>(number(i)), graph_shape = true;
        else if (a == "--seed")
            o.seed = static_cast<std::uint64_t>(number(i));
        else if (a == "--late")
            o.rates.late = number(i);
        else if (a == "--missing")
            o.rates.missing = number(i);
        else if (a == "--duplicate")
            o.rates.duplicate = number(i);
        else if (a == "--conflicting")
            o.rates.conflicting = number(i);
        else if (a == "--bad-value")
            o.rates.bad_value = number(i);
        else if (a == "--malformed")
            o.rates.malformed = number(i);
        else if (a == "--graph")
            o.graph = true;
        else if (a == "--stress")
            o.stress = static_cast<int>(number(i));
        else if (!a.empty() && a[0] == '-')
            usage("unknown option " + a);
        else if (o.out.empty())
            o.out = a;
        else
            usage("one output folder only");
    }
    if (o.out.empty()) usage("no output folder");
    if (o.stress && !o.graph) usage("--stress goes with --graph");
    if (o.graph && !graph_shape) {
        // ≥ 50,000 agencies and ≥ 1,000,000 edges: every commune reports to 20 departments.
        o.shape.provinces = 250, o.shape.communes = 50000, o.shape.commune_recipients = 20;
    }
    if (o.shape.provinces < 1 || o.shape.departments < 2 || o.shape.departments > 99 ||
        o.shape.communes < o.shape.provinces || o.months < 1)
        usage("needs at least one province, 2 to 99 departments, a commune per province, a month");
    return o;
}

} // namespace

int main(int argc, char** argv) {
    const Options opt = parse(argc, argv);
    fs::create_directories(opt.out);
    const NationalPlan n = make_plan(opt.shape);

    if (opt.graph) {
        std::string text = n.text;
        const Stress stress = opt.stress ? append_stress(text, opt.shape, opt.stress) : Stress{};
        write_file(opt.out / "graph.obl", text);
        const long agencies = 3 + opt.shape.departments +
                              static_cast<long>(opt.shape.provinces) * (2 + opt.shape.departments) +
                              opt.shape.communes + stress.agencies;
        // reports-to edges (one per obligation), plus member-of and under edges.
        const long edges = static_cast<long>(n.obligations.size()) + 2L * opt.shape.communes +
                           static_cast<long>(opt.shape.provinces) * (2 + 2L * opt.shape.departments + 1);
        if (opt.stress) {
            std::printf("graph.obl: %ld agencies, %ld duties, %d goals and duties more with --stress\n",
                        agencies, static_cast<long>(n.duties.size()) + stress.duties, opt.stress);
            return 0;
        }
        std::printf("graph.obl: %ld agencies, %zu duties, %zu reports-to edges, about %ld edges in all\n",
                    agencies, n.duties.size(), n.obligations.size(), edges);
        return 0;
    }

    const Date as_of = as_of_after(opt.shape.first_year, opt.months);
    write_file(opt.out / "plan.obl", n.text);
    const fs::path reports = opt.out / "reports";
    fs::remove_all(reports);
    Random rng(opt.seed);
    const double rate[defect_count] = {0,
                                       opt.rates.late,
                                       opt.rates.missing,
                                       opt.rates.duplicate,
                                       opt.rates.conflicting,
                                       opt.rates.bad_value,
                                       opt.rates.malformed};
    long injected[defect_count] = {};
    long pending = 0, files = 0, bytes = 0;
    std::set<std::string> folders;
    std::vector<std::vector<PeriodSpec>> periods;
    for (const DutySpec& d : n.duties)
        periods.push_back(periods_of(d, opt.shape.first_year, opt.shape.last_year));

    auto emit = [&](const fs::path& path, const std::string& text) {
        write_file(path, text);
        ++files;
        bytes += static_cast<long>(text.size());
    };
    for (const Obligation& o : n.obligations) {
        const fs::path folder = reports / o.folder;
        if (folders.insert(o.folder).second) fs::create_directories(folder);
        for (const PeriodSpec& p : periods[o.duty]) {
            if (!(p.due < as_of)) {
                if (!(as_of < p.opens)) ++pending;
                continue;
            }
            if (std::stoi(p.text.substr(0, 4)) >= opt.shape.last_year) {
                std::fprintf(stderr, "oblige_generate: --months %d reaches %d, the target year\n", opt.months,
                             opt.shape.last_year);
                return 2;
            }
            Defect defect = none;
            double u = rng.unit();
            for (int k = late; k < defect_count; ++k) {
                if (u < rate[k]) {
                    defect = static_cast<Defect>(k);
                    break;
                }
                u -= rate[k];
            }
            if ((defect == conflicting || defect == bad_value) && o.covers.empty()) defect = none;
            ++injected[defect];
            if (defect == missing) continue;
            Date submitted = p.due.plus_days(-rng.below(5));
            if (defect == late) {
                const long slack = std::min(15L, days_between(p.due, as_of));
                submitted = p.due.plus_days(1 + rng.below(static_cast<int>(slack)));
                if (as_of < submitted) submitted = as_of;
            }
            const std::string base = p.text + "-" + o.recipient;
            const std::string xml = report_xml(n, o, p, submitted, defect == bad_value, false);
            emit(folder / (base + ".xml"), xml);
            // Copies sort after their original ('~' > '.'), so the original's values are read first.
            if (defect == duplicate) emit(folder / (base + "~dup.xml"), xml);
            if (defect == conflicting)
                emit(folder / (base + "~fix.xml"), report_xml(n, o, p, submitted, false, true));
            if (defect == malformed) {
                // Cut halfway, on a character boundary: a broken upload, still valid UTF-8.
                std::size_t cut = xml.size() / 2;
                while ((static_cast<unsigned char>(xml[cut]) & 0xC0) == 0x80)
                    --cut;
                emit(folder / (base + "~part.xml"), xml.substr(0, cut));
            }
        }
    }

    std::map<std::string, long> expect;
    for (int k = late; k < defect_count; ++k)
        if (injected[k]) expect[finding_codes[k]] = injected[k];
    if (pending) expect["pending-report"] = pending;
    // The plan itself gives due dates inside the half-year they report on (the six-monthly narrative's H2
    // report falls due on 20/12): a plan finding, one per such duty (src/checks/plan/due_dates.md).
    long early = 0;
    for (const DutySpec& d : n.duties)
        if (d.freq == Freq::half_yearly &&
            (d.due_month * 100 + d.due_day < 630 || d.due_month2 * 100 + d.due_day2 < 1231))
            ++early;
    if (early) expect["early-deadline"] = early;

    std::string summary =
        "# written by oblige_generate; expect.CODE = the count `oblige check` must report\n";
    summary += "plan=plan.obl\nreports=reports\nas_of=" + as_of.iso() +
               "\nmonths=" + std::to_string(opt.months) + "\nfiles=" + std::to_string(files) +
               "\nbytes=" + std::to_string(bytes) + "\n";
    summary += "submissions=" +
               std::to_string(injected[none] + injected[late] + injected[missing] + injected[duplicate] +
                              injected[conflicting] + injected[bad_value] + injected[malformed]) +
               "\n";
    for (int k = late; k < defect_count; ++k)
        summary += std::string("injected.") + injected_names[k] + "=" + std::to_string(injected[k]) + "\n";
    summary += "background.pending=" + std::to_string(pending) + "\n";
    for (const auto& [code, count] : expect)
        summary += "expect." + code + "=" + std::to_string(count) + "\n";
    write_file(opt.out / "expected.txt", summary);
    std::printf("%s: %ld report files, %.1f MB, as of %s\n", opt.out.c_str(), files,
                static_cast<double>(bytes) / 1e6, as_of.iso().c_str());
    return 0;
}
