#include "national.hpp"

#include <cstdio>

namespace oblige::bench {

namespace {
std::string two(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}
std::string four(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d", n);
    return buf;
}
std::string province_id(int p) {
    return "T" + two(p);
}
std::string department_id(int p, int k) {
    return province_id(p) + "_S" + two(k);
}
std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items)
        out += (out.empty() ? "" : ", ") + s;
    return out;
}
Date month_end(int year, int month) {
    return Date{year, month, days_in_month(year, month)};
}

std::uint64_t fnv(const std::string& text, std::uint64_t h = 1469598103934665603ull) {
    for (unsigned char c : text)
        h = (h ^ c) * 1099511628211ull;
    return h;
}

// The value every sender reports for an indicator and period: all agree, so only injected conflicts
// disagree (the value ledger compares values across senders).
std::string value_of(const NationalPlan& n, int indicator, const std::string& period, bool altered) {
    const std::uint64_t h = fnv(period, fnv(n.indicator_paths[static_cast<std::size_t>(indicator)]));
    char buf[32];
    if (n.indicator_is_count[static_cast<std::size_t>(indicator)])
        std::snprintf(buf, sizeof buf, "%d", static_cast<int>(h % 5000) + (altered ? 1 : 0));
    else
        std::snprintf(buf, sizeof buf, "%.1f",
                      20.0 + static_cast<double>(h % 800) / 10.0 - (altered ? 0.5 : 0));
    return buf;
}

} // namespace

std::string DutySpec::schedule_text() const {
    switch (freq) {
    case Freq::monthly:
        return "monthly due +" + std::to_string(offset);
    case Freq::quarterly:
        return "quarterly due +" + std::to_string(offset);
    case Freq::half_yearly:
        return "half-yearly due " + std::to_string(due_day) + "/" + std::to_string(due_month) + ", " +
               std::to_string(due_day2) + "/" + std::to_string(due_month2);
    case Freq::yearly:
        return "yearly due " + std::to_string(due_day) + "/" + std::to_string(due_month) + " next";
    }
    return {};
}

std::vector<PeriodSpec> periods_of(const DutySpec& d, int first_year, int last_year) {
    std::vector<PeriodSpec> out;
    for (int y = first_year; y <= last_year; ++y) {
        switch (d.freq) {
        case Freq::monthly:
            for (int m = 1; m <= 12; ++m)
                out.push_back(
                    {std::to_string(y) + "-" + two(m), Date{y, m, 1}, month_end(y, m).plus_days(d.offset)});
            break;
        case Freq::quarterly:
            for (int q = 1; q <= 4; ++q)
                out.push_back({std::to_string(y) + "-Q" + std::to_string(q), Date{y, 3 * q - 2, 1},
                               month_end(y, 3 * q).plus_days(d.offset)});
            break;
        case Freq::half_yearly:
            out.push_back({std::to_string(y) + "-H1", Date{y, 1, 1}, Date{y, d.due_month, d.due_day}});
            out.push_back({std::to_string(y) + "-H2", Date{y, 7, 1}, Date{y, d.due_month2, d.due_day2}});
            break;
        case Freq::yearly:
            out.push_back({std::to_string(y), Date{y, 1, 1}, Date{y + 1, d.due_month, d.due_day}});
            break;
        }
    }
    return out;
}

Date as_of_after(int first_year, int months) {
    return Date{first_year + months / 12, months % 12 + 1, 25};
}

