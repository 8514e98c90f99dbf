#include "base/catalogue.hpp"

#include <map>

namespace oblige {

bool parse_lang(std::string_view text, Lang& out) {
    if (text == "en")
        out = Lang::en;
    else if (text == "vi")
        out = Lang::vi;
    else
        return false;
    return true;
}

const std::vector<CodeInfo>& all_codes() {
    using S = Severity;
    using F = Family;
    static const std::vector<CodeInfo> codes = {
        {"syntax", S::error, F::plan, "the file cannot be parsed"},
        {"unknown-ref", S::error, F::plan, "a name refers to nothing declared"},
        {"duplicate-decl", S::error, F::plan, "the same id declared twice in one scope"},
        {"bad-import", S::error, F::plan,
         "an import cannot be read, escapes the rules root, or forms a cycle"},
        {"bad-date", S::error, F::plan, "a date, day-month or year that does not exist"},
        {"no-lead", S::error, F::plan, "an indicator (leaf or its ancestors) has no lead"},
        {"many-leads", S::warning, F::plan, "an indicator has more than one lead"},
        {"lead-and-support", S::warning, F::plan, "one agency is both lead and support of one indicator"},
        {"unreported", S::error, F::plan, "no duty covers the indicator: nobody is obliged to report it"},
        {"many-reporters", S::warning, F::plan,
         "several senders are obliged to report the same indicator to the same recipient"},
        {"reporter-not-lead", S::note, F::plan,
         "a duty makes an agency report an indicator it neither leads nor receives through another duty"},
        {"no-deadline", S::warning, F::plan, "a duty has no due date"},
        {"chain-broken", S::warning, F::plan, "reports from a sender can never reach the plan issuer"},
        {"chain-cycle", S::error, F::plan, "duties form a cycle of senders"},
        {"deadline-order", S::error, F::plan,
         "a report is due to a recipient after the day that recipient must itself report onward"},
        {"dissolved-agency", S::error, F::plan,
         "a duty sends to, or is carried by, an agency that has ceased to exist before the due date"},
        {"unused-agency", S::note, F::plan, "a declared agency has no role"},
        {"target-outside-period", S::warning, F::plan, "a target year lies outside the plan period"},
        {"bad-target", S::error, F::plan, "a target impossible for its unit"},
        {"no-target", S::note, F::plan, "a leaf indicator has no target"},
        {"xml-malformed", S::error, F::report, "not well-formed XML"},
        {"report-invalid", S::error, F::report, "a required attribute missing or malformed"},
        {"report-unknown", S::error, F::report,
         "names a plan, agency or indicator that the plan does not declare"},
        {"unexpected-report", S::warning, F::report,
         "no duty expects this sender to recipient report for this period"},
        {"missing-report", S::error, F::report, "the due date plus grace has passed and nothing arrived"},
        {"late-report", S::warning, F::report, "arrived after the due date plus grace"},
        {"pending-report", S::note, F::report, "not yet due and not yet received"},
        {"future-date", S::error, F::report, "submitted after --as-of"},
        {"missing-value", S::error, F::report,
         "the duty covers an indicator and the report carries no value"},
        {"unavailable-value", S::note, F::report, "a value declared status=\"unavailable\""},
        {"bad-value", S::error, F::report, "a value that does not parse for its unit, or out of range"},
        {"extra-value", S::warning, F::report, "a value for an indicator the duty does not cover"},
        {"duplicate-report", S::warning, F::report, "the same report received twice with identical values"},
        {"conflicting-values", S::error, F::report, "two values for one indicator and period disagree"},
        {"target-missed", S::warning, F::report, "a value in a target year fails the target"},
        {"target-met", S::note, F::report, "a value in a target year meets the target"},
        {"dissolved-sender", S::warning, F::report, "a report from an agency after it ceased to exist"},
        {"unknown-markup", S::warning, F::report,
         "an element or attribute the report format does not define"},
        {"unreadable-input", S::error, F::report, "a report path that cannot be read"},
    };
    return codes;
}

const CodeInfo* find_code(std::string_view code) {
    for (const auto& info : all_codes())
        if (info.code == code) return &info;
    return nullptr;
}

Severity code_severity(std::string_view code) {
    const CodeInfo* info = find_code(code);
    return info ? info->severity : Severity::error;
}

namespace {
struct Templates {
    const char* en;
    const char* vi;
};

// Placeholders: see each check for the args it sets. Every entry has both languages, with the same
// placeholders (catalogue_test.cpp); Vietnamese uses the plans' own words: chủ trì, phối hợp, chỉ tiêu,
// mục tiêu, báo cáo, hạn, cơ quan, kế hoạch.
const std::map<std::string_view, Templates>& templates() {
    static const std::map<std::string_view, Templates> table = {
        {"syntax", {"{detail}", "{detail}"}},
        {"unknown-ref", {"unknown {kind} '{name}'", "{kind} '{name}' chưa được khai báo"}},
        {"unknown-ref.suggest",
         {"unknown {kind} '{name}'; did you mean '{suggestion}'?",
          "{kind} '{name}' chưa được khai báo; có phải là '{suggestion}'?"}},
        {"duplicate-decl", {"{kind} '{name}' is declared twice", "{kind} '{name}' được khai báo hai lần"}},
        {"bad-import", {"{detail}", "{detail}"}},
        {"bad-date", {"{detail}", "{detail}"}},
        {"no-lead",
         {"indicator {indicator} has no lead agency", "Chỉ tiêu {indicator} không có cơ quan chủ trì"}},
        {"many-leads",
         {"indicator {indicator} has {count} leads: {agencies}",
          "Chỉ tiêu {indicator} có {count} cơ quan chủ trì: {agencies}"}},
        {"lead-and-support",
         {"{agency} is both lead and support of indicator {indicator}",
          "{agency} vừa chủ trì vừa phối hợp thực hiện chỉ tiêu {indicator}"}},
        {"unreported",
         {"no duty covers indicator {indicator}: nobody is obliged to report it",
          "Không nhiệm vụ báo cáo nào bao gồm chỉ tiêu {indicator}: không cơ quan nào có trách nhiệm báo "
          "cáo"}},
        {"many-reporters",
         {"indicator {indicator} is reported to {recipient} by {count} senders: {agencies}",
          "Chỉ tiêu {indicator} được {count} cơ quan báo cáo cho {recipient}: {agencies}"}},
        {"reporter-not-lead",
         {"duty '{duty}' makes {agency} report {indicator}, which it neither leads nor receives",
          "Nhiệm vụ '{duty}' yêu cầu {agency} báo cáo chỉ tiêu {indicator}, dù cơ quan này không chủ trì và "
          "không nhận báo cáo về chỉ tiêu đó"}},
        {"no-deadline", {"duty '{duty}' has no due date", "Nhiệm vụ '{duty}' không có hạn báo cáo"}},
        {"chain-broken",
         {"reports from {agency} never reach the issuer {issuer}",
          "Báo cáo của {agency} không đến được cơ quan ban hành {issuer}"}},
        {"chain-cycle",
         {"duties form a cycle of senders: {cycle}", "Các nhiệm vụ báo cáo tạo thành vòng lặp: {cycle}"}},
        {"deadline-order",
         {"{agency} reports to {recipient} by {due} for {period}, but {recipient} must report onward by "
          "{onward_due}",
          "{agency} báo cáo cho {recipient} hạn {due} kỳ {period}, nhưng {recipient} phải báo cáo lên cấp "
          "trên trước {onward_due}"}},
        {"dissolved-agency",
         {"duty '{duty}' names {agency}, which existed only until {until}, before the report due {due}",
          "Nhiệm vụ '{duty}' giao cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trước hạn báo cáo "
          "{due}"}},
        {"dissolved-agency.to",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, before the report due {due}; "
          "no successor is named",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trước hạn "
          "báo cáo {due}; không có cơ quan kế thừa"}},
        {"dissolved-agency.to-successor",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, before the report due {due}; "
          "its duties passed to {successor} ({successor_name})",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trước hạn "
          "báo cáo {due}; nhiệm vụ đã chuyển cho {successor} ({successor_name})"}},
        {"dissolved-agency.from",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, before the report due "
          "{due}; no successor is named",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trước hạn "
          "báo cáo {due}; không có cơ quan kế thừa"}},
        {"dissolved-agency.from-successor",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, before the report due "
          "{due}; its duties passed to {successor} ({successor_name})",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trước hạn "
          "báo cáo {due}; nhiệm vụ đã chuyển cho {successor} ({successor_name})"}},
        {"unused-agency",
         {"agency {agency} has no role in any plan", "Cơ quan {agency} không có vai trò trong kế hoạch nào"}},
        {"target-outside-period",
         {"target year {year} of {indicator} lies outside the plan period {first}-{last}",
          "Năm mục tiêu {year} của chỉ tiêu {indicator} nằm ngoài giai đoạn kế hoạch {first}-{last}"}},
        {"bad-target",
         {"target {target} of {indicator} is impossible for unit {unit}",
          "Mục tiêu {target} của chỉ tiêu {indicator} không hợp lệ với đơn vị tính {unit}"}},
        {"no-target", {"indicator {indicator} has no target", "Chỉ tiêu {indicator} chưa có mục tiêu"}},
        {"xml-malformed", {"malformed XML: {detail}", "XML sai cú pháp: {detail}"}},
        {"report-invalid", {"{detail}", "{detail}"}},
        {"report-unknown", {"unknown {kind} '{name}'", "{kind} '{name}' không có trong kế hoạch"}},
        {"report-unknown.suggest",
         {"unknown {kind} '{name}'; did you mean '{suggestion}'?",
          "{kind} '{name}' không có trong kế hoạch; có phải là '{suggestion}'?"}},
        {"unexpected-report",
         {"no duty expects a report from {agency} to {recipient} for {period}",
          "Không nhiệm vụ nào yêu cầu {agency} báo cáo cho {recipient} kỳ {period}"}},
        {"missing-report",
         {"{agency} has not sent '{duty}' for {period} to {recipient}, due {due}",
          "{agency} chưa gửi '{duty}' kỳ {period} cho {recipient}, hạn {due}"}},
        {"late-report",
         {"{agency} sent '{duty}' for {period} {days} day(s) late (due {due}, sent {submitted})",
          "{agency} gửi '{duty}' kỳ {period} chậm {days} ngày (hạn {due}, gửi ngày {submitted})"}},
        {"pending-report",
         {"'{duty}' for {period} from {agency} to {recipient} is due {due}",
          "'{duty}' kỳ {period} của {agency} gửi {recipient} chưa đến hạn (hạn {due})"}},
        {"future-date",
         {"submitted {submitted}, after the as-of date {as_of}",
          "Ngày gửi {submitted} sau ngày đối chiếu {as_of}"}},
        {"missing-value", {"no value for {indicator}", "Thiếu số liệu chỉ tiêu {indicator}"}},
        {"unavailable-value",
         {"value for {indicator} declared unavailable{reason}",
          "Số liệu chỉ tiêu {indicator} được báo là chưa có{reason}"}},
        {"bad-value",
         {"value '{value}' for {indicator} is not a valid {unit}{hint}",
          "Giá trị '{value}' của chỉ tiêu {indicator} không phải là {unit} hợp lệ{hint}"}},
        {"extra-value",
         {"value for {indicator}, which duty '{duty}' does not cover",
          "Có số liệu chỉ tiêu {indicator}, nhưng nhiệm vụ '{duty}' không bao gồm chỉ tiêu này"}},
        {"duplicate-report",
         {"the same report from {agency} to {recipient} for {period} was received twice",
          "Báo cáo của {agency} gửi {recipient} kỳ {period} được nhận hai lần"}},
        {"conflicting-values",
         {"{indicator} for {period}: {value} here, {other_value} {other}",
          "Chỉ tiêu {indicator} kỳ {period}: {value} ở đây, {other_value} {other}"}},
        {"target-missed",
         {"{indicator} = {value} in {year} misses the target {target}",
          "Chỉ tiêu {indicator} = {value} năm {year} không đạt mục tiêu {target}"}},
        {"target-met",
         {"{indicator} = {value} in {year} meets the target {target}",
          "Chỉ tiêu {indicator} = {value} năm {year} đạt mục tiêu {target}"}},
        {"dissolved-sender",
         {"{agency} existed only until {until} but reported on {submitted}",
          "{agency} chỉ tồn tại đến hết ngày {until} nhưng vẫn báo cáo ngày {submitted}"}},
        {"dissolved-sender.successor",
         {"{agency} existed only until {until} but reported on {submitted}; its duties passed to {successor}",
          "{agency} chỉ tồn tại đến hết ngày {until} nhưng vẫn báo cáo ngày {submitted}; nhiệm vụ đã chuyển "
          "cho {successor}"}},
        // The sorts of things a `{kind}` argument names, in each language.
        {"term.agency", {"agency", "cơ quan"}},
        {"term.indicator", {"indicator", "chỉ tiêu"}},
        {"term.goal", {"goal", "mục tiêu"}},
        {"term.duty", {"duty", "nhiệm vụ báo cáo"}},
        {"term.plan", {"plan", "kế hoạch"}},
        {"term.unit", {"unit", "đơn vị tính"}},
        {"term.element", {"element", "thẻ"}},
        {"term.attribute", {"attribute", "thuộc tính"}},
        {"unknown-markup", {"unknown {kind} '{name}' ignored", "Bỏ qua {kind} không xác định '{name}'"}},
        {"unreadable-input", {"{detail}", "{detail}"}},
        // Notes that point at other places involved in a finding.
        {"note.lead-given-here", {"{agency} is made lead here", "{agency} được giao chủ trì tại đây"}},
        {"note.support-given-here", {"{agency} is made support here", "{agency} được giao phối hợp tại đây"}},
        {"note.declared-here", {"first declared here", "khai báo lần đầu tại đây"}},
        {"note.reporter-duty",
         {"duty '{duty}' obliges {agency} to report it",
          "nhiệm vụ '{duty}' giao {agency} báo cáo chỉ tiêu này"}},
        {"note.onward-duty",
         {"the onward duty '{duty}' is here", "nhiệm vụ báo cáo lên cấp trên '{duty}' ở đây"}},
        {"note.other-report", {"the other report is here", "báo cáo kia ở đây"}},
        {"note.agency-declared", {"{agency} is declared here", "{agency} được khai báo tại đây"}},
        // --- output headings (src/output): headings and labels of the text and HTML outputs. ---
        {"heading.file", {"File {file}", "Tệp {file}"}},
        {"heading.no-file", {"Not tied to a file", "Không gắn với tệp nào"}},
        {"heading.agency", {"Agency {agency}: {name}", "Cơ quan {agency}: {name}"}},
        {"heading.agency-unknown", {"Agency {agency}", "Cơ quan {agency}"}},
        {"heading.figures", {"Reporting figures for plan {plan}", "Số liệu báo cáo của kế hoạch {plan}"}},
        {"heading.figures-as-of",
         {"Reporting figures for plan {plan}, as of {as_of}",
          "Số liệu báo cáo của kế hoạch {plan}, tính đến ngày {as_of}"}},
        {"heading.summary", {"Summary", "Tóm tắt"}},
        {"heading.findings", {"Findings", "Kết quả kiểm tra"}},
        {"label.plan-text", {"plan text", "văn bản kế hoạch"}},
        {"label.agency", {"agency", "cơ quan"}},
        {"label.expected", {"expected", "phải nộp"}},
        {"label.actual", {"actual", "đã nộp"}},
        {"label.on-time", {"on time", "đúng hạn"}},
        {"label.reporting-rate", {"reporting rate", "tỷ lệ nộp"}},
        {"label.on-time-rate", {"on-time rate", "tỷ lệ đúng hạn"}},
        {"label.rolled-up", {"{agency} and those under it", "{agency} và các đơn vị trực thuộc"}},
        {"label.plan-total", {"plan total", "toàn kế hoạch"}},
        {"label.no-findings", {"no findings", "không có vấn đề"}},
        {"label.plan-roles", {"roles in the plan", "vai trò trong kế hoạch"}},
        {"summary.findings",
         {"{findings} findings: {errors} errors, {warnings} warnings, {notes} notes",
          "{findings} vấn đề: {errors} lỗi, {warnings} cảnh báo, {notes} ghi chú"}},
        // The HTML page (src/output/html_*.cpp).
        {"heading.html-check", {"Plan compliance report", "Báo cáo kiểm tra việc thực hiện kế hoạch"}},
        {"heading.html-lint", {"Plan review", "Rà soát kế hoạch"}},
        {"heading.plan", {"Plan {plan}", "Kế hoạch {plan}"}},
        {"heading.submissions", {"Reports due", "Báo cáo phải nộp"}},
        {"heading.by-code", {"Findings by code", "Số vấn đề theo mã"}},
        {"heading.scorecard", {"Agency scorecard", "Bảng theo dõi các cơ quan"}},
        {"heading.matrix",
         {"Ownership matrix: indicators and agencies", "Ma trận phân công: chỉ tiêu và cơ quan"}},
        {"heading.graph",
         {"Responsibility graph: who reports to whom",
          "Sơ đồ trách nhiệm: cơ quan nào báo cáo cho cơ quan nào"}},
        {"label.plan", {"plan", "kế hoạch"}},
        {"label.as-of", {"as of", "tính đến ngày"}},
        {"label.report-files", {"report files read", "số tệp báo cáo đã đọc"}},
        {"label.late", {"late", "nộp chậm"}},
        {"label.missing", {"missing", "chưa nộp (quá hạn)"}},
        {"label.pending", {"not yet due", "chưa đến hạn"}},
        {"label.worst-delay", {"worst delay", "chậm nhất"}},
        {"label.days-late", {"{days} day(s) late", "chậm {days} ngày"}},
        {"label.value-errors", {"value errors", "lỗi số liệu"}},
        {"label.severity", {"severity", "mức độ"}},
        {"label.severity-error", {"errors", "lỗi"}},
        {"label.severity-warning", {"warnings", "cảnh báo"}},
        {"label.severity-note", {"notes", "ghi chú"}},
        {"label.code", {"code", "mã"}},
        {"severity.error", {"error", "lỗi"}},
        {"severity.warning", {"warning", "cảnh báo"}},
        {"severity.note", {"note", "ghi chú"}},
        {"label.all", {"all", "tất cả"}},
        {"label.subject", {"concerns", "đối tượng"}},
        {"label.location", {"where", "vị trí"}},
        {"label.message", {"message", "nội dung"}},
        {"label.sort-hint",
         {"Click a column heading to sort the table.", "Bấm vào tiêu đề cột để sắp xếp bảng."}},
        {"label.nothing-expected", {"No report was expected.", "Không có báo cáo nào phải nộp."}},
        {"label.indicator", {"indicator", "chỉ tiêu"}},
        {"label.flag-no-lead", {"no lead", "không có cơ quan chủ trì"}},
        {"label.flag-unreported", {"nobody reports it", "không cơ quan nào báo cáo"}},
        {"label.flag-many-leads", {"several leads", "nhiều cơ quan chủ trì"}},
        {"label.flag-lead-and-support", {"lead and support", "vừa chủ trì vừa phối hợp"}},
        {"label.flag-many-reporters", {"several reporters", "nhiều cơ quan báo cáo"}},
        {"mark.lead", {"L", "C"}},
        {"mark.support", {"S", "P"}},
        {"mark.reports", {"R", "B"}},
        {"label.role-lead", {"lead", "chủ trì"}},
        {"label.role-support", {"support", "phối hợp"}},
        {"label.role-reports", {"reports", "báo cáo"}},
        {"label.role-reports-long",
         {"reports: a duty obliges the agency to report it",
          "báo cáo: cơ quan có nhiệm vụ báo cáo chỉ tiêu này"}},
        {"label.legend-inherited",
         {"in italics: taken from the parent indicator", "chữ nghiêng: kế thừa từ chỉ tiêu cha"}},
        {"label.legend-gap",
         {"gap: no lead, or nobody reports it",
          "thiếu: không có cơ quan chủ trì hoặc không cơ quan nào báo cáo"}},
        {"label.legend-duplicate",
         {"duplicate: several leads or reporters, or lead and support at once",
          "trùng lặp: nhiều cơ quan chủ trì hoặc báo cáo, hoặc vừa chủ trì vừa phối hợp"}},
        {"label.graph-reading",
         {"Each arrow is a report a duty requires, from the sender up to its recipient; the issuer is at the "
          "top.",
          "Mỗi mũi tên là một báo cáo theo nhiệm vụ, từ cơ quan gửi lên cơ quan nhận; cơ quan ban hành kế "
          "hoạch ở trên cùng."}},
        {"label.graph-limited",
         {"This plan's graph has {count} agencies; only the {shown} nearest the issuer are drawn. `oblige "
          "graph` writes the whole graph.",
          "Sơ đồ của kế hoạch này có {count} cơ quan; chỉ vẽ {shown} cơ quan gần cơ quan ban hành nhất. Lệnh "
          "`oblige graph` xuất toàn bộ sơ đồ."}},
        {"label.graph-empty",
         {"No duty of this plan names a sender.", "Kế hoạch này không có nhiệm vụ báo cáo nào."}},
        {"label.reports-to",
         {"{agency} reports to {recipient}: {duties}", "{agency} báo cáo cho {recipient}: {duties}"}},
        {"label.issuer", {"issuer of the plan", "cơ quan ban hành kế hoạch"}},
        {"label.graph-missing", {"has missing reports", "có báo cáo quá hạn chưa nộp"}},
        {"label.graph-chain", {"in a broken chain or a cycle", "chuỗi báo cáo bị đứt hoặc vòng lặp"}},
        {"label.graph-dissolved", {"dissolved", "đã chấm dứt hoạt động"}},
        // --- the run history (src/history, `check --history`, `oblige history`) ---
        {"history.heading", {"Run history", "Lịch sử các lần kiểm tra"}},
        {"history.heading-agency", {"Run history of {agency}", "Lịch sử kiểm tra của {agency}"}},
        {"history.runs", {"Runs", "Các lần kiểm tra"}},
        {"history.empty", {"No run on record.", "Chưa có lần kiểm tra nào được ghi lại."}},
        {"history.none", {"None.", "Không có."}},
        {"history.col-run", {"run", "lần"}},
        {"history.col-as-of", {"as of", "tính đến ngày"}},
        {"history.col-started", {"started", "thời điểm chạy"}},
        {"history.col-findings", {"findings", "vấn đề"}},
        {"history.col-new", {"new", "mới"}},
        {"history.col-resolved", {"resolved", "đã khắc phục"}},
        {"history.col-persisting", {"persisting", "còn tồn tại"}},
        {"history.col-plans", {"plans", "kế hoạch"}},
        {"history.col-agency", {"agency", "cơ quan"}},
        {"history.col-duty", {"duty", "nhiệm vụ"}},
        {"history.col-period", {"period", "kỳ"}},
        {"history.col-periods", {"periods", "các kỳ"}},
        {"history.col-expected", {"expected", "phải nộp"}},
        {"history.col-actual", {"received", "đã nộp"}},
        {"history.col-on-time", {"on time", "đúng hạn"}},
        {"history.col-reporting-rate", {"reporting rate", "tỷ lệ nộp"}},
        {"history.col-on-time-rate", {"on-time rate", "tỷ lệ đúng hạn"}},
        {"history.col-code", {"code", "mã"}},
        {"history.col-location", {"where", "vị trí"}},
        {"history.col-message", {"finding", "vấn đề"}},
        {"history.col-first-seen", {"first seen", "phát hiện lần đầu"}},
        {"history.trend",
         {"Reporting by agency over the periods", "Tình hình báo cáo của từng cơ quan qua các kỳ"}},
        {"history.trend-svg",
         {"On-time rate of {agency} by period", "Tỷ lệ nộp đúng hạn của {agency} theo kỳ"}},
        {"history.chronic",
         {"Chronic lateness: late or missing in three or more consecutive periods of one duty",
          "Chậm nộp kéo dài: nộp muộn hoặc không nộp từ ba kỳ liên tiếp trở lên của cùng một nhiệm vụ"}},
        {"history.chronic-line",
         {"{agency}, duty '{duty}' of plan {plan}: {count} periods in a row ({periods})",
          "{agency}, nhiệm vụ '{duty}' của kế hoạch {plan}: {count} kỳ liên tiếp ({periods})"}},
        {"history.open", {"Findings open longest", "Các vấn đề tồn tại lâu nhất"}},
        {"history.first-seen",
         {"first seen in run {run} (as of {as_of})",
          "phát hiện lần đầu ở lần kiểm tra {run} (tính đến ngày {as_of})"}},
        {"history.new-heading", {"New since the last run", "Mới so với lần kiểm tra trước"}},
        {"history.new-count",
         {"{count} of the {total} findings shown are new since the last run of these plans.",
          "{count} trong số {total} vấn đề hiển thị là mới so với lần kiểm tra trước của các kế hoạch này."}},
        {"history.first-run",
         {"The first run on record for these plans: every finding is new.",
          "Lần kiểm tra đầu tiên được ghi lại cho các kế hoạch này: mọi vấn đề đều mới."}},
        // --- end of output headings ---
    };
    return table;
}
} // namespace

