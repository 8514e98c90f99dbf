#include "base/catalogue.hpp"

#include "base/choice.hpp"

#include <map>

namespace oblige {

bool parse_lang(std::string_view text, Lang& out) {
    return parse_choice(text, {{"en", Lang::en}, {"vi", Lang::vi}}, out);
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
         "a duty sends to, or is carried by, an agency that has ceased to exist before the due date; roles "
         "held by, or a plan issued by, an agency that ceases before the plan period ends"},
        {"no-recipient", S::warning, F::plan, "a duty whose text names no recipient (to unnamed)"},
        {"impossible-deadline", S::error, F::plan,
         "a due date before the period it reports on begins, or before the plan was issued"},
        {"early-deadline", S::note, F::plan,
         "a due date before the period it reports on ends: its figures can only be estimates"},
        {"deadline-after-period", S::warning, F::plan,
         "a due date more than a year after the plan period ends"},
        {"unused-agency", S::note, F::plan, "a declared agency has no role"},
        {"target-outside-period", S::warning, F::plan, "a target year lies outside the plan period"},
        {"bad-target", S::error, F::plan, "a target impossible for its unit"},
        {"no-target", S::note, F::plan, "a leaf indicator has no target"},
        {"uncited-source", S::note, F::plan,
         "a plan file's source does not open with the id of the plan, of a plan it imports, or of the "
         "document a library it imports states"},
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
        {"target-not-judged", S::note, F::report,
         "a target year's only values of an indicator are shares of a divided lead: no value is the "
         "indicator's"},
        {"corrected-report", S::note, F::report,
         "a later submission replaced an earlier one for the same sender, recipient, duty and period"},
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
        // The text divides the indicator's work between the leads by qualifiers (`lead A "…"`).
        {"many-leads.divided",
         {"indicator {indicator} is divided between {count} leads: {agencies}",
          "Chỉ tiêu {indicator} được chia cho {count} cơ quan chủ trì: {agencies}"}},
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
         {"{agency} reports to {recipient} for {period} due {due}, but {recipient} must report onward due "
          "{onward_due}",
          "{agency} báo cáo cho {recipient} kỳ {period} hạn {due}, nhưng {recipient} phải báo cáo lên cấp "
          "trên hạn {onward_due}"}},
        {"deadline-order.grace",
         {"{agency} reports to {recipient} for {period} due {due}, on time with its grace until {last_day}, "
          "but {recipient} must report onward due {onward_due}, on time with its grace until "
          "{onward_last_day}",
          "{agency} báo cáo cho {recipient} kỳ {period} hạn {due}, tính cả thời gian gia hạn là đến hết ngày "
          "{last_day}, nhưng {recipient} phải báo cáo lên cấp trên hạn {onward_due}, tính cả thời gian gia "
          "hạn là đến hết ngày {onward_last_day}"}},
        {"dissolved-agency",
         {"duty '{duty}' names {agency}, which existed only until {until}, while the report is due {due}",
          "Nhiệm vụ '{duty}' giao cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi hạn nộp "
          "báo cáo là "
          "{due}"}},
        {"dissolved-agency.to",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, while the report is due {due}; "
          "no successor is named",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi "
          "hạn nộp "
          "báo cáo là {due}; không có cơ quan kế thừa"}},
        {"dissolved-agency.to-successor",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, while the report is due {due}; "
          "its duties passed to {successor} ({successor_name})",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi "
          "hạn nộp "
          "báo cáo là {due}; nhiệm vụ đã chuyển cho {successor} ({successor_name})"}},
        {"dissolved-agency.to-successor-uncertain",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, while the report is due {due}; "
          "its duties probably passed to {successor} ({successor_name}), which the sources do not confirm",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi "
          "hạn nộp "
          "báo cáo là {due}; nhiệm vụ có thể đã chuyển cho {successor} ({successor_name}), nguồn chưa xác "
          "nhận"}},
        {"dissolved-agency.from",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, while the report is due "
          "{due}; no successor is named",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi hạn "
          "nộp "
          "báo cáo là {due}; không có cơ quan kế thừa"}},
        {"dissolved-agency.from-successor",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, while the report is due "
          "{due}; its duties passed to {successor} ({successor_name})",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi hạn "
          "nộp "
          "báo cáo là {due}; nhiệm vụ đã chuyển cho {successor} ({successor_name})"}},
        {"dissolved-agency.to-undated",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, before the period {period} "
          "ends "
          "(the plan gives no due date); no successor is named",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trước khi "
          "kỳ {period} kết thúc (kế hoạch không nêu hạn báo cáo); không có cơ quan kế thừa"}},
        {"dissolved-agency.to-successor-undated",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, before the period {period} "
          "ends "
          "(the plan gives no due date); its duties passed to {successor} ({successor_name})",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trước khi "
          "kỳ {period} kết thúc (kế hoạch không nêu hạn báo cáo); nhiệm vụ đã chuyển cho {successor} "
          "({successor_name})"}},
        {"dissolved-agency.from-undated",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, before the period "
          "{period} "
          "ends (the plan gives no due date); no successor is named",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trước khi kỳ "
          "{period} kết thúc (kế hoạch không nêu hạn báo cáo); không có cơ quan kế thừa"}},
        {"dissolved-agency.from-successor-undated",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, before the period "
          "{period} "
          "ends (the plan gives no due date); its duties passed to {successor} ({successor_name})",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trước khi kỳ "
          "{period} kết thúc (kế hoạch không nêu hạn báo cáo); nhiệm vụ đã chuyển cho {successor} "
          "({successor_name})"}},
        {"dissolved-agency.from-successor-uncertain",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, while the report is due "
          "{due}; its duties probably passed to {successor} ({successor_name}), which the sources do not "
          "confirm",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi hạn "
          "nộp "
          "báo cáo là {due}; nhiệm vụ có thể đã chuyển cho {successor} ({successor_name}), nguồn chưa xác "
          "nhận"}},
        {"dissolved-agency.to-successor-uncertain-undated",
         {"duty '{duty}' sends to {agency}, which existed only until {until}, before the period {period} "
          "ends (the plan gives no due date); its duties probably passed to {successor} ({successor_name}), "
          "which the sources do not confirm",
          "Nhiệm vụ '{duty}' gửi báo cáo cho {agency}, cơ quan chỉ tồn tại đến hết ngày {until}, trước khi "
          "kỳ {period} kết thúc (kế hoạch không nêu hạn báo cáo); nhiệm vụ có thể đã chuyển cho {successor} "
          "({successor_name}), nguồn chưa xác nhận"}},
        {"dissolved-agency.from-successor-uncertain-undated",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, before the period "
          "{period} ends (the plan gives no due date); its duties probably passed to {successor} "
          "({successor_name}), which the sources do not confirm",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trước khi kỳ "
          "{period} kết thúc (kế hoạch không nêu hạn báo cáo); nhiệm vụ có thể đã chuyển cho {successor} "
          "({successor_name}), nguồn chưa xác nhận"}},
        // A dissolved sender whose covered indicators pass to different heirs (`successor Y for IND`).
        {"dissolved-agency.from-heirs",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, while the report is due "
          "{due}; {@heirs}",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trong khi hạn "
          "nộp "
          "báo cáo là {due}; {@heirs}"}},
        {"dissolved-agency.from-heirs-undated",
         {"duty '{duty}' is carried by {agency}, which existed only until {until}, before the period "
          "{period} ends (the plan gives no due date); {@heirs}",
          "Nhiệm vụ '{duty}' do {agency} thực hiện, cơ quan chỉ tồn tại đến hết ngày {until}, trước khi kỳ "
          "{period} kết thúc (kế hoạch không nêu hạn báo cáo); {@heirs}"}},
        {"no-recipient",
         {"duty '{duty}' names no recipient: nobody is named to receive its reports",
          "Nhiệm vụ '{duty}' không nêu cơ quan nhận báo cáo: không rõ báo cáo gửi cho ai"}},
        {"impossible-deadline",
         {"duty '{duty}' makes the report for {period} due {due}, before that period begins on {start} "
          "(periods due so: {count})",
          "Nhiệm vụ '{duty}' quy định hạn báo cáo kỳ {period} là {due}, trước khi kỳ đó bắt đầu ngày {start} "
          "(số kỳ như vậy: {count})"}},
        {"impossible-deadline.issued",
         {"duty '{duty}' makes the report for {period} due {due}, before the plan was issued on {issued} "
          "(periods due so: {count})",
          "Nhiệm vụ '{duty}' quy định hạn báo cáo kỳ {period} là {due}, trước ngày ban hành kế hoạch "
          "{issued} (số kỳ như vậy: {count})"}},
        {"impossible-deadline.once",
         {"duty '{duty}' makes its one report due {due}, before the plan period {first}-{last} begins",
          "Nhiệm vụ '{duty}' quy định hạn báo cáo là {due}, trước khi giai đoạn kế hoạch {first}-{last} bắt "
          "đầu"}},
        {"impossible-deadline.once-issued",
         {"duty '{duty}' makes its one report due {due}, before the plan was issued on {issued}",
          "Nhiệm vụ '{duty}' quy định hạn báo cáo là {due}, trước ngày ban hành kế hoạch {issued}"}},
        {"early-deadline",
         {"duty '{duty}' makes the report for {period} due {due}, before that period ends on {end}: its "
          "figures can only be estimates (periods due so: {count})",
          "Nhiệm vụ '{duty}' quy định hạn báo cáo kỳ {period} là {due}, trước khi kỳ đó kết thúc ngày {end}: "
          "số liệu chỉ có thể là ước tính (số kỳ như vậy: {count})"}},
        {"deadline-after-period",
         {"duty '{duty}' makes the report for {period} due {due}, more than a year after the plan period "
          "{first}-{last} ends (periods due so: {count})",
          "Nhiệm vụ '{duty}' quy định hạn báo cáo kỳ {period} là {due}, muộn hơn một năm sau khi giai đoạn "
          "kế hoạch {first}-{last} kết thúc (số kỳ như vậy: {count})"}},
        {"deadline-after-period.once",
         {"duty '{duty}' makes its one report due {due}, more than a year after the plan period "
          "{first}-{last} "
          "ends",
          "Nhiệm vụ '{duty}' quy định hạn báo cáo là {due}, muộn hơn một năm sau khi giai đoạn kế hoạch "
          "{first}-{last} kết thúc"}},
        {"dissolved-agency.roles",
         {"{agency} existed only until {until}, before plan {plan} ends in {last}, yet the plan names it "
          "{@roles}; {@heirs}",
          "{agency} chỉ tồn tại đến hết ngày {until}, trước khi kế hoạch {plan} kết thúc năm {last}, nhưng "
          "theo kế hoạch, cơ quan này vẫn {@roles}; {@heirs}"}},
        // Phrases a dissolved-agency.roles message is made of: the roles held, then the heirs.
        {"phrase.roles.issuer", {"as its issuer", "là cơ quan ban hành"}},
        {"phrase.roles.lead", {"lead of {leads}", "chủ trì chỉ tiêu {leads}"}},
        {"phrase.roles.support", {"support of {supports}", "phối hợp thực hiện chỉ tiêu {supports}"}},
        {"phrase.roles.lead-support",
         {"lead of {leads} and support of {supports}",
          "chủ trì chỉ tiêu {leads} và phối hợp thực hiện chỉ tiêu {supports}"}},
        {"phrase.roles.issuer-lead",
         {"as its issuer and lead of {leads}", "là cơ quan ban hành và chủ trì chỉ tiêu {leads}"}},
        {"phrase.roles.issuer-support",
         {"as its issuer and support of {supports}",
          "là cơ quan ban hành và phối hợp thực hiện chỉ tiêu {supports}"}},
        {"phrase.roles.issuer-lead-support",
         {"as its issuer, lead of {leads} and support of {supports}",
          "là cơ quan ban hành, chủ trì chỉ tiêu {leads} và phối hợp thực hiện chỉ tiêu {supports}"}},
        {"phrase.heirs.none", {"no successor is named", "không có cơ quan kế thừa"}},
        {"phrase.heirs.one",
         {"its work passed to {successor} ({successor_name})",
          "công việc đã chuyển cho {successor} ({successor_name})"}},
        {"phrase.heirs.one-uncertain",
         {"its work probably passed to {successor} ({successor_name}), which the sources do not confirm",
          "công việc có thể đã chuyển cho {successor} ({successor_name}), nguồn chưa xác nhận"}},
        {"phrase.heirs.split",
         {"its work passed to {successor} ({successor_name}), except {split}",
          "công việc đã chuyển cho {successor} ({successor_name}), trừ {split}"}},
        {"phrase.heirs.split-uncertain",
         {"its work probably passed to {successor} ({successor_name}), except {split}, which the sources do "
          "not all confirm",
          "công việc có thể đã chuyển cho {successor} ({successor_name}), trừ {split}, nguồn chưa xác nhận "
          "đầy đủ"}},
        {"phrase.heirs.split-only",
         {"its work on {split} passed on, and no successor is named for the rest",
          "công việc {split} đã được chuyển giao, phần còn lại không có cơ quan kế thừa"}},
        {"phrase.heirs.split-only-uncertain",
         {"its work on {split} probably passed on, which the sources do not confirm, and no successor is "
          "named for the rest",
          "công việc {split} có thể đã được chuyển giao, nguồn chưa xác nhận, phần còn lại không có cơ quan "
          "kế thừa"}},
        {"phrase.heirs.split-all", {"its work passed on: {split}", "công việc đã chuyển giao: {split}"}},
        {"phrase.heirs.split-all-uncertain",
         {"its work probably passed on: {split}, which the sources do not all confirm",
          "công việc có thể đã chuyển giao: {split}, nguồn chưa xác nhận đầy đủ"}},
        {"unused-agency",
         {"agency {agency} has no role in any plan", "Cơ quan {agency} không có vai trò trong kế hoạch nào"}},
        {"target-outside-period",
         {"target year {year} of {indicator} lies outside the plan period {first}-{last}",
          "Năm mục tiêu {year} của chỉ tiêu {indicator} nằm ngoài giai đoạn kế hoạch {first}-{last}"}},
        {"bad-target",
         {"target {target} of {indicator} is impossible for unit {unit}",
          "Mục tiêu {target} của chỉ tiêu {indicator} không hợp lệ với đơn vị tính {unit}"}},
        {"no-target", {"indicator {indicator} has no target", "Chỉ tiêu {indicator} chưa có mục tiêu"}},
        {"uncited-source",
         {"source \"{source}\" does not open with the number of a document the plan cites ({documents})",
          "Nguồn \"{source}\" không mở đầu bằng số hiệu của văn bản mà kế hoạch trích dẫn ({documents})"}},
        {"xml-malformed", {"malformed XML: {detail}", "XML sai cú pháp: {detail}"}},
        {"report-invalid", {"{detail}", "{detail}"}},
        {"report-invalid.submitted",
         {"submitted '{submitted}' is neither a date (YYYY-MM-DD) nor an RFC 3339 date-time "
          "(YYYY-MM-DDThh:mm:ss, then Z, +hh:mm or nothing for Vietnam's time)",
          "ngày gửi '{submitted}' không phải ngày (YYYY-MM-DD) hay ngày giờ theo RFC 3339 "
          "(YYYY-MM-DDThh:mm:ss, tiếp theo là Z, +hh:mm hoặc để trống nếu là giờ Việt Nam)"}},
        {"report-unknown", {"unknown {kind} '{name}'", "{kind} '{name}' không có trong kế hoạch"}},
        {"report-unknown.decomposed",
         {"unknown {kind} '{name}': it is typed with letters and accents apart (Unicode NFD, as macOS may "
          "write it), so it differs from the plan's name even where it looks the same; retype it or save the "
          "file as NFC",
          "{kind} '{name}' không có trong kế hoạch: tên được gõ với chữ và dấu tách rời (Unicode NFD, như "
          "macOS có thể ghi), nên khác tên trong kế hoạch dù trông giống nhau; hãy gõ lại hoặc lưu tệp ở "
          "dạng NFC"}},
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
        {"missing-report.grace",
         {"{agency} has not sent '{duty}' for {period} to {recipient}, due {due.date} + {due.grace} days' "
          "grace",
          "{agency} chưa gửi '{duty}' kỳ {period} cho {recipient}, hạn {due.date} (gia hạn thêm {due.grace} "
          "ngày)"}},
        {"late-report.grace",
         {"{agency} sent '{duty}' for {period} {days} day(s) late (due {due.date} + {due.grace} days' grace, "
          "sent "
          "{submitted})",
          "{agency} gửi '{duty}' kỳ {period} chậm {days} ngày (hạn {due.date}, gia hạn thêm {due.grace} "
          "ngày, "
          "gửi ngày {submitted})"}},
        {"pending-report.grace",
         {"'{duty}' for {period} from {agency} to {recipient} is due {due.date} + {due.grace} days' grace",
          "'{duty}' kỳ {period} của {agency} gửi {recipient} chưa đến hạn (hạn {due.date}, gia hạn thêm "
          "{due.grace} ngày)"}},
        {"pending-report",
         {"'{duty}' for {period} from {agency} to {recipient} is due {due}",
          "'{duty}' kỳ {period} của {agency} gửi {recipient} chưa đến hạn (hạn {due})"}},
        // The sender or recipient carries the duty as an heir the sources do not confirm (`uncertain`).
        {"missing-report.uncertain",
         {"{agency} has not sent '{duty}' for {period} to {recipient}, due {due}; the duty probably passed "
          "to it, which the sources do not confirm",
          "{agency} chưa gửi '{duty}' kỳ {period} cho {recipient}, hạn {due}; nhiệm vụ có thể đã chuyển cho "
          "cơ quan này, nguồn chưa xác nhận"}},
        {"late-report.uncertain",
         {"{agency} sent '{duty}' for {period} {days} day(s) late (due {due}, sent {submitted}); the duty "
          "probably passed to it, which the sources do not confirm",
          "{agency} gửi '{duty}' kỳ {period} chậm {days} ngày (hạn {due}, gửi ngày {submitted}); nhiệm vụ có "
          "thể đã chuyển cho cơ quan này, nguồn chưa xác nhận"}},
        {"pending-report.uncertain",
         {"'{duty}' for {period} from {agency} to {recipient} is due {due}; the duty probably passed to "
          "them, which the sources do not confirm",
          "'{duty}' kỳ {period} của {agency} gửi {recipient} chưa đến hạn (hạn {due}); nhiệm vụ có thể đã "
          "chuyển cho cơ quan này, nguồn chưa xác nhận"}},
        {"missing-report.grace-uncertain",
         {"{agency} has not sent '{duty}' for {period} to {recipient}, due {due.date} + {due.grace} days' "
          "grace; the duty probably passed to it, which the sources do not confirm",
          "{agency} chưa gửi '{duty}' kỳ {period} cho {recipient}, hạn {due.date} (gia hạn thêm {due.grace} "
          "ngày); nhiệm vụ có thể đã chuyển cho cơ quan này, nguồn chưa xác nhận"}},
        {"late-report.grace-uncertain",
         {"{agency} sent '{duty}' for {period} {days} day(s) late (due {due.date} + {due.grace} days' grace, "
          "sent {submitted}); the duty probably passed to it, which the sources do not confirm",
          "{agency} gửi '{duty}' kỳ {period} chậm {days} ngày (hạn {due.date}, gia hạn thêm {due.grace} "
          "ngày, gửi ngày {submitted}); nhiệm vụ có thể đã chuyển cho cơ quan này, nguồn chưa xác nhận"}},
        {"pending-report.grace-uncertain",
         {"'{duty}' for {period} from {agency} to {recipient} is due {due.date} + {due.grace} days' grace; "
          "the duty probably passed to them, which the sources do not confirm",
          "'{duty}' kỳ {period} của {agency} gửi {recipient} chưa đến hạn (hạn {due.date}, gia hạn thêm "
          "{due.grace} ngày); nhiệm vụ có thể đã chuyển cho cơ quan này, nguồn chưa xác nhận"}},
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
         {"{indicator} for {period}: {value} here, {other_value} from {other_agency} at {other_where}",
          "Chỉ tiêu {indicator} kỳ {period}: {value} ở đây, {other_value} trong báo cáo của {other_agency} "
          "tại {other_where}"}},
        {"conflicting-values.same-sender",
         {"{indicator} for {period}: {value} here, {other_value} in another report from {other_agency} at "
          "{other_where}",
          "Chỉ tiêu {indicator} kỳ {period}: {value} ở đây, {other_value} trong một báo cáo khác của "
          "{other_agency} tại {other_where}"}},
        {"conflicting-values.same-report",
         {"{indicator} for {period} is given twice in this report: {value} here, {other_value} on line "
          "{other_line}",
          "Chỉ tiêu {indicator} kỳ {period} được ghi hai lần trong báo cáo này: {value} ở đây, {other_value} "
          "ở dòng {other_line}"}},
        {"corrected-report",
         {"{agency} corrected '{duty}' for {period} to {recipient} on {submitted}, replacing the report of "
          "{earlier}: {changes}",
          "{agency} gửi bản sửa '{duty}' kỳ {period} cho {recipient} ngày {submitted}, thay cho báo cáo ngày "
          "{earlier}: {changes}"}},
        {"target-missed",
         {"{indicator} = {value} in {year} misses the target {target}",
          "Chỉ tiêu {indicator} = {value} năm {year} không đạt mục tiêu {target}"}},
        {"target-met",
         {"{indicator} = {value} in {year} meets the target {target}",
          "Chỉ tiêu {indicator} = {value} năm {year} đạt mục tiêu {target}"}},
        // Only shares of a divided indicator arrived ({shares}: "KH_SNV 40, KH_BTCTU 70").
        {"target-not-judged",
         {"the target {target} of {indicator} was not judged for {period}: only shares of it were reported "
          "({shares}), and the plan does not say how they add up",
          "Mục tiêu {target} của chỉ tiêu {indicator} kỳ {period} chưa được đánh giá: chỉ có số liệu từng "
          "phần được báo cáo ({shares}), và kế hoạch không nêu cách tổng hợp các phần này"}},
        {"dissolved-sender",
         {"{agency} existed only until {until} but reported on {submitted}",
          "{agency} chỉ tồn tại đến hết ngày {until} nhưng vẫn báo cáo ngày {submitted}"}},
        {"dissolved-sender.successor",
         {"{agency} existed only until {until} but reported on {submitted}; its duties passed to {successor}",
          "{agency} chỉ tồn tại đến hết ngày {until} nhưng vẫn báo cáo ngày {submitted}; nhiệm vụ đã chuyển "
          "cho {successor}"}},
        // The report's indicators pass to different heirs (`successor Y for IND`): {split} groups them.
        {"dissolved-sender.heirs",
         {"{agency} existed only until {until} but reported on {submitted}; its work on these indicators "
          "passed on: {split}",
          "{agency} chỉ tồn tại đến hết ngày {until} nhưng vẫn báo cáo ngày {submitted}; công việc về các "
          "chỉ "
          "tiêu này đã chuyển giao: {split}"}},
        {"dissolved-sender.heirs-uncertain",
         {"{agency} existed only until {until} but reported on {submitted}; its work on these indicators "
          "probably passed on: {split}, which the sources do not all confirm",
          "{agency} chỉ tồn tại đến hết ngày {until} nhưng vẫn báo cáo ngày {submitted}; công việc về các "
          "chỉ "
          "tiêu này có thể đã chuyển giao: {split}, nguồn chưa xác nhận đầy đủ"}},
        {"dissolved-sender.successor-uncertain",
         {"{agency} existed only until {until} but reported on {submitted}; its duties probably passed to "
          "{successor}, which the sources do not confirm",
          "{agency} chỉ tồn tại đến hết ngày {until} nhưng vẫn báo cáo ngày {submitted}; nhiệm vụ có thể đã "
          "chuyển cho {successor}, nguồn chưa xác nhận"}},
        // The sorts of things a `{kind}` argument names, in each language.
        {"term.agency", {"agency", "cơ quan"}},
        {"term.before", {"before {date}", "trước ngày {date}"}},
        {"term.grace", {"{date} + {days} days' grace", "{date} (gia hạn thêm {days} ngày)"}},
        // A target (TargetArg, base/arg_value.hpp): `by YEAR` is that year, `from YEAR` that year and after.
        {"target.by", {"{comparison} {value} by {year}", "{comparison} {value} đến năm {year}"}},
        {"target.from", {"{comparison} {value} from {year}", "{comparison} {value} từ năm {year} trở đi"}},
        {"term.yes", {"yes", "có"}},
        {"term.no", {"no", "không"}},
        {"term.indicator", {"indicator", "chỉ tiêu"}},
        {"term.goal", {"goal", "mục tiêu"}},
        {"term.duty", {"duty", "nhiệm vụ báo cáo"}},
        {"term.plan", {"plan", "kế hoạch"}},
        {"term.unit", {"unit", "đơn vị tính"}},
        {"term.element", {"element", "thẻ"}},
        {"term.attribute", {"attribute", "thuộc tính"}},
        {"unknown-markup", {"unknown {kind} '{name}' ignored", "Bỏ qua {kind} không xác định '{name}'"}},
        {"unreadable-input", {"{detail}", "{detail}"}},
        // Hints after a refused value (reports::value_hint): the decimal mark above all.
        {"hint.empty", {" (the value is empty)", " (giá trị để trống)"}},
        {"hint.yesno", {" (write yes or no)", " (ghi yes hoặc no)"}},
        {"hint.integer", {" (a count is a whole number)", " (số lượng phải là số nguyên)"}},
        {"hint.number",
         {" (write a number with '.' as the decimal mark)",
          " (ghi một số, dùng dấu '.' để ngăn cách phần thập phân)"}},
        {"hint.percent-range",
         {" (a percent lies between 0 and 100)", " (tỷ lệ phần trăm nằm trong khoảng 0 đến 100)"}},
        {"hint.negative", {" (a {unit} cannot be negative)", " ({unit} không thể là số âm)"}},
        {"hint.decimal-mark",
         {" (use '.' as the decimal mark and no thousands separator)",
          " (dùng dấu '.' để ngăn cách phần thập phân, không dùng dấu phân cách hàng nghìn)"}},
        {"hint.decimal-mark-meant",
         {" (use '.' as the decimal mark and no thousands separator: {hint.reading}?)",
          " (dùng dấu '.' để ngăn cách phần thập phân, không dùng dấu phân cách hàng nghìn: có phải là "
          "{hint.reading}?)"}},
        {"hint.decimal-mark-either",
         {" (use '.' as the decimal mark and no thousands separator: {hint.reading} or {hint.other}?)",
          " (dùng dấu '.' để ngăn cách phần thập phân, không dùng dấu phân cách hàng nghìn: có phải là "
          "{hint.reading} hay {hint.other}?)"}},
        // The units of the plan language, as a `{unit}` arg says them (English: the keyword itself).
        {"unit.percent", {"percent", "tỷ lệ phần trăm"}},
        {"unit.ratio", {"ratio", "tỷ số"}},
        {"unit.count", {"count", "số lượng"}},
        {"unit.rate", {"rate", "tỷ suất"}},
        {"unit.yesno", {"yesno", "có hoặc không (yes/no)"}},
        {"unit.text", {"text", "văn bản"}},
        {"unit.number", {"number", "số"}},
        {"unit.unspecified", {"unspecified", "giá trị"}},
        // The words of syntax errors in .obl files (src/lang/error_handler.cpp): `syntax.*` says the error,
        // `expect.*` what a rule of the grammar stands for, `found.*` what stood there instead.
        {"syntax.expected",
         {"expected {detail.expected}, found {detail.found}",
          "cần {detail.expected}, nhưng gặp {detail.found}"}},
        {"syntax.stray",
         {"expected a declaration (import, plan, agency, goal or duty), found {detail.found}",
          "cần một khai báo ('import', 'plan', 'agency', 'goal' hoặc 'duty'), nhưng gặp {detail.found}"}},
        {"syntax.stray-suggest",
         {"expected a declaration (import, plan, agency, goal or duty), found {detail.found}; did you mean "
          "'{detail.suggestion}'?",
          "cần một khai báo ('import', 'plan', 'agency', 'goal' hoặc 'duty'), nhưng gặp {detail.found}; có "
          "phải là '{detail.suggestion}'?"}},
        {"syntax.close", {"expected '}' to close {detail.kind}", "thiếu '}' để đóng khối {detail.kind}"}},
        {"syntax.close-named",
         {"expected '}' to close {detail.kind} \"{detail.label}\"",
          "thiếu '}' để đóng khối {detail.kind} \"{detail.label}\""}},
        {"syntax.unknown-clause",
         {"unknown clause '{detail.word}' in {detail.kind}; expected one of: {detail.allowed}",
          "mệnh đề '{detail.word}' không dùng được trong khối {detail.kind}; các mệnh đề dùng được: "
          "{detail.allowed}"}},
        {"syntax.unknown-clause-suggest",
         {"unknown clause '{detail.word}' in {detail.kind}; expected one of: {detail.allowed}; did you mean "
          "'{detail.suggestion}'?",
          "mệnh đề '{detail.word}' không dùng được trong khối {detail.kind}; các mệnh đề dùng được: "
          "{detail.allowed}; có phải là '{detail.suggestion}'?"}},
        {"syntax.unexpected-in-block",
         {"unexpected {detail.found} in {detail.kind}; expected a clause ({detail.allowed}) or '}'",
          "gặp {detail.found} không đúng chỗ trong khối {detail.kind}; cần một mệnh đề ({detail.allowed}) "
          "hoặc '}'"}},
        {"syntax.unexpected-in-block-named",
         {"unexpected {detail.found} in {detail.kind} \"{detail.label}\"; expected a clause "
          "({detail.allowed}) "
          "or '}'",
          "gặp {detail.found} không đúng chỗ trong khối {detail.kind} \"{detail.label}\"; cần một mệnh đề "
          "({detail.allowed}) hoặc '}'"}},
        {"syntax.unterminated-string",
         {"unterminated string: a string must end with '\"' on the line it starts",
          "chuỗi chưa được đóng: chuỗi phải kết thúc bằng '\"' trên chính dòng mở đầu nó"}},
        {"syntax.bad-escape",
         {"unknown escape '{detail.token}' in a string; use \\\", \\\\ or \\n",
          "chuỗi thoát '{detail.token}' không hợp lệ trong chuỗi; hãy dùng \\\", \\\\ hoặc \\n"}},
        {"syntax.control-in-string", {"{detail.found} inside a string", "{detail.found} nằm trong chuỗi"}},
        {"syntax.too-deep",
         {"indicators nested more than {detail.count} deep", "chỉ tiêu lồng nhau quá {detail.count} cấp"}},
        {"syntax.too-many",
         {"too many syntax errors; the rest of the file is not checked",
          "quá nhiều lỗi cú pháp; phần còn lại của tệp không được kiểm tra"}},
        {"syntax.unparsable",
         {"the file could not be parsed: {detail.reason}", "không phân tích được tệp: {detail.reason}"}},
        {"syntax.nul-byte", {"NUL byte in the file", "tệp có byte NUL"}},
        {"syntax.invalid-utf8",
         {"invalid UTF-8: byte {detail.token} does not begin a valid character",
          "mã UTF-8 không hợp lệ: byte {detail.token} không mở đầu một ký tự hợp lệ"}},
        {"found.end", {"end of file", "cuối tệp"}},
        {"found.keyword",
         {"keyword '{detail.token}' (keywords are reserved)",
          "từ khóa '{detail.token}' (không được dùng từ khóa làm mã)"}},
        {"found.string", {"a string {detail.token}", "chuỗi {detail.token}"}},
        {"found.token", {"'{detail.token}'", "'{detail.token}'"}},
        {"found.byte", {"byte {detail.token}", "byte {detail.token}"}},
        {"expect.agency-id", {"an agency id like SNV", "mã cơ quan, ví dụ SNV"}},
        {"expect.agency-ref", {"an agency id like SNV", "mã cơ quan, ví dụ SNV"}},
        {"expect.heir", {"an agency id like SNV", "mã cơ quan, ví dụ SNV"}},
        {"expect.agency-list", {"an agency id like SNV", "mã cơ quan, ví dụ SNV"}},
        {"expect.agency-ref-list", {"an agency id like SNV", "mã cơ quan, ví dụ SNV"}},
        {"expect.goal-id", {"a goal id like MT2", "mã mục tiêu, ví dụ MT2"}},
        {"expect.indicator-id", {"an indicator id like CT1", "mã chỉ tiêu, ví dụ CT1"}},
        {"expect.unit-name",
         {"a unit (percent, ratio, count, rate, yesno or text)",
          "đơn vị tính ('percent', 'ratio', 'count', 'rate', 'yesno' hoặc 'text')"}},
        {"expect.indicator-path", {"an indicator path like MT2.CT1", "đường dẫn chỉ tiêu, ví dụ MT2.CT1"}},
        {"expect.indicator-list", {"an indicator path like MT2.CT1", "đường dẫn chỉ tiêu, ví dụ MT2.CT1"}},
        {"expect.plan-id",
         {"the plan's id in quotes, like \"11983/UBND-KGVX\"",
          "số hiệu kế hoạch trong dấu ngoặc kép, ví dụ \"11983/UBND-KGVX\""}},
        {"expect.title-text", {"the plan's title in quotes", "tên kế hoạch trong dấu ngoặc kép"}},
        {"expect.agency-name", {"the agency's name in quotes", "tên cơ quan trong dấu ngoặc kép"}},
        {"expect.goal-title", {"the goal's title in quotes", "tên mục tiêu trong dấu ngoặc kép"}},
        {"expect.indicator-title", {"the indicator's title in quotes", "tên chỉ tiêu trong dấu ngoặc kép"}},
        {"expect.duty-name",
         {"the duty's name in quotes, like \"Báo cáo năm\"",
          "tên nhiệm vụ báo cáo trong dấu ngoặc kép, ví dụ \"Báo cáo năm\""}},
        {"expect.source-text",
         {"the source in quotes, like \"II.2.a\"", "nguồn trích dẫn trong dấu ngoặc kép, ví dụ \"II.2.a\""}},
        {"expect.channel-text",
         {"the channel in quotes, like \"email:vanthu@example.gov.vn\"",
          "kênh gửi báo cáo trong dấu ngoặc kép, ví dụ \"email:vanthu@example.gov.vn\""}},
        {"expect.import-path",
         {"the imported file's path in quotes", "đường dẫn của tệp được nhập trong dấu ngoặc kép"}},
        {"expect.implemented-plan",
         {"the implemented plan's id in quotes", "số hiệu kế hoạch được triển khai trong dấu ngoặc kép"}},
        {"expect.role-qualifier",
         {"a role qualifier in quotes, like \"theo nhiệm vụ phân cấp quản lý cán bộ\"",
          "phần việc của vai trò trong dấu ngoặc kép, ví dụ \"theo nhiệm vụ phân cấp quản lý cán bộ\""}},
        {"expect.date", {"a date like 2025-12-31", "ngày dạng 2025-12-31"}},
        {"expect.due-date",
         {"a date like 2025-06-30 (or before 2025-06-30) after 'due'",
          "ngày dạng 2025-06-30 (hoặc 'before 2025-06-30') sau 'due'"}},
        {"expect.due-day",
         {"a day-month like 10/12 (or before 10/12) after 'due'",
          "ngày/tháng dạng 10/12 (hoặc 'before 10/12') sau 'due'"}},
        {"expect.day-month", {"a day-month like 10/12", "ngày/tháng dạng 10/12"}},
        {"expect.successor-for",
         {"'for' and indicator paths (successor SYT for MT3.CT2); the heir of the whole agency is written "
          "'until DATE successor X'",
          "'for' và các đường dẫn chỉ tiêu ('successor SYT for MT3.CT2'); cơ quan kế thừa toàn bộ được ghi "
          "là 'until NGÀY successor X'"}},
        {"expect.to-whom",
         {"agency ids or 'unnamed' after 'to'", "mã các cơ quan nhận hoặc 'unnamed' sau 'to'"}},
        {"expect.second-due-day",
         {"',' and a second day-month (half-yearly is due twice: due 20/5, 25/11)",
          "',' và ngày/tháng thứ hai (báo cáo sáu tháng có hai hạn: 'due 20/5, 25/11')"}},
        {"expect.year", {"a year like 2025", "năm, ví dụ 2025"}},
        {"expect.days", {"a whole number of days", "số ngày (số nguyên)"}},
        {"expect.offset-days", {"a number of days like +15 after 'due'", "số ngày, ví dụ +15, sau 'due'"}},
        {"expect.comparison", {"a comparison (>=, >, <=, < or =)", "phép so sánh (>=, >, <=, < hoặc =)"}},
        {"expect.target-value",
         {"a target value (a number, yes or no)", "giá trị mục tiêu (một số, 'yes' hoặc 'no')"}},
        {"expect.target-when", {"'by' or 'from' and a year", "'by' hoặc 'from' và một năm"}},
        {"expect.from-whom",
         {"'leads', 'all' or agency ids after 'from'", "'leads', 'all' hoặc mã cơ quan sau 'from'"}},
        {"expect.covers-what",
         {"'own', 'all', 'narrative' or indicator paths after 'covers'",
          "'own', 'all', 'narrative' hoặc đường dẫn chỉ tiêu sau 'covers'"}},
        {"expect.period-to",
         {"'to' between the years, as in period 2021 to 2025",
          "'to' giữa hai năm, như 'period 2021 to 2025'"}},
        {"expect.plan-open", {"'{' to open the plan", "'{' để mở khối kế hoạch"}},
        {"expect.goal-open", {"'{' to open the goal", "'{' để mở khối mục tiêu"}},
        {"expect.indicator-open", {"'{' to open the indicator", "'{' để mở khối chỉ tiêu"}},
        {"expect.duty-open", {"'{' to open the duty", "'{' để mở khối nhiệm vụ báo cáo"}},
        // Why a path cannot be read (base/os_error.cpp): the C library's English words for each errno a
        // read can meet, and for any other the number.
        {"reason.enoent", {"No such file or directory", "không có tệp hoặc thư mục này"}},
        {"reason.eacces", {"Permission denied", "không có quyền truy cập"}},
        {"reason.eperm", {"Operation not permitted", "thao tác không được phép"}},
        {"reason.eisdir", {"Is a directory", "đây là một thư mục"}},
        {"reason.enotdir", {"Not a directory", "một phần của đường dẫn không phải là thư mục"}},
        {"reason.eloop", {"Too many levels of symbolic links", "quá nhiều tầng liên kết tượng trưng"}},
        {"reason.enametoolong", {"File name too long", "tên tệp quá dài"}},
        {"reason.emfile", {"Too many open files", "chương trình mở quá nhiều tệp cùng lúc"}},
        {"reason.enfile", {"Too many open files in system", "hệ thống mở quá nhiều tệp cùng lúc"}},
        {"reason.eio", {"Input/output error", "lỗi đọc ghi thiết bị"}},
        {"reason.enomem", {"Cannot allocate memory", "không đủ bộ nhớ"}},
        {"reason.enxio", {"No such device or address", "không có thiết bị hoặc địa chỉ này"}},
        {"reason.enodev", {"No such device", "không có thiết bị này"}},
        {"reason.eagain", {"Resource temporarily unavailable", "tài nguyên tạm thời không sẵn sàng"}},
        {"reason.eoverflow",
         {"Value too large for defined data type", "tệp quá lớn so với kiểu dữ liệu của hệ thống"}},
        {"reason.enospc", {"No space left on device", "thiết bị đã hết chỗ trống"}},
        {"reason.erofs", {"Read-only file system", "hệ thống tệp chỉ cho phép đọc"}},
        {"reason.edquot", {"Disk quota exceeded", "đã vượt hạn mức dung lượng đĩa"}},
        {"reason.efbig", {"File too large", "tệp quá lớn"}},
        {"reason.ebusy", {"Device or resource busy", "thiết bị hoặc tài nguyên đang bận"}},
        {"reason.eexist", {"File exists", "tệp đã tồn tại"}},
        {"reason.unknown",
         {"error {detail.errno} of the operating system", "lỗi số {detail.errno} của hệ điều hành"}},
        {"reason.no-such-file", {"no such file", "không có tệp này"}},
        {"reason.obl-directory", {"is a directory, not a .obl file", "là thư mục, không phải tệp .obl"}},
        {"reason.obl-too-large", {"is larger than 64 MiB", "lớn hơn 64 MiB"}},
        {"reason.read-failed", {"cannot be read", "không đọc được"}},
        // unreadable-input, worded by case (reports/xml_reader.cpp, reports/walk.cpp).
        {"unreadable-input.read",
         {"cannot read {detail.path}: {detail.reason}", "không đọc được {detail.path}: {detail.reason}"}},
        {"unreadable-input.not-regular",
         {"cannot read {detail.path}: not a regular file (a pipe, a device or a socket)",
          "không đọc được {detail.path}: không phải tệp thông thường (là ống dẫn, thiết bị hoặc socket)"}},
        {"unreadable-input.too-large",
         {"{detail.path} is {detail.size} MiB; report files over {detail.limit} MiB are not read",
          "{detail.path} có dung lượng {detail.size} MiB; tệp báo cáo lớn hơn {detail.limit} MiB không được "
          "đọc"}},
        {"unreadable-input.unlistable",
         {"cannot list directory {detail.path}: {detail.reason}",
          "không liệt kê được thư mục {detail.path}: {detail.reason}"}},
        {"unreadable-input.no-path",
         {"report path '{detail.path}' does not exist", "đường dẫn báo cáo '{detail.path}' không tồn tại"}},
        {"unreadable-input.no-reports",
         {"no *.xml report files under '{detail.path}'",
          "không có tệp báo cáo *.xml nào trong '{detail.path}'"}},
        {"bad-import.unreadable-import",
         {"cannot import \"{detail.path}\": {detail.reason}",
          "không nhập được \"{detail.path}\": {detail.reason}"}},
        {"bad-import.unreadable",
         {"cannot read '{detail.path}': {detail.reason}", "không đọc được '{detail.path}': {detail.reason}"}},
        {"bad-import.leaves-root",
         {"import \"{detail.path}\" leaves the rules root; imports must stay inside it",
          "lệnh import \"{detail.path}\" trỏ ra ngoài thư mục gốc của bộ quy tắc; chỉ được import tệp nằm "
          "trong thư mục đó"}},
        {"bad-import.cycle",
         {"import cycle: {detail.cycle}", "các lệnh import tạo thành vòng lặp: {detail.cycle}"}},
        // What the plan builder refuses (plan/builder.cpp, duties.cpp, values.cpp, agencies.cpp) and a file
        // that declares nothing (lang/loader.cpp); their English is the finding's `detail`, word for word.
        {"syntax.declares-nothing",
         {"the file declares nothing (no plan, agency, goal, duty or import)",
          "tệp không khai báo gì (không có plan, agency, goal, duty hay import)"}},
        {"syntax.plan-no-issuer",
         {"plan \"{detail.plan}\" names no issuer", "kế hoạch \"{detail.plan}\" không ghi cơ quan ban hành"}},
        {"syntax.plan-no-period",
         {"plan \"{detail.plan}\" has no period (period YEAR to YEAR)",
          "kế hoạch \"{detail.plan}\" không ghi thời kỳ thực hiện (period NĂM to NĂM)"}},
        {"syntax.second-schedule",
         {"duty \"{detail.duty}\" has a second schedule ({detail.schedule}) expecting the periods "
          "{detail.earlier} already expects",
          "nhiệm vụ \"{detail.duty}\" có lịch báo cáo thứ hai ({detail.schedule}) đòi những kỳ mà lịch "
          "{detail.earlier} đã đòi"}},
        {"syntax.bad-grace",
         {"grace must be a whole number of days from 0 to 3660, not '{detail.text}'",
          "thời gian gia hạn (grace) phải là số ngày nguyên từ 0 đến 3660, không phải '{detail.text}'"}},
        {"syntax.duty-no-from",
         {"duty \"{detail.duty}\" has no 'from' clause (from AGENCY, from leads or from all)",
          "nhiệm vụ \"{detail.duty}\" thiếu mệnh đề 'from' (from MÃ_CƠ_QUAN, from leads hoặc from all)"}},
        {"syntax.duty-no-to",
         {"duty \"{detail.duty}\" has no 'to' clause (to AGENCY)",
          "nhiệm vụ \"{detail.duty}\" thiếu mệnh đề 'to' (to MÃ_CƠ_QUAN)"}},
        {"syntax.duty-no-covers",
         {"duty \"{detail.duty}\" has no 'covers' clause (covers MT1.CT1, covers own, covers all or covers "
          "narrative)",
          "nhiệm vụ \"{detail.duty}\" thiếu mệnh đề 'covers' (covers MT1.CT1, covers own, covers all hoặc "
          "covers narrative)"}},
        {"syntax.recipients-and-unnamed",
         {"duty \"{detail.duty}\" names recipients and also says 'to unnamed'",
          "nhiệm vụ \"{detail.duty}\" vừa ghi cơ quan nhận vừa ghi 'to unnamed'"}},
        {"syntax.bad-offset",
         {"a due offset must be a whole number of days from 0 to 3660, not '{detail.text}'",
          "số ngày tính hạn nộp phải là số nguyên từ 0 đến 3660, không phải '{detail.text}'"}},
        {"syntax.schedule-one-day",
         {"{detail.schedule} takes one day-month (yearly due 10/12)",
          "lịch {detail.schedule} cần đúng một ngày/tháng (yearly due 10/12)"}},
        {"syntax.schedule-two-days",
         {"{detail.schedule} takes two day-months (half-yearly due 20/5, 25/11)",
          "lịch {detail.schedule} cần đúng hai ngày/tháng (half-yearly due 20/5, 25/11)"}},
        {"syntax.schedule-no-day",
         {"{detail.schedule} takes no day-month", "lịch {detail.schedule} không ghi ngày/tháng nào"}},
        {"syntax.heirs-without-until",
         {"agency {detail.agency} names a successor for some indicators but no end date (until DATE)",
          "cơ quan {detail.agency} ghi cơ quan kế thừa một số chỉ tiêu nhưng không ghi ngày chấm dứt "
          "(until NGÀY)"}},
        {"bad-date.period-reversed",
         {"the plan period ends before it starts", "thời kỳ của kế hoạch kết thúc trước khi bắt đầu"}},
        {"bad-date.no-such-day-month",
         {"the day-month {detail.day}/{detail.month} does not exist (day/month, as in 10/12 for 10 December)",
          "ngày/tháng {detail.day}/{detail.month} không có thật (ghi ngày/tháng, ví dụ 10/12 là ngày 10 "
          "tháng 12)"}},
        {"bad-date.no-such-date",
         {"the date {detail.date} does not exist", "ngày {detail.date} không có thật"}},
        {"bad-date.not-a-year", {"'{detail.text}' is not a year", "'{detail.text}' không phải là một năm"}},
        // Output files and baselines that cannot be written or read (output/atomic_file.cpp, baseline.cpp):
        // said to standard error, not findings; the English is what they always said.
        {"write.not-a-file-name",
         {"cannot write '{path}': not a file name", "không ghi được '{path}': đây không phải tên tệp"}},
        {"write.failed",
         {"cannot write '{path}': {detail.reason}", "không ghi được '{path}': {detail.reason}"}},
        {"write.cannot-create",
         {"cannot write '{path}': cannot create a file in '{directory}': {detail.reason}",
          "không ghi được '{path}': không tạo được tệp trong '{directory}': {detail.reason}"}},
        {"write.cannot-replace",
         {"cannot write '{path}': cannot replace it: {detail.reason}",
          "không ghi được '{path}': không thay được tệp cũ: {detail.reason}"}},
        {"baseline.unreadable",
         {"cannot read baseline '{path}': {detail.reason}",
          "không đọc được tệp baseline '{path}': {detail.reason}"}},
        {"baseline.read-failed", {"cannot read baseline '{path}'", "không đọc được tệp baseline '{path}'"}},
        {"baseline.older-format",
         {"{file}:{line}: a baseline of an older format, whose fingerprints named files as they were typed "
          "(from another folder it would match nothing); write it again with `oblige check ... "
          "--write-baseline {file}`",
          "{file}:{line}: tệp baseline theo định dạng cũ, dấu vân tay ghi tên tệp đúng như khi gõ (chạy từ "
          "thư mục khác sẽ không khớp gì); hãy ghi lại bằng `oblige check ... --write-baseline {file}`"}},
        {"baseline.not-a-baseline",
         {"{file}:{line}: not an oblige baseline (its first line must be `# oblige baseline 2`); write one "
          "with `oblige check ... --write-baseline {file}`",
          "{file}:{line}: không phải tệp baseline của oblige (dòng đầu phải là `# oblige baseline 2`); hãy "
          "tạo bằng `oblige check ... --write-baseline {file}`"}},
        {"baseline.bad-entry",
         {"{file}:{line}: not a baseline entry: expected 16 hexadecimal digits, a tab, the code and the "
          "message, found '{found}'",
          "{file}:{line}: không phải một dòng baseline: cần 16 chữ số thập lục phân, một dấu tab, mã và "
          "thông báo, nhưng gặp '{found}'"}},
        {"baseline.empty",
         {"{file}: not an oblige baseline (empty: its first line must be `# oblige baseline 2`); write one "
          "with `oblige check ... --write-baseline {file}`",
          "{file}: không phải tệp baseline của oblige (tệp rỗng: dòng đầu phải là `# oblige baseline 2`); "
          "hãy tạo bằng `oblige check ... --write-baseline {file}`"}},
        // The words of refused XML: pugixml's parse statuses (the English is pugixml's description, so
        // that json and the fingerprints keep what it says) and the reader's own refusals.
        {"xml-malformed.unrecognized-tag",
         {"malformed XML: Could not determine tag type", "XML sai cú pháp: không xác định được loại thẻ"}},
        {"xml-malformed.bad-pi",
         {"malformed XML: Error parsing document declaration/processing instruction",
          "XML sai cú pháp: lỗi ở phần khai báo tài liệu hoặc chỉ thị xử lý (<?...?>)"}},
        {"xml-malformed.bad-comment",
         {"malformed XML: Error parsing comment", "XML sai cú pháp: lỗi ở chú thích (<!-- -->)"}},
        {"xml-malformed.bad-cdata",
         {"malformed XML: Error parsing CDATA section", "XML sai cú pháp: lỗi ở đoạn CDATA"}},
        {"xml-malformed.bad-doctype",
         {"malformed XML: Error parsing document type declaration",
          "XML sai cú pháp: lỗi ở phần khai báo kiểu tài liệu (DOCTYPE)"}},
        {"xml-malformed.bad-pcdata",
         {"malformed XML: Error parsing PCDATA section", "XML sai cú pháp: lỗi ở nội dung văn bản"}},
        {"xml-malformed.bad-start-element",
         {"malformed XML: Error parsing start element tag", "XML sai cú pháp: lỗi ở thẻ mở"}},
        {"xml-malformed.bad-attribute",
         {"malformed XML: Error parsing element attribute", "XML sai cú pháp: lỗi ở thuộc tính của thẻ"}},
        {"xml-malformed.bad-end-element",
         {"malformed XML: Error parsing end element tag", "XML sai cú pháp: lỗi ở thẻ đóng"}},
        {"xml-malformed.end-element-mismatch",
         {"malformed XML: Start-end tags mismatch", "XML sai cú pháp: thẻ mở và thẻ đóng không khớp nhau"}},
        {"xml-malformed.no-document-element",
         {"malformed XML: No document element found", "XML sai cú pháp: không có phần tử gốc"}},
        {"xml-malformed.empty", {"malformed XML: the file is empty", "XML sai cú pháp: tệp rỗng"}},
        {"xml-malformed.out-of-memory",
         {"malformed XML: Could not allocate memory", "không đọc được XML: không đủ bộ nhớ"}},
        {"xml-malformed.internal-error",
         {"malformed XML: Internal error occurred", "không đọc được XML: lỗi nội bộ của bộ phân tích XML"}},
        {"xml-malformed.file-not-found",
         {"malformed XML: File was not found", "không đọc được XML: không tìm thấy tệp"}},
        {"xml-malformed.io-error",
         {"malformed XML: Error reading from file/stream", "không đọc được XML: lỗi khi đọc tệp"}},
        {"xml-malformed.append-invalid-root",
         {"malformed XML: Unable to append nodes: root is not an element or document",
          "không đọc được XML: lỗi nội bộ của bộ phân tích XML (không gắn được nút vào gốc)"}},
        {"xml-malformed.attribute-twice",
         {"malformed XML: attribute '{detail.attribute}' is given twice; the first one is read",
          "XML sai cú pháp: thuộc tính '{detail.attribute}' được ghi hai lần; chỉ đọc lần đầu"}},
        {"report-invalid.root",
         {"the root element is <{detail.element}>; a report file holds <report> or <reports>",
          "phần tử gốc là <{detail.element}>; tệp báo cáo phải chứa <report> hoặc <reports>"}},
        {"report-invalid.wide-encoding",
         {"the file is {detail.encoding}; reports must be UTF-8",
          "tệp được mã hóa {detail.encoding}; báo cáo phải được mã hóa UTF-8"}},
        {"report-invalid.declared-encoding",
         {"the file declares encoding '{detail.encoding}'; reports must be UTF-8",
          "tệp khai báo bảng mã '{detail.encoding}'; báo cáo phải được mã hóa UTF-8"}},
        {"report-invalid.nul-byte",
         {"a NUL byte; reports must be UTF-8 text", "có byte NUL; báo cáo phải là văn bản UTF-8"}},
        {"report-invalid.invalid-utf8",
         {"invalid UTF-8; reports must be UTF-8", "mã UTF-8 không hợp lệ; báo cáo phải được mã hóa UTF-8"}},
        {"report-invalid.forbidden-reference",
         {"a character reference to a character XML does not allow (like &#0;); reports must be text",
          "tham chiếu đến một ký tự XML không cho phép (như &#0;); báo cáo phải là văn bản"}},
        {"report-invalid.no-attribute",
         {"the report has no '{detail.attribute}' attribute ({detail.form})",
          "báo cáo thiếu thuộc tính '{detail.attribute}' ({detail.form})"}},
        {"report-invalid.empty-attribute",
         {"'{detail.attribute}' is empty: fill in {detail.form}",
          "thuộc tính '{detail.attribute}' để trống: hãy ghi {detail.form}"}},
        {"report-invalid.value-without-indicator",
         {"a <value> without an 'indicator' attribute", "có phần tử <value> thiếu thuộc tính 'indicator'"}},
        {"report-invalid.bad-period",
         {"period '{detail.text}' is not a period: write 2024, 2024-H1, 2024-Q3, 2024-07 or once",
          "'{detail.text}' không phải là kỳ báo cáo: ghi 2024, 2024-H1, 2024-Q3, 2024-07 hoặc once"}},
        // What a required attribute of a report holds, for report-invalid.no-attribute and .empty-attribute.
        {"form.plan",
         {"the plan id, e.g. plan=\"11983/UBND-KGVX\"", "mã kế hoạch, ví dụ plan=\"11983/UBND-KGVX\""}},
        {"form.from", {"the sending agency's id", "mã cơ quan gửi báo cáo"}},
        {"form.to",
         {"the receiving agencies' ids, separated by spaces",
          "mã các cơ quan nhận, cách nhau bằng dấu cách"}},
        {"form.period",
         {"the period reported on: 2024, 2024-H1, 2024-Q3, 2024-07 or once",
          "kỳ báo cáo: 2024, 2024-H1, 2024-Q3, 2024-07 hoặc once"}},
        {"form.submitted", {"the date the report is sent, YYYY-MM-DD", "ngày gửi báo cáo, YYYY-MM-DD"}},
        // Notes that point at other places involved in a finding.
        {"note.lead-given-here", {"{agency} is made lead here", "{agency} được giao chủ trì tại đây"}},
        {"note.qualified-lead-given-here",
         {"{agency} is made lead here, limited to '{qualifier}'",
          "{agency} được giao chủ trì tại đây, trong phạm vi '{qualifier}'"}},
        {"note.support-given-here", {"{agency} is made support here", "{agency} được giao phối hợp tại đây"}},
        {"note.declared-here", {"first declared here", "khai báo lần đầu tại đây"}},
        {"note.reporter-duty",
         {"duty '{duty}' obliges {agency} to report it",
          "nhiệm vụ '{duty}' giao {agency} báo cáo chỉ tiêu này"}},
        {"note.leads-report-own",
         {"so under {duty}, which has each lead report its own indicators, {count} senders report it to "
          "{recipient}: {agencies}",
          "vì vậy theo {duty}, nhiệm vụ giao mỗi cơ quan chủ trì báo cáo các chỉ tiêu mình chủ trì, "
          "{count} cơ quan báo cáo chỉ tiêu này cho {recipient}: {agencies}"}},
        {"note.plan-issued",
         {"the plan is issued on {issued} here", "kế hoạch ban hành ngày {issued} tại đây"}},
        {"note.onward-duty",
         {"the onward duty '{duty}' is here", "nhiệm vụ báo cáo lên cấp trên '{duty}' ở đây"}},
        {"note.other-report", {"the other report is here", "báo cáo kia ở đây"}},
        {"note.replaced-report", {"the report it replaces is here", "báo cáo bị thay thế ở đây"}},
        {"note.first-value", {"the first value is here", "giá trị thứ nhất ở đây"}},
        {"note.share-here", {"{agency}'s share is here", "phần số liệu của {agency} ở đây"}},
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
        // `--baseline` (src/cli/common.cpp), on stderr.
        {"baseline.summary",
         {"baseline '{file}': {hidden} accepted finding(s) hidden; {fixed} of its {entries} entries no "
          "longer occur (fixed)",
          "đường cơ sở '{file}': đã ẩn {hidden} vấn đề đã được chấp nhận; {fixed} trong số {entries} mục của "
          "nó không còn xuất hiện (đã khắc phục)"}},
        {"baseline.fixed",
         {"fixed: {fingerprint} {code}: {message}", "đã khắc phục: {fingerprint} {code}: {message}"}},
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
        {"label.graph-dissolved",
         {"ceased to exist before the as-of date", "đã chấm dứt hoạt động trước ngày đối chiếu"}},
        {"label.received", {"received", "đã nhận"}},
        {"label.period-kind", {"period", "loại kỳ"}},
        {"kind.yearly", {"year", "năm"}},
        {"kind.half-yearly", {"half-year", "6 tháng"}},
        {"kind.quarterly", {"quarter", "quý"}},
        {"kind.monthly", {"month", "tháng"}},
        {"kind.once", {"once", "một lần"}},
        {"label.kinds-added", {"all periods: {kinds}", "cộng các kỳ: {kinds}"}},
        {"label.fold-figures",
         {"expected {expected}, received {received}: reporting rate {reporting_rate}, on time "
          "{on_time_rate}; "
          "{missing} missing, {late} late",
          "phải nộp {expected}, đã nhận {received}: tỷ lệ nộp {reporting_rate}, đúng hạn {on_time_rate}; "
          "{missing} chưa nộp, {late} nộp chậm"}},
        {"label.scorecard-reading",
         {"One row per agency and kind of period: a yearly and a six-month report are counted apart, and a "
          "row \"all periods\" adds them, saying which. The measures are DHIS2's: expected reports (due at "
          "the "
          "as-of date), actual reports (received), actual reports on time (by the due date plus grace), "
          "reporting rate = received / expected, on-time rate = on time / expected. Reports not yet due "
          "count "
          "in no rate. An agency with agencies under it folds them; its line adds them all.",
          "Mỗi dòng là một cơ quan và một loại kỳ báo cáo: báo cáo năm và báo cáo 6 tháng được tính riêng, "
          "dòng \"cộng các kỳ\" cộng chúng lại và ghi rõ cộng những kỳ nào. Các chỉ số theo DHIS2: số báo "
          "cáo "
          "phải nộp (đã đến hạn tại ngày đối chiếu), số báo cáo đã nhận, số báo cáo đúng hạn (trước hạn cộng "
          "thời gian gia hạn), tỷ lệ nộp = đã nhận / phải nộp, tỷ lệ đúng hạn = đúng hạn / phải nộp. Báo cáo "
          "chưa đến hạn không tính vào tỷ lệ nào. Cơ quan có đơn vị trực thuộc được thu gọn; dòng của cơ "
          "quan "
          "cộng cả các đơn vị đó."}},
        {"label.round", {"round", "kỳ kiểm tra"}},
        {"label.all-periods", {"every period of {years}", "mọi kỳ của giai đoạn {years}"}},
        {"label.all-periods-none", {"every period", "mọi kỳ"}},
        {"heading.html-about-check",
         {"plan {plans}, round {round}, as of {as_of}",
          "kế hoạch {plans}, kỳ {round}, tính đến ngày {as_of}"}},
        {"heading.html-about-lint", {"plan {plans}", "kế hoạch {plans}"}},
        // Each code's short title, for labels (the HTML page's tables and filters): a code name is an
        // identifier, not a word an inspector reads.
        {"title.syntax", {"syntax error", "lỗi cú pháp"}},
        {"title.unknown-ref", {"unknown name", "tên chưa khai báo"}},
        {"title.duplicate-decl", {"declared twice", "khai báo trùng"}},
        {"title.bad-import", {"bad import", "nhập tệp lỗi"}},
        {"title.bad-date", {"impossible date", "ngày không tồn tại"}},
        {"title.no-lead", {"no lead agency", "không có cơ quan chủ trì"}},
        {"title.many-leads", {"several lead agencies", "nhiều cơ quan chủ trì"}},
        {"title.lead-and-support", {"lead and support at once", "vừa chủ trì vừa phối hợp"}},
        {"title.unreported", {"nobody reports it", "không cơ quan nào báo cáo"}},
        {"title.many-reporters", {"several reporters", "nhiều cơ quan cùng báo cáo"}},
        {"title.reporter-not-lead", {"reports what it does not lead", "báo cáo chỉ tiêu không chủ trì"}},
        {"title.no-deadline", {"no due date", "không có hạn báo cáo"}},
        {"title.chain-broken",
         {"chain does not reach the issuer", "chuỗi báo cáo không đến cơ quan ban hành"}},
        {"title.chain-cycle", {"reporting cycle", "vòng lặp báo cáo"}},
        {"title.deadline-order", {"deadlines out of order", "hạn báo cáo sai thứ tự"}},
        {"title.dissolved-agency", {"agency ceased to exist", "cơ quan đã chấm dứt hoạt động"}},
        {"title.unused-agency", {"agency without a role", "cơ quan không có vai trò"}},
        {"title.target-outside-period",
         {"target outside the plan period", "mục tiêu ngoài giai đoạn kế hoạch"}},
        {"title.bad-target", {"impossible target", "mục tiêu không hợp lệ"}},
        {"title.no-target", {"no target", "chưa có mục tiêu"}},
        {"title.xml-malformed", {"malformed XML", "XML sai cú pháp"}},
        {"title.report-invalid", {"invalid report", "báo cáo không hợp lệ"}},
        {"title.report-unknown",
         {"unknown plan, agency or indicator", "kế hoạch, cơ quan hoặc chỉ tiêu không có trong kế hoạch"}},
        {"title.unexpected-report", {"unexpected report", "báo cáo không theo yêu cầu"}},
        {"title.missing-report", {"missing report", "báo cáo quá hạn chưa nộp"}},
        {"title.late-report", {"late report", "báo cáo nộp chậm"}},
        {"title.pending-report", {"not yet due", "báo cáo chưa đến hạn"}},
        {"title.future-date", {"submitted after the as-of date", "ngày gửi sau ngày đối chiếu"}},
        {"title.missing-value", {"missing value", "thiếu số liệu"}},
        {"title.unavailable-value", {"value declared unavailable", "số liệu được báo là chưa có"}},
        {"title.bad-value", {"invalid value", "số liệu không hợp lệ"}},
        {"title.extra-value", {"value not asked for", "số liệu ngoài yêu cầu"}},
        {"title.duplicate-report", {"report received twice", "báo cáo nhận hai lần"}},
        {"title.conflicting-values", {"conflicting values", "số liệu mâu thuẫn"}},
        {"title.target-missed", {"target missed", "không đạt mục tiêu"}},
        {"title.target-met", {"target met", "đạt mục tiêu"}},
        {"title.target-not-judged", {"target not judged", "mục tiêu chưa được đánh giá"}},
        {"title.dissolved-sender",
         {"report from a ceased agency", "báo cáo của cơ quan đã chấm dứt hoạt động"}},
        {"title.unknown-markup", {"unknown markup", "thẻ hoặc thuộc tính không xác định"}},
        {"title.unreadable-input", {"unreadable input", "không đọc được tệp"}},
        {"label.search", {"search", "tìm"}},
        {"label.finding-kind", {"finding", "loại vấn đề"}},
        {"label.graph-late", {"has late reports", "có báo cáo nộp chậm"}},
        {"label.graph-ceasing",
         {"still exists at the as-of date, with an end date",
          "vẫn hoạt động tại ngày đối chiếu, có ngày chấm dứt"}},
        {"label.graph-ceased-on",
         {"ceased to exist after {until}", "đã chấm dứt hoạt động sau ngày {until}"}},
        {"label.graph-ceases-on", {"exists until {until}", "hoạt động đến hết ngày {until}"}},
        {"label.fold-agencies", {"{count} agencies", "{count} cơ quan"}},
        {"label.matrix-folded",
         {"This plan gives roles to {count} agencies, too many for one screen: they are folded into {groups} "
          "columns along the `under` hierarchy (an agency and the agencies under it). A cell counts the "
          "column's agencies by role (R12: twelve of them report the indicator); each group below opens to "
          "its agencies.",
          "Kế hoạch này giao vai trò cho {count} cơ quan, quá nhiều để xem trên một màn hình: các cơ quan "
          "được "
          "gộp thành {groups} cột theo quan hệ trực thuộc (một cơ quan cùng các đơn vị trực thuộc). Mỗi ô "
          "đếm "
          "số cơ quan của cột theo vai trò (B12: mười hai cơ quan báo cáo chỉ tiêu); mở từng nhóm bên dưới "
          "để "
          "xem danh sách cơ quan."}},
        // The csv columns and scopes, for a spreadsheet read under --lang vi (English keeps the names).
        {"csv.code", {"code", "mã"}},
        {"csv.severity", {"severity", "mức độ"}},
        {"csv.file", {"file", "tệp"}},
        {"csv.line", {"line", "dòng"}},
        {"csv.column", {"column", "cột"}},
        {"csv.plan", {"plan", "kế hoạch"}},
        {"csv.agency", {"agency", "cơ quan"}},
        {"csv.recipient", {"recipient", "cơ quan nhận"}},
        {"csv.indicator", {"indicator", "chỉ tiêu"}},
        {"csv.duty", {"duty", "nhiệm vụ báo cáo"}},
        {"csv.period", {"period", "kỳ báo cáo"}},
        {"csv.message", {"message", "nội dung"}},
        {"csv.fingerprint", {"fingerprint", "dấu vân tay"}},
        {"csv.name", {"name", "tên"}},
        {"csv.scope", {"scope", "phạm vi"}},
        {"csv.expected", {"expected", "phải nộp"}},
        {"csv.actual", {"actual", "đã nộp"}},
        {"csv.on_time", {"on_time", "đúng hạn"}},
        {"csv.late", {"late", "nộp chậm"}},
        {"csv.missing", {"missing", "chưa nộp (quá hạn)"}},
        {"csv.pending", {"pending", "chưa đến hạn"}},
        {"csv.reporting_rate", {"reporting_rate", "tỷ lệ nộp"}},
        {"csv.on_time_rate", {"on_time_rate", "tỷ lệ đúng hạn"}},
        {"csv.own", {"own", "bản thân"}},
        {"csv.rolled_up", {"rolled_up", "gồm đơn vị trực thuộc"}},
        {"csv.total", {"total", "toàn kế hoạch"}},
        // Each code's rule, as SARIF's help and the docs give it (English: CodeInfo::summary_en).
        {"rule.syntax", {"the file cannot be parsed", "tệp không phân tích được"}},
        {"rule.unknown-ref",
         {"a name refers to nothing declared", "một tên tham chiếu đến thứ chưa được khai báo"}},
        {"rule.duplicate-decl",
         {"the same id declared twice in one scope", "cùng một mã được khai báo hai lần trong một phạm vi"}},
        {"rule.bad-import",
         {"an import cannot be read, escapes the rules root, or forms a cycle",
          "một tệp nhập không đọc được, nằm ngoài thư mục gốc quy tắc, hoặc tạo thành vòng lặp"}},
        {"rule.bad-date",
         {"a date, day-month or year that does not exist", "một ngày, ngày-tháng hoặc năm không tồn tại"}},
        {"rule.no-lead",
         {"an indicator (leaf or its ancestors) has no lead",
          "một chỉ tiêu (hoặc chỉ tiêu cha của nó) không có cơ quan chủ trì"}},
        {"rule.many-leads",
         {"an indicator has more than one lead", "một chỉ tiêu có nhiều hơn một cơ quan chủ trì"}},
        {"rule.lead-and-support",
         {"one agency is both lead and support of one indicator",
          "một cơ quan vừa chủ trì vừa phối hợp thực hiện một chỉ tiêu"}},
        {"rule.unreported",
         {"no duty covers the indicator: nobody is obliged to report it",
          "không nhiệm vụ báo cáo nào bao gồm chỉ tiêu: không cơ quan nào có trách nhiệm báo cáo"}},
        {"rule.many-reporters",
         {"several senders are obliged to report the same indicator to the same recipient",
          "nhiều cơ quan cùng phải báo cáo một chỉ tiêu cho cùng một cơ quan nhận"}},
        {"rule.reporter-not-lead",
         {"a duty makes an agency report an indicator it neither leads nor receives through another duty",
          "một nhiệm vụ yêu cầu cơ quan báo cáo chỉ tiêu mà cơ quan đó không chủ trì và không nhận qua nhiệm "
          "vụ khác"}},
        {"rule.no-deadline", {"a duty has no due date", "một nhiệm vụ báo cáo không có hạn"}},
        {"rule.chain-broken",
         {"reports from a sender can never reach the plan issuer",
          "báo cáo của một cơ quan không bao giờ đến được cơ quan ban hành kế hoạch"}},
        {"rule.chain-cycle", {"duties form a cycle of senders", "các nhiệm vụ báo cáo tạo thành vòng lặp"}},
        {"rule.deadline-order",
         {"a report is due to a recipient after the day that recipient must itself report onward",
          "hạn báo cáo cho cơ quan nhận muộn hơn hạn cơ quan đó phải báo cáo lên cấp trên"}},
        {"rule.dissolved-agency",
         {"a duty sends to, or is carried by, an agency that has ceased to exist before the due date",
          "nhiệm vụ gửi cho, hoặc do, một cơ quan đã chấm dứt hoạt động trước hạn báo cáo"}},
        {"rule.unused-agency",
         {"a declared agency has no role", "một cơ quan được khai báo nhưng không có vai trò"}},
        {"rule.target-outside-period",
         {"a target year lies outside the plan period", "năm mục tiêu nằm ngoài giai đoạn kế hoạch"}},
        {"rule.bad-target",
         {"a target impossible for its unit", "mục tiêu không thể đạt với đơn vị tính của chỉ tiêu"}},
        {"rule.no-target", {"a leaf indicator has no target", "một chỉ tiêu lá chưa có mục tiêu"}},
        {"rule.xml-malformed", {"not well-formed XML", "XML sai cú pháp"}},
        {"rule.report-invalid",
         {"a required attribute missing or malformed", "thiếu hoặc sai một thuộc tính bắt buộc"}},
        {"rule.report-unknown",
         {"names a plan, agency or indicator that the plan does not declare",
          "nêu một kế hoạch, cơ quan hoặc chỉ tiêu không có trong kế hoạch"}},
        {"rule.unexpected-report",
         {"no duty expects this sender to recipient report for this period",
          "không nhiệm vụ nào yêu cầu cơ quan gửi báo cáo này cho cơ quan nhận trong kỳ này"}},
        {"rule.missing-report",
         {"the due date plus grace has passed and nothing arrived",
          "đã quá hạn (kể cả thời gian gia hạn) mà chưa nhận được báo cáo"}},
        {"rule.late-report",
         {"arrived after the due date plus grace", "báo cáo đến sau hạn (kể cả thời gian gia hạn)"}},
        {"rule.pending-report", {"not yet due and not yet received", "chưa đến hạn và chưa nhận được"}},
        {"rule.future-date", {"submitted after --as-of", "ngày gửi sau ngày đối chiếu (--as-of)"}},
        {"rule.missing-value",
         {"the duty covers an indicator and the report carries no value",
          "nhiệm vụ bao gồm một chỉ tiêu mà báo cáo không có số liệu"}},
        {"rule.unavailable-value",
         {"a value declared status=\"unavailable\"",
          "số liệu được khai báo status=\"unavailable\" (chưa có)"}},
        {"rule.bad-value",
         {"a value that does not parse for its unit, or out of range",
          "số liệu không đọc được theo đơn vị tính, hoặc nằm ngoài khoảng cho phép"}},
        {"rule.extra-value",
         {"a value for an indicator the duty does not cover",
          "số liệu của chỉ tiêu mà nhiệm vụ không bao gồm"}},
        {"rule.duplicate-report",
         {"the same report received twice with identical values",
          "cùng một báo cáo được nhận hai lần với số liệu như nhau"}},
        {"rule.conflicting-values",
         {"two values for one indicator and period disagree",
          "hai số liệu của cùng chỉ tiêu và kỳ không khớp nhau"}},
        {"rule.target-missed",
         {"a value in a target year fails the target", "số liệu năm mục tiêu không đạt mục tiêu"}},
        {"rule.target-met",
         {"a value in a target year meets the target", "số liệu năm mục tiêu đạt mục tiêu"}},
        {"rule.target-not-judged",
         {"a target year's only values of an indicator are shares of a divided lead",
          "số liệu năm mục tiêu của chỉ tiêu chỉ gồm các phần của những cơ quan cùng chủ trì"}},
        {"rule.dissolved-sender",
         {"a report from an agency after it ceased to exist",
          "báo cáo của một cơ quan sau khi cơ quan đó đã chấm dứt hoạt động"}},
        {"rule.unknown-markup",
         {"an element or attribute the report format does not define",
          "thẻ hoặc thuộc tính mà định dạng báo cáo không định nghĩa"}},
        {"rule.unreadable-input",
         {"a report path that cannot be read", "một đường dẫn báo cáo không đọc được"}},
        {"label.plan-check", {"Plan check", "Kiểm tra kế hoạch"}},
        {"label.report-check", {"Report check", "Kiểm tra báo cáo"}},
        {"label.notes-not-listed",
         {"{count} notes are counted in the summary but not listed here ({codes}), so that the page stays "
          "small enough to open; the text, csv and json outputs list every one.",
          "{count} ghi chú được đếm trong phần tóm tắt nhưng không liệt kê ở đây ({codes}) để trang đủ nhẹ "
          "để mở; các định dạng text, csv và json liệt kê đầy đủ."}},
        {"label.fold-unlisted",
         {"{count} more agencies with no late or missing report are not listed; the line above adds them in.",
          "{count} cơ quan khác không có báo cáo nộp chậm hay chưa nộp không được liệt kê; dòng tổng ở trên "
          "đã "
          "cộng cả các cơ quan này."}},
        // --- end of output headings ---
        // --- the command line (src/cli): usage errors, --help, who, owners, graph ---
        {"cli.no-command",
         {"no command given (oblige --help lists them)", "chưa nêu lệnh (oblige --help liệt kê các lệnh)"}},
        {"cli.unknown-command", {"unknown command '{command}'", "không có lệnh '{command}'"}},
        {"cli.out-of-memory", {"out of memory", "không đủ bộ nhớ"}},
        {"cli.as-of-not-date",
         {"--as-of '{value}' is not a date (YYYY-MM-DD)",
          "--as-of '{value}' không phải là ngày (YYYY-MM-DD)"}},
        // A bug: `what` is the exception's own text, which only a developer reads.
        {"cli.internal-error",
         {"internal error: {what}", "lỗi nội bộ của chương trình (xin báo cho người phát triển): {what}"}},
        // `oblige history` and `--history` (cli/history_command.cpp, history_option.cpp). A database failure
        // is said in English in the database's own words (history_error_text); the English below says the
        // same by its kind, for the placeholders and for a language that has no words of its own.
        {"cli.history-name-one",
         {"name one history (oblige history DB [--plan ID] [--agency ID] [--last N])",
          "hãy nêu đúng một tệp lịch sử (oblige history DB [--plan ID] [--agency ID] [--last N])"}},
        {"cli.history-last",
         {"--last '{value}' is not a positive number of runs",
          "--last '{value}' không phải là số lần chạy dương"}},
        {"cli.history-none",
         {"'{target}' holds no oblige history", "'{target}' không chứa lịch sử chạy của oblige"}},
        {"cli.history-busy",
         {"the history '{target}' is locked by another process; try again later",
          "lịch sử '{target}' đang bị một tiến trình khác khóa; hãy thử lại sau"}},
        {"cli.history-read-only",
         {"cannot write to the history '{target}': the file or database is read-only",
          "không ghi được vào lịch sử '{target}': tệp hoặc cơ sở dữ liệu chỉ cho phép đọc"}},
        {"cli.history-newer-schema",
         {"the history '{target}' was written by a newer oblige than this one: use a newer oblige",
          "lịch sử '{target}' do một phiên bản oblige mới hơn ghi, phiên bản này không đọc được: hãy dùng "
          "oblige mới hơn"}},
        {"cli.history-missing",
         {"no history at '{target}' (oblige check --history {target} records one)",
          "không có lịch sử tại '{target}' (oblige check --history {target} sẽ tạo)"}},
        {"cli.history-other",
         {"cannot use the history '{target}': {detail}",
          "không dùng được lịch sử '{target}'; nguyên văn lỗi của cơ sở dữ liệu: {detail}"}},
        {"cli.unknown-option", {"unknown option '{option}'", "không có tùy chọn '{option}'"}},
        {"cli.did-you-mean", {"did you mean '{guess}'?", "có phải ý bạn là '{guess}'?"}},
        {"cli.takes-no-value", {"{option} takes no value", "{option} không nhận giá trị"}},
        {"cli.needs-value", {"{option} needs a value ({value})", "{option} cần một giá trị ({value})"}},
        {"cli.bad-value",
         {"unknown {option} '{value}' ({allowed})", "{option} không nhận giá trị '{value}' ({allowed})"}},
        {"cli.unknown-code",
         {"--ignore: unknown finding code '{code}'", "--ignore: không có mã kết quả kiểm tra '{code}'"}},
        {"cli.no-plan",
         {"no plan file given (oblige {command} PLAN.obl...)",
          "chưa nêu tệp kế hoạch (oblige {command} PLAN.obl...)"}},
        {"cli.no-reports",
         {"no reports given (oblige check PLAN.obl... --reports PATH...)",
          "chưa nêu báo cáo nào (oblige check PLAN.obl... --reports ĐƯỜNG_DẪN...)"}},
        {"cli.would-write-over",
         {"{option} '{path}' would write over '{input}', which this run reads; oblige never writes into its "
          "inputs",
          "{option} '{path}' sẽ ghi đè lên '{input}', tệp mà lần chạy này đọc; oblige không bao giờ ghi vào "
          "đầu "
          "vào của nó"}},
        {"cli.would-write-into",
         {"{option} '{path}' would write into '{input}', which this run reads; oblige never writes into its "
          "inputs",
          "{option} '{path}' sẽ ghi vào thư mục '{input}', nơi lần chạy này đọc; oblige không bao giờ ghi "
          "vào đầu "
          "vào của nó"}},
        {"cli.no-indicators",
         {"the plan names no indicator (its reports are narrative)",
          "kế hoạch không nêu chỉ tiêu nào (các báo cáo chỉ là báo cáo tình hình)"}},
        {"cli.see-help",
         {"oblige {command} --help lists its options", "oblige {command} --help liệt kê các tùy chọn"}},
        {"cli.graph-has-findings",
         {"the plan has {errors} error(s) and {warnings} warning(s); the graph is drawn anyway (oblige lint "
          "shows "
          "them)",
          "kế hoạch có {errors} lỗi và {warnings} cảnh báo; sơ đồ vẫn được vẽ (lệnh oblige lint liệt kê "
          "chúng)"}},
        {"cli.who-usage",
         {"usage: oblige who PLAN.obl... AGENCY|GOAL|INDICATOR",
          "cách dùng: oblige who PLAN.obl... CƠ_QUAN|MỤC_TIÊU|CHỈ_TIÊU"}},
        {"cli.who-unknown",
         {"no agency, goal or indicator named '{name}'",
          "không có cơ quan, mục tiêu hay chỉ tiêu nào tên '{name}'"}},
        {"cli.unknown-agency", {"unknown agency '{agency}'", "không có cơ quan '{agency}'"}},
        {"cli.template-needs",
         {"needs --agency ID and --period P (oblige template PLAN.obl... --agency SYT --period 2024)",
          "cần --agency MÃ và --period KỲ (oblige template PLAN.obl... --agency SYT --period 2024)"}},
        {"cli.bad-period",
         {"{option} '{value}' is not a period (2024, 2024-H1, 2024-Q3, 2024-07, once)",
          "{option} '{value}' không phải là kỳ báo cáo (2024, 2024-H1, 2024-Q3, 2024-07, once)"}},
        {"cli.owes-nothing",
         {"{agency} owes no report for {period}", "{agency} không phải nộp báo cáo nào cho kỳ {period}"}},
        {"cli.test-usage",
         {"usage: oblige test FILE.obl... | oblige test PLAN.obl... --reports PATH... --as-of YYYY-MM-DD",
          "cách dùng: oblige test TỆP.obl... | oblige test KẾ_HOẠCH.obl... --reports ĐƯỜNG_DẪN... --as-of "
          "YYYY-MM-DD"}},
        {"cli.cannot-read", {"{file}: cannot be read", "{file}: không đọc được"}},
        {"cli.test-expected",
         {"{where}: expected {code}, not reported", "{where}: cần có {code}, nhưng không được báo"}},
        {"cli.test-expected-file",
         {"{where}: expected {code} somewhere in the file, not reported",
          "{where}: cần có {code} ở đâu đó trong tệp, nhưng không được báo"}},
        {"cli.test-unexpected",
         {"{where}: unexpected {code}: {message}", "{where}: không mong đợi {code}: {message}"}},
        {"cli.test-summary", {"{passed} passed, {failed} failed", "{passed} đạt, {failed} không đạt"}},
        {"cli.test-pass", {"PASS {file}", "ĐẠT {file}"}},
        {"cli.test-fail", {"FAIL {file}", "KHÔNG ĐẠT {file}"}},
        {"cli.test-needs-as-of",
         {"a test with reports needs --as-of YYYY-MM-DD (the day its verdicts hold), not '{value}'",
          "kiểm thử có báo cáo cần --as-of YYYY-MM-DD (ngày các kết luận được đánh giá), không phải "
          "'{value}'"}},
        {"cli.test-options-need-reports",
         {"--as-of and --period judge reports: give them with --reports PATH...",
          "--as-of và --period dùng để đánh giá báo cáo: hãy dùng chúng cùng --reports ĐƯỜNG_DẪN..."}},
        {"help.option.test-as-of",
         {"the day the reports are judged on (required with --reports)",
          "ngày dùng để đánh giá các báo cáo (bắt buộc khi có --reports)"}},
        {"who.lead", {"lead", "chủ trì"}},
        {"who.support", {"support", "phối hợp"}},
        {"who.none", {"(none)", "(không có)"}},
        {"who.source", {"source", "nguồn"}},
        {"who.reported", {"reported", "báo cáo"}},
        {"who.nobody-reports", {"nobody is obliged to report it", "không cơ quan nào có nhiệm vụ báo cáo"}},
        {"who.inherited", {"(from the parent indicator)", "(kế thừa từ chỉ tiêu cha)"}},
        {"who.qualifier", {"limited to '{qualifier}'", "trong phạm vi '{qualifier}'"}},
        {"who.divided",
         {"the text divides this indicator between its leads",
          "văn bản chia chỉ tiêu này cho các cơ quan chủ trì"}},
        {"who.chain", {"chain", "chuỗi báo cáo"}},
        {"who.never-reaches",
         {"{agency} never reaches the issuer {issuer}",
          "{agency} không bao giờ đến được cơ quan ban hành {issuer}"}},
        {"who.no-schedule", {"no schedule", "không có lịch"}},
        {"who.no-due", {"no due date", "không có hạn nộp"}},
        {"who.reports-to-unnamed", {"reports to nobody named", "báo cáo nhưng không nêu nơi nhận"}},
        {"who.no-recipient-named", {"(the text names no recipient)", "(văn bản không nêu nơi nhận)"}},
        {"who.issuer-office",
         {"{agency} is an office of the issuer {issuer} and reports for it",
          "{agency} là đơn vị thuộc cơ quan ban hành {issuer} và báo cáo thay cho cơ quan này"}},
        {"who.office-of", {"an office of the issuer {issuer}", "đơn vị thuộc cơ quan ban hành {issuer}"}},
        {"who.uncertain", {"(probably: the sources do not confirm it)", "(có thể: nguồn chưa xác nhận)"}},
        {"who.heir-for", {"successor for {indicators}", "cơ quan kế thừa đối với {indicators}"}},
        {"who.grace", {"grace {days} days", "gia hạn {days} ngày"}},
        {"who.until", {"until {date}", "đến {date}"}},
        {"who.declared", {"declared", "khai báo tại"}},
        {"who.under", {"under", "trực thuộc"}},
        {"who.successor", {"successor", "đơn vị kế thừa"}},
        {"who.member-of", {"member of", "thành viên của"}},
        {"who.group-localities",
         {"a group of localities: each member's figures are for its own locality",
          "nhóm địa phương: số liệu của mỗi thành viên là của địa phương mình"}},
        {"who.group-departments",
         {"a group of departments: each member's figures are for the whole area",
          "nhóm sở, ban, ngành: số liệu của mỗi thành viên là của toàn địa bàn"}},
        {"who.member", {"member", "thành viên"}},
        {"who.in-plan", {"in plan {plan}", "trong kế hoạch {plan}"}},
        {"who.issuer", {"issuer of the plan", "cơ quan ban hành kế hoạch"}},
        {"who.reports-to", {"reports to {agency}", "báo cáo cho {agency}"}},
        {"who.receives-from", {"receives from {agency}", "nhận báo cáo từ {agency}"}},
        {"who.narrative", {"narrative", "báo cáo tình hình"}},
        {"who.indicators", {"{count} indicator(s)", "{count} chỉ tiêu"}},
        {"who.goal", {"goal", "mục tiêu"}},
        {"owners.reporters", {"reporters", "cơ quan báo cáo"}},
        {"owners.recipients", {"recipients", "cơ quan nhận"}},
        {"owners.gap", {"gap", "thiếu"}},
        {"owners.duplicate", {"duplicate", "trùng lặp"}},
        {"help.title",
         {"oblige: checks government plan obligations",
          "oblige: kiểm tra việc thực hiện nghĩa vụ theo kế hoạch của cơ quan nhà nước"}},
        {"help.usage", {"usage:", "cách dùng:"}},
        {"help.options-word", {"options", "tùy chọn"}},
        {"help.options-heading", {"options:", "tùy chọn:"}},
        {"help.more",
         {"oblige COMMAND --help describes a command's options; man oblige describes them all.",
          "oblige LỆNH --help mô tả các tùy chọn của một lệnh; man oblige mô tả tất cả."}},
        {"help.exit-status",
         {"exit status: 0 no finding reaches --fail-on, 1 one does, 2 usage error or unreadable input",
          "mã thoát: 0 không kết quả nào đạt mức --fail-on, 1 có kết quả đạt mức đó, 2 dùng sai lệnh hoặc "
          "không đọc được đầu vào"}},
        {"help.command.lint",
         {"plan checks only, for policy staff reviewing a plan",
          "chỉ kiểm tra kế hoạch, dành cho cán bộ rà soát kế hoạch"}},
        {"help.command.check",
         {"plan and report checks, with the reporting figures",
          "kiểm tra kế hoạch và báo cáo, kèm số liệu báo cáo"}},
        {"help.command.graph",
         {"the agency-responsibility graph (Graphviz, yEd or SVG)",
          "sơ đồ trách nhiệm giữa các cơ quan (Graphviz, yEd hoặc SVG)"}},
        {"help.command.who",
         {"roles, duties and the chain to the issuer of an agency, goal or indicator",
          "vai trò, nhiệm vụ và chuỗi báo cáo đến cơ quan ban hành của một cơ quan, mục tiêu hoặc chỉ tiêu"}},
        {"help.command.owners",
         {"every indicator with its leads, supporters, reporters and recipients",
          "mọi chỉ tiêu cùng cơ quan chủ trì, phối hợp, báo cáo và nhận báo cáo"}},
        {"help.command.template",
         {"the XML skeleton an agency must submit for a period (a year: every period in it)",
          "khung XML một cơ quan phải nộp cho một kỳ (một năm: mọi kỳ trong năm)"}},
        {"help.command.test",
         {"verify the `# expect: code` annotations of test plans (with --reports, also the `<!-- expect: "
          "code -->` "
          "annotations of test reports)",
          "kiểm chứng các chú thích `# expect: mã` của kế hoạch thử (với --reports, cả các chú thích "
          "`<!-- expect: mã -->` của báo cáo thử)"}},
        {"help.command.history",
         {"the runs recorded by check --history: new, resolved and persisting findings, each agency's trend",
          "các lần chạy đã ghi bằng check --history: kết quả mới, đã khắc phục và còn tồn tại, xu hướng của "
          "từng cơ quan"}},
        {"cli.new-only-needs-history",
         {"--new-only needs --history DB (what is new is known from the recorded runs)",
          "--new-only cần --history DB (kết quả mới được biết từ các lần chạy đã ghi)"}},
        {"help.option.history",
         {"record the run in DB (a SQLite file, created on first use, or a postgresql:// URI)",
          "ghi lần chạy vào DB (tệp SQLite, tạo khi dùng lần đầu, hoặc URI postgresql://)"}},
        {"help.option.new-only",
         {"with --history: show only the findings new since the last recorded run of the same plans",
          "cùng --history: chỉ hiện các kết quả mới so với lần chạy đã ghi gần nhất của cùng kế hoạch"}},
        {"help.option.history-plan", {"only the runs of this plan", "chỉ các lần chạy của kế hoạch này"}},
        {"help.option.history-agency",
         {"one agency's record across runs and periods", "hồ sơ của một cơ quan qua các lần chạy và các kỳ"}},
        {"help.option.last", {"only the last N runs", "chỉ N lần chạy gần nhất"}},
        {"help.option.help", {"show this help and exit", "hiện trợ giúp này rồi thoát"}},
        {"help.option.lang",
         {"language of messages and labels (default en)", "ngôn ngữ của thông báo và nhãn (mặc định en)"}},
        {"help.option.root",
         {"the rules root imports may not leave (default: the nearest folder named rules)",
          "thư mục gốc mà lệnh import không được ra ngoài (mặc định: thư mục rules gần nhất)"}},
        {"help.option.output",
         {"write to FILE (atomically) instead of standard output; - is standard output",
          "ghi ra TỆP (trọn vẹn) thay vì đầu ra chuẩn; - là đầu ra chuẩn"}},
        {"help.option.format",
         {"output format (default: the first listed)", "định dạng đầu ra (mặc định: định dạng đầu tiên)"}},
        {"help.option.fail-on",
         {"lowest severity that makes the exit status 1 (default error)",
          "mức độ thấp nhất làm mã thoát bằng 1 (mặc định error)"}},
        {"help.option.only",
         {"show only plan findings or only report findings",
          "chỉ hiện kết quả về kế hoạch hoặc chỉ về báo cáo"}},
        {"help.option.ignore",
         {"leave out these finding codes (before --fail-on)", "bỏ qua các mã kết quả này (trước --fail-on)"}},
        {"help.option.quiet",
         {"text: the summary and figures only, not each finding",
          "dạng text: chỉ tóm tắt và số liệu, không liệt kê từng kết quả"}},
        {"help.option.table",
         {"csv: the findings (default) or the reporting figures",
          "csv: các kết quả (mặc định) hoặc số liệu báo cáo"}},
        {"help.option.baseline", {"hide the findings recorded in FILE", "ẩn các kết quả đã ghi trong TỆP"}},
        {"help.option.write-baseline",
         {"record this run's findings in FILE", "ghi các kết quả của lần chạy này vào TỆP"}},
        {"help.option.reports",
         {"report files or folders (every *.xml under them); stops at a word ending in .obl",
          "các tệp hoặc thư mục báo cáo (mọi *.xml bên trong); dừng ở từ kết thúc bằng .obl"}},
        {"help.option.as-of",
         {"the day the round is judged on (default: today in Vietnam, UTC+7)",
          "ngày dùng để đánh giá (mặc định: hôm nay theo giờ Việt Nam, UTC+7)"}},
        {"help.option.period",
         {"judge only the periods inside PERIOD (2024, 2024-H1, 2024-Q3, 2024-07); repeatable",
          "chỉ đánh giá các kỳ nằm trong KỲ (2024, 2024-H1, 2024-Q3, 2024-07); có thể lặp lại"}},
        {"help.option.agency", {"the agency that sends the reports", "cơ quan gửi báo cáo"}},
        {"help.option.template-period",
         {"the period (a year takes in every period of it)", "kỳ báo cáo (một năm gồm mọi kỳ trong năm)"}},
    };
    return table;
}
} // namespace

