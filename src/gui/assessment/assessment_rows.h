#pragma once
// The assessment result flattened into titled groups of rows for the Assessment view. The labels,
// values and reasons are the ones `crmw assess` prints (format_text), so screen and CLI agree.
#include <QString>
#include <QVector>

#include "engine/assessment/assessment_result.h"

namespace crm::gui {

struct ScoreRow {
    QString label;   // "KPI Repeat purchase rate", "Maturity index (current)"
    QString value;   // formatScoreValue: "35%", "62.5/100", "n/a"
    QString band;    // status, tier, maturity level with its band edges, quadrant...
    QString reason;  // the score's reason in plain words
    QString reasonCode;
    int step = 0;
    EntityId itemId;  // the cycle id for cycle-wide scores
    std::optional<double> number;
};

struct ScoreGroup {
    QString title;  // "Metric attainment (steps 6 and 8)"
    QVector<ScoreRow> rows;
};

// Completeness first, then the groups in the order of `crmw assess`.
QVector<ScoreGroup> scoreGroups(const assessment::AssessmentResult& result,
                                const MethodologyProfile& profile);

}  // namespace crm::gui
