#include "gui/reset/cycle_comparison_models.h"

#include <QBrush>

#include <cmath>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"

namespace crm::gui {

EntityId ancestorInCycle(const Assessment& a, const Cycle& earlier, const EntityDescriptor& kind,
                         EntityId id) {
    for (int guard = 0; guard < 1000 && !id.empty(); ++guard) {
        if (kind.indexOf(earlier, id)) return id;
        EntityId origin;
        for (const Cycle& c : a.cycles)
            if (auto index = kind.indexOf(c, id)) {
                origin = kind.at(c, *index).originId;
                break;
            }
        id = origin;
    }
    return {};
}

QString formatMeasureValue(const std::optional<double>& value, bool withSign) {
    if (!value) return QStringLiteral("–");
    const double v = *value;
    const double magnitude = std::abs(v);
    const int decimals = std::abs(v - std::round(v)) < 0.005 ? 0 : magnitude < 1 ? 2 : 1;
    QString text = QString::number(magnitude, 'f', decimals);
    if (text.contains(QLatin1Char('.'))) {
        while (text.endsWith(QLatin1Char('0'))) text.chop(1);
        if (text.endsWith(QLatin1Char('.'))) text.chop(1);
    }
    const bool zero = text == QStringLiteral("0");
    if (v < 0 && !zero) return QStringLiteral("−") + text;  // U+2212, the minus sign
    if (withSign && !zero) return QStringLiteral("+") + text;
    return text;
}

QString movementText(reset::Movement movement) {
    switch (movement) {
        case reset::Movement::Better:
            return QObject::tr("✔ better");
        case reset::Movement::Worse:
            return QObject::tr("✘ worse");
        case reset::Movement::Unchanged:
            return QObject::tr("= unchanged");
        case reset::Movement::NotComparable:
            break;
    }
    return QObject::tr("not comparable");
}

QVariant movementBackground(reset::Movement movement) {
    if (movement == reset::Movement::Better) return QBrush(ComparisonColours::better());
    if (movement == reset::Movement::Worse) return QBrush(ComparisonColours::worse());
    return {};
}

QVariant movementForeground(reset::Movement movement) {
    if (movement == reset::Movement::Better) return QBrush(ComparisonColours::betterText());
    if (movement == reset::Movement::Worse) return QBrush(ComparisonColours::worseText());
    return {};
}

QString milestoneResultText(reset::MilestoneResult result) {
    switch (result) {
        case reset::MilestoneResult::Hit:
            return QObject::tr("✔ hit");
        case reset::MilestoneResult::Missed:
            return QObject::tr("✘ missed");
        case reset::MilestoneResult::NoActual:
            return QObject::tr("no actual recorded");
        case reset::MilestoneResult::NotDue:
            return QObject::tr("not yet due");
    }
    return {};
}

QVariant milestoneResultBackground(reset::MilestoneResult result) {
    if (result == reset::MilestoneResult::Hit) return QBrush(ComparisonColours::better());
    if (result == reset::MilestoneResult::Missed) return QBrush(ComparisonColours::worse());
    if (result == reset::MilestoneResult::NoActual) return QBrush(ComparisonColours::pending());
    return {};
}

namespace {

QString sourceText(const std::string& source) {
    if (source == "relationship") return QObject::tr("Relationship");
    if (source == "kpi") return QObject::tr("KPI");
    if (source == "metric") return QObject::tr("Metric");
    return QString::fromStdString(source);
}

QString sourceToolTip(const std::string& source) {
    if (source == "relationship") return QObject::tr("Relationship state (step 4)");
    if (source == "kpi")
        return QObject::tr("Monitoring KPI (step 8): its current value, else its baseline");
    if (source == "metric") return QObject::tr("Current metric (step 2): its baseline");
    return {};
}

QString dayText(const std::optional<Date>& day) {
    return day ? QString::fromStdString(formatDate(*day)) : QStringLiteral("–");
}

}  // namespace

// --- measures ---

void CycleMeasuresModel::setComparison(const reset::CycleComparison& comparison) {
    beginResetModel();
    rows_ = comparison.measures;
    fromName_ = QString::fromStdString(comparison.fromName);
    toName_ = QString::fromStdString(comparison.toName);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, From, To);
}

int CycleMeasuresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CycleMeasuresModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CycleMeasuresModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const auto& m = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
            case Measure:
                return m.unit.empty()
                           ? QString::fromStdString(m.name)
                           : QStringLiteral("%1 (%2)").arg(QString::fromStdString(m.name),
                                                           QString::fromStdString(m.unit));
            case Source:
                return sourceText(m.source);
            case From:
                return formatMeasureValue(m.from);
            case To:
                return formatMeasureValue(m.to);
            case Change:
                return formatMeasureValue(m.delta, true);
            case Movement:
                return movementText(m.movement);
            default:
                return {};
        }
    }
    if (role == NumberRole) {
        const auto& v = column == From     ? m.from
                        : column == To     ? m.to
                        : column == Change ? m.delta
                                           : std::nullopt;
        return v ? QVariant(*v) : QVariant();
    }
    if (role == MovementRole)
        return QString::fromStdString(std::string(reset::movementName(m.movement)));
    if (role == Qt::TextAlignmentRole && (column == From || column == To || column == Change))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && (column == Change || column == Movement))
        return movementBackground(m.movement);
    if (role == Qt::ForegroundRole && column == Movement) return movementForeground(m.movement);
    if (role == Qt::ToolTipRole && column == Movement)
        return m.direction == Direction::HigherIsBetter ? tr("Higher is better")
                                                        : tr("Lower is better");
    if (role == Qt::ToolTipRole && (column == Source || column == Measure))
        return sourceToolTip(m.source);
    return {};
}

QVariant CycleMeasuresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Measure:
            return tr("Measure");
        case Source:
            return tr("Source");
        case From:
            return fromName_.isEmpty() ? tr("Earlier") : fromName_;
        case To:
            return toName_.isEmpty() ? tr("Later") : toName_;
        case Change:
            return tr("Change");
        case Movement:
            return tr("Direction");
        default:
            return {};
    }
}

// --- milestones ---

void CycleMilestonesModel::setComparison(const reset::CycleComparison& comparison) {
    beginResetModel();
    rows_ = comparison.milestones;
    endResetModel();
}

int CycleMilestonesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CycleMilestonesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CycleMilestonesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const auto& m = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole) {
        switch (column) {
            case Owner:
                return QString::fromStdString(m.ownerName);
            case Due:
                return dayText(m.due);
            case Target:
                return formatMeasureValue(m.target);
            case Actual:
                return formatMeasureValue(m.actual);
            case Result:
                return milestoneResultText(m.result);
            default:
                return {};
        }
    }
    if (role == ResultRole)
        return QString::fromStdString(std::string(reset::milestoneResultName(m.result)));
    if (role == Qt::BackgroundRole && column == Result) return milestoneResultBackground(m.result);
    if (role == Qt::TextAlignmentRole && (column == Target || column == Actual))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && column == Owner) return QString::fromStdString(m.ownerName);
    return {};
}

QVariant CycleMilestonesModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Owner:
            return tr("Objective or KPI");
        case Due:
            return tr("Due");
        case Target:
            return tr("Target");
        case Actual:
            return tr("Actual");
        case Result:
            return tr("Result");
        default:
            return {};
    }
}

// --- items added, changed, dropped ---

void CycleItemChangesModel::setComparison(const reset::CycleComparison& comparison) {
    beginResetModel();
    rows_ = comparison.items;
    endResetModel();
}

int CycleItemChangesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int CycleItemChangesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CycleItemChangesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const auto& item = rows_[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && column >= Item)) {
        switch (column) {
            case Change:
                return item.change == reset::ChangeKind::Added     ? tr("+ added")
                       : item.change == reset::ChangeKind::Dropped ? tr("− dropped")
                                                                   : tr("~ changed");
            case Kind: {
                const EntityDescriptor* d = findDescriptor(item.kind);
                return d ? toQString(d->label) : QString::fromStdString(item.kind);
            }
            case Item:
                return QString::fromStdString(item.name);
            case Fields: {
                QStringList fields;
                for (const auto& f : item.changedFields) fields << QString::fromStdString(f);
                return fields.join(QStringLiteral(", "));
            }
            default:
                return {};
        }
    }
    if (role == ChangeRole)
        return QString::fromStdString(std::string(reset::changeKindName(item.change)));
    if (role == Qt::ForegroundRole && column == Change) {
        if (item.change == reset::ChangeKind::Added) return QBrush(ComparisonColours::betterText());
        if (item.change == reset::ChangeKind::Dropped)
            return QBrush(ComparisonColours::worseText());
    }
    return {};
}

QVariant CycleItemChangesModel::headerData(int section, Qt::Orientation orientation,
                                           int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
        case Change:
            return tr("Change");
        case Kind:
            return tr("Kind");
        case Item:
            return tr("Item");
        case Fields:
            return tr("Fields changed");
        default:
            return {};
    }
}

}  // namespace crm::gui
