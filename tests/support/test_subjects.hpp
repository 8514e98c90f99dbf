// Subjects as the tests write them, in words: each word becomes the program's index where the program
// has that agency, indicator or duty (as the checks make them), else stays as written (as a report's
// unknown name does). For the words back: subject_words(finding.subjects, program).
#pragma once

#include "base/finding.hpp"
#include "plan/model.hpp"

#include <optional>
#include <string>

namespace oblige::test_support {

// `program` may be null: then every subject stays as written.
inline Subjects subjects_in(const plan::Program* program, std::string plan, std::string agency = {},
                            std::string recipient = {}, std::string indicator = {}, std::string duty = {},
                            std::optional<Period> period = {}) {
    Subjects s;
    const plan::Plan* p = program ? program->find_plan(plan) : nullptr;
    const auto agency_subject = [&](std::string id) {
        const plan::AgencyIndex a = program ? program->agency_index(id) : plan::none;
        return a != plan::none ? Subject<AgencyIndex>(a) : Subject<AgencyIndex>::written(std::move(id));
    };
    if (!agency.empty()) s.agency = agency_subject(std::move(agency));
    if (!recipient.empty()) s.recipient = agency_subject(std::move(recipient));
    if (!indicator.empty()) {
        s.indicator = Subject<IndicatorIndex>::written(indicator);
        if (p)
            if (const auto found = p->by_path.find(indicator); found != p->by_path.end())
                s.indicator = found->second;
    }
    if (!duty.empty()) {
        s.duty = Subject<DutyIndex>::written(duty);
        if (p)
            for (DutyIndex d : p->duties.indices())
                if (p->duties[d].name == duty) s.duty = d;
    }
    s.plan = std::move(plan);
    s.period = period;
    return s;
}

// Subjects that are words only (for findings not tied to a program).
inline Subjects written_subjects(std::string plan, std::string agency = {}, std::string recipient = {},
                                 std::string indicator = {}, std::string duty = {},
                                 std::optional<Period> period = {}) {
    return subjects_in(nullptr, std::move(plan), std::move(agency), std::move(recipient),
                       std::move(indicator), std::move(duty), period);
}

} // namespace oblige::test_support
