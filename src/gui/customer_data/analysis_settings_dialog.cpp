#include "gui/customer_data/analysis_settings_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

#include "engine/customers/analysis_settings.h"
#include "engine/text/phrase.h"
#include "gui/common/date_line_edit.h"
#include "gui/common/local_format.h"
#include "gui/customer_data/figure_text.h"

namespace crm::gui {

namespace {

const QDate kEpoch(1970, 1, 1);

QDate qDateOf(std::int32_t daysSinceEpoch) { return kEpoch.addDays(daysSinceEpoch); }
std::int32_t dayOf(const QDate& date) { return static_cast<std::int32_t>(kEpoch.daysTo(date)); }

QString periodText(customers::PeriodConvention period) {
    return engineText(text::kPhraseDomain, customers::periodLabel(period));
}

}  // namespace

AnalysisSettingsDialog::AnalysisSettingsDialog(const CustomerAnalysisSettings& settings,
                                               std::optional<std::int32_t> firstDay,
                                               std::optional<std::int32_t> lastDay, QWidget* parent)
    : QDialog(parent), start_(settings) {
    setObjectName(QStringLiteral("analysisSettingsDialog"));
    setWindowTitle(tr("Analysis settings"));

    // The calibration end: a day from the first line's to the day before the last line's.
    std::optional<std::int32_t> stored;
    if (settings.calibrationEnd)
        stored = static_cast<std::int32_t>(settings.calibrationEnd->time_since_epoch().count());
    std::int32_t low = firstDay.value_or(dayOf(QDate(2000, 1, 1)));
    std::int32_t high = lastDay ? *lastDay - 1 : dayOf(QDate(2099, 12, 31));
    if (stored) {  // a stored day outside the lines is shown as it is (it gives no check)
        low = std::min(low, *stored);
        high = std::max(high, *stored);
    }
    holdout_ =
        new QCheckBox(tr("Check the models &against the lines after the calibration end"), this);
    holdout_->setObjectName(QStringLiteral("holdoutCheckBox"));
    holdout_->setChecked(stored.has_value());
    calibrationEnd_ = new DateLineEdit(this);
    calibrationEnd_->setObjectName(QStringLiteral("calibrationEndEdit"));
    calibrationEnd_->setDateRange(qDateOf(low), qDateOf(std::max(low, high)));
    // Without a stored day: three quarters into the lines, which leaves a quarter to check.
    calibrationEnd_->setDate(qDateOf(stored ? *stored : low + (high - low) * 3 / 4));
    calibrationEnd_->setEnabled(holdout_->isChecked());
    connect(holdout_, &QCheckBox::toggled, calibrationEnd_, &QWidget::setEnabled);
    connect(holdout_, &QCheckBox::toggled, this, &AnalysisSettingsDialog::showHoldoutNote);
    holdoutNote_ = new QLabel(this);
    holdoutNote_->setObjectName(QStringLiteral("holdoutNote"));
    holdoutNote_->setWordWrap(true);
    connect(calibrationEnd_, &DateLineEdit::dateChanged, this,
            &AnalysisSettingsDialog::showHoldoutNote);

    period_ = new QComboBox(this);
    period_->setObjectName(QStringLiteral("analysisPeriodCombo"));
    for (const customers::AnalysisPeriodName& name : customers::analysisPeriodNames()) {
        period_->addItem(periodText(name.period),
                         QString::fromUtf8(name.key.data(), static_cast<int>(name.key.size())));
        if (name.period == settings.period) period_->setCurrentIndex(period_->count() - 1);
    }
    horizon_ = new QSpinBox(this);
    horizon_->setObjectName(QStringLiteral("horizonMonthsSpin"));
    horizon_->setRange(kMinHorizonMonths, kMaxHorizonMonths);
    horizon_->setSuffix(tr(" months"));
    horizon_->setValue(settings.horizonMonths);
    discount_ = new QDoubleSpinBox(this);
    discount_->setObjectName(QStringLiteral("monthlyDiscountSpin"));
    discount_->setDecimals(2);
    discount_->setRange(0.0, kMaxMonthlyDiscountRate * 100.0);
    discount_->setSingleStep(0.1);
    discount_->setSuffix(QStringLiteral("\u00a0%"));  // the no-break space keeps "1 %" whole
    discount_->setValue(settings.monthlyDiscountRate * 100.0);

    auto* help = new QLabel(
        tr("A holdout check fits the purchase models only on the lines up to the calibration "
           "end, predicts how often each customer buys after it, and compares the prediction "
           "with the purchases that really followed. The smaller the gap, the more the lifetime "
           "values can be trusted. Choose a day that leaves a few months of lines after it."),
        this);
    help->setObjectName(QStringLiteral("holdoutHelp"));
    help->setWordWrap(true);
    help->setProperty("role", QStringLiteral("hint"));

    auto* form = new QFormLayout;
    form->addRow(tr("Holdout check:"), holdout_);
    auto* dateLabel = new QLabel(tr("&Calibration end:"), this);
    dateLabel->setBuddy(calibrationEnd_);
    form->addRow(dateLabel, calibrationEnd_);
    form->addRow(QString(), holdoutNote_);
    form->addRow(QString(), help);
    auto* periodLabel = new QLabel(tr("&Period of the model:"), this);
    periodLabel->setBuddy(period_);
    form->addRow(periodLabel, period_);
    auto* horizonLabel = new QLabel(tr("Lifetime value &horizon:"), this);
    horizonLabel->setBuddy(horizon_);
    form->addRow(horizonLabel, horizon_);
    auto* discountLabel = new QLabel(tr("&Discount rate per month:"), this);
    discountLabel->setBuddy(discount_);
    form->addRow(discountLabel, discount_);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("analysisSettingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(buttons);
    setMinimumWidth(640);  // the check box's text on one line, in German too
    showHoldoutNote();
    holdout_->setFocus();
}

void AnalysisSettingsDialog::accept() {
    // A refused calibration end keeps the dialog open on it (red frame) rather than keeping the
    // old day unseen.
    if (holdout_->isChecked() && !calibrationEnd_->commitText()) {
        calibrationEnd_->setFocus();
        return;
    }
    QDialog::accept();
}

void AnalysisSettingsDialog::showHoldoutNote() {
    const bool check = holdout_->isChecked();
    holdoutNote_->setText(
        check ? tr("The models are also fitted on the lines up to %1 and checked against the "
                   "lines after it.")
                    .arg(customer_data::dayText(dayOf(calibrationEnd_->date())))
              : tr("No holdout check: the models are fitted on all lines, and nothing checks "
                   "their predictions."));
}

CustomerAnalysisSettings AnalysisSettingsDialog::settings() const {
    CustomerAnalysisSettings s = start_;
    if (!holdout_->isChecked())
        s.calibrationEnd.reset();
    else
        s.calibrationEnd = Date(date::days(dayOf(calibrationEnd_->date())));
    s.period = customers::periodFromKey(period_->currentData().toString().toStdString())
                   .value_or(start_.period);
    s.horizonMonths = horizon_->value();
    // The spin box shows two decimals of a percentage: an unchanged value keeps the stored
    // rate exactly (0.0125 stays 0.0125, not 0.0125000001).
    const double shown = discount_->value();
    if (std::abs(shown - std::round(start_.monthlyDiscountRate * 10000.0) / 100.0) > 1e-9)
        s.monthlyDiscountRate = std::round(shown * 100.0) / 10000.0;
    return s;
}

QString analysisSettingsSentence(customers::PeriodConvention period, int horizonMonths,
                                 double monthlyDiscountRate,
                                 std::optional<std::int32_t> calibrationEnd) {
    const QString holdout = calibrationEnd
                                ? AnalysisSettingsDialog::tr("holdout check: fitted up to %1")
                                      .arg(customer_data::dayText(*calibrationEnd))
                                : AnalysisSettingsDialog::tr("no holdout check");
    const QString horizon =
        horizonMonths == 1 ? AnalysisSettingsDialog::tr("the next month")
                           : AnalysisSettingsDialog::tr("the next %1 months").arg(horizonMonths);
    return AnalysisSettingsDialog::tr(
               "Period: %1; lifetime value over %2 at %3 discount a month; %4.")
        .arg(periodText(period), horizon, customer_data::shortShareText(monthlyDiscountRate, 2),
             holdout);
}

}  // namespace crm::gui
