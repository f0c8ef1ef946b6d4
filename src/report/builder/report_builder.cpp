#include "report/builder/report_builder.h"

#include <algorithm>

#include "engine/customers/analysis_settings.h"
#include "engine/reset/cycle_comparison.h"
#include "engine/workshop/rating_spread.h"

#include "report/builder/build_context.h"
#include "report/builder/engine_scores.h"
#include "report/number_format.h"
#include "report/report_text.h"

namespace crm::report {

ReportData buildReportData(const Assessment& assessment, const Cycle& cycle,
                           const ReportInputs& inputs) {
    const ReportLanguage language(assessment.language);
    BuildContext ctx(assessment, cycle, inputs.scores ? &*inputs.scores : nullptr);
    ReportData data;
    data.language = reportLanguage();
    fillTitlePage(data.title, ctx, inputs.reportDate);

    data.summary = executiveSummary(ctx);
    for (auto* make : {businessStrategySection, currentMetricsSection, customerPainSection,
                       relationshipSection, whatMattersSection, segmentsSection, treatmentSection,
                       monitoringSection, alignmentSection, capabilitiesSection})
        data.sections.push_back(make(ctx));
    // Customer data grounds the segments: it goes with step 6.
    addCustomerData(data.sections[5], inputs.customerValue ? &*inputs.customerValue : nullptr,
                    inputs.customerFigures ? &*inputs.customerFigures : nullptr,
                    assessment.currency);
    std::vector<std::string> stepTitles;
    for (const auto& section : data.sections) stepTitles.push_back(section.title);
    for (auto optional :
         {changesSection(ctx), disagreementSection(ctx), parkingLotSection(ctx, stepTitles)})
        if (optional) data.sections.push_back(std::move(*optional));
    if (auto actions = actionPlanSection(ctx)) data.sections.push_back(std::move(*actions));
    data.sections.push_back(recommendationsSection(ctx));
    data.sections.push_back(methodologySection(ctx));
    if (!inputs.notApplicable.empty()) {
        Table excluded{reportText("Marked not applicable (left out of every score)"),
                       {{reportText("Item and reason")}},
                       {},
                       ""};
        for (const auto& line : inputs.notApplicable) excluded.rows.push_back({line});
        data.sections.back().blocks.push_back(std::move(excluded));
    }
    char appendix = 'B';  // after the methodology, A
    if (auto milestones = milestoneAppendix(ctx, std::string(1, appendix))) {
        data.sections.push_back(std::move(*milestones));
        ++appendix;
    }
    if (auto evidence = evidenceAppendix(ctx, std::string(1, appendix)))
        data.sections.push_back(std::move(*evidence));
    if (auto closing = closingSection(ctx)) data.sections.push_back(std::move(*closing));
    addNarratives(data, cycle);
    leaveOutSections(data, assessment.reportSectionsLeftOut);
    return data;
}

void leaveOutSections(ReportData& report, const std::vector<std::string>& leftOut) {
    auto& sections = report.sections;
    sections.erase(std::remove_if(sections.begin(), sections.end(),
                                  [&](const Section& s) {
                                      return std::find(leftOut.begin(), leftOut.end(), s.id) !=
                                             leftOut.end();
                                  }),
                   sections.end());
    // The appendices that remain are lettered A, B, C... in order.
    char letter = 'A';
    for (auto& s : sections)
        if (s.number.size() == 1 && s.number[0] >= 'A' && s.number[0] <= 'Z')
            s.number = std::string(1, letter++);
}

void fillTitlePage(TitlePage& title, const BuildContext& ctx, Date reportDate) {
    const Assessment& assessment = ctx.assessment;
    const Cycle& cycle = ctx.cycle;
    title.company = assessment.companyName;
    title.industry = assessment.industry;
    title.facilitator = assessment.facilitator;
    title.currency = assessment.currency;
    title.cycleName = cycle.name.empty() ? cycle.id : cycle.name;
    title.cycleId = cycle.id;
    title.assessmentDate = formatDay(cycle.assessmentDate);
    title.reportDate = formatReportDate(reportDate);
    title.profileName = assessment.profile.name;
    title.profileHash = assessment.profile.hash();
    title.reportTitle = reportText("CRM strategy report");
    applyCover(title, cycle.cover);
    title.draft = ctx.isDraft();
    if (title.draft) title.draftNote = ctx.missingInWords();
}

std::optional<CustomerReportData> analyzeForReport(const transactions::TransactionTable& table,
                                                   const MethodologyProfile& profile,
                                                   const CustomerAnalysisSettings& settings) {
    if (table.size() == 0) return std::nullopt;
    customers::AnalysisOptions options = customers::analysisOptionsFrom(settings, &table);
    options.churnThreshold = profile.value("customers.churn_risk_p_alive");
    const customers::CustomerAnalysis analysis = customers::analyzeCustomers(table, options);
    return CustomerReportData{customerValueCurve(analysis),
                              customerFiguresFrom(analysis, options, table.customerIds)};
}

std::optional<ReportData> buildReport(const Assessment& assessment, const EntityId& cycleId,
                                      Date reportDate, std::string* error) {
    return buildReport(assessment, cycleId, reportDate, nullptr, error);
}

std::optional<ReportData> buildReport(const Assessment& assessment, const EntityId& cycleId,
                                      Date reportDate, const CustomerReportData* customerData,
                                      std::string* error) {
    const Cycle* cycle = cycleId.empty() ? assessment.currentCycle()
                                         : reset::findCycleByIdOrName(assessment, cycleId);
    if (!cycle) {
        if (error)
            *error = cycleId.empty() ? "the assessment has no cycle to report on"
                                     : "there is no cycle '" + cycleId + "' in the assessment";
        return std::nullopt;
    }
    ReportInputs inputs{reportDate, std::nullopt, std::nullopt, {}};
    if (customerData) {
        inputs.customerValue = customerData->curve;
        inputs.customerFigures = customerData->figures;
    }
    // The report shows and scores what the room agreed on, exactly as `crmw assess` does.
    const Cycle effective =
        workshop::effectiveCycle(*cycle, assessment.profile, &inputs.notApplicable);
    inputs.scores = scoreForReport(assessment, effective);
    return buildReportData(assessment, effective, inputs);
}

}  // namespace crm::report
