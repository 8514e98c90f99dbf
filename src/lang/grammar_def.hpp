// The grammar of a `.obl` file (SPEC §1.2). Every place where one thing must follow another is an
// expectation (`>`) on a named rule; error_handler.hpp turns the rule's name into words.
#pragma once

#include "lang/ast_adapted.hpp"
#include "lang/grammar.hpp"
#include "lang/lexical.hpp"

#include <type_traits>

namespace oblige::lang::grammar {

using lexical::kw;
using lexical::kw_text;

// Sets a node's offset: the first byte of its text (after blanks), counted from the start of the file.
struct locate {
    template <typename Iterator, typename Node, typename Context>
    void on_success(Iterator const& first, Iterator const&, Node& node, Context const& context) const {
        if constexpr (std::is_base_of_v<ast::Located, Node>)
            node.offset = static_cast<std::size_t>(first - x3::get<state_tag>(context).begin);
    }
};

// `indicator`, counting how deep indicators nest: the 65th level is an error at its keyword.
struct indicator_keyword_parser : x3::parser<indicator_keyword_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        const Iterator start = first;
        if (!kw("indicator").parse(first, last, context, rcontext, attr)) return false;
        if (++x3::get<state_tag>(context).indicator_depth > max_indicator_depth)
            throw x3::expectation_failure<Iterator>(start, "too_deep");
        return true;
    }
};
inline constexpr indicator_keyword_parser indicator_keyword{};
auto const leave_indicator = [](auto& ctx) { --x3::get<state_tag>(ctx).indicator_depth; };

// X3 hands a rule whose definition holds semantic actions no attribute for on_success (they fill `_val`
// themselves), so `locate` could not set the node's offset. `keep_attribute[p]` hides p's actions from the
// rule: the rule then passes its attribute down (and on to on_success), and p runs with its actions
// writing to that same attribute through `_val`.
template <typename Subject>
struct keep_attribute_directive : x3::unary_parser<Subject, keep_attribute_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, keep_attribute_directive<Subject>>;
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;
    static bool const has_action = false;
    explicit keep_attribute_directive(Subject const& subject) : base_type(subject) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute&) const {
        return this->subject.parse(first, last, context, rcontext, x3::unused);
    }
};
struct keep_attribute_gen {
    template <typename Subject>
    keep_attribute_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](Subject const& subject) const {
        return keep_attribute_directive<typename x3::extension::as_parser<Subject>::value_type>(
            x3::as_parser(subject));
    }
};
inline constexpr keep_attribute_gen keep_attribute{};

// Clauses that fill several fields from one choice, by semantic action.
auto const assign = [](auto& ctx) { x3::_val(ctx) = std::move(x3::_attr(ctx)); };
auto const set_special = [](auto& ctx) { x3::_val(ctx).special = x3::_attr(ctx); };
auto const set_agencies = [](auto& ctx) { x3::_val(ctx).agencies = std::move(x3::_attr(ctx)); };
auto const set_unnamed = [](auto& ctx) { x3::_val(ctx).unnamed = true; };
auto const set_indicators = [](auto& ctx) { x3::_val(ctx).indicators = std::move(x3::_attr(ctx)); };
auto const set_frequency = [](auto& ctx) { x3::_val(ctx).frequency = x3::_attr(ctx); };
auto const add_due_day = [](auto& ctx) {
    x3::_val(ctx).has_due = true, x3::_val(ctx).due_days.push_back(x3::_attr(ctx));
};
auto const set_next_year = [](auto& ctx) { x3::_val(ctx).next_year = true; };
auto const set_offset = [](auto& ctx) {
    x3::_val(ctx).has_due = true, x3::_val(ctx).offset_days = x3::_attr(ctx);
};
auto const set_due_date = [](auto& ctx) {
    x3::_val(ctx).has_due = true, x3::_val(ctx).due_date = x3::_attr(ctx);
};

#define OBLIGE_RULE(name, attribute)                                                                         \
    struct name##_class : locate {};                                                                         \
    x3::rule<name##_class, attribute> const name = #name;

