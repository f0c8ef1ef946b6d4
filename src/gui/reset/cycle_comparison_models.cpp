#include "gui/reset/cycle_comparison_models.h"

#include <QBrush>

#include <cmath>
#include <iterator>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/common/local_format.h"

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
    text = localNumber(text);                               // 1.234,5 in German
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
    return day ? localDate(QString::fromStdString(formatDate(*day))) : QStringLiteral("–");
}

constexpr Qt::Alignment kRight = Qt::AlignRight | Qt::AlignVCenter;

}  // namespace

// --- measures ---

CycleMeasuresModel::CycleMeasuresModel(QObject* parent)
    : RowVectorTableModel(columnTable(), parent, NumberRole) {}

CycleMeasuresModel::ColumnTable CycleMeasuresModel::columnTable() {
    using M = CycleMeasuresModel;
    using R = const reset::MeasureDelta&;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Measure"),
         .display = [](const M&, R m) -> QVariant {
             return m.unit.empty() ? QString::fromStdString(m.name)
                                   : QStringLiteral("%1 (%2)").arg(QString::fromStdString(m.name),
                                                                   QString::fromStdString(m.unit));
         },
         .toolTip = [](const M&, R m) -> QVariant { return sourceToolTip(m.source); }},
        {.headerOf =
             [](const M& model) {
                 return model.fromName_.isEmpty() ? tr("Earlier") : model.fromName_;
             },
         .alignment = kRight,
         .display = [](const M&, R m) -> QVariant { return formatMeasureValue(m.from); },
         .sortKey = [](const M&, R m) { return m.from ? QVariant(*m.from) : QVariant(); }},
        {.headerOf =
             [](const M& model) { return model.toName_.isEmpty() ? tr("Later") : model.toName_; },
         .alignment = kRight,
         .display = [](const M&, R m) -> QVariant { return formatMeasureValue(m.to); },
         .sortKey = [](const M&, R m) { return m.to ? QVariant(*m.to) : QVariant(); }},
        {.header = QT_TR_NOOP("Change"),
         .alignment = kRight,
         .display = [](const M&, R m) -> QVariant { return formatMeasureValue(m.delta, true); },
         .sortKey = [](const M&, R m) { return m.delta ? QVariant(*m.delta) : QVariant(); },
         .background = [](const M&, R m) { return movementBackground(m.movement); }},
        {.header = QT_TR_NOOP("Direction"),
         .display = [](const M&, R m) -> QVariant { return movementText(m.movement); },
         .toolTip = [](const M&, R m) -> QVariant {
             return m.direction == Direction::HigherIsBetter ? tr("Higher is better")
                                                             : tr("Lower is better");
         },
         .foreground = [](const M&, R m) { return movementForeground(m.movement); },
         .background = [](const M&, R m) { return movementBackground(m.movement); }},
        {.header = QT_TR_NOOP("Source"),
         .display = [](const M&, R m) -> QVariant { return sourceText(m.source); },
         .toolTip = [](const M&, R m) -> QVariant { return sourceToolTip(m.source); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void CycleMeasuresModel::setComparison(const reset::CycleComparison& comparison) {
    fromName_ = QString::fromStdString(comparison.fromName);
    toName_ = QString::fromStdString(comparison.toName);
    setRows(comparison.measures);
    emit headerDataChanged(Qt::Horizontal, From, To);
}

QVariant CycleMeasuresModel::extraData(const reset::MeasureDelta& m, int, int role) const {
    if (role == MovementRole) return engineText("assessment", reset::movementName(m.movement));
    return {};
}

// --- milestones ---

CycleMilestonesModel::CycleMilestonesModel(QObject* parent)
    : RowVectorTableModel(columnTable(), parent) {}

CycleMilestonesModel::ColumnTable CycleMilestonesModel::columnTable() {
    using M = CycleMilestonesModel;
    using R = const reset::MilestoneOutcome&;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Objective or KPI"),
         .display = [](const M&, R m) -> QVariant { return QString::fromStdString(m.ownerName); },
         .toolTip = [](const M&, R m) -> QVariant { return QString::fromStdString(m.ownerName); }},
        {.header = QT_TR_NOOP("Due"),
         .display = [](const M&, R m) -> QVariant { return dayText(m.due); }},
        {.header = QT_TR_NOOP("Target"),
         .alignment = kRight,
         .display = [](const M&, R m) -> QVariant { return formatMeasureValue(m.target); }},
        {.header = QT_TR_NOOP("Actual"),
         .alignment = kRight,
         .display = [](const M&, R m) -> QVariant { return formatMeasureValue(m.actual); }},
        {.header = QT_TR_NOOP("Result"),
         .display = [](const M&, R m) -> QVariant { return milestoneResultText(m.result); },
         .background = [](const M&, R m) { return milestoneResultBackground(m.result); }},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void CycleMilestonesModel::setComparison(const reset::CycleComparison& comparison) {
    setRows(comparison.milestones);
}

QVariant CycleMilestonesModel::extraData(const reset::MilestoneOutcome& m, int, int role) const {
    if (role == ResultRole) return engineText("assessment", reset::milestoneResultName(m.result));
    return {};
}

// --- items added, changed, dropped ---

namespace {

QVariant itemNameText(const CycleItemChangesModel&, const reset::ItemChange& item) {
    return QString::fromStdString(item.name);
}

QVariant changedFieldsText(const CycleItemChangesModel&, const reset::ItemChange& item) {
    QStringList fields;
    for (const auto& f : item.changedFields) fields << QString::fromStdString(f);
    return fields.join(QStringLiteral(", "));
}

}  // namespace

CycleItemChangesModel::CycleItemChangesModel(QObject* parent)
    : RowVectorTableModel(columnTable(), parent) {}

CycleItemChangesModel::ColumnTable CycleItemChangesModel::columnTable() {
    using M = CycleItemChangesModel;
    using R = const reset::ItemChange&;
    static const ColumnSpec columns[] = {
        {.header = QT_TR_NOOP("Change"),
         .display = [](const M&, R item) -> QVariant {
             return item.change == reset::ChangeKind::Added     ? tr("+ added")
                    : item.change == reset::ChangeKind::Dropped ? tr("− dropped")
                                                                : tr("~ changed");
         },
         .foreground = [](const M&, R item) -> QVariant {
             if (item.change == reset::ChangeKind::Added)
                 return QBrush(ComparisonColours::betterText());
             if (item.change == reset::ChangeKind::Dropped)
                 return QBrush(ComparisonColours::worseText());
             return {};
         }},
        {.header = QT_TR_NOOP("Kind"),
         .display = [](const M&, R item) -> QVariant {
             const EntityDescriptor* d = findDescriptor(item.kind);
             return d ? engineText("assessment", d->label) : QString::fromStdString(item.kind);
         }},
        // The name and the fields can be longer than the column: the tooltip shows them whole.
        {.header = QT_TR_NOOP("Item"), .display = itemNameText, .toolTip = itemNameText},
        {.header = QT_TR_NOOP("Fields changed"),
         .display = changedFieldsText,
         .toolTip = changedFieldsText},
    };
    static_assert(std::size(columns) == ColumnCount);
    return columns;
}

void CycleItemChangesModel::setComparison(const reset::CycleComparison& comparison) {
    setRows(comparison.items);
}

QVariant CycleItemChangesModel::extraData(const reset::ItemChange& item, int, int role) const {
    if (role == ChangeRole) return engineText("assessment", reset::changeKindName(item.change));
    return {};
}

}  // namespace crm::gui
