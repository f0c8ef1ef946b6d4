#include "gui/reset/cycle_dialogs.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/common/cycle_dates.h"
#include "gui/common/style_sheet.h"

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
    : QDialog(parent), assessment_(assessment) {
    setObjectName(QStringLiteral("startCycleDialog"));
    setWindowTitle(tr("Start a new cycle"));
    auto* intro = new QLabel(
        tr("The new cycle starts as a copy of an earlier one: every step, with each item "
           "linked to the one it was copied from, so the two cycles can be compared. "
           "It becomes the cycle in use."));
    intro->setWordWrap(true);
    name_ = new QLineEdit(suggestCycleName(assessment));
    name_->setObjectName(QStringLiteral("cycleNameEdit"));
    date_ = new QDateEdit(QDate::currentDate());
    date_->setObjectName(QStringLiteral("cycleDateEdit"));
    date_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    date_->setCalendarPopup(true);
    date_->setToolTip(tr("The day of the reset: milestones due by then count as hit or missed."));
    from_ = new QComboBox;
    from_->setObjectName(QStringLiteral("copyFromCombo"));
    for (const Cycle& c : assessment.cycles)
        from_->addItem(QString::fromStdString(c.name), QString::fromStdString(c.id));
    from_->setCurrentIndex(
        std::max(0, from_->findData(QString::fromStdString(latestCycleId(assessment)))));
    contents_ = new QLabel;
    contents_->setWordWrap(true);
    markRole(contents_, "hint");
    problem_ = new QLabel;
    problem_->setObjectName(QStringLiteral("cycleNameProblem"));
    markRole(problem_, "error");
    problem_->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    form->addRow(tr("&Assessment date:"), date_);
    form->addRow(tr("&Copy from:"), from_);
    form->addRow(QString(), contents_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Start cycle"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &StartCycleDialog::check);
    connect(from_, &QComboBox::currentIndexChanged, this, &StartCycleDialog::check);
    name_->selectAll();
    setMinimumWidth(460);
    check();
}

void StartCycleDialog::check() {
    const QString problem = cycleNameProblem(assessment_, name_->text());
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && from_->currentIndex() >= 0);
    if (const Cycle* from = assessment_.findCycle(fromCycleId()))
        contents_->setText(tr("Copies %1.").arg(cycleContentsText(*from)));
}

QString StartCycleDialog::name() const { return name_->text().trimmed(); }

std::optional<Date> StartCycleDialog::assessmentDate() const {
    return date_->date().isValid() ? std::optional<Date>(fromQDate(date_->date())) : std::nullopt;
}

EntityId StartCycleDialog::fromCycleId() const { return toStd(from_->currentData().toString()); }

RenameCycleDialog::RenameCycleDialog(const Assessment& assessment, const EntityId& cycleId,
                                     QWidget* parent)
    : QDialog(parent), assessment_(assessment), cycleId_(cycleId) {
    setObjectName(QStringLiteral("renameCycleDialog"));
    const Cycle* cycle = assessment.findCycle(cycleId);
    const QString current = cycle ? QString::fromStdString(cycle->name) : QString();
    setWindowTitle(tr("Rename cycle %1").arg(current));
    name_ = new QLineEdit(current);
    name_->setObjectName(QStringLiteral("cycleNameEdit"));
    name_->selectAll();
    problem_ = new QLabel;
    problem_->setObjectName(QStringLiteral("cycleNameProblem"));
    markRole(problem_, "error");
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), name_);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(name_, &QLineEdit::textChanged, this, &RenameCycleDialog::check);
    setMinimumWidth(360);
    check();
}

void RenameCycleDialog::check() {
    const QString problem = cycleNameProblem(assessment_, name_->text(), cycleId_);
    problem_->setText(problem);
    problem_->setVisible(!problem.isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

QString RenameCycleDialog::name() const { return name_->text().trimmed(); }

}  // namespace crm::gui