// ---- terminals, named by what they stand for where they appear --------------------------------------
OBLIGE_RULE(agency_id, ast::Name)
OBLIGE_RULE(goal_id, ast::Name)
OBLIGE_RULE(indicator_id, ast::Name)
OBLIGE_RULE(unit_name, ast::Name)
OBLIGE_RULE(agency_ref, ast::Path)
OBLIGE_RULE(indicator_path, ast::Path)
OBLIGE_RULE(plan_id, ast::Text)
OBLIGE_RULE(title_text, ast::Text)
OBLIGE_RULE(agency_name, ast::Text)
OBLIGE_RULE(goal_title, ast::Text)
OBLIGE_RULE(indicator_title, ast::Text)
OBLIGE_RULE(duty_name, ast::Text)
OBLIGE_RULE(source_text, ast::Text)
OBLIGE_RULE(channel_text, ast::Text)
OBLIGE_RULE(import_path, ast::Text)
OBLIGE_RULE(implemented_plan, ast::Text)
OBLIGE_RULE(role_qualifier, ast::Text)
OBLIGE_RULE(date, ast::DateLit)
OBLIGE_RULE(due_date, ast::DueDate)
OBLIGE_RULE(due_day, ast::DueDay)
OBLIGE_RULE(day_month, ast::DayMonthLit)
OBLIGE_RULE(second_due_day, ast::DueDay)
OBLIGE_RULE(year, ast::Number)
OBLIGE_RULE(days, ast::Number)
OBLIGE_RULE(offset_days, ast::Number)
OBLIGE_RULE(comparison, std::string)
OBLIGE_RULE(target_value, std::string)
OBLIGE_RULE(target_when, std::string)
OBLIGE_RULE(agency_list, std::vector<ast::Name>)
OBLIGE_RULE(agency_ref_list, std::vector<ast::Path>)
OBLIGE_RULE(indicator_list, std::vector<ast::Path>)
OBLIGE_RULE(period_to, x3::unused_type)
OBLIGE_RULE(plan_open, x3::unused_type)
OBLIGE_RULE(goal_open, x3::unused_type)
OBLIGE_RULE(indicator_open, x3::unused_type)
OBLIGE_RULE(duty_open, x3::unused_type)
OBLIGE_RULE(plan_close, x3::unused_type)
OBLIGE_RULE(agency_close, x3::unused_type)
OBLIGE_RULE(goal_close, x3::unused_type)
OBLIGE_RULE(indicator_close, x3::unused_type)
OBLIGE_RULE(duty_close, x3::unused_type)

auto const agency_id_def = lexical::identifier;
auto const goal_id_def = lexical::identifier;
auto const indicator_id_def = lexical::identifier;
auto const unit_name_def = lexical::identifier;
auto const agency_ref_def = lexical::path;
auto const indicator_path_def = lexical::path;
auto const plan_id_def = lexical::string_literal;
auto const title_text_def = lexical::string_literal;
auto const agency_name_def = lexical::string_literal;
auto const goal_title_def = lexical::string_literal;
auto const indicator_title_def = lexical::string_literal;
auto const duty_name_def = lexical::string_literal;
auto const source_text_def = lexical::string_literal;
auto const channel_text_def = lexical::string_literal;
auto const import_path_def = lexical::string_literal;
auto const implemented_plan_def = lexical::string_literal;
auto const role_qualifier_def = lexical::string_literal;
// Digit counts are capped, so no date or day-month can overflow an int; 2025-02-30 is the model's to judge.
auto const date_def =
    x3::lexeme[x3::uint_parser<int, 10, 4, 4>() >> '-' >> x3::uint_parser<int, 10, 2, 2>() >> '-' >>
               x3::uint_parser<int, 10, 2, 2>() >> lexical::word_boundary];
// `before` is optional wherever a day is given: "trước ngày 25/11" (SPEC v2 §1.2).
// Without `before`, a missing day is named as the `due` clause's ("after 'due'"); after it, as its own.
auto const due_date_def = (kw("before") >> x3::attr(true) > date) | (x3::attr(false) >> date);
auto const due_day_def = (kw("before") >> x3::attr(true) > day_month) | (x3::attr(false) >> day_month);
auto const day_month_def = x3::lexeme[x3::uint_parser<int, 10, 1, 2>() >> '/' >>
                                      x3::uint_parser<int, 10, 1, 2>() >> lexical::word_boundary];
auto const second_due_day_def = ',' > due_day;
auto const year_def = lexical::year4;
auto const days_def = lexical::integer;
auto const offset_days_def = x3::lexeme['+' >> lexical::natural];
auto const comparison_def =
    x3::string(">=") | x3::string("<=") | x3::string(">") | x3::string("<") | x3::string("=");
auto const target_value_def = lexical::decimal | kw_text("yes") | kw_text("no");
auto const target_when_def = kw_text("by") | kw_text("from");
auto const agency_list_def = agency_id > *(',' > agency_id);
auto const agency_ref_list_def = agency_ref > *(',' > agency_ref);
auto const indicator_list_def = indicator_path > *(',' > indicator_path);
auto const period_to_def = kw("to");
auto const plan_open_def = x3::lit('{');
auto const goal_open_def = x3::lit('{');
auto const indicator_open_def = x3::lit('{');
auto const duty_open_def = x3::lit('{');
auto const plan_close_def = x3::lit('}');
auto const agency_close_def = x3::lit('}');
auto const goal_close_def = x3::lit('}');
auto const indicator_close_def = x3::lit('}')[leave_indicator];
auto const duty_close_def = x3::lit('}');

