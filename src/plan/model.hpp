// The plan model: agencies, plans, goals, indicators and duties with every reference resolved.
#pragma once

#include "base/date.hpp"
#include "base/decimal.hpp"
#include "base/finding.hpp"
#include "base/flat_map.hpp"
#include "base/hash.hpp"
#include "base/index.hpp"
#include "base/source.hpp"
#include "plan/schedule.hpp"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace oblige::plan {

using oblige::AgencyIndex;    // into Program::agencies
using oblige::DutyIndex;      // into Plan::duties
using oblige::IndicatorIndex; // into Plan::indicators
// No agency, indicator or duty (and no goal, plan, ...: it converts to the plain std::uint32_t sentinel).
inline constexpr NoIndex none = no_index;
// A side table with an entry per agency (per indicator of a plan), subscripted by its index.
template <class T>
using PerAgency = IndexedVector<AgencyIndex, T>;
template <class T>
using PerIndicator = IndexedVector<IndicatorIndex, T>;

// Where a declaration or a role was written, and which section of the plan text it cites.
struct Origin {
    Location where;
    std::string source; // the `source` clause that applies ("seed 002, II.2.a"), may be empty
};

// `successor Y for MT3.CT2, MT5.CT3`: after its `until`, the agency's work on those indicators (and
// their parts) passes to Y rather than to its main successor (SPEC v2 §1.2).
struct IndicatorHeir {
    AgencyIndex heir = none;
    std::vector<std::string> paths; // as written; checked against each plan that declares the agency
    bool uncertain = false;         // the sources do not confirm Y
    Location where;

    // Whether the work on the indicator at `path` is this heir's: the path or one of its ancestors is listed.
    bool takes(std::string_view path) const;
};

struct Agency {
    std::string id;
    std::string name;
    Origin origin;
    AgencyIndex under = none;                   // organisational parent
    std::optional<Date> until;                  // the last day it existed
    AgencyIndex successor = none;               // who carries its duties after `until`
    bool successor_uncertain = false;           // `successor X uncertain`: the sources do not confirm X
    std::vector<IndicatorHeir> indicator_heirs; // who carries the work on some indicators instead
    bool is_group = false;
    // `group departments`: its members are bodies of the plan's whole area (a province's departments),
    // not localities, so their values are figures for the whole area (SPEC's scope rule is for localities).
    bool group_of_departments = false;
    std::vector<AgencyIndex> groups;  // groups it is a member of
    std::vector<AgencyIndex> members; // for a group: its members

    bool exists_on(const Date& day) const { return !until || day <= *until; }
};

enum class Unit { percent, ratio, count, rate, yesno, text, unspecified };
const char* unit_name(Unit unit);

enum class Comparison { ge, gt, le, lt, eq };
const char* comparison_text(Comparison c);

struct Target {
    Comparison comparison = Comparison::ge;
    double number = 0; // numeric targets
    bool yes = false;  // yesno targets (`= yes`)
    bool is_yesno = false;
    std::string value_text; // as written: "50", "yes"
    bool from = false;      // `from YEAR` (that year and after) vs `by YEAR` (that year)
    int year = 0;
    Location where;

    bool applies_to(int report_year) const { return from ? report_year >= year : report_year == year; }
    bool met_by(double value) const;
    // Exactly, on the digits (49.99999999999999999 misses `>= 50`); a numeric target only.
    bool met_by(const Decimal& value) const;
    std::string text() const; // ">= 50 by 2025"
    // As a message arg: the plan's words in English (json and fingerprints keep them), its parts so each
    // language says "by"/"from" and yes/no its way.
    TargetArg arg() const;
};

// A role (lead or support) of an agency on an indicator, with where it was given.
struct Role {
    AgencyIndex agency = none;
    Origin origin;
    bool inherited = false; // taken from a parent indicator
    // The text's words limiting the role to a part of the work (`lead A "số liệu về bạo lực trên cơ sở
    // giới"`); empty: the role is the whole indicator's.
    std::string qualifier = {};
};

