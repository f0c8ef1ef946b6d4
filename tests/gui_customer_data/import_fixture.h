#pragma once
// Shared set-up of the customer-data GUI tests: a blank .crmw document in a temp folder, CSV
// files written on the fly, and driving the import dialog to the end of an import.
#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <optional>

#include "store/document.h"

namespace crm::gui {
class TransactionImportDialog;
}

namespace crm::testing {

// The named child widget of `parent`; the test stops when there is none.
template <typename T>
T* child(QObject& parent, const char* name) {
    T* w = parent.findChild<T*>(QString::fromLatin1(name));
    if (!w) qFatal("no child %s", name);
    return w;
}

class TempDocument {
  public:
    TempDocument();
    store::Document& document() { return *document_; }
    const QString& path() const { return path_; }
    QString file(const QString& name) const;  // a path in the same temp folder
    QByteArray bytes() const;                 // the document file as it is on disk now
    bool journalLeft() const;                 // a rollback journal beside the file

  private:
    QTemporaryDir dir_;
    QString path_;
    std::optional<store::Document> document_;
};

void writeFile(const QString& path, const QByteArray& content);

// `lines` data lines "customer_id,date,amount" for 2,000 customers over 2024, deterministic.
void writeGeneratedCsv(const QString& path, std::size_t lines);

// Starts the dialog's import and waits (processing events) until it has finished.
bool runImport(gui::TransactionImportDialog& dialog, int timeoutMs = 180000);

QString sampleCsv();  // resources/samples/quillmere-transactions.csv
void prepareTestApplication();

}  // namespace crm::testing
