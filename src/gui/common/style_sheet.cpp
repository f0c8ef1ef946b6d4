#include "gui/common/style_sheet.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFile>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QWidget>

namespace crm::gui {

QString styleSheetText(StyleSheetKind kind) {
    QFile file(kind == StyleSheetKind::Projector ? QStringLiteral(":/styles/projector.qss")
                                                 : QStringLiteral(":/styles/normal.qss"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void applyStyleSheet(StyleSheetKind kind) {
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app) return;
    // Without this a sheet stops fonts and its own colours passing from a widget to its children
    // (the projector font, the presenter view's dark text). A palette set in code still stops at
    // the widget: colours belong in the sheets.
    QCoreApplication::setAttribute(Qt::AA_UseStyleSheetPropagationInWidgetStyles);
    const QString text = styleSheetText(kind);
    if (app->styleSheet() != text) app->setStyleSheet(text);
}

void markRole(QWidget* widget, const char* role) {
    widget->setProperty("role", QString::fromLatin1(role));
}

void setStyleState(QWidget* widget, const char* state) {
    const QString value = QString::fromLatin1(state);
    if (widget->property("state").toString() == value) return;
    widget->setProperty("state", value);
    // A sheet reads dynamic properties when it polishes a widget, not when they change.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
    widget->update();
}

int tableRowHeight(const QAbstractItemView* view, int padding) {
    QStyleOptionViewItem item;
    item.initFrom(view);
    item.font = view->font();
    item.features = QStyleOptionViewItem::HasDisplay;
    item.text = QStringLiteral("Xg");
    const int styled =
        view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &item, QSize(), view).height();
    return std::max(view->fontMetrics().height() + padding, styled);
}

}  // namespace crm::gui