const char* message_template(std::string_view id, Lang lang) {
    auto it = templates().find(id);
    if (it == templates().end()) return nullptr;
    return lang == Lang::vi ? it->second.vi : it->second.en;
}

std::vector<std::string_view> message_ids() {
    std::vector<std::string_view> ids;
    for (const auto& [id, texts] : templates())
        ids.push_back(id);
    return ids;
}

namespace {
std::string render_id(std::string_view id, const MessageArgs& args, Lang lang, int depth = 0);

// A typed arg in the message's language: a due date the text gives as "trước ngày D" reads "before D", and
// its grace "+ N days' grace"; a target is worded from its parts ("đến năm 2025", "có"; in English the
// plan's own words); a number is its digits.
std::string arg_words(const ArgValue& value, Lang lang) {
    if (const DateArg* due = value.date(); due && (due->before || due->grace_days > 0)) {
        std::string day =
            due->before ? render_id("term.before", {{"date", due->date}}, lang) : due->date.iso();
        if (due->grace_days == 0) return day;
        return render_id("term.grace", {{"date", std::move(day)}, {"days", due->grace_days}}, lang);
    }
    if (const TargetArg* target = value.target()) {
        const bool yes_no = target->value == "yes" || target->value == "no";
        return render_id(target->from ? "target.from" : "target.by",
                         {{"comparison", target->comparison},
                          {"value", yes_no ? render_id("term." + target->value, {}, lang) : target->value},
                          {"year", target->year}},
                         lang);
    }
    return value.english();
}
} // namespace

