#include "gui/common/undo_key_routing.h"

#include <QEvent>
#include <QKeyEvent>
#include <QObject>
#include <QWidget>

namespace crm::gui {
namespace {

bool isUndoOrRedo(const QKeyEvent& key) {
    const auto mods = key.modifiers() & ~Qt::KeypadModifier;
    if (key.key() == Qt::Key_Z)
        return mods == Qt::ControlModifier || mods == (Qt::ControlModifier | Qt::ShiftModifier);
    return key.key() == Qt::Key_Y && mods == Qt::ControlModifier;
}

class UndoKeyFilter : public QObject {
  public:
    UndoKeyFilter(QObject* parent, std::function<void()> writePending)
        : QObject(parent), writePending_(std::move(writePending)) {}

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::ShortcutOverride &&
            isUndoOrRedo(*static_cast<QKeyEvent*>(event))) {
            writePending_();
            event->ignore();  // not the field's: the window's undo action takes the key
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

  private:
    std::function<void()> writePending_;
};

}  // namespace

void routeUndoKeysToDocument(QWidget* editor, std::function<void()> writePending) {
    editor->installEventFilter(new UndoKeyFilter(editor, std::move(writePending)));
}

}  // namespace crm::gui
