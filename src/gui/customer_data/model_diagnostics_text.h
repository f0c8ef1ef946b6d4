#pragma once
// The lifetime-value models' diagnostics as the page shows them: the details (status,
// converged, log-likelihood, gradient norm, parameters, the engine's plain-language message
// and warnings) and, when a fit failed, a short explanation for the banner.
#include <QString>

#include "engine/customers/customer_analysis.h"

namespace crm::gui::customer_data {

QString modelDetailsHtml(const customers::CustomerModel& model, customers::PeriodConvention period);
// Empty when both fits converged.
QString modelProblemsHtml(const customers::CustomerModel& model);

}  // namespace crm::gui::customer_data
