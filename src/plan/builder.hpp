// Builds the plan model from loaded syntax trees: the steps in order, one plan per file with a plan block.
#pragma once

#include "lang/loader.hpp"
#include "plan/model.hpp"

namespace oblige::plan {

// Never fails: what cannot be resolved becomes a finding (unknown-ref, duplicate-decl, bad-date, ...)
// in Program::findings, alongside the loader's own.
Program build(lang::LoadedProgram loaded);

} // namespace oblige::plan
