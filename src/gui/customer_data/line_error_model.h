#pragma once
// The lines an import left out, by physical line number: bad lines (column, offending text,
// what is wrong) and lines without a customer id (counted, never imported).
#include <cstddef>
#include <vector>

#include "engine/transactions/import_result.h"
#include "gui/common/column_table_model.h"

namespace crm::gui::customer_data {

class LineErrorModel : public RowVectorTableModel<LineErrorModel, transactions::LineError> {
    Q_OBJECT
  public:
    enum Column { LineColumn, FieldColumn, TextColumn, ProblemColumn, ColumnCount };

    explicit LineErrorModel(QObject* parent = nullptr);

    // Both lists as the parser returns them (each capped); shown merged in line order.
    void setLines(const std::vector<transactions::LineError>& errors,
                  const std::vector<std::size_t>& noCustomerLines);
    void clear();
    std::size_t lineAt(int row) const;

  private:
    static ColumnTable columnTable();
    QVariant extraData(const transactions::LineError& e, int column, int role) const override;
};

}  // namespace crm::gui::customer_data
