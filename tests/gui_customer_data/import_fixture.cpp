#include "import_fixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cstdint>
#include <cstdio>
#include <string>

#include "gui/customer_data/transaction_import_dialog.h"

namespace crm::testing {

TempDocument::TempDocument() {
    if (!dir_.isValid()) qFatal("no temp folder");
    path_ = QDir(dir_.path()).filePath(QStringLiteral("customers.crmw"));
    document_ = store::Document::create(path_.toStdString(),
                                        store::Document::blankAssessment("Quillmere", "2025"));
}

QString TempDocument::file(const QString& name) const { return QDir(dir_.path()).filePath(name); }

QByteArray TempDocument::bytes() const {
    QFile f(path_);
    if (!f.open(QIODevice::ReadOnly)) qFatal("cannot read the document");
    return f.readAll();
}

bool TempDocument::journalLeft() const { return QFile::exists(path_ + QStringLiteral("-journal")); }

void writeFile(const QString& path, const QByteArray& content) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
}

void writeGeneratedCsv(const QString& path, std::size_t lines) {
    std::string text = "customer_id,date,amount\n";
    text.reserve(lines * 28 + 32);
    std::uint32_t state = 20240601u;
    char line[64];
    for (std::size_t i = 0; i < lines; ++i) {
        state = state * 1664525u + 1013904223u;  // LCG: fixed, platform-independent sequence
        const unsigned customer = (state >> 8) % 2000u;
        const unsigned day = static_cast<unsigned>(i * 365 / lines);
        const unsigned month = day / 31 + 1 > 12 ? 12 : day / 31 + 1, dom = day % 28 + 1;
        const unsigned cents = (state >> 4) % 50000u + 100u;
        const int n = std::snprintf(line, sizeof line, "C%05u,2024-%02u-%02u,%u.%02u\n", customer,
                                    month, dom, cents / 100u, cents % 100u);
        text.append(line, static_cast<std::size_t>(n));
    }
    writeFile(path, QByteArray::fromStdString(text));
}

bool runImport(gui::TransactionImportDialog& dialog, int timeoutMs) {
    QSignalSpy finished(&dialog, &gui::TransactionImportDialog::importFinished);
    if (!dialog.startImport()) return false;
    return finished.count() > 0 || finished.wait(timeoutMs);
}

QString sampleCsv() { return QStringLiteral(SAMPLES_DIR "/quillmere-transactions.csv"); }

void prepareTestApplication() {
    // A settings file per test program (they run side by side under CTest).
    QCoreApplication::setOrganizationName(QStringLiteral("crm-workbench-tests-") +
                                          QCoreApplication::applicationName());
    QStandardPaths::setTestModeEnabled(true);
}

}  // namespace crm::testing
