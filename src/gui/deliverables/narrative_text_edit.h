#pragma once
// The text field of a report section: bold, italic, bullet and numbered lists only (what the
// stored Markdown subset can hold). Pasted text arrives without its foreign formatting.
// Keys: Ctrl+B bold, Ctrl+I italic, Ctrl+Shift+8 bullets, Ctrl+Shift+7 numbers; "* " at the
// start of a line also starts a bullet list.
#include <QTextEdit>
#include <QTextListFormat>

namespace crm::gui {

class NarrativeTextEdit : public QTextEdit {
    Q_OBJECT
  public:
    explicit NarrativeTextEdit(QWidget* parent = nullptr);

    void toggleBold();
    void toggleItalic();
    void toggleList(QTextListFormat::Style style);

  protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void insertFromMimeData(const QMimeData* source) override;

  private:
    enum class Format { None, Bold, Italic, Bullets, Numbers };
    static Format formatKey(const QKeyEvent& key);
};

}  // namespace crm::gui