std::string fill_template(std::string_view templ, const MessageArgs& args, Lang lang) {
    std::string out;
    out.reserve(templ.size() + 32);
    for (std::size_t i = 0; i < templ.size(); ++i) {
        if (templ[i] == '{') {
            const std::size_t close = templ.find('}', i);
            if (close != std::string_view::npos) {
                if (const ArgValue* value = find_arg(args, templ.substr(i + 1, close - i - 1)))
                    out += value->words() ? *value->words() : arg_words(*value, lang);
                i = close;
                continue;
            }
        }
        out += templ[i];
    }
    return out;
}

namespace {
// An arg that names something the catalogue words in each language: a `kind` ("agency"), a `unit`
// ("percent") or a `hint` (a "hint." id filled with the same args); in a syntax error, its `detail.kind`
// (a term), `detail.expected` ("expect." id) and `detail.found` ("found." id, filled with the same args);
// why a path cannot be read, `detail.reason` (base/os_error.hpp).
// Empty when it is said as it is.
std::string translated_arg(std::string_view key, const ArgValue& arg, const MessageArgs& args, Lang lang) {
    const std::string* words = arg.words();
    if (!words) return {};
    const std::string& value = *words;
    if (key == "kind" || key == "detail.kind" || key == "unit") {
        const std::string id = (key == "unit" ? "unit." : "term.") + value;
        if (const char* t = message_template(id, lang)) return t;
    } else if ((key == "hint" && value.rfind("hint.", 0) == 0) ||
               (key == "detail.form" && value.rfind("form.", 0) == 0) ||
               (key == "detail.expected" && value.rfind("expect.", 0) == 0) ||
               (key == "detail.found" && value.rfind("found.", 0) == 0)) {
        if (const char* t = message_template(value, lang)) return fill_template(t, args, lang);
    } else if (key == "detail.reason") {
        // An errno base/os_error.cpp does not word is the C library's English: said as it is in English,
        // by its number in any other language.
        const bool worded = value.rfind("reason.", 0) == 0;
        if (!worded && lang == Lang::en) return {};
        if (const char* t = message_template(worded ? value : "reason.unknown", lang))
            return fill_template(t, args, lang);
    }
    return {};
}

std::string render_id(std::string_view id, const MessageArgs& args, Lang lang, int depth) {
    const char* templ = message_template(id, lang);
    if (!templ) templ = message_template(id, Lang::en);
    if (!templ) return std::string(id);
    MessageArgs filled = args;
    // `{@roles}` is a phrase: the arg `roles` names the catalogue entry ("phrase.roles.lead") whose text,
    // filled from the same args, goes there. A message that varies in two ways needs no entry per pair.
    const std::string_view text(templ);
    for (std::size_t open = text.find("{@"); open != std::string_view::npos && depth < 4;
         open = text.find("{@", open + 1)) {
        const std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        const std::string_view name = text.substr(open + 2, close - open - 2);
        if (const ArgValue* phrase = find_arg(args, name); phrase && phrase->words())
            filled.emplace_back("@" + std::string(name), render_id(*phrase->words(), args, lang, depth + 1));
    }
    // Kinds, units and hints are said in the message's language (translated_arg).
    return render_text(templ, filled, lang);
}
} // namespace

