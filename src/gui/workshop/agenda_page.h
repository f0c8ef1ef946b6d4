#pragma once
// Workshop ▸ Agenda & timer: the agenda of the steps with planned minutes and the time actually
// spent (kept by the step timer), "Add the ten steps" to start one, and the totals. Steps show
// with their titles and time as hours:minutes.
#include <QWidget>

#include "gui/steps/field_delegate.h"

#include <cstdint>

class QLabel;
class QPushButton;

namespace crm::gui {

class DocumentSession;
class EntityTableEditor;
class EntityTableModel;

// The agenda's cells as people read them: a step by its title, the time spent as hours:minutes
// (kept by the clock, so not typed in).
class AgendaSlotDelegate : public FieldDelegate {
  public:
    AgendaSlotDelegate(const EntityTableModel& model, QObject* parent);
    QString textFor(const QModelIndex& index) const;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;

  protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

  private:
    const EntityTableModel& model_;
};

// "5 · What matters to customers", "11 · Annual reset".
QString stepName(int step);

class AgendaPage : public QWidget {
    Q_OBJECT
  public:
    explicit AgendaPage(DocumentSession& session, QWidget* parent = nullptr);
    EntityTableEditor* editor() const { return editor_; }
    // Asks the workshop's length (3:00 at first), then adds the ten steps for it.
    void addMissingSteps();
    // One undo step: a slot for every step 1..10 the agenda lacks, and planned minutes for the
    // slots without any, from workshop::planAgendaMinutes(totalMinutes).
    void addTenSteps(std::int64_t totalMinutes);

  private:
    void refreshTotals();

    DocumentSession& session_;
    EntityTableEditor* editor_ = nullptr;
    QPushButton* fill_ = nullptr;
    QLabel* totals_ = nullptr;
};

}  // namespace crm::gui
