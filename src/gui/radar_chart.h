#pragma once
// Step 10: current vs target maturity (1..5) of each capability on a radar, painted with
// QPainter and redrawn whenever the document changes.
#include <QWidget>

namespace crm::gui {

class DocumentSession;

class RadarChart : public QWidget {
    Q_OBJECT
  public:
    explicit RadarChart(DocumentSession& session, QWidget* parent = nullptr);
    QSize sizeHint() const override { return {420, 380}; }
    QSize minimumSizeHint() const override { return {240, 240}; }
    int axisCount() const;  // what is drawn; tests read it

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    DocumentSession& session_;
};

}  // namespace crm::gui