// ---- clauses -----------------------------------------------------------------------------------------
OBLIGE_RULE(source_clause, ast::SourceClause)
OBLIGE_RULE(title_clause, ast::TitleClause)
OBLIGE_RULE(issuer_clause, ast::IssuerClause)
OBLIGE_RULE(issued_clause, ast::IssuedClause)
OBLIGE_RULE(period_clause, ast::PeriodClause)
OBLIGE_RULE(implements_clause, ast::ImplementsClause)
OBLIGE_RULE(under_clause, ast::UnderClause)
OBLIGE_RULE(until_clause, ast::UntilClause)
OBLIGE_RULE(heir, ast::Heir)
OBLIGE_RULE(successor_for_clause, ast::SuccessorForClause)
OBLIGE_RULE(successor_for, x3::unused_type)
OBLIGE_RULE(group_clause, ast::GroupClause)
OBLIGE_RULE(member_clause, ast::MemberClause)
OBLIGE_RULE(agency_lead_clause, ast::LeadClause) // in an agency: the indicators it leads
OBLIGE_RULE(agency_support_clause, ast::SupportClause)
OBLIGE_RULE(lead_clause, ast::LeadClause) // in an indicator: the agencies that lead it
OBLIGE_RULE(support_clause, ast::SupportClause)
OBLIGE_RULE(unit_clause, ast::UnitClause)
OBLIGE_RULE(target_clause, ast::TargetClause)
OBLIGE_RULE(sender_word, std::string)
OBLIGE_RULE(coverage_word, std::string)
OBLIGE_RULE(per_period_word, std::string)
OBLIGE_RULE(from_clause, ast::FromClause)
OBLIGE_RULE(from_whom, ast::FromClause)
OBLIGE_RULE(to_clause, ast::ToClause)
OBLIGE_RULE(to_whom, ast::ToClause)
OBLIGE_RULE(covers_clause, ast::CoversClause)
OBLIGE_RULE(covers_what, ast::CoversClause)
OBLIGE_RULE(schedule_clause, ast::ScheduleClause)
OBLIGE_RULE(grace_clause, ast::GraceClause)
OBLIGE_RULE(channel_clause, ast::ChannelClause)

auto const source_clause_def = kw("source") > source_text;
auto const title_clause_def = kw("title") > title_text;
auto const issuer_clause_def = kw("issuer") > agency_id;
auto const issued_clause_def = kw("issued") > date;
auto const period_clause_def = kw("period") > year > period_to > year;
auto const implements_clause_def = kw("implements") > implemented_plan;
auto const under_clause_def = kw("under") > agency_id;
// `until D successor X` names the heir of everything; a `successor Y for …` clause may follow it on the
// next line, so the heir is X only when no `for` comes after it.
auto const until_clause_def = kw("until") > date > -(kw("successor") >> heir);
auto const heir_def = agency_id >> !kw("for") >> x3::matches[kw("uncertain")];
auto const successor_for_clause_def =
    kw("successor") > agency_id > successor_for > indicator_list > x3::matches[kw("uncertain")];
auto const successor_for_def = kw("for");
auto const group_clause_def = kw("group") >> x3::matches[kw("departments")];
auto const member_clause_def = kw("member") > agency_list;
// A role may end with a qualifier string (the part of the work the text gives it): no clause starts with
// a string, so the optional string cannot swallow what follows.
auto const agency_lead_clause_def = kw("lead") > indicator_list > -role_qualifier;
auto const agency_support_clause_def = kw("support") > indicator_list > -role_qualifier;
auto const lead_clause_def = kw("lead") > agency_ref_list > -role_qualifier;
auto const support_clause_def = kw("support") > agency_ref_list > -role_qualifier;
auto const unit_clause_def = kw("unit") > unit_name;
auto const target_clause_def = kw("target") > comparison > target_value > target_when > year;
auto const from_clause_def = keep_attribute[kw("from") >> x3::expect[from_whom][assign]];
auto const sender_word_def = kw_text("leads") | kw_text("all");
auto const coverage_word_def = kw_text("own") | kw_text("all") | kw_text("narrative");
auto const per_period_word_def = kw_text("quarterly") | kw_text("monthly");
auto const from_whom_def = sender_word[set_special] | agency_list[set_agencies];
auto const to_clause_def = keep_attribute[kw("to") >> x3::expect[to_whom][assign]];
auto const to_whom_def = kw("unnamed")[set_unnamed] | agency_list[set_agencies];
auto const covers_clause_def = keep_attribute[kw("covers") >> x3::expect[covers_what][assign]];
auto const covers_what_def = coverage_word[set_special] | indicator_list[set_indicators];
auto const due = kw("due");
// `x3::expect[rule][action]` rather than `> rule[action]`: an error names the rule, not the action.
auto const schedule_clause_def =
    keep_attribute[kw_text("yearly")[set_frequency] >>
                       -(due >> x3::expect[due_day][add_due_day] >> -kw("next")[set_next_year]) |
                   kw_text("half-yearly")[set_frequency] >>
                       -(due >> x3::expect[due_day][add_due_day] >> x3::expect[second_due_day][add_due_day]) |
                   kw_text("six-month")[set_frequency] >> -(due >> x3::expect[due_day][add_due_day]) |
                   per_period_word[set_frequency] >> -(due >> x3::expect[offset_days][set_offset]) |
                   kw_text("once")[set_frequency] >> -(due >> x3::expect[due_date][set_due_date])];
