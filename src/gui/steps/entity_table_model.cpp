#include "gui/steps/entity_table_model.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

#include "gui/app/document_session.h"
#include "gui/commands/edit_commands.h"
#include "gui/common/local_format.h"
#include "gui/common/money_text.h"
#include "gui/steps/field_text.h"

namespace crm::gui {

EntityTableModel::EntityTableModel(DocumentSession& session, const EntityDescriptor& kind,
                                   QObject* parent)
    : QAbstractTableModel(parent), session_(session), kind_(kind) {
    for (std::size_t i = 0; i < kind_.fields.size(); ++i)
        if (!kind_.fields[i].hidden) shownFields_.push_back(static_cast<int>(i));
    rows_ = session_.cycle() ? static_cast<int>(kind_.count(*session_.cycle())) : 0;
    connect(&session_, &DocumentSession::documentReset, this,
            [this] { onListChanged(toQString(kind_.kind), -1); });
    connect(&session_, &DocumentSession::listChanged, this, &EntityTableModel::onListChanged);
    connect(&session_, &DocumentSession::fieldChanged, this, &EntityTableModel::refreshAll);
    connect(&session_, &DocumentSession::propertiesChanged, this, [this] {
        if (columnCount() > 0) emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });  // money headings name the currency
    // A vote or an agreed value changes what a rated cell shows; tables without a voted field
    // need no second refresh after each edit (fieldChanged already did it).
    const bool voted = std::any_of(kind_.fields.begin(), kind_.fields.end(), [&](const auto& f) {
        return workshop::votedDimension(kind_.kind, f.key).has_value();
    });
    if (voted) connect(&session_, &DocumentSession::edited, this, &EntityTableModel::refreshAll);
}

const workshop::RatingSpread* EntityTableModel::voteFor(const Entity& item,
                                                        const FieldDescriptor& field) const {
    const auto dimension = workshop::votedDimension(kind_.kind, field.key);
    const Cycle* c = session_.cycle();
    if (!dimension || !c) return nullptr;
    if (!votes_) {
        votes_.emplace();
        for (auto& s : workshop::ratingSpreads(*c, session_.assessment().profile))
            votes_->emplace(VoteKey{s.itemId, s.dimension}, std::move(s));
    }
    const auto found = votes_->find(VoteKey{item.id, *dimension});
    return found == votes_->end() ? nullptr : &found->second;
}

QString EntityTableModel::voteTip(const workshop::RatingSpread& vote, const FieldValue& own) const {
    const auto* ownRating = std::get_if<std::int64_t>(&own);
    const QString ownText = ownRating ? QString::number(*ownRating) : tr("none");
    if (vote.agreed)
        return tr("Agreed by the room: %1 (%2). The scores and the report use it. Your own value: "
                  "%3.")
            .arg(*vote.agreed)
            .arg(toQString(vote.agreedReason), ownText);
    return tr("The room's %n vote(s) give a median of %1; the scores and the report use it. Your "
              "own value: %2. Agree on a value in the vote grid to settle it.",
              nullptr, static_cast<int>(vote.count))
        .arg(vote.effectiveValue)
        .arg(ownText);
}

void EntityTableModel::onListChanged(const QString& kind, int focusRow) {
    if (kind != toQString(kind_.kind)) {
        refreshAll();  // captions of referenced items may have changed
        return;
    }
    beginResetModel();
    votes_.reset();
    rows_ = session_.cycle() ? static_cast<int>(kind_.count(*session_.cycle())) : 0;
    endResetModel();
    emit rowsRebuilt(focusRow);
}

void EntityTableModel::refreshAll() {
    votes_.reset();
    if (rows_ > 0) emit dataChanged(index(0, 0), index(rows_ - 1, columnCount() - 1));
}

EntityId EntityTableModel::itemId(int row) const {
    const Cycle* c = session_.cycle();
    if (!c || row < 0 || row >= rows_ || static_cast<std::size_t>(row) >= kind_.count(*c))
        return {};
    return kind_.at(*c, static_cast<std::size_t>(row)).id;
}

const FieldDescriptor& EntityTableModel::fieldAt(int column) const {
    return kind_.fields[static_cast<std::size_t>(fieldIndexOf(column))];
}

int EntityTableModel::fieldIndexOf(int column) const {
    return shownFields_[static_cast<std::size_t>(column)];
}

int EntityTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}

int EntityTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(shownFields_.size());
}

