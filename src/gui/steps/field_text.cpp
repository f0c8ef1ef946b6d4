#include "gui/steps/field_text.h"

#include <QCoreApplication>
#include <QSpinBox>

#include "engine/model/validation.h"
#include "gui/app/document_session.h"
#include "gui/common/local_format.h"

namespace crm::gui {

QVector<ReferenceOption> referenceOptions(const Cycle& cycle, std::string_view refersTo) {
    QVector<ReferenceOption> out;
    for (const auto* d : entityDescriptors()) {
        if (d->singleton || !refersToKind(refersTo, d->kind)) continue;
        const bool several = refersTo.find('|') != std::string_view::npos;
        for (std::size_t i = 0; i < d->count(cycle); ++i) {
            const Entity& e = d->at(cycle, i);
            QString caption = QString::fromStdString(itemCaption(*d, e));
            if (several) caption = QStringLiteral("%1: %2").arg(toQString(d->label), caption);
            out.push_back({QString::fromStdString(e.id), caption});
        }
    }
    return out;
}

QString referenceCaption(const Cycle& cycle, std::string_view refersTo, const QString& id) {
    if (id.isEmpty()) return {};
    for (const auto& option : referenceOptions(cycle, refersTo))
        if (option.id == id) return option.caption;
    return id;  // a dangling reference shows its id, so the problem stays visible
}

QStringList idList(const FieldValue& value) {
    QStringList out;
    if (auto* list = std::get_if<std::vector<std::string>>(&value))
        for (const auto& id : *list) out << QString::fromStdString(id);
    return out;
}

bool isRatingField(const FieldDescriptor& field) {
    return field.type == FieldType::Integer && field.minimum && field.maximum;
}

QSpinBox* makeRatingSpin(const FieldDescriptor& field, QWidget* parent) {
    auto* spin = new QSpinBox(parent);
    spin->setRange(static_cast<int>(*field.minimum) - 1, static_cast<int>(*field.maximum));
    spin->setSpecialValueText(QCoreApplication::translate("crm::gui", "(not rated)"));
    return spin;
}

void showRating(QSpinBox& spin, const QString& text) {
    bool ok = false;
    const int value = text.toInt(&ok);
    spin.setValue(ok ? value : spin.minimum());
}

std::optional<int> shownRating(const QSpinBox& spin) {
    if (spin.value() == spin.minimum()) return std::nullopt;
    return spin.value();
}

QString displayValue(const Cycle& cycle, const FieldDescriptor& field, const FieldValue& value) {
    switch (field.type) {
        case FieldType::Choice:
            if (auto* key = std::get_if<std::string>(&value))
                for (std::size_t i = 0; i < field.choiceKeys.size(); ++i)
                    if (field.choiceKeys[i] == *key) return choiceText(field.choiceLabels[i]);
            break;
        case FieldType::Reference:
            if (auto* id = std::get_if<std::string>(&value))
                return referenceCaption(cycle, field.refersTo, QString::fromStdString(*id));
            break;
        case FieldType::ReferenceList: {
            QStringList captions;
            for (const auto& id : idList(value))
                captions << referenceCaption(cycle, field.refersTo, id);
            return captions.join(QStringLiteral("; "));
        }
        case FieldType::Integer:
        case FieldType::Real:
        case FieldType::Money:
            return localNumber(QString::fromStdString(displayText(value)));
        case FieldType::Date:
            return localDate(QString::fromStdString(displayText(value)));
        default:
            break;
    }
    return QString::fromStdString(displayText(value));
}

QString editValue(const FieldDescriptor& field, const FieldValue& value) {
    if (field.type == FieldType::ReferenceList) return idList(value).join(QLatin1Char(','));
    // Numbers are typed in the window's language ("12,5" in German), without grouping.
    if (field.type == FieldType::Real || field.type == FieldType::Money)
        return editableNumber(QString::fromStdString(displayText(value)));
    return QString::fromStdString(displayText(value));
}

namespace {

QString day(const Date& d) { return QString::fromStdString(formatDate(d)); }

// A milestone belongs to a segment objective or a KPI: the date it must be reached by.
std::optional<Date> ownerTargetDate(const Cycle& cycle, const EntityId& ownerId) {
    for (const auto& o : cycle.segmentObjectives)
        if (o.id == ownerId) return o.targetDate;
    for (const auto& k : cycle.kpis)
        if (k.id == ownerId) return k.targetDate;
    return std::nullopt;
}

}  // namespace

QString dateConflict(const Cycle& cycle, const EntityDescriptor& kind, const Entity& item,
                     std::string_view fieldKey) {
    if (kind.kind == "milestone" && fieldKey == "due") {
        const auto& m = static_cast<const Milestone&>(item);
        const auto owner = ownerTargetDate(cycle, m.ownerId);
        if (m.due && owner && *m.due > *owner)
            return QObject::tr("due %1, after its objective's target date %2")
                .arg(day(*m.due), day(*owner));
    }
    if (kind.kind == "kpi") {
        const auto& k = static_cast<const Kpi&>(item);
        if (fieldKey == "target_date" && k.baselineDate && k.targetDate &&
            *k.targetDate < *k.baselineDate)
            return QObject::tr("target date %1 is before the baseline date %2")
                .arg(day(*k.targetDate), day(*k.baselineDate));
        if (fieldKey == "current_date" && k.baselineDate && k.currentDate &&
            *k.currentDate < *k.baselineDate)
            return QObject::tr("measured %1, before the baseline date %2")
                .arg(day(*k.currentDate), day(*k.baselineDate));
    }
    if (kind.kind == "segment_objective" && fieldKey == "target_date") {
        const auto& o = static_cast<const SegmentObjective&>(item);
        for (const auto& m : cycle.milestones)
            if (m.ownerId == o.id && m.due && o.targetDate && *m.due > *o.targetDate)
                return QObject::tr("a milestone is due %1, after this target date %2")
                    .arg(day(*m.due), day(*o.targetDate));
    }
    return {};
}

}  // namespace crm::gui
