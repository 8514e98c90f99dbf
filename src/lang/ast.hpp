// The syntax tree of one `.obl` file: plain structs, each knowing the byte offset it was parsed at.
#pragma once

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace oblige::ast {

namespace x3 = boost::spirit::x3;

// Like x3::position_tagged, but keeps the byte offset itself, so the tree outlives the parser's
// position cache and the plan model can turn any node into file:line:col.
struct Located {
    std::size_t offset = 0;
};

// ---- terminals --------------------------------------------------------------------------------------
struct Name : Located {
    std::string text;
}; // an identifier: SLDTBXH, MT2, a
struct Path : Located {
    std::string text;
}; // an indicator path as written: "MT2.CT1.a"; or a bare id
struct Text : Located {
    std::string value;
}; // a string literal, escapes already undone
struct Number : Located {
    std::string text;
}; // an integer or decimal as written ("-3", "42.5"):
   // range and overflow are judged by the model, with position
struct DateLit : Located {
    int year = 0, month = 0, day = 0;
}; // as written; 2025-02-30 is the model's error
struct DayMonthLit : Located {
    int day = 0, month = 0;
}; // "10/12"

// ---- clauses shared by several blocks ---------------------------------------------------------------
struct SourceClause : Located {
    Text text;
}; // source "II.2.a; V.1"
// lead A, B ["qualifier"]   (in an indicator: agencies; in an agency: indicators). The optional string
// is a role qualifier: the text's own words limiting the role to a part of the work ("theo nhiệm vụ
// phân cấp quản lý cán bộ", "số liệu về bạo lực trên cơ sở giới"); it applies to every role the clause gives.
struct LeadClause : Located {
    std::vector<Path> refs;
    boost::optional<Text> qualifier;
};
struct SupportClause : Located {
    std::vector<Path> refs;
    boost::optional<Text> qualifier;
}; // support A, B ["qualifier"]

// ---- import -----------------------------------------------------------------------------------------
struct Import : Located {
    Text path;
};

// ---- plan -------------------------------------------------------------------------------------------
struct TitleClause : Located {
    Text text;
};
struct IssuerClause : Located {
    Name agency;
};
struct IssuedClause : Located {
    DateLit date;
};
struct PeriodClause : Located {
    Number first_year;
    Number last_year;
}; // period 2021 to 2025
struct ImplementsClause : Located {
    Text plan_id;
};

using PlanClause =
    x3::variant<TitleClause, IssuerClause, IssuedClause, PeriodClause, ImplementsClause, SourceClause>;

struct PlanDecl : Located {
    Text id;
    std::vector<PlanClause> clauses;
};

// ---- agency -----------------------------------------------------------------------------------------
struct UnderClause : Located {
    Name parent;
};
// The agency a ceased one's work passes to, and whether the sources confirm it (`X uncertain`: they do
// not, and every message naming X says "probably").
struct Heir : Located {
    Name agency;
    bool uncertain = false;
};
struct UntilClause : Located {
    DateLit last_day;
    boost::optional<Heir> successor;
}; // until D [successor X [uncertain]]
// successor Y for MT3.CT2, MT5.CT3 [uncertain]: the heir of the work on those indicators (v2)
struct SuccessorForClause : Located {
    Name heir;
    std::vector<Path> indicators;
    bool uncertain = false;
};
struct GroupClause : Located {
    bool departments = false; // `group departments`: its members are bodies of the whole area, not localities
};                            // group [departments]
struct MemberClause : Located {
    std::vector<Name> groups;
}; // member G1, G2

using AgencyClause = x3::variant<UnderClause, UntilClause, SuccessorForClause, GroupClause, MemberClause,
                                 LeadClause, SupportClause, SourceClause>;

// `agency ID "Name" { ... }`. Without a name (`agency ID { lead ... }`) the block adds roles to an agency
// declared elsewhere, as section V of a plan assigns them (an extension of SPEC §1; see docs/language.md).
struct AgencyDecl : Located {
    Name id;
    boost::optional<Text> title;
    std::vector<AgencyClause> clauses;
};

// ---- goals and indicators ---------------------------------------------------------------------------
struct UnitClause : Located {
    Name unit;
}; // percent | ratio | count | rate | yesno | text (checked by the model)

// target >= 50 by 2025 · target = yes from 2025
struct TargetClause : Located {
    std::string comparison; // ">=", ">", "<=", "<", "="
    std::string value;      // a number as written, or "yes" / "no"
    std::string when;       // "by" | "from"
    Number year;
};

struct IndicatorDecl;
using IndicatorClause = x3::variant<UnitClause, TargetClause, LeadClause, SupportClause, SourceClause,
                                    x3::forward_ast<IndicatorDecl>>;

struct IndicatorDecl : Located {
    Name id;
    Text title;
    std::vector<IndicatorClause> clauses;
};

using GoalClause = x3::variant<SourceClause, IndicatorDecl>;

struct GoalDecl : Located {
    Name id;
    Text title;
    std::vector<GoalClause> clauses;
};

// ---- duties -----------------------------------------------------------------------------------------
// from A, B · from leads · from all        (`special` is "leads" or "all", else empty and `agencies` set)
struct FromClause : Located {
    std::string special;
    std::vector<Name> agencies;
};
// to A, B · to unnamed (v2: the text names no recipient; `agencies` is then empty)
struct ToClause : Located {
    bool unnamed = false;
    std::vector<Name> agencies;
};
// covers X, Y · covers own · covers all · covers narrative
struct CoversClause : Located {
    std::string special; // "own" | "all" | "narrative" | empty
    std::vector<Path> indicators;
};

// A day-month after `due`, `before` it or not: "trước ngày 25/11" is `before 25/11` (v2).
struct DueDay : Located {
    bool before = false;
    DayMonthLit day;
};
struct DueDate : Located {
    bool before = false;
    DateLit date;
};

// yearly [due [before] D/M [next]] · half-yearly [due [before] D/M, [before] D/M] · six-month [due [before]
// D/M] · quarterly [due +N] · monthly [due +N] · once [due [before] DATE]
struct ScheduleClause : Located {
    std::string frequency; // "yearly" | "half-yearly" | "six-month" | "quarterly" | "monthly" | "once"
    bool has_due = false;
    std::vector<DueDay> due_days;        // yearly, six-month: one; half-yearly: two (H1, H2)
    bool next_year = false;              // yearly due D/M next
    boost::optional<Number> offset_days; // quarterly/monthly: due +N
    boost::optional<DueDate> due_date;   // once due [before] YYYY-MM-DD
};
struct GraceClause : Located {
    Number days;
};
struct ChannelClause : Located {
    Text text;
};

using DutyClause =
    x3::variant<FromClause, ToClause, CoversClause, ScheduleClause, GraceClause, ChannelClause, SourceClause>;

struct DutyDecl : Located {
    Text name;
    std::vector<DutyClause> clauses;
};

// ---- a file -----------------------------------------------------------------------------------------
using Declaration = x3::variant<Import, PlanDecl, AgencyDecl, GoalDecl, DutyDecl>;

struct File {
    std::vector<Declaration> declarations;
};

} // namespace oblige::ast
