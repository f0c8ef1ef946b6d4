#pragma once
// "Agree…": the value the room settles on for one item and dimension, with the reason (required:
// the report shows it beside the spread). Starts from the current agreement or the median.
#include <QDialog>

#include <memory>

namespace Ui {
class VoteAgreeDialog;
}

namespace crm::gui {

class VoteAgreeDialog : public QDialog {
    Q_OBJECT
  public:
    // `summary` is the engine's one-line reason text of the spread.
    VoteAgreeDialog(const QString& itemCaption, const QString& dimension, const QString& summary,
                    std::int64_t startValue, const QString& startReason, QWidget* parent = nullptr);
    ~VoteAgreeDialog() override;
    std::int64_t value() const;
    QString reason() const;

  private:
    std::unique_ptr<Ui::VoteAgreeDialog> ui_;  // ui/workshop/vote_agree_dialog.ui
};

}  // namespace crm::gui
