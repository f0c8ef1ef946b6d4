#include "gui/customer_data/column_mapping_form.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>

#include <algorithm>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

using transactions::ColumnMapping;
using transactions::ColumnRef;
using transactions::DateFormat;

namespace {

QString dateFormatExample(DateFormat format) {
    switch (format) {
        case DateFormat::IsoDate:
            return QStringLiteral("2024-03-31");
        case DateFormat::IsoDateTime:
            return QStringLiteral("2024-03-31 14:05:00");
        case DateFormat::Compact:
            return QStringLiteral("20240331");
        case DateFormat::DayMonthYear:
            return QStringLiteral("31/03/2024");
        case DateFormat::MonthDayYear:
            return QStringLiteral("03/31/2024");
    }
    return {};
}

}  // namespace

ColumnMappingForm::ColumnMappingForm(QWidget* parent) : QWidget(parent) {
    customer_ = addColumnCombo(QStringLiteral("customerCombo"), false);
    date_ = addColumnCombo(QStringLiteral("dateCombo"), false);
    amount_ = addColumnCombo(QStringLiteral("amountCombo"), true);
    quantity_ = addColumnCombo(QStringLiteral("quantityCombo"), true);
    unitPrice_ = addColumnCombo(QStringLiteral("unitPriceCombo"), true);
    order_ = addColumnCombo(QStringLiteral("orderCombo"), true);
    cost_ = addColumnCombo(QStringLiteral("costCombo"), true);
    margin_ = addColumnCombo(QStringLiteral("marginCombo"), true);
    segment_ = addColumnCombo(QStringLiteral("segmentCombo"), true);
    quantity_->setToolTip(
        tr("With an amount column, the quantity only gives the sign of a line: a negative "
           "quantity is a return."));
    cost_->setToolTip(tr("Cost of the line, for the margin (choose cost or margin, not both)."));
    margin_->setToolTip(
        tr("Margin of the line; cost = amount - margin (choose cost or margin, not both)."));
    segment_->setToolTip(tr("A customer's segment is the one with most of their net value."));

    dateFormat_ = new QComboBox(this);
    dateFormat_->setObjectName(QStringLiteral("dateFormatCombo"));
    for (DateFormat f : transactions::kAllDateFormats)
        dateFormat_->addItem(
            QStringLiteral("%1   (%2)")
                .arg(toQString(std::string(transactions::dateFormatText(f))), dateFormatExample(f)),
            static_cast<int>(f));
    connect(dateFormat_, &QComboBox::currentIndexChanged, this, &ColumnMappingForm::changed);

    amountMode_ = new QRadioButton(tr("One amount column"), this);
    amountMode_->setObjectName(QStringLiteral("amountModeRadio"));
    quantityPriceMode_ = new QRadioButton(tr("Quantity × unit price"), this);
    quantityPriceMode_->setObjectName(QStringLiteral("quantityPriceModeRadio"));
    auto* modes = new QButtonGroup(this);
    modes->addButton(amountMode_);
    modes->addButton(quantityPriceMode_);
    amountMode_->setChecked(true);
    connect(amountMode_, &QRadioButton::toggled, this, [this] {
        updateValueMode();
        emit changed();
    });
    connect(date_, &QComboBox::currentIndexChanged, this,
            [this] { emit dateColumnChanged(columnOf(date_)); });

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    grid->addWidget(label(tr("&Customer id:"), customer_), 0, 0);
    grid->addWidget(customer_, 0, 1);
    grid->addWidget(label(tr("&Order id:"), order_), 0, 2);
    grid->addWidget(order_, 0, 3);
    grid->addWidget(label(tr("&Date:"), date_), 1, 0);
    grid->addWidget(date_, 1, 1);
    grid->addWidget(label(tr("Date &format:"), dateFormat_), 1, 2);
    grid->addWidget(dateFormat_, 1, 3);
    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(amountMode_);
    modeRow->addWidget(quantityPriceMode_);
    modeRow->addStretch(1);
    grid->addWidget(new QLabel(tr("Line value:"), this), 2, 0);
    grid->addLayout(modeRow, 2, 1, 1, 3);
    grid->addWidget(label(tr("&Amount:"), amount_), 3, 0);
    grid->addWidget(amount_, 3, 1);
    grid->addWidget(label(tr("&Quantity:"), quantity_), 3, 2);
    grid->addWidget(quantity_, 3, 3);
    grid->addWidget(label(tr("&Unit price:"), unitPrice_), 4, 0);
    grid->addWidget(unitPrice_, 4, 1);
    grid->addWidget(label(tr("&Segment:"), segment_), 4, 2);
    grid->addWidget(segment_, 4, 3);
    grid->addWidget(label(tr("Cos&t:"), cost_), 5, 0);
    grid->addWidget(cost_, 5, 1);
    grid->addWidget(label(tr("&Margin:"), margin_), 5, 2);
    grid->addWidget(margin_, 5, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    updateValueMode();
}

QComboBox* ColumnMappingForm::addColumnCombo(const QString& objectName, bool optional) {
    auto* combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setProperty("optionalColumn", optional);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
    connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingForm::changed);
    combos_.push_back(combo);
    return combo;
}

