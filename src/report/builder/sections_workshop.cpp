// Workshop evidence: where the room disagreed, the parking lot and the evidence appendix.
#include <fmt/format.h>

#include <algorithm>

#include "engine/model/choices.h"
#include "engine/model/descriptor.h"
#include "engine/workshop/rating_spread.h"
#include "report/builder/build_context.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {
namespace {

std::string itemWithDimension(const workshop::RatingSpread& s) {
    std::string dimension = choiceText(choiceLabel(s.dimension));
    // English writes "(importance)" in running text; German keeps its nouns capitalised.
    if (!dimension.empty() && reportLanguage() == "en")
        dimension[0] = static_cast<char>(std::tolower(dimension[0]));
    return s.itemName + " (" + dimension + ")";
}

std::string stepLabel(const std::optional<std::int64_t>& step,
                      const std::vector<std::string>& stepTitles) {
    if (!step) return "\u2014";
    if (*step >= 1 && static_cast<std::size_t>(*step) <= stepTitles.size())
        return std::to_string(*step) + " " + stepTitles[static_cast<std::size_t>(*step - 1)];
    return *step == kResetStep ? reportText("Annual reset") : std::to_string(*step);
}

}  // namespace

std::optional<Section> disagreementSection(const BuildContext& ctx) {
    const double threshold = ctx.assessment.profile.value("workshop.disagreement_sd");
    std::vector<workshop::RatingSpread> spreads;
    for (auto& s : workshop::ratingSpreads(ctx.cycle, ctx.assessment.profile))
        if (s.count >= 2) spreads.push_back(std::move(s));
    if (spreads.empty()) return std::nullopt;
    // Widest spread first: the reader looks for where the room was furthest apart.
    std::stable_sort(spreads.begin(), spreads.end(), [](const auto& a, const auto& b) {
        return a.standardDeviation > b.standardDeviation;
    });
    const auto flagged = static_cast<std::size_t>(std::count_if(
        spreads.begin(), spreads.end(), [](const auto& s) { return s.highDisagreement; }));
    const auto agreed = static_cast<std::size_t>(std::count_if(
        spreads.begin(), spreads.end(), [](const auto& s) { return s.agreed.has_value(); }));

    Section s{
        "disagreement",
        "",
        reportText("Where the room disagreed"),
        reportText("Items that several participants rated one by one: how far apart their ratings "
                   "were, the value the room agreed on and the reason it gave."),
        {}};
    s.blocks.push_back(Paragraph{
        "",
        reportFormat("{0} participants gave {1} individual ratings; {2} items were rated by two "
                     "or more of them. {3} of these spread more than the methodology profile "
                     "allows (a standard deviation of more than {4} on the 1\u20135 scale), and "
                     "the room agreed a value for {5}. The scores use the agreed value where "
                     "there is one, otherwise the median rounded half up.",
                     ctx.cycle.participants.size(), ctx.cycle.ratings.size(), spreads.size(),
                     flagged, formatFixed(threshold, 1), agreed)});

    BarChart bars{.title = reportText("Spread of the ratings per item"),
                  .valueAxisLabel = reportText(
                      "Standard deviation of the ratings (points on the 1\u20135 scale)"),
                  .ragColours = true,
                  .legend = {{reportText("Above the disagreement threshold"), Rag::Red},
                             {reportText("Within the threshold"), Rag::Green}},
                  .referenceValue = threshold,
                  .referenceLabel = reportFormat("Threshold {0}", formatValue(threshold, 2))};
    constexpr std::size_t kMaxBars = 12;
    for (const auto& sp : spreads) {
        if (bars.bars.size() == kMaxBars) break;
        bars.bars.push_back({itemWithDimension(sp), sp.standardDeviation,
                             formatFixed(sp.standardDeviation, 2),
                             sp.highDisagreement ? Rag::Red : Rag::Green});
    }
    s.blocks.push_back(
        Chart{reportText("The longer the bar, the further apart the participants' ratings; "
                         "bars past the dashed line are where the room disagreed."),
              std::move(bars)});

    Table table{reportText("Ratings per item, widest spread first"),
                {{reportText("Item (rated on)")},
                 {reportText("Ratings"), Align::Right},
                 {reportText("Range"), Align::Center},
                 {reportText("Median"), Align::Right},
                 {reportText("Std. dev."), Align::Right},
                 {reportText("Agreed"), Align::Right},
                 {reportText("Why")}},
                {},
                ""};
    for (const auto& sp : spreads) {
        std::string why =
            sp.agreed ? sp.agreedReason
                      : (sp.highDisagreement ? reportText("No value agreed yet; the median is used")
                                             : "");
        table.rows.push_back(
            {itemWithDimension(sp) +
                 (sp.highDisagreement ? " \u2014 " + reportText("disagreed") : std::string()),
             std::to_string(sp.count), fmt::format("{}\u2013{}", sp.minimum, sp.maximum),
             formatValue(sp.median, 1), formatFixed(sp.standardDeviation, 2),
             sp.agreed ? std::to_string(*sp.agreed) : "\u2014", why});
    }
    s.blocks.push_back(std::move(table));
    return s;
}

