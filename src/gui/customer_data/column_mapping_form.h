#pragma once
// Which column holds what: customer id, date (and its format), the line's value as one amount
// column or quantity x unit price, and the optional order id, cost or margin, and segment.
// Filled from the detected format; every choice stays the user's to change.
#include <QWidget>

#include <optional>
#include <string>
#include <vector>

#include "engine/transactions/column_mapping.h"

class QComboBox;
class QRadioButton;

namespace crm::gui::customer_data {

class ColumnMappingForm : public QWidget {
    Q_OBJECT
  public:
    explicit ColumnMappingForm(QWidget* parent = nullptr);

    // The columns to offer: header names (may be empty: no header) and the field count.
    // Choices that still exist are kept.
    void setColumns(const std::vector<std::string>& header, std::size_t fieldCount);
    // Selects the columns of `mapping` (by number or by header name) and its date format.
    void applyMapping(const transactions::ColumnMapping& mapping);
    void setDateFormat(transactions::DateFormat format);
    transactions::DateFormat dateFormat() const;

    // The chosen mapping, or nullopt with a plain-language reason in *problem.
    std::optional<transactions::ColumnMapping> mapping(QString* problem = nullptr) const;
    std::size_t dateColumn() const;  // 1-based, 0 = none

  signals:
    void changed();
    void dateColumnChanged(std::size_t column);

  private:
    QComboBox* addColumnCombo(const QString& objectName, bool optional);
    void updateValueMode();
    transactions::ColumnRef refOf(std::size_t column) const;
    static std::size_t columnOf(const QComboBox* combo);
    std::size_t numberOf(const transactions::ColumnRef& ref) const;

    std::vector<std::string> header_;
    std::size_t fieldCount_ = 0;
    std::vector<QComboBox*> combos_;
    QComboBox *customer_ = nullptr, *date_ = nullptr, *dateFormat_ = nullptr, *amount_ = nullptr,
              *quantity_ = nullptr, *unitPrice_ = nullptr, *order_ = nullptr, *cost_ = nullptr,
              *margin_ = nullptr, *segment_ = nullptr;
    QRadioButton *amountMode_ = nullptr, *quantityPriceMode_ = nullptr;
};

}  // namespace crm::gui::customer_data
