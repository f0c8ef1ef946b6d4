#include "gui/workshop/vote_grid_model.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>
#include <cmath>

#include "gui/app/document_session.h"
#include "gui/commands/workshop_edits.h"
#include "gui/steps/entity_table_model.h"

namespace crm::gui {

namespace {
const QColor kFlagBackground(244, 199, 195);
const QColor kFlagText(122, 28, 28);
const QColor kNotApplicable(232, 232, 232);
}  // namespace

QString formatMean(double mean) { return QString::number(mean, 'f', 1); }

QString formatMedian(double median) {
    return median == std::floor(median) ? QString::number(static_cast<long long>(median))
                                        : QString::number(median, 'f', 1);
}

QString formatSpread(double standardDeviation) {
    return QString::number(standardDeviation, 'f', 2);
}

QString formatRange(std::int64_t minimum, std::int64_t maximum) {
    return minimum == maximum ? QString::number(minimum)
                              : QStringLiteral("%1–%2").arg(minimum).arg(maximum);
}

VoteGridModel::VoteGridModel(DocumentSession& session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    connect(&session_, &DocumentSession::documentReset, this, &VoteGridModel::rebuild);
    connect(&session_, &DocumentSession::listChanged, this, &VoteGridModel::rebuild);
    connect(&session_, &DocumentSession::fieldChanged, this, &VoteGridModel::rebuild);
    rebuild();
}

void VoteGridModel::setStep(int step) {
    if (step == step_) return;
    step_ = step;
    const auto dimensions = voteDimensions(step);
    if (!dimensions.isEmpty() && !dimensions.contains(dimension_)) dimension_ = dimensions.front();
    rebuild();
}

void VoteGridModel::setDimension(RatingDimension dimension) {
    if (dimension == dimension_) return;
    dimension_ = dimension;
    rebuild();
}

void VoteGridModel::rebuild() {
    QVector<Row> rows;
    QVector<Voter> voters;
    const Cycle* cycle = session_.cycle();
    if (cycle && voteDimensions(step_).contains(dimension_)) {
        for (const auto& p : cycle->participants) {
            QStringList detail;
            for (const auto& part : {p.role, p.department})
                if (!part.empty()) detail << QString::fromStdString(part);
            detail << toQString(choiceLabel(p.perspective));
            voters.push_back({p.id,
                              p.name.empty() ? tr("(no name)") : QString::fromStdString(p.name),
                              detail.join(QStringLiteral(", "))});
        }
        const MethodologyProfile& profile = session_.assessment().profile;
        std::map<EntityId, workshop::RatingSpread> spreads;
        for (auto& s : workshop::ratingSpreads(*cycle, profile))
            if (s.dimension == dimension_) spreads.emplace(s.itemId, std::move(s));
        const Cycle effective = workshop::effectiveCycle(*cycle, profile);
        for (const auto& item : ratedItems(*cycle, step_)) {
            Row row;
            row.item = item;
            if (auto found = spreads.find(item.id); found != spreads.end())
                row.spread = found->second;
            for (const auto& r : cycle->ratings)
                if (r.itemId == item.id && r.dimension == dimension_ && r.value)
                    row.votes.emplace(r.participantId, *r.value);
            if (const ConsensusValue* agreed = findAgreement(*cycle, item.id, dimension_)) {
                row.agreed = agreed->value;
                row.agreedReason = QString::fromStdString(agreed->reason);
            }
            if (const ScopeExclusion* excluded = findExclusion(*cycle, item.id)) {
                row.notApplicable = true;
                row.exclusionReason = QString::fromStdString(excluded->reason);
            }
            row.used = ratedValue(effective, item.id, dimension_);
            rows.push_back(std::move(row));
        }
    }
    bool sameShape = rows.size() == rows_.size() && voters.size() == participants_.size();
    for (qsizetype i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].item.id == rows_[i].item.id;
    for (qsizetype i = 0; sameShape && i < voters.size(); ++i)
        sameShape = voters[i].id == participants_[i].id;
    if (!sameShape) {
        beginResetModel();
        rows_ = std::move(rows);
        participants_ = std::move(voters);
        endResetModel();
        return;
    }
    rows_ = std::move(rows);
    participants_ = std::move(voters);
    if (rows_.isEmpty()) return;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

EntityId VoteGridModel::itemId(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row].item.id : EntityId{};
}

EntityId VoteGridModel::participantId(int column) const {
    return isVoteColumn(column) ? participants_[column].id : EntityId{};
}

QString VoteGridModel::itemCaption(int row) const {
    return row >= 0 && row < rows_.size() ? rows_[row].item.caption : QString();
}

const workshop::RatingSpread* VoteGridModel::spread(int row) const {
    return row >= 0 && row < rows_.size() && rows_[row].spread ? &*rows_[row].spread : nullptr;
}

bool VoteGridModel::notApplicable(int row) const {
    return row >= 0 && row < rows_.size() && rows_[row].notApplicable;
}

QStringList VoteGridModel::flaggedItems() const {
    QStringList out;
    for (const auto& row : rows_)
        if (row.spread && row.spread->highDisagreement && !row.notApplicable)
            out << row.item.caption;
    return out;
}

int VoteGridModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

int VoteGridModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : participantCount() + kStatCount;
}

