#pragma once
// What the report says in the facilitator's own words: a text per section (tab 1), the cover
// and the sign-off block (tab 2).
#include <QWidget>

class QTabWidget;

namespace crm::gui {

class CoverForm;
class DocumentSession;
class EntityTableEditor;
class NarrativeEditor;

class ReportContentPage : public QWidget {
    Q_OBJECT
  public:
    explicit ReportContentPage(DocumentSession& session, QWidget* parent = nullptr);

    NarrativeEditor* narrative() const { return narrative_; }
    CoverForm* cover() const { return cover_; }
    EntityTableEditor* signOffs() const { return signOffs_; }
    QTabWidget* tabs() const { return tabs_; }
    void flushPending();

  protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

  private:
    NarrativeEditor* narrative_ = nullptr;
    CoverForm* cover_ = nullptr;
    EntityTableEditor* signOffs_ = nullptr;
    QTabWidget* tabs_ = nullptr;
};

}  // namespace crm::gui