auto const grace_clause_def = kw("grace") > days;
auto const channel_clause_def = kw("channel") > channel_text;

// ---- declarations ------------------------------------------------------------------------------------
OBLIGE_RULE(plan_clause, ast::PlanClause)
OBLIGE_RULE(agency_clause, ast::AgencyClause)
OBLIGE_RULE(agency_body, std::vector<ast::AgencyClause>)
OBLIGE_RULE(indicator_clause, ast::IndicatorClause)
OBLIGE_RULE(indicator_decl, ast::IndicatorDecl)
OBLIGE_RULE(goal_clause, ast::GoalClause)
OBLIGE_RULE(duty_clause, ast::DutyClause)
OBLIGE_RULE(import_decl, ast::Import)
OBLIGE_RULE(plan_decl, ast::PlanDecl)
OBLIGE_RULE(agency_decl, ast::AgencyDecl)
OBLIGE_RULE(goal_decl, ast::GoalDecl)
OBLIGE_RULE(duty_decl, ast::DutyDecl)

auto const plan_clause_def =
    title_clause | issuer_clause | issued_clause | period_clause | implements_clause | source_clause;
auto const agency_clause_def = under_clause | until_clause | successor_for_clause | group_clause |
                               member_clause | agency_lead_clause | agency_support_clause | source_clause;
auto const agency_body_def =
    ('{' > *agency_clause > agency_close) | x3::attr(std::vector<ast::AgencyClause>());
auto const indicator_clause_def =
    unit_clause | target_clause | lead_clause | support_clause | source_clause | indicator_decl;
auto const indicator_decl_def =
    indicator_keyword > indicator_id > indicator_title > indicator_open > *indicator_clause > indicator_close;
auto const goal_clause_def = source_clause | indicator_decl;
auto const duty_clause_def =
    from_clause | to_clause | covers_clause | schedule_clause | grace_clause | channel_clause | source_clause;

auto const import_decl_def = kw("import") > import_path;
auto const plan_decl_def = kw("plan") > plan_id > plan_open > *plan_clause > plan_close;
auto const agency_decl_def = kw("agency") > agency_id > -agency_name > agency_body;
auto const goal_decl_def = kw("goal") > goal_id > goal_title > goal_open > *goal_clause > goal_close;
auto const duty_decl_def = kw("duty") > duty_name > duty_open > *duty_clause > duty_close;
auto const declaration_def = import_decl | plan_decl | agency_decl | goal_decl | duty_decl;

#undef OBLIGE_RULE

BOOST_SPIRIT_DEFINE(agency_id, goal_id, indicator_id, unit_name, agency_ref, indicator_path, plan_id,
                    title_text, agency_name, goal_title, indicator_title, duty_name, source_text,
                    channel_text, import_path, implemented_plan, role_qualifier, date, due_date, due_day,
                    day_month, second_due_day, year, days, offset_days)
BOOST_SPIRIT_DEFINE(comparison, target_value, target_when, agency_list, agency_ref_list, indicator_list,
                    period_to, plan_open, goal_open, indicator_open, duty_open, plan_close, agency_close,
                    goal_close, indicator_close, duty_close)
BOOST_SPIRIT_DEFINE(source_clause, title_clause, issuer_clause, issued_clause, period_clause,
                    implements_clause, under_clause, until_clause, heir, successor_for_clause, successor_for,
                    group_clause, member_clause, agency_lead_clause, agency_support_clause, lead_clause,
                    support_clause, unit_clause, target_clause, sender_word, coverage_word, per_period_word,
                    from_clause, from_whom, to_clause, to_whom, covers_clause, covers_what, schedule_clause,
                    grace_clause, channel_clause)
BOOST_SPIRIT_DEFINE(plan_clause, agency_clause, agency_body, indicator_clause, indicator_decl, goal_clause,
                    duty_clause, import_decl, plan_decl, agency_decl, goal_decl, duty_decl, declaration)

} // namespace oblige::lang::grammar
