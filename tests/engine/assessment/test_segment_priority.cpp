// Segment priority: weights 0.15 size, 0.25 revenue, 0.20 margin, 0.15 growth, 0.15 fit, 0.10
// value.
#include "engine/assessment/segment_priority.h"

#include "engine/assessment/reason_codes.h"
#include "fixtures.h"
#include "test_support.h"

using namespace crm;
using namespace crm::assessment;
using namespace crm::assessment::test;

namespace {
const SegmentPriority& byId(const std::vector<SegmentPriority>& all, const std::string& id) {
    return only(all, [&](const SegmentPriority& s) { return s.segmentId == id; });
}
double normalised(const SegmentPriority& s, SegmentCriterion c) {
    return *s.criteria[static_cast<std::size_t>(c)].normalised;
}
}  // namespace

TEST_CASE("segment priority: the worked example", "[assessment][segments]") {
    const auto all = scoreSegmentPriority(segmentCycle(), MethodologyProfile{});
    REQUIRE(all.size() == 3);
    const auto& schools = byId(all, "s-schools");
    const auto& retail = byId(all, "s-retail");
    const auto& pub = byId(all, "s-public");

    // Normalisation: share of the largest, measured from min(0, smallest).
    CHECK(normalised(schools, SegmentCriterion::Size) == exactly(0.25));    // 200 / 800
    CHECK(normalised(pub, SegmentCriterion::Size) == exactly(0.5));         // 400 / 800
    CHECK(normalised(schools, SegmentCriterion::Revenue) == exactly(0.5));  // 500 000 / 1 000 000
    CHECK(normalised(pub, SegmentCriterion::Revenue) == exactly(0.25));     // 250 000 / 1 000 000
    CHECK(normalised(retail, SegmentCriterion::Margin) == exactly(2.0 / 3.0));  // 20 / 30
    CHECK_FALSE(pub.criteria[2].normalised.has_value());                   // Public has no margin
    CHECK(normalised(schools, SegmentCriterion::Growth) == exactly(1.0));  // (10 - -5) / (10 - -5)
    CHECK(normalised(retail, SegmentCriterion::Growth) == exactly(0.0));   // (-5 - -5) / 15
    CHECK(normalised(pub, SegmentCriterion::Growth) == exactly(2.0 / 3.0));  // (5 - -5) / 15
    CHECK(normalised(schools, SegmentCriterion::Fit) == exactly(1.0));       // (5 - 1) / 4
    CHECK(normalised(retail, SegmentCriterion::Fit) == exactly(0.25));       // (2 - 1) / 4
    CHECK(normalised(pub, SegmentCriterion::Fit) == exactly(0.0));           // (1 - 1) / 4

    // Schools: (0.15x0.25 + 0.25x0.5 + 0.20x1 + 0.15x1 + 0.15x1) / (0.15+0.25+0.20+0.15+0.15)
    //        = 0.6625 / 0.9 = 73.61 -> tier A (>= 66)
    CHECK(*schools.attractiveness.value == exactly(100.0 * 0.6625 / 0.9));
    CHECK(schools.tier == Tier::A);
    CHECK(schools.attractiveness.reasonCode == code::kSegmentTierA);
    // Retail: (0.15x1 + 0.25x1 + 0.20x2/3 + 0.15x0 + 0.15x0.25) / 0.9 = 0.5708333 / 0.9 = 63.43 ->
    // B
    CHECK(*retail.attractiveness.value ==
          exactly(100.0 * (0.15 + 0.25 + 0.2 * 2.0 / 3.0 + 0.0 + 0.0375) / 0.9));
    CHECK(retail.tier == Tier::B);
    // Public: no margin, weights renormalised over 0.15+0.25+0.15+0.15 = 0.70:
    // (0.15x0.5 + 0.25x0.25 + 0.15x2/3 + 0.15x0) / 0.7 = 0.2375 / 0.7 = 33.93 -> C (< 40)
    CHECK(*pub.attractiveness.value == exactly(100.0 * 0.2375 / 0.7));
    CHECK(pub.tier == Tier::C);

    // Ranked: Schools 73.61, Retail 63.43, Public 33.93
    CHECK(all[0].segmentId == "s-schools");
    CHECK(all[1].segmentId == "s-retail");
    CHECK(all[2].segmentId == "s-public");
    CHECK(all[2].rank == 3);
    CHECK(schools.attractiveness.reason ==
          "'Schools' scores 73.61 of 100, tier A (A from 66, B from 40); strongest: margin, "
          "weakest: size; "
          "not rated: customer value");
}

TEST_CASE("segment priority: changing one weight moves the scores", "[assessment][segments]") {
    MethodologyProfile profile;
    profile.setValue("segment.weight.revenue", 0.5);
    const auto all = scoreSegmentPriority(segmentCycle(), profile);
    // Schools: (0.6625 - 0.125 + 0.5 x 0.5) / (0.9 - 0.25 + 0.5) = 0.7875 / 1.15 = 68.48
    CHECK(*byId(all, "s-schools").attractiveness.value == exactly(100.0 * 0.7875 / 1.15));
}

TEST_CASE("segment priority: edge cases", "[assessment][segments]") {
    SECTION("no segments") { CHECK(scoreSegmentPriority(Cycle{}, {}).empty()); }
    SECTION("a single segment is the best on every criterion it has") {
        Cycle c;
        Segment s;
        s.id = "s";
        s.name = "Only";
        s.revenue = Money::fromUnits(10);
        s.strategicFit = 3;  // (3 - 1) / 4 = 0.5
        c.segments.push_back(s);
        const auto all = scoreSegmentPriority(c, {});
        // (0.25 x 1 + 0.15 x 0.5) / (0.25 + 0.15) = 0.325 / 0.4 = 81.25
        CHECK(*all[0].attractiveness.value == exactly(81.25));
        CHECK(all[0].rank == 1);
    }
    SECTION("all values zero: nobody has any, every segment scores 0 on it") {
        Cycle c;
        for (const char* id : {"a", "b"}) {
            Segment s;
            s.id = id;
            s.customers = 0;
            c.segments.push_back(s);
        }
        const auto all = scoreSegmentPriority(c, {});
        CHECK(*all[0].attractiveness.value == exactly(0.0));
        CHECK(all[0].tier == Tier::C);
    }
    SECTION("a segment with no data cannot be scored and ranks last") {
        Cycle c = segmentCycle();
        Segment empty;
        empty.id = "s-empty";
        c.segments.insert(c.segments.begin(), empty);
        const auto all = scoreSegmentPriority(c, {});
        CHECK(all.back().segmentId == "s-empty");
        CHECK(all.back().rank == 0);
        CHECK(all.back().tier == Tier::Unrated);
        CHECK(all.back().attractiveness.reasonCode == code::kSegmentNoCriteria);
    }
}