void ColumnMappingForm::setColumns(const std::vector<std::string>& header, std::size_t fieldCount) {
    header_ = header;
    fieldCount_ = std::max(fieldCount, header.size());
    for (QComboBox* combo : combos_) {
        const std::size_t kept = columnOf(combo);
        const QSignalBlocker block(combo);
        combo->clear();
        combo->addItem(
            combo->property("optionalColumn").toBool() ? tr("(none)") : tr("(choose a column)"), 0);
        for (std::size_t c = 1; c <= fieldCount_; ++c) {
            const bool named = c <= header_.size() && !header_[c - 1].empty();
            combo->addItem(named ? QStringLiteral("%1: %2").arg(c).arg(toQString(header_[c - 1]))
                                 : tr("Column %1").arg(c),
                           static_cast<qulonglong>(c));
        }
        combo->setCurrentIndex(kept <= fieldCount_ ? static_cast<int>(kept) : 0);
    }
    emit changed();
}

std::size_t ColumnMappingForm::numberOf(const ColumnRef& ref) const {
    if (ref.number != 0) return ref.number <= fieldCount_ ? ref.number : 0;
    const auto it = std::find(header_.begin(), header_.end(), ref.name);
    return it == header_.end() ? 0 : static_cast<std::size_t>(it - header_.begin()) + 1;
}

void ColumnMappingForm::applyMapping(const ColumnMapping& mapping) {
    auto select = [this](QComboBox* combo, const std::optional<ColumnRef>& ref) {
        const QSignalBlocker block(combo);
        combo->setCurrentIndex(ref ? static_cast<int>(numberOf(*ref)) : 0);
    };
    select(customer_, mapping.customer);
    select(date_, mapping.date);
    select(amount_, mapping.amount);
    select(quantity_, mapping.quantity);
    select(unitPrice_, mapping.unitPrice);
    select(order_, mapping.order);
    select(cost_, mapping.cost);
    select(margin_, mapping.margin);
    select(segment_, mapping.segment);
    {
        const QSignalBlocker block(amountMode_);
        const bool quantityPrice = !mapping.amount && mapping.quantity && mapping.unitPrice;
        (quantityPrice ? quantityPriceMode_ : amountMode_)->setChecked(true);
    }
    updateValueMode();
    setDateFormat(mapping.dateFormat);
    emit changed();
}

void ColumnMappingForm::setDateFormat(DateFormat format) {
    dateFormat_->setCurrentIndex(dateFormat_->findData(static_cast<int>(format)));
}

DateFormat ColumnMappingForm::dateFormat() const {
    return static_cast<DateFormat>(dateFormat_->currentData().toInt());
}

std::size_t ColumnMappingForm::columnOf(const QComboBox* combo) {
    return static_cast<std::size_t>(combo->currentData().toULongLong());
}

std::size_t ColumnMappingForm::dateColumn() const { return columnOf(date_); }

void ColumnMappingForm::updateValueMode() {
    const bool amountMode = amountMode_->isChecked();
    amount_->setEnabled(amountMode);
    unitPrice_->setEnabled(!amountMode);
}

ColumnRef ColumnMappingForm::refOf(std::size_t column) const {
    // By header name when it names one column only: the stored mapping then reads like the file.
    if (column <= header_.size() && !header_[column - 1].empty() &&
        std::count(header_.begin(), header_.end(), header_[column - 1]) == 1)
        return ColumnRef::byName(header_[column - 1]);
    return ColumnRef::byNumber(column);
}

std::optional<ColumnMapping> ColumnMappingForm::mapping(QString* problem) const {
    auto refuse = [problem](const QString& why) -> std::optional<ColumnMapping> {
        if (problem) *problem = why;
        return std::nullopt;
    };
    const bool amountMode = amountMode_->isChecked();
    if (columnOf(customer_) == 0)
        return refuse(tr("Choose the column that holds the customer id."));
    if (columnOf(date_) == 0) return refuse(tr("Choose the column that holds the date."));
    if (amountMode && columnOf(amount_) == 0)
        return refuse(tr("Choose the column that holds the amount."));
    if (!amountMode && (columnOf(quantity_) == 0 || columnOf(unitPrice_) == 0))
        return refuse(tr("Choose the quantity and the unit price columns."));
    if (columnOf(cost_) != 0 && columnOf(margin_) != 0)
        return refuse(tr("Choose a cost column or a margin column, not both."));

    struct Use {
        QComboBox* combo;
        QString role;
    };
    std::vector<Use> used = {
        {customer_, tr("customer id")}, {date_, tr("date")}, {order_, tr("order id")},
        {quantity_, tr("quantity")},    {cost_, tr("cost")}, {margin_, tr("margin")},
        {segment_, tr("segment")}};
    used.push_back(amountMode ? Use{amount_, tr("amount")} : Use{unitPrice_, tr("unit price")});
    for (std::size_t i = 0; i < used.size(); ++i)
        for (std::size_t j = i + 1; j < used.size(); ++j) {
            const std::size_t c = columnOf(used[i].combo);
            if (c != 0 && c == columnOf(used[j].combo))
                return refuse(tr("Column %1 is chosen for both the %2 and the %3.")
                                  .arg(c)
                                  .arg(used[i].role, used[j].role));
        }

    auto optionalRef = [this](const QComboBox* combo) -> std::optional<ColumnRef> {
        const std::size_t c = columnOf(combo);
        return c == 0 ? std::nullopt : std::optional(refOf(c));
    };
    ColumnMapping m;
    m.customer = refOf(columnOf(customer_));
    m.date = refOf(columnOf(date_));
    m.dateFormat = dateFormat();
    m.quantity = optionalRef(quantity_);
    if (amountMode)
        m.amount = optionalRef(amount_);
    else
        m.unitPrice = optionalRef(unitPrice_);
    m.order = optionalRef(order_);
    m.cost = optionalRef(cost_);
    m.margin = optionalRef(margin_);
    m.segment = optionalRef(segment_);
    if (problem) problem->clear();
    return m;
}

}  // namespace crm::gui::customer_data