const char* message_template(std::string_view id, Lang lang) {
    auto it = templates().find(id);
    if (it == templates().end()) return nullptr;
    return lang == Lang::vi ? it->second.vi : it->second.en;
}

std::string fill_template(std::string_view templ, const MessageArgs& args) {
    std::string out;
    out.reserve(templ.size() + 32);
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i] == '{') {
            const std::size_t close = templ.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = templ.substr(i + 1, close - i - 1);
                for (const auto& [key, value] : args)
                    if (key == name) {
                        out += value;
                        break;
                    }
                i = close;
                continue;
            }
        }
        out += templ[i];
    }
    return out;
}

namespace {
std::string render_id(std::string_view id, const MessageArgs& args, Lang lang) {
    const char* templ = message_template(id, lang);
    if (!templ) templ = message_template(id, Lang::en);
    if (!templ) return std::string(id);
    // A `kind` names a sort of thing ("agency", "indicator"): it is said in the message's language.
    for (const auto& [key, value] : args)
        if (key == "kind" && message_template("term." + value, lang)) {
            MessageArgs translated = args;
            for (auto& [k, v] : translated)
                if (k == "kind") v = message_template("term." + v, lang);
            return fill_template(templ, translated);
        }
    return fill_template(templ, args);
}
} // namespace

std::string render_message(const Finding& finding, Lang lang) {
    if (!finding.variant.empty()) {
        const std::string id = finding.code + "." + finding.variant;
        if (message_template(id, Lang::en)) return render_id(id, finding.args, lang);
    }
    return render_id(finding.code, finding.args, lang);
}

std::string render_related(const Related& related, Lang lang) {
    return render_id(related.message_id, related.args, lang);
}

std::string text_of(std::string_view id, Lang lang) {
    return render_id(id, {}, lang);
}

} // namespace oblige
