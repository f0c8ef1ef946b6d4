#include "gui/common/own_page_view.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

#include "gui/app/main_window.h"

namespace crm::gui {

QWidget* makeOwnPageView(MainWindow& window, QWidget* page, const QString& objectName,
                         const QString& helpFile, const QString& title) {
    auto* view = new QWidget;
    view->setObjectName(objectName);
    view->setProperty("helpFile", helpFile);
    view->setProperty("pageTitle", title);
    auto* back = new QPushButton(QObject::tr("← Back to the steps"), view);
    back->setObjectName(objectName + QStringLiteral("BackButton"));
    back->setAutoDefault(false);
    QObject::connect(back, &QPushButton::clicked, &window,
                     [&window] { window.goToStep(window.currentStep()); });
    auto* top = new QHBoxLayout;
    top->addWidget(back);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(page, 1);
    return view;
}

}  // namespace crm::gui
