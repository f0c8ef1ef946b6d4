#include "gui/reset/reset_views.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

#include <functional>

#include "gui/common/style_sheet.h"
#include "gui/steps/entity_table_editor.h"
#include "gui/steps/entity_table_model.h"

namespace crm::gui {

namespace {

// Applies the widths again after a font change (projector mode), once the editor has refitted.
class WidthKeeper : public QObject {
  public:
    WidthKeeper(QTableView* view, std::function<void()> apply)
        : QObject(view), apply_(std::move(apply)) {
        view->installEventFilter(this);
    }
    bool eventFilter(QObject*, QEvent* event) override {
        if (event->type() == QEvent::FontChange) QTimer::singleShot(0, this, apply_);
        return false;
    }

  private:
    std::function<void()> apply_;
};

}  // namespace

void setUpFigureTable(QTableView* view) {
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectItems);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setTabKeyNavigation(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(tableRowHeight(view, 10));
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setMinimumSectionSize(50);
}

void fitTableHeight(QTableView* view, int minRows, int maxRows) {
    const int rows = std::clamp(view->model() ? view->model()->rowCount() : 0, minRows, maxRows);
    const int height = view->horizontalHeader()->sizeHint().height() +
                       rows * view->verticalHeader()->defaultSectionSize() +
                       2 * view->frameWidth() + view->horizontalScrollBar()->sizeHint().height() +
                       2;
    view->setMinimumHeight(height);
    view->setMaximumHeight(height);
}

void fitTableColumns(QTableView* view, int maxChars) {
    view->resizeColumnsToContents();
    const int cap = view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * maxChars;
    if (!view->model()) return;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        view->setColumnWidth(c, std::min(view->columnWidth(c) + 8, cap));
}

void fitColumnsStretching(QTableView* view, int stretch, int maxChars) {
    if (!view->model()) return;
    auto* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    const int cap = view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * maxChars;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        if (c == stretch) continue;
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        view->resizeColumnToContents(c);
        view->setColumnWidth(c, std::min(view->columnWidth(c) + 6, cap));
    }
    header->setSectionResizeMode(stretch, QHeaderView::Stretch);
}

void keepEditorColumnWidths(EntityTableEditor* editor,
                            std::initializer_list<std::pair<std::string_view, int>> widths) {
    const EntityDescriptor& kind = editor->model()->kind();
    std::vector<std::pair<int, int>> columns;  // column, characters
    for (const auto& [key, chars] : widths)
        if (const FieldDescriptor* f = kind.field(key))
            columns.emplace_back(static_cast<int>(f - kind.fields.data()), chars);
    QTableView* view = editor->view();
    auto apply = [view, columns] {
        const int x = view->fontMetrics().horizontalAdvance(QLatin1Char('x'));
        for (const auto& [column, chars] : columns) view->setColumnWidth(column, chars * x + 8);
    };
    QObject::connect(editor->model(), &QAbstractItemModel::modelReset, view, apply);
    new WidthKeeper(view, apply);
    apply();
}

QLabel* makeIntroLabel(const QString& html, QWidget* parent) {
    auto* label = new QLabel(html, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}

}  // namespace crm::gui
