#include "gui/customer_data/model_diagnostics_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <cmath>

#include "gui/common/local_format.h"
#include "gui/common/money_text.h"
#include "gui/customer_data/figure_text.h"

namespace crm::gui::customer_data {

namespace {

// The translation context of these texts (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct ModelDiagnosticsText {
    Q_DECLARE_TR_FUNCTIONS(ModelDiagnosticsText)
};

QString statusText(const clv::FitDiagnostics& d) {
    return engineText(text::kPhraseDomain, clv::toString(d.status));
}

QString section(const QString& title, const clv::FitDiagnostics& d, const QString& params) {
    QString html = QStringLiteral("<h4>%1</h4><p>").arg(title);
    html += ModelDiagnosticsText::tr(
                "Status: <b>%1</b> (converged: %2). Log-likelihood %3 over %4 customers; "
                "gradient norm %5; %6 function evaluations, %7 starts.")
                .arg(statusText(d),
                     d.converged ? ModelDiagnosticsText::tr("yes") : ModelDiagnosticsText::tr("no"),
                     numberText(d.logLikelihood, 2), numberText(d.customers, 0),
                     smallNumberText(d.gradientNorm, 3).toHtmlEscaped())
                .arg(d.functionEvaluations)
                .arg(d.startsRun);
    if (!params.isEmpty()) html += QStringLiteral("<br>") + params;
    if (!d.message.empty())
        html += QStringLiteral("<br><i>%1</i>")
                    .arg(engineText(d.messagePhrase, d.message).toHtmlEscaped());
    for (std::size_t i = 0; i < d.warnings.size(); ++i)
        html +=
            QStringLiteral("<br>• %1")
                .arg(engineText(i < d.warningPhrases.size() ? d.warningPhrases[i] : text::Phrase{},
                                d.warnings[i])
                         .toHtmlEscaped());
    return html + QStringLiteral("</p>");
}

// The three purchase models side by side, the choice in words and what the data leave open.
QString comparisonHtml(const customers::CustomerModel& m) {
    const clv::ModelComparison& c = m.comparison;
    if (c.models.empty()) return {};
    const bool holdout = c.chosenByHoldout;
    QString html = QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\"><tr>")
                       .arg(ModelDiagnosticsText::tr("Purchase models compared"));
    QStringList header{ModelDiagnosticsText::tr("Model"),
                       ModelDiagnosticsText::tr("Log-likelihood"), ModelDiagnosticsText::tr("AIC"),
                       ModelDiagnosticsText::tr("BIC"), ModelDiagnosticsText::tr("Parameters")};
    if (holdout) header << ModelDiagnosticsText::tr("Holdout error per customer");
    for (const QString& h : header) html += QStringLiteral("<th>%1</th>").arg(h);
    html += QStringLiteral("</tr>");
    for (const clv::ModelAssessment& a : c.models) {
        const bool chosen = c.chosen && *c.chosen == a.fit.kind;
        QString name = toQString(std::string(clv::displayName(a.fit.kind)));
        if (chosen) name = QStringLiteral("<b>%1</b>").arg(name);
        html += QStringLiteral(
                    "<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">"
                    "%3</td><td align=\"right\">%4</td><td>%5</td>")
                    .arg(name, numberText(a.fit.diagnostics.logLikelihood, 2), numberText(a.aic, 1),
                         numberText(a.bic, 1),
                         !a.fit.usable() ? ModelDiagnosticsText::tr("no fit")
                         : a.identified  ? ModelDiagnosticsText::tr("determined")
                                         : ModelDiagnosticsText::tr("not determined"));
        if (holdout)
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(a.holdout ? numberText(a.holdout->meanAbsoluteError, 3)
                                       : QStringLiteral("–"));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table><p>%1")
                .arg(engineText(c.explanationPhrase, c.explanation).toHtmlEscaped());
    for (const clv::ModelAssessment& a : c.models)
        for (const text::Phrase& note : a.identificationNotePhrases)
            html += QStringLiteral("<br>• %1")
                        .arg(engineText(note, text::english(note)).toHtmlEscaped());
    const clv::Range& total = m.ranges.totalLifetimeValue;
    if (total.available)
        html += QStringLiteral("<br>") +
                ModelDiagnosticsText::tr(
                    "Total lifetime value: %1, likely between %2 and %3 given how sure the "
                    "fitted parameters are.")
                    .arg(numberText(total.estimate, 2), numberText(total.low, 2),
                         numberText(total.high, 2));
    return html + QStringLiteral("</p>");
}

}  // namespace

QString modelDetailsHtml(const customers::CustomerModel& m, customers::PeriodConvention period) {
    const auto& b = m.bgnbd.params;
    const auto& g = m.gammaGamma.params;
    const QString periods = period == customers::PeriodConvention::Days
                                ? ModelDiagnosticsText::tr("periods of one day")
                            : period == customers::PeriodConvention::CalendarMonths
                                ? ModelDiagnosticsText::tr("periods of one calendar month")
                                : ModelDiagnosticsText::tr("periods of one week");
    QString html = ModelDiagnosticsText::tr(
                       "<p>Fitted on %1 customers with a purchase (%2 repeat customers); %3, %4 "
                       "periods per month.</p>")
                       .arg(countText(m.customers), countText(m.repeatCustomers), periods,
                            numberText(m.periodsPerMonth, 3));
    html += section(ModelDiagnosticsText::tr("Purchases: BG/NBD"), m.bgnbd.diagnostics,
                    m.purchasesUsable() ? ModelDiagnosticsText::tr("r = %1, α = %2, a = %3, b = %4")
                                              .arg(numberText(b.r, 4), numberText(b.alpha, 4),
                                                   numberText(b.a, 4), numberText(b.b, 4))
                                        : QString());
    html += section(
        ModelDiagnosticsText::tr("Spend per purchase: Gamma-Gamma"), m.gammaGamma.diagnostics,
        m.spendUsable() ? ModelDiagnosticsText::tr("p = %1, q = %2, v = %3")
                              .arg(numberText(g.p, 4), numberText(g.q, 4), numberText(g.v, 4))
                        : QString());
    return html + comparisonHtml(m);
}

QString modelProblemsHtml(const customers::CustomerModel& m) {
    QStringList problems;
    auto explain = [&problems](const QString& model, const clv::FitDiagnostics& d) {
        if (d.converged) return;
        const QString why = d.message.empty()
                                ? ModelDiagnosticsText::tr("The data cannot support this model.")
                                : engineText(d.messagePhrase, d.message);
        problems << ModelDiagnosticsText::tr("<b>%1 model: %2.</b> %3")
                        .arg(model, statusText(d), why.toHtmlEscaped());
    };
    explain(ModelDiagnosticsText::tr("Purchase"), m.bgnbd.diagnostics);
    explain(ModelDiagnosticsText::tr("Spend"), m.gammaGamma.diagnostics);
    if (problems.isEmpty()) return {};
    return problems.join(QStringLiteral("<br>")) +
           ModelDiagnosticsText::tr(
               " Lifetime values are shown only where the models can give them.");
}

}  // namespace crm::gui::customer_data
