#include "gui/workshop/participants_page.h"

#include <QLabel>
#include <QVBoxLayout>

#include "engine/model/descriptor.h"
#include "gui/steps/entity_table_editor.h"
#include "ui_participants_page.h"

namespace crm::gui {

ParticipantsPage::ParticipantsPage(DocumentSession& session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ParticipantsPage>()) {
    ui_->setupUi(this);
    editor_ = new EntityTableEditor(session, *findDescriptor("participant"), this);
    ui_->pageLayout->insertWidget(ui_->pageLayout->indexOf(ui_->participantsHint) + 1, editor_);
}

ParticipantsPage::~ParticipantsPage() = default;

}  // namespace crm::gui