// An indicator's lead agencies, each once (first mention first), with the distinct qualifiers its lead
// roles carry; an agency is qualified when any of its lead roles is (a restatement elsewhere without the
// words does not widen what the text limited).
struct LeadAgency {
    AgencyIndex agency = none;
    const Role* first = nullptr;         // its first lead role
    std::vector<std::string> qualifiers; // in the order written; empty: it leads the whole indicator
};
std::vector<LeadAgency> lead_agencies(const std::vector<Role>& leads);
// A divided lead (issue 13 item 3): two or more lead agencies, at least one of them qualified and at
// most one unqualified. The text splits one indicator's work between them (each its share); two whole
// leads are a conflict, not a division.
bool lead_divided(const std::vector<LeadAgency>& leads);

struct Indicator {
    std::string path; // "MT3.CT2.a"
    std::string id;   // "a"
    std::string title;
    Origin origin;
    std::uint32_t goal = none; // into Plan::goals
    IndicatorIndex parent = none;
    std::vector<IndicatorIndex> children;
    Unit unit = Unit::unspecified; // effective (inherited from the parent when not stated)
    bool unit_inherited = false;
    std::vector<Target> targets;
    std::vector<Role> leads;    // effective: stated in either form, else inherited
    std::vector<Role> supports; // effective likewise
    bool lead_divided = false;  // lead_divided(lead_agencies(leads)), set once the roles are final
    bool is_leaf() const { return children.empty(); }
};

struct Goal {
    std::string id;
    std::string title;
    Origin origin;
    std::vector<IndicatorIndex> indicators; // top-level indicators of the goal
};

enum class SenderKind { named, leads, all };
enum class CoverKind { named, own, all, narrative };

// One expected flow: `sender` reports `covers` (leaf indicators, sorted) to `recipient` under a duty.
struct Obligation {
    AgencyIndex sender = none;
    AgencyIndex via = none; // the agency the duty named: the group `sender` belongs to, or `sender` itself
    AgencyIndex recipient = none;
    std::vector<IndicatorIndex> covers;
};

struct Duty {
    std::string name;
    Origin origin;
    SenderKind sender_kind = SenderKind::named;
    std::vector<AgencyIndex> named_senders; // as written (a group stays a group here)
    std::vector<Location> named_senders_at; // where each of named_senders is written
    Location senders_where;                 // the `from` clause
    std::vector<AgencyIndex> recipients;
    std::vector<Location> recipients_at; // where each recipient is written
    Location recipients_where;           // the `to` clause
    bool recipient_unnamed = false;      // `to unnamed`: the text names nobody; nothing is expected

    // Where the duty names `agency` as a sender (or as a recipient), else the clause itself.
    Location where_named(AgencyIndex agency, bool as_recipient) const;
    CoverKind cover_kind = CoverKind::named;
    std::vector<IndicatorIndex> named_covers; // as written (may be non-leaf)
    // Each `yearly …`, `six-month …` clause, in the order written; no two expect the same period.
    // Empty: the duty says nothing of when (a finding).
    std::vector<Schedule> schedules;
    int grace_days = 0;
    std::string channel;

    bool has_schedule() const { return !schedules.empty(); }
    // The schedule that expects `period`, or none.
    const Schedule* schedule_for(const Period& period) const;

    // Expanded: groups to members, `leads`/`all`/`own` resolved, self-reports dropped.
    // Sorted by (sender, recipient). Successors are not applied here: that depends on the date.
    std::vector<Obligation> obligations;
    // `to unnamed`: who the duty obliges to report what, to nobody named (recipient = none). Nothing is
    // expected of them, but the indicators are not unreported: the gap is the recipient (no-recipient).
    std::vector<Obligation> unaddressed;
};

