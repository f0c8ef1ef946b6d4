#include "gui/common/scroll_page.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace crm::gui {

QScrollArea* wrapInScrollPage(QWidget* content, QWidget* parent, ScrollFocus focus) {
    auto* scroll = new QScrollArea(parent);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    if (focus == ScrollFocus::SkippedByTab) scroll->setFocusPolicy(Qt::NoFocus);
    return scroll;
}

QScrollArea* fillWithScrollPage(QWidget* host, QWidget* content, ScrollFocus focus) {
    QScrollArea* scroll = wrapInScrollPage(content, host, focus);
    auto* layout = new QVBoxLayout(host);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    return scroll;
}

}  // namespace crm::gui
