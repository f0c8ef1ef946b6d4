#include "gui/workshop/presenter_view.h"
#include "gui/common/screen_room.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

#include "engine/model/descriptor.h"
#include "gui/app/document_session.h"
#include "gui/common/radar_chart.h"
#include "gui/common/style_sheet.h"
#include "gui/steps/alignment_gaps.h"
#include "gui/steps/step_titles.h"
#include "gui/workshop/agenda_step_timer.h"
#include "gui/workshop/agenda_timer_label.h"
#include "gui/workshop/presenter_questions.h"
#include "gui/workshop/vote_spread_model.h"
#include "gui/workshop/workshop_items.h"

namespace crm::gui {

namespace {

QLabel* makeLabel(const QString& name, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

QFont sized(const QFont& base, double pixels, bool bold = false) {
    QFont f = base;
    f.setPixelSize(std::max(8, static_cast<int>(pixels)));
    f.setBold(bold);
    return f;
}

}  // namespace

PresenterView::PresenterView(DocumentSession& session, StepTimer& timer, QWidget* parent)
    : QWidget(parent, Qt::Window), session_(session), clock_(timer) {
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("CRM Strategy Workbench — presenter view"));
    // Dark text on white, what projectors in bright rooms show best: the style sheets' colours.
    setAutoFillBackground(true);

    title_ = makeLabel(QStringLiteral("presenterTitle"), this);
    subtitle_ = makeLabel(QStringLiteral("presenterSubtitle"), this);
    markRole(subtitle_, "subtitle");
    questions_ = makeLabel(QStringLiteral("presenterQuestions"), this);
    gaps_ = makeLabel(QStringLiteral("presenterGaps"), this);
    gaps_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    placeholder_ = makeLabel(QStringLiteral("presenterPlaceholder"), this);
    placeholder_->setAlignment(Qt::AlignCenter);
    markRole(placeholder_, "hint");
    footer_ = makeLabel(QStringLiteral("presenterFooter"), this);
    markRole(footer_, "hint");
    timer_ = new StepTimerLabel(timer, nullptr, this);
    timer_->setObjectName(QStringLiteral("presenterTimer"));
    timer_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    countdown_ = makeLabel(QStringLiteral("presenterCountdown"), this);
    countdown_->setTextFormat(Qt::PlainText);
    countdown_->setAlignment(Qt::AlignRight | Qt::AlignTop);
    connect(&timer, &StepTimer::changed, this, &PresenterView::refreshCountdown);

    radar_ = new RadarChart(session_, this);
    radar_->setObjectName(QStringLiteral("presenterRadar"));
    radar_->setTextScale(1.8);  // read from the back of the room
    spread_ = new VoteSpreadModel(session_, this);
    spread_->setObjectName(QStringLiteral("presenterSpreadModel"));
    spreadView_ = new QTableView(this);
    spreadView_->setObjectName(QStringLiteral("presenterSpread"));
    spreadView_->setModel(spread_);
    spreadView_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    spreadView_->setSelectionMode(QAbstractItemView::NoSelection);
    spreadView_->setFocusPolicy(Qt::NoFocus);
    spreadView_->setShowGrid(false);
    spreadView_->setFrameShape(QFrame::NoFrame);
    spreadView_->verticalHeader()->hide();
    spreadView_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    spreadView_->setTextElideMode(Qt::ElideRight);
    spreadView_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    spreadView_->horizontalHeader()->setSectionResizeMode(VoteSpreadModel::Item,
                                                          QHeaderView::Stretch);

    auto* header = new QHBoxLayout;
    header->addWidget(title_, 1);
    auto* clocks = new QVBoxLayout;
    clocks->addWidget(timer_, 0, Qt::AlignRight);
    clocks->addWidget(countdown_, 0, Qt::AlignRight);
    header->addLayout(clocks);
    auto* figure = new QHBoxLayout;
    figure->addWidget(radar_, 5);
    figure->addWidget(spreadView_, 6);
    figure->addWidget(gaps_, 1);
    figure->addWidget(placeholder_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 28, 40, 20);
    layout->setSpacing(14);
    layout->addLayout(header);
    layout->addWidget(subtitle_);
    layout->addWidget(questions_);
    layout->addLayout(figure, 1);
    layout->addWidget(footer_);

