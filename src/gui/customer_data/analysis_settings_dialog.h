#pragma once
// Customer data > Analysis settings…: how the document's transaction lines are analysed. The
// calibration end of a holdout check (or none), the model's period, the lifetime-value horizon
// in months and the discount rate per month. The dialog only edits a copy: the caller turns the
// result into one undoable change of the document.
#include <QDialog>

#include <cstdint>
#include <optional>

#include "engine/model/assessment.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace crm::gui {

class DateLineEdit;

class AnalysisSettingsDialog : public QDialog {
    Q_OBJECT
  public:
    // firstDay, lastDay: the dates of the document's lines (days since 1970-01-01) when known;
    // the calibration end is kept between them, so both periods have lines.
    AnalysisSettingsDialog(const CustomerAnalysisSettings& settings,
                           std::optional<std::int32_t> firstDay,
                           std::optional<std::int32_t> lastDay, QWidget* parent = nullptr);

    CustomerAnalysisSettings settings() const;
    void accept() override;

  private:
    void showHoldoutNote();

    CustomerAnalysisSettings start_;
    QCheckBox* holdout_ = nullptr;
    DateLineEdit* calibrationEnd_ = nullptr;
    QLabel* holdoutNote_ = nullptr;
    QComboBox* period_ = nullptr;
    QSpinBox* horizon_ = nullptr;
    QDoubleSpinBox* discount_ = nullptr;
};

// "By day; lifetime value over the next 12 months at 1 % discount a month; holdout check:
// fitted up to 30.04.2026" in the window's language; `calibrationEnd` is the day in effect.
QString analysisSettingsSentence(customers::PeriodConvention period, int horizonMonths,
                                 double monthlyDiscountRate,
                                 std::optional<std::int32_t> calibrationEnd);

}  // namespace crm::gui