QVariant EntityTableModel::data(const QModelIndex& index, int role) const {
    const Cycle* c = session_.cycle();
    if (!c || !checkIndex(index, CheckIndexOption::IndexIsValid) ||
        static_cast<std::size_t>(index.row()) >= kind_.count(*c))
        return {};
    const FieldDescriptor& field = fieldAt(index.column());
    const Entity& item = kind_.at(*c, static_cast<std::size_t>(index.row()));
    const bool flag = field.type == FieldType::Bool;
    switch (role) {
        case Qt::DisplayRole:
            if (flag) return {};  // the check box says it
            if (const auto* vote = voteFor(item, field))
                return vote->agreed ? tr("%1 · agreed").arg(vote->effectiveValue)
                                    : tr("%1 · vote").arg(vote->effectiveValue);
            return displayValue(*c, field, field.get(item));
        case Qt::CheckStateRole: {
            if (!flag) return {};
            const FieldValue value = field.get(item);
            const bool* on = std::get_if<bool>(&value);
            return on && *on ? Qt::Checked : Qt::Unchecked;
        }
        case Qt::EditRole:
            return editValue(field, field.get(item));
        case Qt::ToolTipRole: {
            if (const auto* vote = voteFor(item, field)) return voteTip(*vote, field.get(item));
            if (const QString conflict = dateConflict(*c, kind_, item, field.key);
                !conflict.isEmpty())
                return tr("%1: %2").arg(toQString(field.label), conflict);
            const QString shown = displayValue(*c, field, field.get(item));
            return shown.size() > 30 ? shown : QVariant();
        }
        case ConflictRole:
            return dateConflict(*c, kind_, item, field.key);
        case Qt::ForegroundRole:
            if (!dateConflict(*c, kind_, item, field.key).isEmpty())
                return QBrush(QColor(166, 27, 27));
            return {};
        case Qt::TextAlignmentRole:
            if (field.type == FieldType::Integer || field.type == FieldType::Real ||
                field.type == FieldType::Money)
                return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
            return {};
        case Qt::BackgroundRole:
            if (!dateConflict(*c, kind_, item, field.key).isEmpty())
                return QBrush(QColor(253, 222, 222));
            if (field.required && isEmpty(field.get(item))) return QBrush(QColor(255, 243, 205));
            return {};
        case FieldIndexRole:
            return fieldIndexOf(index.column());
        case ItemIdRole:
            return QString::fromStdString(item.id);
        default:
            return {};
    }
}

QStringList EntityTableModel::conflicts() const {
    QStringList out;
    const Cycle* c = session_.cycle();
    if (!c) return out;
    for (int row = 0; row < rows_ && static_cast<std::size_t>(row) < kind_.count(*c); ++row) {
        const Entity& item = kind_.at(*c, static_cast<std::size_t>(row));
        for (int column = 0; column < columnCount(); ++column) {
            const FieldDescriptor& field = fieldAt(column);
            if (const QString conflict = dateConflict(*c, kind_, item, field.key);
                !conflict.isEmpty())
                out << tr("Row %1, %2: %3").arg(row + 1).arg(toQString(field.label), conflict);
        }
    }
    return out;
}

QVariant EntityTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < rows_) return section + 1;
        return {};
    }
    if (section < 0 || section >= columnCount()) return {};
    const FieldDescriptor& field = fieldAt(section);
    if (role == Qt::DisplayRole) {
        QString label = engineText("assessment", field.label);
        if (field.type == FieldType::Money && session_.isOpen())
            label = moneyLabel(label, toQString(session_.assessment().currency));
        return label + (field.required ? QStringLiteral(" *") : QString());
    }
    if (role == Qt::ToolTipRole && field.required) return tr("Required");
    return {};
}

Qt::ItemFlags EntityTableModel::flags(const QModelIndex& index) const {
    if (!index.isValid()) return Qt::NoItemFlags;
    // A flag is ticked (Space or a click), not typed.
    if (index.column() < columnCount() && fieldAt(index.column()).type == FieldType::Bool)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool EntityTableModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return false;
    const Cycle* c = session_.cycle();
    if (!c) return false;
    const FieldDescriptor& field = fieldAt(index.column());
    const bool flag = field.type == FieldType::Bool;
    if (role != (flag ? Qt::CheckStateRole : Qt::EditRole)) return false;
    FieldValue input;
    if (flag) {
        input = value.toInt() == Qt::Checked;
    } else if (field.type == FieldType::ReferenceList) {
        std::vector<std::string> ids;
        for (const auto& id : value.toStringList()) ids.push_back(toStd(id));
        input = ids;
    } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
        input = static_cast<std::int64_t>(value.toLongLong());
    } else if (value.isNull()) {
        input = std::monostate{};
    } else if (field.type == FieldType::Integer || field.type == FieldType::Real ||
               field.type == FieldType::Money) {
        input = toStd(plainNumber(value.toString()));  // "1.234,5" typed in German
    } else {
        input = toStd(value.toString());
    }
    CoerceResult checked = coerceValue(field, input);
    if (!checked.error.empty()) {
        emit editRejected(tr("%1 in row %2: %3 (kept the previous value)")
                              .arg(toQString(field.label))
                              .arg(index.row() + 1)
                              .arg(QString::fromStdString(checked.error)));
        return false;
    }
    const Entity& item = kind_.at(*c, static_cast<std::size_t>(index.row()));
    if (field.get(item) == checked.value) return true;
    const int before = session_.undoStack()->index();
    session_.undoStack()->push(new SetFieldCommand(session_, kind_, item.id, field, checked.value));
    if (session_.undoStack()->index() == before) return false;  // the store refused it
    emit editAccepted();
    return true;
}

}  // namespace crm::gui
