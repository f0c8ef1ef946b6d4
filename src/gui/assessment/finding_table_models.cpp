#include "gui/assessment/finding_table_models.h"

#include <algorithm>

#include "engine/assessment/score.h"
#include "gui/assessment/score_tree_model.h"

namespace crm::gui {

using namespace crm::assessment;

namespace {

QString qs(const std::string& text) { return QString::fromStdString(text); }
QString qs(std::string_view text) { return QString::fromUtf8(text.data(), qsizetype(text.size())); }

}  // namespace

FindingTableModel::FindingTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void FindingTableModel::setFindings(std::vector<Finding> findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity) return a.severity > b.severity;
        if (a.step != b.step) return a.step < b.step;
        return a.id < b.id;
    });
    beginResetModel();
    findings_ = std::move(findings);
    endResetModel();
}

int FindingTableModel::rowOfId(const QString& findingId) const {
    for (std::size_t i = 0; i < findings_.size(); ++i)
        if (qs(findings_[i].id) == findingId) return int(i);
    return -1;
}

int FindingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(findings_.size());
}

int FindingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Finding& f = findings_[std::size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Severity:
                    return qs(formatPercent(f.severity * 100));
                case Step:
                    return f.step;
                case Message:
                    return qs(f.message);
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == Message ? QVariant()
                                             : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        case Qt::ToolTipRole:
        case assessment_role::Detail:
            return QObject::tr("%1 — severity %2, step %3 (%4)")
                .arg(qs(f.message), qs(formatPercent(f.severity * 100)))
                .arg(f.step)
                .arg(qs(f.id));
        case assessment_role::Step:
            return f.step;
        case assessment_role::ItemId:
            return qs(f.itemId);
        case assessment_role::Key:
            return qs(f.id);
    }
    return {};
}

QVariant FindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Severity:
            return tr("Severity");
        case Step:
            return tr("Step");
        case Message:
            return tr("Finding");
    }
    return {};
}

RecommendationTableModel::RecommendationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecommendationTableModel::setRecommendations(std::vector<Recommendation> recommendations) {
    beginResetModel();
    recommendations_ = std::move(recommendations);
    endResetModel();
}

int RecommendationTableModel::rowOfFinding(const QString& findingId) const {
    for (std::size_t i = 0; i < recommendations_.size(); ++i)
        if (qs(recommendations_[i].findingId) == findingId) return int(i);
    return -1;
}

int RecommendationTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(recommendations_.size());
}

int RecommendationTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Recommendation& r = recommendations_[std::size_t(index.row())];
    switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
                case Rank:
                    return r.rank;
                case Impact:
                    return QStringLiteral("%1 (%2)").arg(qs(impactKey(r.impact)),
                                                         qs(formatNumber(r.impactScore)));
                case Action:
                    return qs(r.action);
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == Rank ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                          : QVariant();
        case Qt::ToolTipRole:
        case assessment_role::Detail:
            return QObject::tr("%1 — because: %2 (step %3, finding %4)")
                .arg(qs(r.action), qs(r.because))
                .arg(r.step)
                .arg(qs(r.findingId));
        case assessment_role::Step:
            return r.step;
        case assessment_role::ItemId:
            return qs(r.itemId);
        case assessment_role::Key:
            return qs(r.findingId);
    }
    return {};
}

QVariant RecommendationTableModel::headerData(int section, Qt::Orientation orientation,
                                              int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Rank:
            return tr("#");
        case Impact:
            return tr("Impact");
        case Action:
            return tr("Next action");
    }
    return {};
}

}  // namespace crm::gui
