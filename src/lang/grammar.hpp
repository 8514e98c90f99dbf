// The grammar's entry point, declared: one declaration of a `.obl` file at a time, so that the parser can
// resume after a broken one (parser.cpp). The grammar itself is in grammar_def.hpp, compiled once.
#pragma once

#include "lang/ast.hpp"
#include "lang/lexical.hpp"

#include <boost/spirit/home/x3.hpp>

namespace oblige::lang::grammar {

namespace x3 = boost::spirit::x3;

// Indicators may nest; deeper than this is refused as a syntax error instead of recursing without bound.
inline constexpr int max_indicator_depth = 64;

// What the rules share while one declaration is parsed.
struct ParseState {
    const char* begin = nullptr; // the file's first byte: node offsets count from here
    int indicator_depth = 0;
};
struct state_tag;

using iterator_type = const char*;
using skipper_context_type = x3::context<x3::skipper_tag, lexical::blank_parser const, x3::unused_type>;
using context_type = x3::context<state_tag, ParseState, skipper_context_type>;

struct declaration_class;
using declaration_type = x3::rule<declaration_class, ast::Declaration>;
declaration_type const declaration = "declaration";
BOOST_SPIRIT_DECLARE(declaration_type)

} // namespace oblige::lang::grammar
