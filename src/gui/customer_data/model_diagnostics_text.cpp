#include "gui/customer_data/model_diagnostics_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

namespace {

// The translation context of these texts (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct ModelDiagnosticsText {
    Q_DECLARE_TR_FUNCTIONS(ModelDiagnosticsText)
};
using Text = ModelDiagnosticsText;

QString statusText(const clv::FitDiagnostics& d) {
    return toQString(std::string(clv::toString(d.status)));
}

QString section(const QString& title, const clv::FitDiagnostics& d, const QString& params) {
    QString html = QStringLiteral("<h4>%1</h4><p>").arg(title);
    html += Text::tr(
                "Status: <b>%1</b> (converged: %2). Log-likelihood %3 over %4 customers; "
                "gradient norm %5; %6 function evaluations, %7 starts.")
                .arg(statusText(d), d.converged ? Text::tr("yes") : Text::tr("no"),
                     numberText(d.logLikelihood, 2), numberText(d.customers, 0),
                     std::isfinite(d.gradientNorm) ? QString::number(d.gradientNorm, 'g', 2)
                                                   : QStringLiteral("–"))
                .arg(d.functionEvaluations)
                .arg(d.startsRun);
    if (!params.isEmpty()) html += QStringLiteral("<br>") + params;
    if (!d.message.empty())
        html += QStringLiteral("<br><i>%1</i>").arg(toQString(d.message).toHtmlEscaped());
    for (const std::string& w : d.warnings)
        html += QStringLiteral("<br>• %1").arg(toQString(w).toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

}  // namespace

QString modelDetailsHtml(const customers::CustomerModel& m, customers::PeriodConvention period) {
    const auto& b = m.bgnbd.params;
    const auto& g = m.gammaGamma.params;
    const QString periods = period == customers::PeriodConvention::Days
                                ? Text::tr("periods of one day")
                                : Text::tr("periods of one week");
    QString html = Text::tr(
                       "<p>Fitted on %1 customers with a purchase (%2 repeat customers); %3, %4 "
                       "periods per month.</p>")
                       .arg(countText(m.customers), countText(m.repeatCustomers), periods,
                            numberText(m.periodsPerMonth, 3));
    html += section(Text::tr("Purchases: BG/NBD"), m.bgnbd.diagnostics,
                    m.purchasesUsable() ? Text::tr("r = %1, α = %2, a = %3, b = %4")
                                              .arg(numberText(b.r, 4), numberText(b.alpha, 4),
                                                   numberText(b.a, 4), numberText(b.b, 4))
                                        : QString());
    html += section(Text::tr("Spend per purchase: Gamma-Gamma"), m.gammaGamma.diagnostics,
                    m.spendUsable()
                        ? Text::tr("p = %1, q = %2, v = %3")
                              .arg(numberText(g.p, 4), numberText(g.q, 4), numberText(g.v, 4))
                        : QString());
    return html;
}

QString modelProblemsHtml(const customers::CustomerModel& m) {
    QStringList problems;
    auto explain = [&problems](const QString& model, const clv::FitDiagnostics& d) {
        if (d.converged) return;
        const std::string why =
            d.message.empty() ? "The data cannot support this model." : d.message;
        problems << Text::tr("<b>%1 model: %2.</b> %3")
                        .arg(model, statusText(d), toQString(why).toHtmlEscaped());
    };
    explain(Text::tr("Purchase"), m.bgnbd.diagnostics);
    explain(Text::tr("Spend"), m.gammaGamma.diagnostics);
    if (problems.isEmpty()) return {};
    return problems.join(QStringLiteral("<br>")) +
           Text::tr(" Lifetime values are shown only where the models can give them.");
}

}  // namespace crm::gui::customer_data
