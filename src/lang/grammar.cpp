// Compiles the grammar once: every other file sees only the declaration in grammar.hpp.
#include "lang/grammar_def.hpp"

namespace oblige::lang::grammar {

BOOST_SPIRIT_INSTANTIATE(declaration_type, iterator_type, context_type)

} // namespace oblige::lang::grammar
