#pragma once
// Small hand-made cycles, one per score. Each is the worked example of its score in
// docs/methodology.md; the expected numbers are computed by hand beside each test.
#include "engine/model/cycle.h"

namespace crm::assessment::test {

Date day(int year, unsigned month, unsigned dayOfMonth);

// Metric attainment (assessment date 2026-06-30):
//  k-repeat  higher is better, 20 -> 40, milestones 03-31 = 24 and 06-30 = 30, current 27   (off
//  track) k-aht     lower is better, 400 -> 300, milestone 06-30 = 350, current 355 (at risk) k-fcr
//  no milestones: 60 on 2026-01-01 -> 80 on 2026-04-11, current 69 on 2026-02-20 (at risk) k-hold
//  target = baseline = 90, current 91                                               (hold met)
//  k-nps     current missing (missing values) o-growth  segment objective 100 -> 200, milestone
//  03-31 = 125 with actual 130               (on track)
Cycle attainmentCycle();

// Segment priority: Schools, Retail, Public (see test_segment_priority.cpp for the arithmetic).
Cycle segmentCycle();

// Objective coverage: segment Schools with a full acquisition objective, a vague development
// objective and no retention objective.
Cycle coverageCycle();

// Capabilities: Vision 2->4 (imp 5), Information 1->4 (no imp), Technology 4->3 (imp 2),
// Data quality 3->3 (imp 4, readiness), Metrics ?->4.
Cycle capabilityCycle();

// Alignment: objectives O1..O3, KPIs K1..K4, links K1->O1, K1->O2, K3->O2, K4->(unknown).
Cycle alignmentCycle();

// Pain: P1 60, P2 40, P3 27, P4 8, P5 unrated; treatment addresses P3; Retail has an objective.
Cycle painCycle();

// Importance-performance: Price, Gift wrap (all customers), Speed, Branding (Schools), Expertise
// (Retail).
Cycle ipaCycle();

// Relationship: 50/30/20 NPS counts, 170 of 200 satisfied, self 8 vs customers 5.
Cycle relationshipCycle();

// All of the above in one cycle (ids do not collide), for the property tests.
Cycle richCycle();

}  // namespace crm::assessment::test