QVariant VoteGridModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = rows_[index.row()];
    if (role == EntityTableModel::ItemIdRole) return QString::fromStdString(row.item.id);
    if (role == FlaggedRole) return row.spread && row.spread->highDisagreement;
    if (role == Qt::BackgroundRole && row.notApplicable) return QBrush(kNotApplicable);
    if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::AlignCenter);
    if (isVoteColumn(index.column())) return voteData(row, index.column(), role);
    return statData(row, static_cast<Stat>(index.column() - participantCount()), role);
}

QVariant VoteGridModel::voteData(const Row& row, int column, int role) const {
    const Voter& voter = participants_[column];
    const auto found = row.votes.find(voter.id);
    const std::optional<std::int64_t> vote =
        found == row.votes.end() ? std::nullopt : std::optional(found->second);
    switch (role) {
        case Qt::DisplayRole:
            return vote ? QString::number(*vote) : QString();
        case Qt::EditRole:
        case VoteRole:
            return vote ? QVariant(static_cast<int>(*vote)) : QVariant();
        case Qt::ToolTipRole:
            return vote ? tr("%1 gives %2 a %3").arg(voter.name, row.item.caption).arg(*vote)
                        : tr("%1 has not voted on %2 yet: type 1–5")
                              .arg(voter.name, row.item.caption);
        case Qt::FontRole:
            // In a row the room disagrees on, the votes farthest from the median stand out: ask
            // them first.
            if (vote && row.spread && row.spread->highDisagreement) {
                const workshop::RatingSpread& s = *row.spread;
                const double farthest = std::max(s.median - static_cast<double>(s.minimum),
                                                 static_cast<double>(s.maximum) - s.median);
                if (std::abs(static_cast<double>(*vote) - s.median) == farthest) {
                    QFont bold;
                    bold.setBold(true);
                    return bold;
                }
            }
            return {};
        default:
            return {};
    }
}

QVariant VoteGridModel::statData(const Row& row, Stat stat, int role) const {
    const workshop::RatingSpread* s = row.spread ? &*row.spread : nullptr;
    const bool flagged = s && s->highDisagreement;
    if (role == Qt::ToolTipRole) {
        if (stat == Stat::Agreed && row.agreed) return tr("Agreed: %1").arg(row.agreedReason);
        if (stat == Stat::Used) {
            if (row.notApplicable)
                return tr("Not applicable (%1): left out of the scores").arg(row.exclusionReason);
            if (row.agreed && s) return tr("The agreed value: %1").arg(row.agreedReason);
            if (s)
                return s->count == 1 ? tr("The only vote")
                                     : tr("The median of %1 votes, rounded half up").arg(s->count);
            return tr("No votes yet: the value typed in the step's table");
        }
        return s ? QString::fromStdString(s->reason) : QVariant();
    }
    if (role == Qt::BackgroundRole && flagged && (stat == Stat::Disagrees || stat == Stat::Spread))
        return QBrush(kFlagBackground);
    if (role == Qt::ForegroundRole && flagged && (stat == Stat::Disagrees || stat == Stat::Spread))
        return QBrush(kFlagText);
    if (role == Qt::FontRole && (stat == Stat::Used || (stat == Stat::Disagrees && flagged))) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole) return {};
    switch (stat) {
        case Stat::Mean:
            return s ? formatMean(s->mean) : QString();
        case Stat::Median:
            return s ? formatMedian(s->median) : QString();
        case Stat::Range:
            return s ? formatRange(s->minimum, s->maximum) : QString();
        case Stat::Spread:
            return s ? formatSpread(s->standardDeviation) : QString();
        case Stat::Disagrees:
            return flagged ? tr("disagrees") : QString();
        case Stat::Agreed:
            return row.agreed ? QString::number(*row.agreed) : QString();
        case Stat::Used:
            if (row.notApplicable) return tr("N/A");
            return row.used ? QString::number(*row.used) : QStringLiteral("–");
    }
    return {};
}

