// no-recipient: does every duty say to whom its reports go?
#include "checks/plan/plan_check.hpp"

namespace oblige::checks {

void check_no_recipient(const PlanCheckContext& c) {
    for (const plan::Plan& plan : c.program.plans)
        for (plan::DutyIndex d : plan.duties.indices())
            if (const plan::Duty& duty = plan.duties[d]; duty.recipient_unnamed)
                c.add("no-recipient", duty.recipients_where, Subjects{.plan = plan.id, .duty = d},
                      {{"duty", duty.name}}, duty.origin.source);
}

} // namespace oblige::checks
