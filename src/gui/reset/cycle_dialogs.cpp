#include "gui/reset/cycle_dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

#include <algorithm>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/common/cycle_dates.h"
#include "ui_rename_cycle_dialog.h"
#include "ui_start_cycle_dialog.h"

namespace crm::gui {

EntityId latestCycleId(const Assessment& a) {
    const Cycle* best = nullptr;
    for (const Cycle& c : a.cycles) {
        const bool later = !best ||
                           (c.assessmentDate && (!best->assessmentDate ||
                                                 *c.assessmentDate >= *best->assessmentDate)) ||
                           (!c.assessmentDate && !best->assessmentDate);
        if (later) best = &c;
    }
    return best ? best->id : EntityId{};
}

QString cycleNameProblem(const Assessment& a, const QString& name, const EntityId& exceptCycleId) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) return QObject::tr("A cycle needs a name, for example the year.");
    for (const Cycle& c : a.cycles)
        if (c.id != exceptCycleId &&
            QString::fromStdString(c.name).compare(trimmed, Qt::CaseInsensitive) == 0)
            return QObject::tr("There is already a cycle named “%1”.").arg(trimmed);
    return {};
}

QString suggestCycleName(const Assessment& a) {
    const Cycle* latest = a.findCycle(latestCycleId(a));
    if (!latest) return QString::number(QDate::currentDate().year());
    const QString name = QString::fromStdString(latest->name);
    // The last number in the name counts up: "2026" -> "2027", "FY 2026" -> "FY 2027".
    static const QRegularExpression lastNumber(QStringLiteral("(\\d+)(?!.*\\d)"));
    const auto match = lastNumber.match(name);
    QString candidate = match.hasMatch() ? QString(name).replace(
                                               match.capturedStart(1), match.capturedLength(1),
                                               QString::number(match.captured(1).toLongLong() + 1))
                                         : QObject::tr("%1 (next)").arg(name);
    for (int n = 2; !cycleNameProblem(a, candidate).isEmpty() && n < 1000; ++n)
        candidate =
            QStringLiteral("%1 (%2)").arg(candidate.section(QStringLiteral(" ("), 0, 0)).arg(n);
    return candidate;
}

QString cycleContentsText(const Cycle& cycle) {
    auto count = [&](std::string_view kind) {
        return static_cast<int>(findDescriptor(kind)->count(cycle));
    };
    auto words = [](int n, const QString& one, const QString& many) {
        return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
    };
    int all = 0;
    for (const auto* d : entityDescriptors())
        if (!d->singleton) all += static_cast<int>(d->count(cycle));
    const int objectives = count("objective"), kpis = count("kpi"), milestones = count("milestone"),
              segments = count("segment");
    const int others = all - objectives - kpis - milestones - segments;
    return QObject::tr("%1, %2, %3, %4 and %5 (%6 in all)")
        .arg(words(objectives, QObject::tr("objective"), QObject::tr("objectives")),
             words(kpis, QObject::tr("KPI"), QObject::tr("KPIs")),
             words(milestones, QObject::tr("milestone"), QObject::tr("milestones")),
             words(segments, QObject::tr("segment"), QObject::tr("segments")),
             words(others, QObject::tr("other item"), QObject::tr("other items")))
        .arg(all);
}

StartCycleDialog::StartCycleDialog(const Assessment& assessment, QWidget* parent)
    : QDialog(parent), assessment_(assessment), ui_(std::make_unique<Ui::StartCycleDialog>()) {
    ui_->setupUi(this);
    ui_->cycleNameEdit->setText(suggestCycleName(assessment));
    ui_->cycleDateEdit->setDate(QDate::currentDate());
    for (const Cycle& c : assessment.cycles)
        ui_->copyFromCombo->addItem(QString::fromStdString(c.name), QString::fromStdString(c.id));
    ui_->copyFromCombo->setCurrentIndex(std::max(
        0, ui_->copyFromCombo->findData(QString::fromStdString(latestCycleId(assessment)))));
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start cycle"));
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui_->cycleNameEdit, &QLineEdit::textChanged, this, &StartCycleDialog::check);
    connect(ui_->copyFromCombo, &QComboBox::currentIndexChanged, this, &StartCycleDialog::check);
    ui_->cycleNameEdit->selectAll();
    check();
}

StartCycleDialog::~StartCycleDialog() = default;

QLineEdit* StartCycleDialog::nameEdit() const { return ui_->cycleNameEdit; }
QDateEdit* StartCycleDialog::dateEdit() const { return ui_->cycleDateEdit; }
QComboBox* StartCycleDialog::fromCombo() const { return ui_->copyFromCombo; }

void StartCycleDialog::check() {
    const QString problem = cycleNameProblem(assessment_, ui_->cycleNameEdit->text());
    const bool appears = ui_->cycleNameProblem->isHidden() && !problem.isEmpty();
    ui_->cycleNameProblem->setText(problem);
    ui_->cycleNameProblem->setVisible(!problem.isEmpty());
    // The window does not grow by itself for a line that appears under wrapped text.
    if (appears && isVisible()) resize(width(), std::max(height(), heightForWidth(width())));
    ui_->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && ui_->copyFromCombo->currentIndex() >= 0);
    if (const Cycle* from = assessment_.findCycle(fromCycleId()))
        ui_->copiedContents->setText(tr("Copies %1.").arg(cycleContentsText(*from)));
}

QString StartCycleDialog::name() const { return ui_->cycleNameEdit->text().trimmed(); }

std::optional<Date> StartCycleDialog::assessmentDate() const {
    const QDate date = ui_->cycleDateEdit->date();
    return date.isValid() ? std::optional<Date>(fromQDate(date)) : std::nullopt;
}

EntityId StartCycleDialog::fromCycleId() const {
    return toStd(ui_->copyFromCombo->currentData().toString());
}

RenameCycleDialog::RenameCycleDialog(const Assessment& assessment, const EntityId& cycleId,
                                     QWidget* parent)
    : QDialog(parent),
      assessment_(assessment),
      cycleId_(cycleId),
      ui_(std::make_unique<Ui::RenameCycleDialog>()) {
    ui_->setupUi(this);
    const Cycle* cycle = assessment.findCycle(cycleId);
    const QString current = cycle ? QString::fromStdString(cycle->name) : QString();
    setWindowTitle(tr("Rename cycle %1").arg(current));
    ui_->cycleNameEdit->setText(current);
    ui_->cycleNameEdit->selectAll();
    ui_->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));
    connect(ui_->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui_->cycleNameEdit, &QLineEdit::textChanged, this, &RenameCycleDialog::check);
    check();
}

RenameCycleDialog::~RenameCycleDialog() = default;

QLineEdit* RenameCycleDialog::nameEdit() const { return ui_->cycleNameEdit; }

void RenameCycleDialog::check() {
    const QString problem = cycleNameProblem(assessment_, ui_->cycleNameEdit->text(), cycleId_);
    ui_->cycleNameProblem->setText(problem);
    ui_->cycleNameProblem->setVisible(!problem.isEmpty());
    ui_->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString RenameCycleDialog::name() const { return ui_->cycleNameEdit->text().trimmed(); }

}  // namespace crm::gui
