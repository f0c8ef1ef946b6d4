#pragma once
// The facilitator's own words for each report section: the sections on the left (a check mark
// where there is text), the selected section's text on the right. The text is kept as Markdown
// in the section's narrative item, created on the first word and deleted when emptied.
// Typing is written 700 ms after it stops, and at once on focus-out, section change, Ctrl+Z,
// cycle change and close, as one undo step per section and burst.
#include <QWidget>

#include "engine/model/descriptor.h"

class QListWidget;
class QTimer;
class QToolButton;

namespace crm::gui {

class DocumentSession;
class NarrativeTextEdit;

class NarrativeEditor : public QWidget {
    Q_OBJECT
  public:
    static constexpr int kIdleMs = 700;
    static constexpr int HasTextRole = Qt::UserRole + 1;  // bool, on each section's item
    static constexpr int PartRole = Qt::UserRole + 2;     // the section key ("step-3")

    explicit NarrativeEditor(DocumentSession& session, QWidget* parent = nullptr);

    QListWidget* sections() const { return sections_; }
    NarrativeTextEdit* textEdit() const { return text_; }
    QString currentPart() const { return part_; }
    void selectPart(const QString& partKey);
    void flushPending();  // writes what is typed but not yet stored

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    QToolButton* makeButton(const QString& text, const QString& tip, const char* name);
    const Entity* findNarrative(const Cycle& cycle, const QString& partKey) const;
    void commit();
    void loadCurrent();
    void refreshMarks();
    void onSectionChanged();
    void onDocumentChanged(const QString& kindName);

    DocumentSession& session_;
    const EntityDescriptor& kind_;
    const FieldDescriptor* partField_ = nullptr;
    const FieldDescriptor* textField_ = nullptr;
    QListWidget* sections_ = nullptr;
    NarrativeTextEdit* text_ = nullptr;
    QToolButton *bold_ = nullptr, *italic_ = nullptr, *bullets_ = nullptr, *numbers_ = nullptr;
    QTimer* idle_ = nullptr;
    QString part_;
    bool loading_ = false;
    bool committing_ = false;
};

}  // namespace crm::gui