std::optional<Section> parkingLotSection(const BuildContext& ctx,
                                         const std::vector<std::string>& stepTitles) {
    const auto& lot = ctx.cycle.parkingLot;
    if (lot.empty()) return std::nullopt;
    Table open{reportText("Still open (carried into the next cycle)"),
               {{reportText("Step")}, {reportText("Question or idea")}, {reportText("Raised by")}},
               {},
               reportText("Every item is closed.")};
    Table closed{reportText("Closed in this cycle"),
                 {{reportText("Step")},
                  {reportText("Question or idea")},
                  {reportText("Raised by")},
                  {reportText("Resolution")}},
                 {},
                 ""};
    for (const auto& item : lot) {
        if (item.closed)
            closed.rows.push_back(
                {stepLabel(item.step, stepTitles), item.text, item.raisedBy, item.resolution});
        else
            open.rows.push_back({stepLabel(item.step, stepTitles), item.text, item.raisedBy});
    }
    Section s{
        "parking-lot",
        "",
        reportText("Parking lot"),
        reportText("Questions and ideas raised in the room that did not fit the step at hand, with "
                   "who raised them."),
        {}};
    s.blocks.push_back(Paragraph{
        "", reportFormat(
                "{0} of the {1} items are still open and go with the file into the "
                "next cycle; {2} closed.",
                open.rows.size(), lot.size(),
                reportPlural("{0} is", "{0} are", static_cast<long long>(closed.rows.size())))});
    s.blocks.push_back(std::move(open));
    if (!closed.rows.empty()) s.blocks.push_back(std::move(closed));
    return s;
}

std::optional<Section> evidenceAppendix(const BuildContext& ctx, std::string number) {
    const auto& notes = ctx.cycle.evidence;
    if (notes.empty()) return std::nullopt;
    Table table{reportText("Evidence and notes per item"),
                {{reportText("Item")},
                 {reportText("Note")},
                 {reportText("Source")},
                 {reportText("Attached file")},
                 {reportText("To review"), Align::Center}},
                {},
                ""};
    // Grouped by item, items in the order their first note was entered.
    std::vector<EntityId> order;
    for (const auto& n : notes)
        if (std::find(order.begin(), order.end(), n.itemId) == order.end())
            order.push_back(n.itemId);
    std::size_t toReview = 0;
    for (const auto& id : order)
        for (const auto& n : notes)
            if (n.itemId == id) {
                toReview += n.toReview;
                table.rows.push_back({ctx.nameOf(id), n.text, n.source, n.fileReference,
                                      n.toReview ? reportText("yes") : ""});
            }
    Section s{
        "evidence",
        std::move(number),
        reportText("Evidence and notes"),
        reportText(
            "What the room based its entries on: notes, their sources and attached files, per "
            "item."),
        {}};
    s.blocks.push_back(Paragraph{
        "", reportFormat("{0} notes on {1} items; {2} marked to be reviewed before the next "
                         "cycle.",
                         notes.size(), order.size(), toReview)});
    s.blocks.push_back(std::move(table));
    return s;
}

}  // namespace crm::report
