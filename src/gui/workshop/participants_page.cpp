#include "gui/workshop/participants_page.h"

#include <QLabel>
#include <QVBoxLayout>

#include "engine/model/descriptor.h"
#include "gui/steps/entity_table_editor.h"

namespace crm::gui {

ParticipantsPage::ParticipantsPage(DocumentSession& session, QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("participantsPage"));
    editor_ = new EntityTableEditor(session, *findDescriptor("participant"), this);
    auto* hint = new QLabel(
        tr("Everyone who votes: each participant becomes a column of the vote grid "
           "(Workshop ▸ Vote on this step). Enter on the last row adds the next person."),
        this);
    hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(editor_);
    layout->addStretch(1);
}

}  // namespace crm::gui
