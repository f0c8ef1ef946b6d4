#include "gui/deliverables/action_plan_export.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include "gui/app/document_session.h"
#include "report/actions/action_plan.h"
#include "report/actions/action_plan_files.h"

namespace crm::gui {

bool writeActionPlanFile(const DocumentSession& session, const QString& path, QString* error) {
    const Cycle* cycle = session.cycle();
    if (!cycle) {
        if (error) *error = QObject::tr("No document is open.");
        return false;
    }
    const auto sheets = report::actionPlanWorkbook(*cycle, session.assessment().profile);
    std::string message;
    const bool csv = path.endsWith(QStringLiteral(".csv"), Qt::CaseInsensitive);
    const std::string out = toStd(QDir::toNativeSeparators(path));
    const std::string title = "Action plan " + (cycle->name.empty() ? cycle->id : cycle->name);
    const bool ok = csv ? report::writeSheetCsv(sheets.front(), out, &message)
                        : report::writeWorkbookXlsx(sheets, title, out, &message);
    if (!ok && error) *error = QString::fromStdString(message);
    return ok;
}

void chooseAndExportActionPlan(QWidget* parent, DocumentSession& session,
                               const std::function<void(const QString&, bool)>& done) {
    if (!session.isOpen()) return;
    const QFileInfo document(session.path());
    const QString suggested =
        document.dir().filePath(document.completeBaseName() + QStringLiteral("-actions.xlsx"));
    auto* chooser =
        new QFileDialog(parent, QObject::tr("Export the action plan as"), suggested,
                        QObject::tr("Excel workbook (*.xlsx);;CSV, actions only (*.csv)"));
    chooser->setObjectName(QStringLiteral("actionPlanFileChooser"));
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setDefaultSuffix(QStringLiteral("xlsx"));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(&session, &DocumentSession::aboutToReset, chooser, &QFileDialog::reject);
    QObject::connect(chooser, &QFileDialog::fileSelected, parent,
                     [&session, done](const QString& chosen) {
                         QString error;
                         if (writeActionPlanFile(session, chosen, &error))
                             done(QObject::tr("Action plan written to %1").arg(chosen), true);
                         else
                             done(error, false);
                     });
    chooser->open();
}

}  // namespace crm::gui
