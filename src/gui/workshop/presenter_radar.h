#pragma once
// Step 10 on the projector: current vs target maturity per capability, drawn large. Unlike the
// laptop's RadarChart (the values typed in the step's table) it shows the values the scores use
// (workshop::effectiveCycle: the agreed value, else the median of the votes; items marked not
// applicable left out), so the room sees its votes move the shape.
#include <QVector>
#include <QWidget>

#include <optional>

namespace crm::gui {

class DocumentSession;

class PresenterRadar : public QWidget {
    Q_OBJECT
  public:
    struct Axis {
        QString name;
        std::optional<std::int64_t> current, target;
    };

    explicit PresenterRadar(DocumentSession& session, QWidget* parent = nullptr);
    const QVector<Axis>& axes() const { return axes_; }  // what is drawn; tests read it
    QSize sizeHint() const override { return {640, 560}; }

  protected:
    void paintEvent(QPaintEvent* event) override;

  private:
    void reload();

    DocumentSession& session_;
    QVector<Axis> axes_;
};

}  // namespace crm::gui
