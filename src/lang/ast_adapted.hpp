// The Fusion adaptation of the syntax tree, so X3 can fill its structs (offsets are set on success, apart).
#pragma once

#include "lang/ast.hpp"

#include <boost/fusion/include/adapt_struct.hpp>

BOOST_FUSION_ADAPT_STRUCT(oblige::ast::Name, text)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::Path, text)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::Text, value)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::Number, text)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::DateLit, year, month, day)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::DayMonthLit, day, month)

BOOST_FUSION_ADAPT_STRUCT(oblige::ast::SourceClause, text)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::LeadClause, refs, qualifier)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::SupportClause, refs, qualifier)

BOOST_FUSION_ADAPT_STRUCT(oblige::ast::Import, path)

BOOST_FUSION_ADAPT_STRUCT(oblige::ast::TitleClause, text)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::IssuerClause, agency)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::IssuedClause, date)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::PeriodClause, first_year, last_year)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::ImplementsClause, plan_id)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::PlanDecl, id, clauses)

BOOST_FUSION_ADAPT_STRUCT(oblige::ast::UnderClause, parent)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::Heir, agency, uncertain)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::UntilClause, last_day, successor)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::SuccessorForClause, heir, indicators, uncertain)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::GroupClause, departments)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::MemberClause, groups)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::AgencyDecl, id, title, clauses)

BOOST_FUSION_ADAPT_STRUCT(oblige::ast::UnitClause, unit)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::TargetClause, comparison, value, when, year)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::IndicatorDecl, id, title, clauses)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::GoalDecl, id, title, clauses)

BOOST_FUSION_ADAPT_STRUCT(oblige::ast::FromClause, special, agencies)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::ToClause, unnamed, agencies)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::DueDay, before, day)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::DueDate, before, date)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::CoversClause, special, indicators)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::ScheduleClause, frequency, has_due, due_days, next_year, offset_days,
                          due_date)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::GraceClause, days)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::ChannelClause, text)
BOOST_FUSION_ADAPT_STRUCT(oblige::ast::DutyDecl, name, clauses)
