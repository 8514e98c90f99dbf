// The reporting figures as JSON (per plan: total, and per agency own and rolled up), shared by the json
// and sarif outputs so that both carry them alike.
#pragma once

#include "checks/result.hpp"
#include "output/json_writer.hpp"

namespace oblige::output {

// Writes the array of plans' figures (the "figures" member of the json output, schema in json-schema.md).
void write_figures(JsonWriter& w, const checks::RunResult& result);

} // namespace oblige::output