    connect(spread_, &QAbstractItemModel::modelReset, this, &PresenterView::refresh);
    connect(&session_, &DocumentSession::edited, this, [this] {
        refreshGaps();
        refreshFooter();
    });
    connect(&session_, &DocumentSession::documentReset, this, &PresenterView::refresh);
    resizeWithinScreen(*this, QSize(1280, 720));
    refreshCountdown();
    applyFontSizes();
}

void PresenterView::setStep(int step) {
    if (step == step_) return;
    step_ = step;
    title_->setText(
        QStringLiteral("<b>%1 · %2</b>").arg(step).arg(workshopStepTitle(step).toHtmlEscaped()));
    subtitle_->setText(
        step == kResetStep
            ? tr("Look outward, look inward, then decide what to keep, change or drop.")
            : stepSubtitle(step).toHtmlEscaped());
    const QStringList questions = roomQuestions(step, 3);
    QString html;
    for (const QString& q : questions)
        html += QStringLiteral("<div>•&nbsp;&nbsp;%1</div>").arg(q.toHtmlEscaped());
    questions_->setText(html);
    questions_->setVisible(!html.isEmpty());
    spread_->setStep(step);  // resets the model, which refreshes the rest
}

void PresenterView::refresh() {
    const bool votable = !voteDimensions(step_).isEmpty();
    const bool hasVotes = spread_->rowCount() > 0;
    radar_->setVisible(step_ == 10);
    spreadView_->setVisible(votable && hasVotes);
    gaps_->setVisible(step_ == 9);
    placeholder_->setVisible(step_ != 10 && step_ != 9 && !(votable && hasVotes));
    if (votable && !hasVotes) {
        QStringList dimensions;
        for (RatingDimension d : voteDimensions(step_)) dimensions << dimensionLabel(d).toLower();
        placeholder_->setText(tr("No votes yet. The room rates %1 from 1 to 5.")
                                  .arg(dimensions.join(tr(" and ")))
                                  .toHtmlEscaped());
    } else {
        placeholder_->clear();
    }
    refreshGaps();
    refreshFooter();
}

void PresenterView::refreshGaps() {
    if (step_ != 9) return;
    const Cycle* cycle = session_.cycle();
    if (!cycle) return gaps_->clear();
    const AlignmentGaps found = findAlignmentGaps(*cycle);
    QStringList lines;
    for (const auto& o : cycle->objectives)
        if (found.objectivesWithoutKpi.count(o.id))
            lines << tr("Objective <b>%1</b> has no KPI.")
                         .arg(QString::fromStdString(o.name).toHtmlEscaped());
    for (const auto& k : cycle->kpis)
        if (found.kpisWithoutObjective.count(k.id))
            lines << tr("KPI <b>%1</b> serves no objective.")
                         .arg(QString::fromStdString(k.name).toHtmlEscaped());
    const QString summary = tr("%1 objectives, %2 KPIs, %3 links")
                                .arg(cycle->objectives.size())
                                .arg(cycle->kpis.size())
                                .arg(cycle->alignment.size());
    gaps_->setText(
        lines.isEmpty()
            ? QStringLiteral("<p>%1</p><p style='color:#1b6e20'>%2</p>")
                  .arg(summary, tr("Every objective has a KPI and every KPI serves an objective."))
            : QStringLiteral("<p>%1</p><p style='color:#a61b1b'>%2</p>")
                  .arg(summary, lines.join(QStringLiteral("<br>"))));
    gaps_->setProperty("gapCount", static_cast<int>(lines.size()));
}

void PresenterView::refreshCountdown() {
    const WorkshopCountdown countdown =
        workshopCountdown(clock_.plannedWorkshopSeconds(), clock_.workshopSpentSeconds());
    countdown_->setText(countdown.text);
    countdown_->setVisible(!countdown.text.isEmpty());
    if (countdown_->property("state").toString() != QLatin1String(countdown.state))
        setStyleState(countdown_, countdown.state);
}

void PresenterView::refreshFooter() {
    const Cycle* cycle = session_.cycle();
    if (!cycle) return footer_->clear();
    int parked = 0;
    for (const auto& p : cycle->parkingLot) parked += !p.closed && p.step == step_;
    QString text = QStringLiteral("%1 · %2").arg(
        QString::fromStdString(session_.assessment().companyName).toHtmlEscaped(),
        tr("cycle %1").arg(QString::fromStdString(cycle->name).toHtmlEscaped()));
    if (parked > 0)
        text += QStringLiteral(" · ") +
                (parked == 1 ? tr("1 open question parked for this step")
                             : tr("%1 open questions parked for this step").arg(parked));
    footer_->setText(text);
}

void PresenterView::applyFontSizes() {
    // Everything scales with the window's height, so a 720p and a 4K projector look alike.
    const double base = std::clamp(height() / 34.0, 14.0, 60.0);
    const QFont f = font();
    title_->setFont(sized(f, base * 2.0));
    subtitle_->setFont(sized(f, base * 1.05));
    questions_->setFont(sized(f, base * 1.15));
    gaps_->setFont(sized(f, base * 1.1));
    placeholder_->setFont(sized(f, base * 1.2));
    footer_->setFont(sized(f, base * 0.75));
    timer_->setFont(sized(f, base * 1.5, true));
    countdown_->setFont(sized(f, base * 0.9, true));
    radar_->setFont(sized(f, base * 0.8));
    spreadView_->setFont(sized(f, base * 0.85));
    spreadView_->horizontalHeader()->setFont(sized(f, base * 0.7, true));
    spreadView_->verticalHeader()->setDefaultSectionSize(static_cast<int>(base * 1.6));
}

void PresenterView::showOnSecondScreen(const QWidget* laptop) {
    const QScreen* laptopScreen =
        laptop && laptop->screen() ? laptop->screen() : QGuiApplication::primaryScreen();
    QScreen* other = nullptr;
    for (QScreen* s : QGuiApplication::screens())
        if (s != laptopScreen) {
            other = s;
            break;
        }
    if (other) {
        setScreen(other);
        setGeometry(other->geometry());
        showFullScreen();
    } else {
        showNormal();  // one screen: a window the facilitator can drag to the projector
    }
    raise();
}

void PresenterView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    applyFontSizes();
}

void PresenterView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresenterView::closeEvent(QCloseEvent* event) {
    event->accept();
    emit closed();
}

}  // namespace crm::gui