std::string render_text(std::string_view templ, const MessageArgs& args, Lang lang) {
    bool any = false;
    for (const auto& [key, value] : args)
        any = any || !translated_arg(key, value, args, lang).empty();
    if (!any) return fill_template(templ, args, lang);
    // Kinds and units first, so that a hint that names one ("a {unit} cannot be negative") says it too.
    MessageArgs translated = args;
    for (auto& [k, v] : translated)
        if (k != "hint")
            if (std::string t = translated_arg(k, v, args, lang); !t.empty()) v = std::move(t);
    for (auto& [k, v] : translated)
        if (k == "hint")
            if (std::string t = translated_arg(k, v, translated, lang); !t.empty()) v = std::move(t);
    return fill_template(templ, translated, lang);
}

std::string render_message(const Finding& finding, Lang lang) {
    if (!finding.variant.empty()) {
        const std::string id = finding.code + "." + finding.variant;
        if (message_template(id, Lang::en)) return render_id(id, finding.args, lang);
    }
    return render_id(finding.code, finding.args, lang);
}

Finding worded_finding(std::string code, Location where, std::string variant, MessageArgs parts) {
    Finding f = make_finding(std::move(code), std::move(where), {}, std::move(parts));
    f.variant = std::move(variant);
    f.args.insert(f.args.begin(), {"detail", render_message(f, Lang::en)});
    return f;
}

std::string render_related(const Related& related, Lang lang) {
    return render_id(related.message_id, related.args, lang);
}

std::string text_of(std::string_view id, Lang lang) {
    return render_id(id, {}, lang);
}

std::string code_title(std::string_view code, Lang lang) {
    const std::string id = "title." + std::string(code);
    return message_template(id, Lang::en) ? render_id(id, {}, lang) : std::string(code);
}

} // namespace oblige
