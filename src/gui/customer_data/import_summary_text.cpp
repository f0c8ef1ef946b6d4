// CustomerDataPage's summary line, kept apart so the page stays readable.
#include <QStringList>

#include "gui/common/local_format.h"
#include "gui/customer_data/customer_data_page.h"
#include "gui/customer_data/figure_text.h"

namespace crm::gui {

using namespace customer_data;

QString CustomerDataPage::importSummaryHtml(const CustomerDataSnapshot& s) {
    const bool fromDatabase = !s.databaseSource.empty();
    std::size_t read = s.databaseRows.rowsRead, bad = s.databaseRows.skippedBad,
                noCustomer = s.databaseRows.skippedNoCustomer;
    QStringList sources;
    for (const auto& r : s.imports) {
        sources << tr("%1 (%2 lines, imported %3)")
                       .arg(toQString(r.sourceName), countText(r.stats.imported),
                            localDate(toQString(r.importedAt.substr(0, 10))));
        read += r.stats.rowsRead;
        bad += r.stats.skippedBad;
        noCustomer += r.stats.skippedNoCustomer;
    }
    const auto& a = s.analysis;
    const QString from =
        fromDatabase ? tr("summarised by %1").arg(toQString(s.databaseSource))
        : s.imports.size() == 1
            ? tr("from %1, imported %2")
                  .arg(toQString(s.imports.front().sourceName),
                       localDate(toQString(s.imports.front().importedAt.substr(0, 10))))
            : tr("from %1 imports: %2")
                  .arg(s.imports.size())
                  .arg(sources.join(QStringLiteral(", ")));
    return tr("<b>%1 transaction lines</b> %2 (%3 lines read; %4 bad and %5 "
              "without a customer id left "
              "out). Dates %6 to %7; <b>%8 customers</b>.")
        .arg(countText(s.lines), from.toHtmlEscaped(), countText(read), countText(bad),
             countText(noCustomer), a.firstDay ? dayText(*a.firstDay) : QStringLiteral("–"),
             a.lastDay ? dayText(*a.lastDay) : QStringLiteral("–"),
             countText(a.summaries.customers.size()));
}

}  // namespace crm::gui
