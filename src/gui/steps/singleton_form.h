#pragma once
// A form for a one-per-cycle kind (the strategy statement, the relationship state), built
// from its field descriptors. Line fields commit on Enter and focus-out; paragraphs commit
// after a short pause in typing and on focus-out, so no word is lost.
#include <QHash>
#include <QWidget>

#include "engine/model/descriptor.h"

class QLabel;
class QTimer;

namespace crm::gui {

class DocumentSession;

class SingletonForm : public QWidget {
    Q_OBJECT
  public:
    SingletonForm(DocumentSession& session, const EntityDescriptor& kind,
                  QWidget* parent = nullptr);

    QWidget* editorFor(std::string_view fieldKey) const;
    QLabel* errorLabel() const { return error_; }
    // Writes any paragraph still waiting for its idle pause.
    void flushPending();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QWidget* makeEditor(const FieldDescriptor& field);
    void commit(const FieldDescriptor& field, const FieldValue& input, bool typing = false);
    void commitLongText(const FieldDescriptor& field);
    void loadAll();
    void loadField(const FieldDescriptor& field);

    DocumentSession& session_;
    const EntityDescriptor& kind_;
    QHash<QString, QWidget*> editors_;  // by field key
    QHash<QString, QTimer*> idleTimers_;
    QLabel* error_ = nullptr;
    bool loading_ = false;
};

}  // namespace crm::gui