QVariant VoteGridModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rows_.size()) return {};
        const Row& row = rows_[section];
        if (role == Qt::DisplayRole) return row.item.caption;
        if (role == Qt::ToolTipRole)
            return row.notApplicable
                       ? tr("%1 — not applicable: %2").arg(row.item.caption, row.exclusionReason)
                       : row.item.caption;
        if (role == Qt::ForegroundRole && row.notApplicable) return QBrush(Qt::gray);
        // The names of the rows the room disagrees on stand out, so the eye finds them at once.
        const bool flagged = row.spread && row.spread->highDisagreement && !row.notApplicable;
        if (role == Qt::ForegroundRole && flagged) return QBrush(kFlagText);
        if (role == Qt::BackgroundRole && flagged) return QBrush(kFlagBackground);
        if (role == Qt::FontRole && flagged) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return {};
    }
    if (section < 0 || section >= columnCount()) return {};
    if (isVoteColumn(section)) {
        if (role == Qt::DisplayRole) return participants_[section].name;
        if (role == Qt::ToolTipRole) return participants_[section].detail;
        return {};
    }
    static const char* const names[kStatCount] = {
        QT_TR_NOOP("Mean"),        QT_TR_NOOP("Median"),    QT_TR_NOOP("Min–max"),
        QT_TR_NOOP("Spread (SD)"), QT_TR_NOOP("Disagrees"), QT_TR_NOOP("Agreed"),
        QT_TR_NOOP("Used")};
    static const char* const tips[kStatCount] = {
        QT_TR_NOOP("Mean of the votes"),
        QT_TR_NOOP("Median of the votes"),
        QT_TR_NOOP("Lowest and highest vote"),
        QT_TR_NOOP("Standard deviation of the votes (population)"),
        QT_TR_NOOP("Spread above the methodology profile's threshold (workshop.disagreement_sd)"),
        QT_TR_NOOP("The value the room agreed on (Agree…)"),
        QT_TR_NOOP("The value the scores use: the agreed value when set, else the median")};
    const int stat = section - participantCount();
    if (role == Qt::DisplayRole) return tr(names[stat]);
    if (role == Qt::ToolTipRole) return tr(tips[stat]);
    return {};
}

Qt::ItemFlags VoteGridModel::flags(const QModelIndex& index) const {
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (isVoteColumn(index.column())) f |= Qt::ItemIsEditable;
    return f;
}

bool VoteGridModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        !isVoteColumn(index.column()))
        return false;
    std::optional<std::int64_t> vote;
    const QString text = value.toString().trimmed();
    if (value.isValid() && !text.isEmpty() && text != QLatin1String("0")) {
        bool ok = false;
        vote = text.toLongLong(&ok);
        if (!ok) {
            session_.reportError(tr("A vote is a number from 1 to 5, not \"%1\".").arg(text));
            return false;
        }
    }
    // Copies: the edit rebuilds rows_.
    const EntityId item = rows_[index.row()].item.id, voter = participants_[index.column()].id;
    return castVote(session_, item, dimension_, voter, vote);
}

}  // namespace crm::gui
