#pragma once
// The report's cover: title, prepared for / by, confidentiality and the logo. Each line is
// written on Enter, on focus-out and 700 ms after typing stops; the logo is read from a PNG or
// JPEG file and kept inside the document. Every change is one undo step.
#include <QHash>
#include <QWidget>

#include <memory>

#include "engine/model/descriptor.h"

class QLabel;
class QLineEdit;
class QTimer;

namespace Ui {
class CoverForm;
}

namespace crm::gui {

class DocumentSession;

class CoverForm : public QWidget {
    Q_OBJECT
  public:
    explicit CoverForm(DocumentSession& session, QWidget* parent = nullptr);
    ~CoverForm() override;

    QLineEdit* lineFor(const QString& fieldKey) const { return lines_.value(fieldKey); }
    QLabel* logoPreview() const;
    QLabel* errorLabel() const;
    // Reads the file and stores it as the logo; false (and the reason shown) when it cannot.
    bool useLogoFile(const QString& path);
    void removeLogo();
    void flushPending();

  private:
    void chooseLogo();
    void commit(const FieldDescriptor& field, const QString& text);
    void commitAll();
    void load();
    void showError(const QString& message);

    DocumentSession& session_;
    const EntityDescriptor& kind_;
    std::unique_ptr<Ui::CoverForm> ui_;  // ui/deliverables/cover_form.ui
    QHash<QString, QLineEdit*> lines_;   // by field key
    QTimer* idle_ = nullptr;
    bool loading_ = false;
    bool committing_ = false;
};

}  // namespace crm::gui