NationalPlan make_plan(const Shape& s) {
    NationalPlan n;
    n.shape = s;
    std::string& t = n.text;
    t.reserve(static_cast<std::size_t>(s.communes) * 120 + (std::size_t(1) << 16));
    t += "# A synthetic national plan written by oblige_generate (tests/bench): " +
         std::to_string(s.provinces) + " provinces, " + std::to_string(s.departments) +
         " departments each, " + std::to_string(s.communes) + " communes.\n\n";
    t += "plan \"" + n.plan_id +
         "\" {\n  title \"Kế hoạch quốc gia tổng hợp (dữ liệu tổng hợp để đo hiệu năng)\"\n";
    t += "  issuer BO\n  period " + std::to_string(s.first_year) + " to " + std::to_string(s.last_year) +
         "\n}\n\n";

    // Indicators: one per department kind (led by the group of that department in every province), and
    // four the communes report (led by the group of all communes).
    const int dept_goals = (s.departments + 9) / 10;
    std::vector<std::string> dept_paths;
    for (int k = 1; k <= s.departments; ++k) {
        dept_paths.push_back("MT" + std::to_string((k - 1) / 10 + 1) + ".CT" +
                             std::to_string((k - 1) % 10 + 1));
        n.indicator_paths.push_back(dept_paths.back());
        n.indicator_is_count.push_back(k % 2 == 0);
    }
    const std::string commune_goal = "MT" + std::to_string(dept_goals + 1);
    std::vector<std::string> commune_paths;
    for (int c = 1; c <= 4; ++c) {
        commune_paths.push_back(commune_goal + ".CT" + std::to_string(c));
        n.indicator_paths.push_back(commune_paths.back());
        n.indicator_is_count.push_back(c % 2 == 0);
    }
    std::vector<int> dept_covers, commune_covers;
    for (int k = 0; k < s.departments; ++k)
        dept_covers.push_back(k);
    for (int c = 0; c < 4; ++c)
        commune_covers.push_back(s.departments + c);
    const std::string year = std::to_string(s.last_year);
    auto indicator = [&](const std::string& id, bool count, const std::string& lead,
                         const std::string& title) {
        t += "  indicator " + id + " \"" + title + "\" { unit " + (count ? "count" : "percent") +
             "  target " + (count ? ">= 100" : ">= 50") + " by " + year + "  lead " + lead + " }\n";
    };
    for (int g = 1; g <= dept_goals; ++g) {
        t += "goal MT" + std::to_string(g) + " \"Mục tiêu " + std::to_string(g) + "\" {\n";
        for (int k = (g - 1) * 10 + 1; k <= std::min(s.departments, g * 10); ++k)
            indicator("CT" + std::to_string((k - 1) % 10 + 1), k % 2 == 0, "S" + two(k),
                      "Chỉ tiêu " + std::to_string((k - 1) % 10 + 1) + " của Mục tiêu " + std::to_string(g));
        t += "}\n";
    }
    t += "goal " + commune_goal + " \"Chỉ tiêu cấp xã\" {\n";
    for (int c = 1; c <= 4; ++c)
        indicator("CT" + std::to_string(c), c % 2 == 0, "XA", "Chỉ tiêu xã " + std::to_string(c));
    t += "}\n\n";

    // Agencies.
    t += "agency BO \"Bộ Lao động - Thương binh và Xã hội\"\n";
    t += "agency UBND_TINH \"Ủy ban nhân dân các tỉnh\" { group }\n";
    t += "agency XA \"Ủy ban nhân dân các xã\" { group }\n";
    for (int k = 1; k <= s.departments; ++k)
        t += "agency S" + two(k) + " \"Sở " + two(k) + " các tỉnh\" { group }\n";
    int commune = 0;
    for (int p = 1; p <= s.provinces; ++p) {
        const std::string P = province_id(p);
        t += "\nagency " + P + "_UBND \"Ủy ban nhân dân tỉnh " + two(p) +
             "\" { under BO  member UBND_TINH }\n";
        for (int k = 1; k <= s.departments; ++k)
            t += "agency " + department_id(p, k) + " \"Sở " + two(k) + " tỉnh " + two(p) + "\" { under " + P +
                 "_UBND  member S" + two(k) + " }\n";
        t += "agency " + P + "_XA \"UBND các xã tỉnh " + two(p) + "\" { group  member XA }\n";
        const int here = s.communes / s.provinces + (p <= s.communes % s.provinces ? 1 : 0);
        for (int c = 0; c < here; ++c, ++commune)
            t += "agency " + P + "_X" + four(c + 1) + " \"UBND xã " + four(c + 1) + " tỉnh " + two(p) +
                 "\" { under " + P + "_UBND  member " + P + "_XA }\n";
    }
    t += "\n";

    // Duties: communes monthly to the first departments; departments quarterly to their province (and a
    // half-yearly narrative from the others); S01 relays the communes' figures to the ministry; the
    // provinces report quarterly and yearly to the ministry.
    const int r = std::min(s.commune_recipients, s.departments);
    commune = 0;
    for (int p = 1; p <= s.provinces; ++p) {
        const std::string P = province_id(p);
        const int here = s.communes / s.provinces + (p <= s.communes % s.provinces ? 1 : 0);
        DutySpec monthly{"Báo cáo tháng xã " + P, {P + "_XA"}, {}, commune_paths, Freq::monthly, 10};
        for (int k = 1; k <= r; ++k)
            monthly.to.push_back(department_id(p, k));
        n.duties.push_back(monthly);
        for (int c = 0; c < here; ++c)
            for (int k = 1; k <= r; ++k)
                n.obligations.push_back({n.duties.size() - 1, P + "_X" + four(c + 1), department_id(p, k), p,
                                         P + "/X" + four(c + 1), commune_covers});

        DutySpec quarterly{"Báo cáo quý sở " + P, {}, {P + "_UBND"}, {"own"}, Freq::quarterly, 15};
        for (int k = 1; k <= s.departments; ++k) {
            quarterly.from.push_back(department_id(p, k));
            n.obligations.push_back(
                {n.duties.size(), department_id(p, k), P + "_UBND", p, P + "/S" + two(k), {k - 1}});
        }
        n.duties.push_back(quarterly);

        if (r < s.departments) {
            DutySpec narrative{"Báo cáo 6 tháng sở " + P, {}, {P + "_UBND"}, {}, Freq::half_yearly};
            narrative.due_day = 20, narrative.due_month = 7, narrative.due_day2 = 20,
            narrative.due_month2 = 12;
            for (int k = r + 1; k <= s.departments; ++k) {
                narrative.from.push_back(department_id(p, k));
                n.obligations.push_back(
                    {n.duties.size(), department_id(p, k), P + "_UBND", p, P + "/S" + two(k), {}});
            }
            n.duties.push_back(narrative);
        }
    }
    DutySpec relay{"Báo cáo quý tổng hợp xã", {"S01"}, {"BO"}, commune_paths, Freq::quarterly, 20};
    n.duties.push_back(relay);
    for (int p = 1; p <= s.provinces; ++p)
        n.obligations.push_back(
            {n.duties.size() - 1, department_id(p, 1), "BO", p, province_id(p) + "/S01", commune_covers});
    DutySpec province_q{"Báo cáo quý tỉnh", {"UBND_TINH"}, {"BO"}, dept_paths, Freq::quarterly, 30};
    n.duties.push_back(province_q);
    for (int p = 1; p <= s.provinces; ++p)
        n.obligations.push_back(
            {n.duties.size() - 1, province_id(p) + "_UBND", "BO", p, province_id(p) + "/UBND", dept_covers});
    DutySpec province_y{"Báo cáo năm tỉnh", {"UBND_TINH"}, {"BO"}, dept_paths, Freq::yearly};
    province_y.due_day = 15, province_y.due_month = 2;
    n.duties.push_back(province_y);
    for (int p = 1; p <= s.provinces; ++p)
        n.obligations.push_back(
            {n.duties.size() - 1, province_id(p) + "_UBND", "BO", p, province_id(p) + "/UBND", dept_covers});

    for (const DutySpec& d : n.duties) {
        t += "duty \"" + d.name + "\" {\n  from " + joined(d.from) + "\n  to " + joined(d.to) +
             "\n  covers " + (d.covers.empty() ? std::string("narrative") : joined(d.covers)) + "\n  " +
             d.schedule_text() + "\n}\n";
    }
    return n;
}