struct Plan {
    std::string id;
    std::string title;
    Origin origin;
    std::string file; // the .obl file holding the plan block
    AgencyIndex issuer = none;
    Location issuer_at; // the `issuer` clause
    std::optional<Date> issued;
    Location issued_at;                // the `issued` clause
    int first_year = 0, last_year = 0; // period; 0 when absent
    std::string implements;
    std::vector<Goal> goals;
    IndexedVector<IndicatorIndex, Indicator> indicators; // every indicator, parents before their parts
    IndexedVector<DutyIndex, Duty> duties;
    std::map<std::string, IndicatorIndex, std::less<>> by_path;

    std::vector<AgencyIndex> agencies; // the agencies this plan's files declare or mention, sorted

    const Indicator* find_indicator(std::string_view path) const;
    std::vector<IndicatorIndex> leaves_under(IndicatorIndex index) const; // itself when a leaf
    // Whether a submission owed under `duty` for `period` belongs to the round (`--period`; empty: every
    // period), by plan::in_round: a `once` period by the due date of the duty's `once` schedule. The one
    // scope filter: the findings, the figures, the JUnit test cases and `oblige template` all ask it.
    bool in_round(const Duty* duty, const Period& period, const std::vector<Period>& round) const;
};

// Hashes std::string and std::string_view alike, so a lookup by view allocates nothing.
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// The whole model; it also words the plan objects findings name by index (base/finding.hpp).
struct Program final : SubjectNames {
    IndexedVector<AgencyIndex, Agency> agencies; // in declaration order
    // Looked up for every report's sender and recipients: flat (see base/flat_map.hpp).
    FlatMap<std::string, AgencyIndex, NameHash> agency_by_id;
    std::vector<Plan> plans;                                // in command-line order
    std::vector<std::shared_ptr<const SourceFile>> sources; // every .obl file read, for caret diagnostics
    std::vector<Finding> findings; // from loading and building: syntax, unknown-ref, duplicate-decl, ...

    const Agency* find_agency(std::string_view id) const;
    AgencyIndex agency_index(std::string_view id) const; // none when unknown
    const Plan* find_plan(std::string_view id) const;
    const SourceFile* source(std::string_view path) const;
    // Who carries `agency`'s work on the indicator at `indicator_path` on `day` (an empty path: its
    // work as a whole, a narrative report, a recipient's role): itself, or the end of its chain of heirs
    // that still exists, through `successor … for` where one takes that indicator. `uncertain` when a
    // link of that chain is `uncertain`. No agency when it has ceased and nobody succeeds it.
    struct Carrier {
        AgencyIndex agency = none;
        bool uncertain = false;
    };
    Carrier carrier_of(AgencyIndex agency, const Date& day, std::string_view indicator_path = {}) const;
    AgencyIndex carrier_on(AgencyIndex agency, const Date& day, std::string_view indicator_path = {}) const {
        return carrier_of(agency, day, indicator_path).agency;
    }
    // Every agency that may take over some of `agency`'s work: its successor and its indicator heirs.
    std::vector<AgencyIndex> heirs_of(AgencyIndex agency) const;
    // Who takes `agency`'s work on each of `paths` once it ceases, grouped by heir in the order the paths
    // first reach it: the `successor … for` heir that lists the path (or an ancestor), else the main
    // successor (`heir` none when there is none). Direct heirs, as the text names them, not the chain.
    struct HeirShare {
        AgencyIndex heir = none;
        bool uncertain = false;
        std::vector<std::string> paths;
    };
    std::vector<HeirShare> heirs_by_indicator(AgencyIndex agency,
                                              const std::vector<std::string>& paths) const;
    // "MT2.CT1, MT3.CT2 → SNV; MT5.CT3 → SGDDT": the shares that go to someone.
    std::string heir_shares_text(const std::vector<HeirShare>& shares) const;

    std::string_view agency_id(AgencyIndex agency) const override;
    std::string_view indicator_path(std::string_view plan, IndicatorIndex indicator) const override;
    std::string_view duty_name(std::string_view plan, DutyIndex duty) const override;
};

} // namespace oblige::plan
