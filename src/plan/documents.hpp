// The documents a plan's `source` clauses may cite (SPEC §1, Fidelity: "a `source` cites the plan document
// as its readers know it"): the plan's own id, the id of every plan it imports, and the document each
// library it imports states. A citation opens with one of them: "11983/UBND-KGVX, mục V.19".
#pragma once

#include "lang/ast.hpp"
#include "plan/model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace oblige::plan {

// The document a citation opens with: its text before the first ',' or ';', trimmed, when that holds a
// document number (a '/' as in "28/NQ-CP", "…/KH-SNV"); empty otherwise ("seed 002", "mục II").
std::string_view leading_document(std::string_view source);

// Whether `source` opens with `document`, followed by its end, ',', ';', ' ' or '('.
bool opens_with_document(std::string_view source, std::string_view document);

// The document a library states: the leading document of its first `source` clause, in the order
// written; empty when that clause opens with no document number.
std::string library_document(const ast::File& library);

// What `plan` may cite: its id, then the ids of the plans and the documents of the libraries it imports,
// directly or through other files, without repeats. The imports are read again from the text the run
// kept (Program::sources), so the model needs no record of them; an import whose file the run does not
// hold (a fuzzing run reads nothing from disk) adds nothing.
std::vector<std::string> citable_documents(const Program& program, const Plan& plan);

} // namespace oblige::plan