std::string report_xml(const NationalPlan& n, const Obligation& o, const PeriodSpec& p, const Date& submitted,
                       bool decimal_comma, bool altered) {
    std::string x;
    x.reserve(1024);
    x += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<report plan=\"" + n.plan_id + "\" from=\"" + o.sender +
         "\" to=\"" + o.recipient + "\" period=\"" + p.text + "\" submitted=\"" + submitted.iso() + "\">\n";
    for (std::size_t i = 0; i < o.covers.size(); ++i) {
        std::string v = value_of(n, o.covers[i], p.text, altered && i == 0);
        if (decimal_comma && i == 0) {
            // A Vietnamese-formatted number: `57,3` or `1234,5`, never guessed.
            const std::size_t dot = v.find('.');
            v = dot == std::string::npos ? v + ",5" : v.replace(dot, 1, ",");
        }
        x += "  <value indicator=\"" + n.indicator_paths[static_cast<std::size_t>(o.covers[i])] + "\">" + v +
             "</value>\n";
    }
    x += "  <note>Báo cáo kỳ " + p.text + " của " + o.sender + " gửi " + o.recipient +
         ": tình hình thực hiện các chỉ tiêu bình đẳng giới, những khó khăn, vướng mắc và kiến nghị, đề "
         "xuất trong kỳ tới.</note>\n</report>\n";
    return x;
}

} // namespace oblige::bench
