#include "gui/assessment/finding_table_models.h"

#include <algorithm>
#include <iterator>

#include "engine/assessment/score.h"
#include "gui/assessment/score_tree_model.h"
#include "gui/common/local_format.h"

namespace crm::gui {

using namespace crm::assessment;

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString qs(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

// The roles a finding and a recommendation answer alike, in every column: the explanation, where
// to jump, and the key that stays the same across refreshes.
template <typename Item>
QVariant jumpData(const Item& item, const std::string& key, int role,
                  QString (*detail)(const Item&)) {
    switch (role) {
        case Qt::ToolTipRole:
        case assessment_role::Detail:
            return detail(item);
        case assessment_role::Step:
            return item.step;
        case assessment_role::ItemId:
            return qs(item.itemId);
        case assessment_role::Key:
            return qs(key);
    }
    return {};
}

QString findingDetail(const Finding& f) {
    return QObject::tr("%1 — severity %2, step %3")
        .arg(engineText(f.messagePhrase, f.message),
             localPercent(qs(formatPercent(f.severity * 100))))
        .arg(f.step);
}

QString recommendationDetail(const Recommendation& r) {
    return QObject::tr("%1 — because: %2 (step %3)")
        .arg(engineText(r.actionPhrase, r.action), engineText(r.becausePhrase, r.because))
        .arg(r.step);
}

}  // namespace

FindingTableModel::FindingTableModel(QObject* parent)
    : RowVectorTableModel(columnTable(), parent) {}

FindingTableModel::ColumnTable FindingTableModel::columnTable() {
    using M = FindingTableModel;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Severity"),
         .alignment = kRight,
         .display = [](const M&, const Finding& f) -> QVariant {
             return localPercent(qs(formatPercent(f.severity * 100)));
         }},
        {.header = QT_TR_NOOP("Step"),
         .alignment = kRight,
         .display = [](const M&, const Finding& f) -> QVariant { return f.step; }},
        {.header = QT_TR_NOOP("Finding"),
         .display = [](const M&, const Finding& f) -> QVariant {
             return engineText(f.messagePhrase, f.message);
         }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void FindingTableModel::setFindings(std::vector<Finding> findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) return a.severity > b.severity;
        if (a.step != b.step) return a.step < b.step;
        return a.id < b.id;
    });
    setRows(std::move(findings));
}

int FindingTableModel::rowOfId(const QString& findingId) const {
    for (std::size_t i = 0; i < rows().size(); ++i)
        if (qs(rows()[i].id) == findingId) return int(i);
    return -1;
}

QVariant FindingTableModel::extraData(const Finding& f, int, int role) const {
    return jumpData(f, f.id, role, findingDetail);
}

RecommendationTableModel::RecommendationTableModel(QObject* parent)
    : RowVectorTableModel(columnTable(), parent) {}

RecommendationTableModel::ColumnTable RecommendationTableModel::columnTable() {
    using M = RecommendationTableModel;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("#"),
         .alignment = kRight,
         .display = [](const M&, const Recommendation& r) -> QVariant { return r.rank; }},
        {.header = QT_TR_NOOP("Impact"),
         .display = [](const M&, const Recommendation& r) -> QVariant {
             return QStringLiteral("%1 (%2)").arg(qs(impactKey(r.impact)),
                                                  qs(formatNumber(r.impactScore)));
         }},
        {.header = QT_TR_NOOP("Next action"),
         .display = [](const M&, const Recommendation& r) -> QVariant {
             return engineText(r.actionPhrase, r.action);
         }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void RecommendationTableModel::setRecommendations(std::vector<Recommendation> recommendations) {
    setRows(std::move(recommendations));
}

int RecommendationTableModel::rowOfFinding(const QString& findingId) const {
    for (std::size_t i = 0; i < rows().size(); ++i)
        if (qs(rows()[i].findingId) == findingId) return int(i);
    return -1;
}

QVariant RecommendationTableModel::extraData(const Recommendation& r, int, int role) const {
    return jumpData(r, r.findingId, role, recommendationDetail);
}

}  // namespace crm::gui
