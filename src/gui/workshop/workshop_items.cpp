#include "gui/workshop/workshop_items.h"

#include <QAbstractItemView>
#include <QCoreApplication>

#include "engine/model/descriptor.h"
#include "engine/model/validation.h"
#include "gui/app/document_session.h"
#include "gui/common/local_format.h"
#include "gui/steps/entity_table_model.h"
#include "gui/steps/step_titles.h"

namespace crm::gui {

namespace {

QString segmentName(const Cycle& cycle, const EntityId& id) {
    for (const auto& s : cycle.segments)
        if (s.id == id) return QString::fromStdString(s.name);
    return {};
}

}  // namespace

QVector<RatingDimension> voteDimensions(int step) {
    switch (step) {
        case 3:
            return {RatingDimension::Severity, RatingDimension::Frequency};
        case 5:
            return {RatingDimension::Importance, RatingDimension::Performance};
        case 10:
            return {RatingDimension::Current, RatingDimension::Target};
        default:
            return {};
    }
}

QVector<RatedItem> ratedItems(const Cycle& cycle, int step) {
    QVector<RatedItem> out;
    switch (step) {
        case 3:
            for (const auto& p : cycle.painPoints)
                out.push_back({p.id, p.description.empty()
                                         ? QString::fromStdString(p.id)
                                         : QString::fromStdString(p.description)});
            break;
        case 5:
            for (const auto& a : cycle.attributes) {
                QString caption = a.attribute.empty() ? QString::fromStdString(a.id)
                                                      : QString::fromStdString(a.attribute);
                if (const QString segment = segmentName(cycle, a.segmentId); !segment.isEmpty())
                    caption += QStringLiteral(" (%1)").arg(segment);
                out.push_back({a.id, caption});
            }
            break;
        case 10:
            for (const auto& c : cycle.capabilities)
                out.push_back({c.id, c.name.empty() ? QString::fromStdString(c.areaKey)
                                                    : QString::fromStdString(c.name)});
            break;
        default:
            break;
    }
    return out;
}

QString dimensionLabel(RatingDimension dimension) { return toQString(choiceLabel(dimension)); }

QString workshopStepTitle(int step) {
    if (step == kResetStep) return QCoreApplication::translate("crm::gui", "Annual reset");
    return stepTitle(step);
}

std::optional<std::int64_t> ratedValue(const Cycle& cycle, const EntityId& itemId,
                                       RatingDimension dimension) {
    const EntityDescriptor* kind = kindOfItem(cycle, itemId);
    if (!kind) return std::nullopt;
    const FieldDescriptor* field = kind->field(choiceKey(dimension));
    if (!field) return std::nullopt;
    const FieldValue value = field->get(kind->at(cycle, *kind->indexOf(cycle, itemId)));
    if (auto* v = std::get_if<std::int64_t>(&value)) return *v;
    return std::nullopt;
}

const EntityDescriptor* kindOfItem(const Cycle& cycle, const EntityId& itemId) {
    if (itemId.empty()) return nullptr;
    for (const auto* d : entityDescriptors())
        if (!d->singleton && d->indexOf(cycle, itemId)) return d;
    return nullptr;
}

QString describeItem(const Cycle& cycle, const EntityId& itemId) {
    const EntityDescriptor* kind = kindOfItem(cycle, itemId);
    if (!kind) return QString::fromStdString(itemId);
    return QStringLiteral("%1 '%2'").arg(
        engineText("assessment", kind->label),
        QString::fromStdString(itemCaption(*kind, kind->at(cycle, *kind->indexOf(cycle, itemId)))));
}

bool acceptsNotes(const Cycle& cycle, const EntityId& itemId) {
    const EntityDescriptor* kind = kindOfItem(cycle, itemId);
    const EntityDescriptor* evidence = findDescriptor("evidence");
    const FieldDescriptor* field = evidence ? evidence->field("item_id") : nullptr;
    return kind && field && refersToKind(field->refersTo, kind->kind);
}

EntityId itemAtCurrentRow(const QAbstractItemView* view) {
    if (!view || !view->model()) return {};
    const QModelIndex current = view->currentIndex();
    if (!current.isValid()) return {};
    return toStd(current.data(EntityTableModel::ItemIdRole).toString());
}

}  // namespace crm::gui
